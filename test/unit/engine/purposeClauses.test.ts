import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endBodiesAtPurposes } from '../../../server/src/engine/purposeClauses';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { labelTexts } from './helpers';

/** endBodiesAtPurposes on words (ل written on them, unsplit) tagged as given. */
function run(text: string, tags: string[]): string[] {
  const stems = text.split(' ').map((w) => normalizeArabic(w));
  return endBodiesAtPurposes(stems, stems.map(() => ''), tags.map((t) => TAGS.indexOf(t))).map((t) => TAGS[t]);
}

test('a body ends before the ل-phrase of what it meets for', () => {
  assert.deepEqual(labelTexts('واجتمعت اللجنة الوطنية العليا لمناقشة الموازنة العامة .', 'ORGANIZATION'), ['اللجنة الوطنية العليا']);
  assert.deepEqual(run('اجتمع المجلس الأعلى لبحث الملف', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']), ['O', 'B-ORG', 'I-ORG', 'O', 'O']);
});

test('a body named by the field it serves keeps its complement', () => {
  assert.deepEqual(run('الجمعية الوطنية لحماية المستهلك', ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  // An institute is named by what it studies (لدراسة is not a purpose here).
  assert.deepEqual(run('المعهد الألماني لدراسة الآثار', ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
});
