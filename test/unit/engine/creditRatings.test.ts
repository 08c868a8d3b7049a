import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

/** The entities of `text` written in Latin letters, as `LABEL text`. */
const latin = (text: string) => entityLines(text).filter((line) => /[A-Za-z]/.test(line.split(' ').slice(1).join(' ')));

test('a credit grade after the word rating is no entity, on Moody\'s scale or S&P\'s', () => {
  assert.deepEqual(latin('وخفضت الوكالة تصنيف عمان الائتماني إلى Baa3 ، مستشهدة بتراجع الدين .'), []);
  assert.deepEqual(latin('وقد ثبتت تصنيف البنك عند " Baa1 " مع نظرة مستقبلية مستقرة .'), []);
  assert.deepEqual(latin('وخفضت الوكالة تصنيف البنك إلى BBB مع نظرة سلبية .'), []);
});

test('a name shaped like a grade, in a sentence with no rating, keeps its entity', () => {
  assert.notDeepEqual(latin('وقال إن Baa3 سيطرح في الأسواق الشهر المقبل .'), []);
});
