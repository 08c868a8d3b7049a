import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a security or intelligence service named by جهاز is one organisation with its head; a device is none', () => {
  assert.deepEqual(entityLines('وقال جهاز الأمن الوقائي إنه اعتقل ثلاثة.'), ['ORGANIZATION جهاز الأمن الوقائي']);
  assert.deepEqual(entityLines('وعين رئيسا لجهاز الأمن الفيدرالي عام 1999.'), ['ORGANIZATION جهاز الأمن الفيدرالي']);
  assert.deepEqual(entityLines('واعتقله جهاز أمن الدولة الذي يتبع الوزارة.'), ['ORGANIZATION جهاز أمن الدولة']);
  assert.deepEqual(entityLines('واشترى جهاز الكمبيوتر المحمول.'), []);
});
