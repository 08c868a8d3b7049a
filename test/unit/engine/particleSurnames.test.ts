import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagNames, tagNumbers } from './helpers';
import { particleSurnames } from '../../../server/src/engine/particleSurnames';
import { normalizeArabic } from '../../../server/src/engine/normalize';

/** Reads of an invented sentence: stems as the clitic splitter might give them, no list marks, counts given. */
function reads(words: string[], stems: Record<number, string>, counts: Record<string, number>) {
  return {
    stems: words.map((w, k) => stems[k] ?? normalizeArabic(w)),
    marks: words.map(() => []),
    text: (k: number) => words[k],
    wordFreq: (w: string) => counts[w] ?? 0,
  };
}

test('a person the tagger stopped at the given name takes the particles and the rare surname after them', () => {
  // An invented nurse: فلورينا دي لا باسكو, the surname read by the splitter as ب + اسكو.
  const words = ['وصلت', 'فلورينا', 'دي', 'لا', 'باسكو', 'امس'];
  const tags = tagNumbers('O', 'B-PERS', 'O', 'O', 'O', 'O');
  assert.deepEqual(tagNames(particleSurnames(reads(words, { 4: 'اسكو' }, { امس: 900 }), tags)), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // One particle alone (فون) before the surname.
  const two = ['التقى', 'كارلو', 'فون', 'ميتلر', 'امس'];
  assert.deepEqual(tagNames(particleSurnames(reads(two, {}, {}), tagNumbers('O', 'B-PERS', 'O', 'O', 'O'))), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('a known word, a definite word or a و-word after the particle is the sentence going on, not a surname', () => {
  const tags = tagNumbers('O', 'B-PERS', 'O', 'O', 'O');
  const same = (words: string[], stems: Record<number, string> = {}, counts: Record<string, number> = {}) =>
    assert.deepEqual(tagNames(particleSurnames(reads(words, stems, counts), tags)), tagNames(tags));
  same(['قال', 'فلورينا', 'دي', 'كانت', 'هناك'], {}, { [normalizeArabic('كانت')]: 500 });
  same(['قال', 'فلورينا', 'دي', 'المدينة', 'هناك']);
  same(['قال', 'فلورينا', 'دي', 'وزوجها', 'هناك'], { 3: normalizeArabic('زوجها') });
  // No person before the particle: nothing to extend.
  assert.deepEqual(tagNames(particleSurnames(reads(['قال', 'فلورينا', 'دي', 'باسكو'], {}, {}), tagNumbers('O', 'O', 'O', 'O'))), ['O', 'O', 'O', 'O']);
});
