import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a security or intelligence service named by جهاز is one organisation with its head; a device is none', () => {
  assert.deepEqual(entityLines('وقال جهاز الأمن الوقائي إنه اعتقل ثلاثة.'), ['ORGANIZATION جهاز الأمن الوقائي']);
  assert.deepEqual(entityLines('وعين رئيسا لجهاز الأمن الفيدرالي عام 1999.'), ['ORGANIZATION جهاز الأمن الفيدرالي']);
  assert.deepEqual(entityLines('واعتقله جهاز أمن الدولة الذي يتبع الوزارة.'), ['ORGANIZATION جهاز أمن الدولة']);
  assert.deepEqual(entityLines('واشترى جهاز الكمبيوتر المحمول.'), []);
});

test('a security directorate named by مديرية الأمن and its describing words is one organisation; a title after it is outside', () => {
  assert.deepEqual(entityLines('وقال الناطق الإعلامي باسم مديرية الأمن العام العقيد عامر السرطاوي إن المتهمين اعترفوا .'),
    ['ORGANIZATION مديرية الأمن العام', 'PERSON عامر السرطاوي']);
  assert.deepEqual(entityLines('وقال مدير مديرية الأمن الوطني إن الوضع مستقر .'), ['ORGANIZATION مديرية الأمن الوطني']);
});

test('bare مديرية الأمن and a directorate of another sector are left as they were', () => {
  assert.deepEqual(entityLines('وتعرضت مديرية الأمن لهجوم انتحاري .'), []);
});

test('after bare مديرية الأمن a word in ي or ى that is no kind of security stays out: an object, a broken plural, the building (courtprobe60)', () => {
  assert.deepEqual(entityLines('ونقلت مديرية الأمن الجرحى إلى المستشفى الميداني .'), []);
  assert.deepEqual(entityLines('وأبلغت مديرية الأمن الأهالي بضرورة إخلاء المنطقة .'), []);
  assert.deepEqual(entityLines('ويقع مبنى مديرية الأمن الحالي وسط المدينة .'), []);
  assert.deepEqual(entityLines('وفتحت مديرية الأمن الجنائي تحقيقا في الحادث .'), ['ORGANIZATION مديرية الأمن الجنائي']);
});
