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

test('فان opens a surname only before a second particle; a particle closing the span, or a surname read apart, joins the name', () => {
  // An invented analyst: ماريك فان دن هوفخ (فان then دن, which no Arabic clause opens with).
  const van = ['قال', 'ماريك', 'فان', 'دن', 'هوفخ', 'امس'];
  assert.deepEqual(tagNames(particleSurnames(reads(van, {}, { امس: 900 }), tagNumbers('O', 'B-PERS', 'O', 'O', 'O', 'O'))),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // The tagger read the second particle and the surname as a person of its own (ماريك فان | دن هوفخ).
  assert.deepEqual(tagNames(particleSurnames(reads(van, {}, { امس: 900 }), tagNumbers('O', 'B-PERS', 'O', 'B-PERS', 'I-PERS', 'O'))),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // فان alone before a rare word is فإن opening a clause (قال ماريك فان هوفخ …): no join.
  const alone = ['قال', 'ماريك', 'فان', 'هوفخ', 'امس'];
  assert.deepEqual(tagNames(particleSurnames(reads(alone, {}, {}), tagNumbers('O', 'B-PERS', 'O', 'O', 'O'))), ['O', 'B-PERS', 'O', 'O', 'O']);
  // The span ran to the particle and stopped (بلانكا ألونسو [دي] …): the rare surname after it is the name's.
  const closing = ['قالت', 'فلورينا', 'ألونسو', 'دي', 'باسكو', 'امس'];
  assert.deepEqual(tagNames(particleSurnames(reads(closing, {}, { امس: 900 }), tagNumbers('O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O'))),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('a person opening with two particles takes the rare given name before it, from O or from the end of a body', () => {
  const words = ['وقال', 'الباحث', 'في', 'معهد', 'كلينغوفر', 'يوهاريس', 'فان', 'دير', 'بروخ', 'إن'];
  const tags = tagNumbers('O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PERS', 'I-PERS', 'I-PERS', 'O');
  assert.deepEqual(tagNames(particleSurnames(reads(words, {}, { [normalizeArabic('إن')]: 9000 }), tags)),
    ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  // A known word before the particles (a verb, a title) stays out; a one-word body keeps its word.
  const known = ['وقالت', 'المفوضية', 'فون', 'دير', 'ليمن', 'إن'];
  const kt = tagNumbers('O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O');
  assert.deepEqual(tagNames(particleSurnames(reads(known, {}, { [normalizeArabic('وقالت')]: 900 }), kt)), tagNames(kt));
  const body = ['قال', 'كلينغوفر', 'فون', 'دير', 'ليمن'];
  const bt = tagNumbers('O', 'B-ORG', 'B-PERS', 'I-PERS', 'I-PERS');
  assert.deepEqual(tagNames(particleSurnames(reads(body, {}, {}), bt)), tagNames(bt));
});
