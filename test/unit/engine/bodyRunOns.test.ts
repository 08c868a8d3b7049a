import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { endBodiesAtCommonWords } from '../../../server/src/engine/bodyRunOns';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';

const spans = (...t: string[]) => t.map((x) => TAGS.indexOf(x));
const norms = (words: string) => words.split(' ').map((w) => normalizeArabic(w));

test('a body\'s name ends at its definite genitive, before the verb\'s object', () => {
  assert.deepEqual(labelTexts('وأعلنت وزارة الصحة تسجيل 2000 إصابة جديدة .', 'ORGANIZATION'), ['وزارة الصحة']);
});

test('a common word after a definite word leaves the body; a rare name, a person after a title or a nisba stays', () => {
  const run = (words: string, t: string[], common: string[], named: string[] = []) => {
    const stems = norms(words);
    return endBodiesAtCommonWords(stems, stems.map(() => ''), spans(...t), () => true, (k) => stems[k],
      (k) => (common.includes(stems[k]) ? 100 : 1), (k) => named.includes(stems[k]));
  };
  assert.deepEqual(run('تعادل الاتحاد سلبيا مع', ['O', 'B-ORG', 'I-ORG', 'O'], ['سلبيا']), spans('O', 'B-ORG', 'O', 'O'));
  assert.deepEqual(run('أمام مجلس الشعب ان مصر', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'], []), spans('O', 'B-ORG', 'I-ORG', 'O', 'O'));
  // A rare word after a definite one is the name's (an acronym in apposition), as is a listed name.
  assert.deepEqual(run('وقالت وكالة الانباء القطرية قنا ان', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'], []),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(run('في جامعة الملك سعود امس', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'], ['سعود']), spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(run('الاتحاد الجنوب افريقي لكرة', ['B-ORG', 'I-ORG', 'I-ORG', 'O'], ['افريقي']), spans('B-ORG', 'I-ORG', 'I-ORG', 'O'));
});

test('a لـ complement the splitter left whole stays in the body', () => {
  assert.deepEqual(labelTexts('وأعلن الاتحاد الرمالي لكرة القدم أن اللجنة اجتمعت .', 'ORGANIZATION'), ['الاتحاد الرمالي لكرة القدم']);
});

test('a head after a definite name (the foreign order) and spelled letters stay in the body', () => {
  const stems = norms('رئاسة الرايخ بنك عام');
  assert.deepEqual(endBodiesAtCommonWords(stems, stems.map(() => ''), spans('O', 'B-ORG', 'I-ORG', 'O'), () => true, (k) => stems[k], () => 100, () => false),
    spans('O', 'B-ORG', 'I-ORG', 'O'));
  const cnn = norms('أعدته السي إن إن .');
  assert.deepEqual(endBodiesAtCommonWords(cnn, cnn.map(() => ''), spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'), () => true, (k) => cnn[k], () => 100, () => false),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
});
