// Papers named by places where the wire credits or addresses them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a paper named by a place is the paper in a byline, before والوكالات and after a verb of speech and لـ', () => {
  assert.deepEqual(entityLines('لندن : الشرق الأوسط والوكالات : عاشت الولايات المتحدة أجواء من القلق .'),
    ['LOCATION لندن', 'ORGANIZATION الشرق الأوسط', 'LOCATION الولايات المتحدة']);
  assert.ok(entityLines('صلاح عواد لندن : الشرق الأوسط هددت الحكومة العراقية بملاحقة المسلحين .').includes('ORGANIZATION الشرق الأوسط'));
  assert.ok(entityLines('وقال المتحدث ل الشرق الأوسط إن الوفد سيصل غدا .').includes('ORGANIZATION الشرق الأوسط'));
  // The region elsewhere, a verb of speech or not.
  assert.ok(entityLines('وتحدث الوزير عن السلام في الشرق الأوسط أمام البرلمان .').includes('LOCATION الشرق الأوسط'));
  assert.ok(entityLines('وقال الوزير إن السلام في الشرق الأوسط قريب .').includes('LOCATION الشرق الأوسط'));
});
