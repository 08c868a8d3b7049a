import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takeStandingPurposes } from '../../../server/src/engine/lamPurposes';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { Token } from '../../../server/src/engine/tokenize';
import { labelTexts } from './helpers';

/** takeStandingPurposes on words (ل written on them, unsplit) tagged as given; no word is a nationality. */
function run(text: string, tags: string[]): string[] {
  const words = text.split(' ');
  const stems = words.map((w) => normalizeArabic(w));
  const sentence = words.map((w, k) => ({ text: w, norm: stems[k], kind: 'word' }) as unknown as Token);
  return takeStandingPurposes(sentence, stems, stems.map(() => ''), tags.map((t) => TAGS.indexOf(t)), () => false).map((t) => TAGS[t]);
}

test('a body cut at its adjective of standing takes the ل-phrase it is named by', () => {
  assert.deepEqual(labelTexts('وأطلقت الوكالة الوطنية لتثمين الموارد المعدنية مناقصة جديدة .', 'ORGANIZATION'),
    ['الوكالة الوطنية لتثمين الموارد المعدنية']);
  assert.deepEqual(run('الهيئة العامة لتأهيل موارد المياه قالت', ['B-ORG', 'I-ORG', 'O', 'O', 'O', 'O']),
    ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
});

test('a body that acts for a purpose keeps its span', () => {
  // An army acts for a purpose; it is not named by one.
  assert.deepEqual(run('الجيش الوطني لحماية المدنيين', ['B-ORG', 'I-ORG', 'O', 'O']), ['B-ORG', 'I-ORG', 'O', 'O']);
  // A nationality ends the name (المجلس الأوروبي لتدريب …).
  assert.deepEqual(run('المجلس الأوروبي لتدريب الشرطة', ['B-ORG', 'I-ORG', 'O', 'O']), ['B-ORG', 'I-ORG', 'O', 'O']);
  // لتحقيق is an aim, not a field (حزب المؤتمر الشعبي لتحقيق الحكم الذاتي).
  assert.deepEqual(run('الحركة الشعبية لتحقيق الحكم', ['B-ORG', 'I-ORG', 'O', 'O']), ['B-ORG', 'I-ORG', 'O', 'O']);
  // No definite genitive after the ل word: the sentence's own clause.
  assert.deepEqual(run('الهيئة العامة لحماية مصالحها', ['B-ORG', 'I-ORG', 'O', 'O']), ['B-ORG', 'I-ORG', 'O', 'O']);
});
