import assert from 'node:assert/strict';
import { test } from 'node:test';
import { regnalNumbersCloseNames } from '../../../server/src/engine/regnalNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tagNames, tagNumbers } from './helpers';

/**
 * regnalNumbersCloseNames on words written out (no clitics); `given`: positions the given-name lists hold; `unknown`: positions
 * no count or list knows; an indefinite word (no article) is taken for a noun, as the sentence's verbs here are none.
 */
function run(words: string[], input: string[], given: number[] = [], unknown: number[] = []): string[] {
  const stems = words.map((w) => normalizeArabic(w));
  return tagNames(regnalNumbersCloseNames(stems, words.map(() => ''), tagNumbers(...input),
    (k) => given.includes(k), (k) => unknown.includes(k), (k) => k === 0 || stems[k - 1].startsWith('ال') || stems[k - 1] === '،'));
}

test('a regnal number left after a given name or a ruler\'s name is the name\'s', () => {
  // وعاهل الأردن [عبد الله الثاني]: the compound given name with its number.
  assert.deepEqual(run(['عاهل', 'الأردن', 'عبد', 'الله', 'الثاني', '.'], ['O', 'B-LOC', 'B-PERS', 'I-PERS', 'O', 'O']),
    ['O', 'B-LOC', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // يبدأ جلالة الملك [عبدالله الثاني] زيارة: one given name.
  assert.deepEqual(run(['الملك', 'عبدالله', 'الثاني', 'زيارة'], ['O', 'B-PERS', 'O', 'O'], [1]), ['O', 'B-PERS', 'I-PERS', 'O']);
  // في عهد الشاه [عباس الأول]: after a ruler's title, whatever the lists hold of the name.
  assert.deepEqual(run(['الشاه', 'عباس', 'الأول'], ['O', 'B-PERS', 'O']), ['O', 'B-PERS', 'I-PERS']);
  // The tens go with the number (لويس الرابع عشر).
  assert.deepEqual(run(['الملك', 'لويس', 'الرابع', 'عشر'], ['O', 'B-PERS', 'O', 'O']), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  // ابن الملك [متان الأول]: an unknown word between a ruler's title and a number is the ruler.
  assert.deepEqual(run(['ابن', 'الملك', 'متان', 'الأول', '،'], ['O', 'O', 'O', 'O', 'O'], [], [2]), ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
});

test('a rank after a surname, an age, or a known word after a title stays outside', () => {
  // التشيلي [فرناندو غونزاليز] الثالث: the third seed.
  assert.deepEqual(run(['التشيلي', 'فرناندو', 'غونزاليز', 'الثالث'], ['O', 'B-PERS', 'I-PERS', 'O'], [1]), ['O', 'B-PERS', 'I-PERS', 'O']);
  // كان ترتيب [محفوظ] الثاني، طفلة [أينشتاين] الأولى: the noun before the name is what the number counts.
  assert.deepEqual(run(['ترتيب', 'محفوظ', 'الثاني'], ['O', 'B-PERS', 'O'], [1]), ['O', 'B-PERS', 'O']);
  assert.deepEqual(run(['طفلة', 'أينشتاين', 'الأولى'], ['O', 'B-PERS', 'O'], [1]), ['O', 'B-PERS', 'O']);
  // حين بلغ الطفل [محمد] السادسة: an age, a feminine number after a man's name.
  assert.deepEqual(run(['الطفل', 'محمد', 'السادسة', 'من', 'عمره'], ['O', 'B-PERS', 'O', 'O', 'O'], [1]), ['O', 'B-PERS', 'O', 'O', 'O']);
  // الملكة [إليزابيث الثانية]: a queen's title takes it.
  assert.deepEqual(run(['الملكة', 'إليزابيث', 'الثانية'], ['O', 'B-PERS', 'O']), ['O', 'B-PERS', 'I-PERS']);
  // قال الملك اليوم الأول …: a word the text knows after the title is no ruler's name.
  assert.deepEqual(run(['الملك', 'يوم', 'الأول'], ['O', 'O', 'O']), ['O', 'O', 'O']);
});
