import assert from 'node:assert/strict';
import { test } from 'node:test';
import { divineNameHalves } from '../../../server/src/engine/divineNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tagNames, tagNumbers } from './helpers';

/** divineNameHalves on words written out; `prefixes`: the clitic split off each word ('' for none). */
function run(words: string[], input: string[], prefixes: string[] = words.map(() => '')): string[] {
  return tagNames(divineNameHalves(words.map((w) => normalizeArabic(w)), prefixes, tagNumbers(...input)));
}

test('a person cut inside a name made with a divine name takes its other half', () => {
  // تأليف [محمد جلال عبد القوي] وإخراج: the tagger stopped at عبد.
  assert.deepEqual(run(['تأليف', 'محمد', 'جلال', 'عبد', 'القوي', 'وإخراج'], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // وقال [حسن نصر الله] إن: الله closes نصر الله.
  assert.deepEqual(run(['وقال', 'حسن', 'نصر', 'الله', 'إن'], ['O', 'B-PERS', 'I-PERS', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // حذف اسم [عبد الواحد السيد]: the name began after its عبد.
  assert.deepEqual(run(['اسم', 'عبد', 'الواحد', 'السيد', 'من'], ['O', 'O', 'B-PERS', 'I-PERS', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('a word with a clitic, or an undefined word after عبد, begins something else', () => {
  // [محمد عبد] والله: و + الله is an oath, not the name (the splitter leaves the stem الله, its و the prefix).
  assert.deepEqual(run(['محمد', 'عبد', 'الله'], ['B-PERS', 'I-PERS', 'O'], ['', '', 'و']), ['B-PERS', 'I-PERS', 'O']);
  // أرسله عبد [والسيد أحمد]: a person opening on و + a definite word begins after the عبد, which is no half of it.
  assert.deepEqual(run(['أرسله', 'عبد', 'السيد', 'أحمد'], ['O', 'O', 'B-PERS', 'I-PERS'], ['', '', 'و', '']), ['O', 'O', 'B-PERS', 'I-PERS']);
  // After عبد only a definite word is a divine attribute: an indefinite one stays as the tagger left it (حسني عبد ربه).
  assert.deepEqual(run(['حسني', 'عبد', 'ربه'], ['B-PERS', 'I-PERS', 'O']), ['B-PERS', 'I-PERS', 'O']);
});
