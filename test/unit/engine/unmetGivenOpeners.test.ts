import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unmetGivenBefore, unmetGivenOpeners } from '../../../server/src/engine/unmetGivenOpeners';
import { tokenize } from '../../../server/src/engine/tokenize';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { analyze, entityLines, openDocument, textsOf } from './helpers';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';

/**
 * unmetGivenOpeners on words written out: `seen` the training counts of words (every other word unseen), `verbs` and
 * `titles` the positions of verbs of saying and of titles, `waw` those of words the splitter reads as و + a stem.
 */
function run(words: string[], input: string[], { seen = {}, verbs = [], titles = [], waw = [], fronted = [] }: { seen?: Record<string, number>; verbs?: number[]; titles?: number[]; waw?: number[]; fronted?: number[] } = {}): string[] {
  const stems = words.map((w, k) => (waw.includes(k) ? normalizeArabic(w).slice(1) : normalizeArabic(w)));
  return unmetGivenOpeners(stems, words.map(() => []), input.map((t) => TAGS.indexOf(t)), (k) => words[k], (k) => seen[stems[k]] ?? 0,
    { word: () => true, verb: (k) => verbs.includes(k), title: (k) => titles.includes(k), nationality: () => false, count: (w) => seen[w] ?? 0, fronted: (k) => fronted.includes(k) }).map((t) => TAGS[t]);
}

test('an unseen word between a name opener and a name of two words is its given name', () => {
  // After a verb of saying, a title, a title's definite complement, a place the tagger read.
  assert.deepEqual(run(['وأضاف', 'زولترين', 'مابيكو', 'ندوا'], ['O', 'O', 'B-PERS', 'I-PERS'], { verbs: [0] }), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['المدرب', 'زولترين', 'مابيكو', 'ندوا'], ['O', 'O', 'B-PERS', 'I-PERS'], { titles: [0] }), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['الحارس', 'الثالث', 'زولترين', 'مابيكو', 'ندوا'], ['O', 'O', 'O', 'B-PERS', 'I-PERS'], { titles: [0] }), ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['مندوب', 'الصليب', 'الأحمر', 'في', 'كينيا', 'زولترين', 'مابيكو', 'ندوا'], ['O', 'O', 'O', 'O', 'B-LOC', 'O', 'B-PERS', 'I-PERS'], { titles: [0] }),
    ['O', 'O', 'O', 'O', 'B-LOC', 'B-PERS', 'I-PERS', 'I-PERS']);
});

test('a word of the sentence before a name stays outside it', () => {
  const name = ['O', 'O', 'B-PERS', 'I-PERS'];
  // A known word; a title with its pronoun; a future verb; a known word's accusative; a word shorter than four letters.
  assert.deepEqual(run(['وأضاف', 'زميله', 'مابيكو', 'ندوا'], name, { verbs: [0], seen: { 'زميله': 40 } }), name);
  assert.deepEqual(run(['وأضاف', 'زعيمها', 'مابيكو', 'ندوا'], name, { verbs: [0] }), name);
  assert.deepEqual(run(['وأضاف', 'سيستقبل', 'مابيكو', 'ندوا'], name, { verbs: [0] }), name);
  assert.deepEqual(run(['وأضاف', 'منافسا', 'مابيكو', 'ندوا'], name, { verbs: [0], seen: { 'منافس': 90 } }), name);
  assert.deepEqual(run(['وأضاف', 'زول', 'مابيكو', 'ندوا'], name, { verbs: [0] }), name);
  // At the sentence's start, where a verb opens the sentence; after a function word spelled with ال.
  assert.deepEqual(run(['تلاقت', 'مابيكو', 'ندوا'], ['O', 'B-PERS', 'I-PERS']), ['O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['الذي', 'استجار', 'مابيكو', 'ندوا'], name), name);
  // After a place fronted with its preposition, where the clause's verb comes next (وفي كينيا تظاهروا).
  assert.deepEqual(run(['وفي', 'كينيا', 'تظاهروا', 'مابيكو', 'ندوا'], ['O', 'B-LOC', 'O', 'B-PERS', 'I-PERS'], { fronted: [0] }), ['O', 'B-LOC', 'O', 'B-PERS', 'I-PERS']);
  // Before a surname alone, and before a second person joined by و.
  assert.deepEqual(run(['وأضاف', 'زولترين', 'ندوا', '.'], ['O', 'O', 'B-PERS', 'O'], { verbs: [0] }), ['O', 'O', 'B-PERS', 'O']);
  assert.deepEqual(run(['وأضاف', 'زولترين', 'ومابيكو', 'ندوا'], name, { verbs: [0], waw: [2] }), name);
  // After a body's name, which may go on past where the tagger ended it.
  assert.deepEqual(run(['جامعة', 'القاضي', 'زولترين', 'مابيكو', 'ندوا'], ['B-ORG', 'I-ORG', 'O', 'B-PERS', 'I-PERS']), ['B-ORG', 'I-ORG', 'O', 'B-PERS', 'I-PERS']);
});

/** unmetGivenBefore on a sentence written out: is word `g` the given name of a surname the document spreads right after it? */
function before(text: string, g: number, seen: Record<string, number> = {}, placeEnd = -1): boolean {
  const tokens = tokenize(text);
  return unmetGivenBefore(tokens, tokens.map((t) => t.norm), tokens.map(() => ''), g, (w) => seen[w] ?? 0, (k) => k === placeEnd);
}

test('an unmet word before a surname the document spreads is its given name where a name may begin', () => {
  assert.equal(before('وقال زولترين مابيكو إن الوضع صعب', 1), true);
  assert.equal(before('وقال المدرب زولترين مابيكو إن الوضع صعب', 2), true);
  assert.equal(before('وقال باحث في نيروبي زولترين مابيكو إن الوضع صعب', 4, {}, 3), true);
  // A known word, a future verb, a pronoun on a noun; at a sentence's start; after a function word with ال.
  assert.equal(before('وقال زميله مابيكو إن الوضع صعب', 1, { 'زميل': 50, 'زميله': 20 }), false);
  assert.equal(before('وقال سيستقبل مابيكو غدا', 1), false);
  assert.equal(before('وقال زعيمها مابيكو إن الوضع صعب', 1), false);
  assert.equal(before('تلاقت مابيكو مع الوفد', 0), false);
  assert.equal(before('وهو الذي استجار مابيكو به', 2), false);
});

// An invented official, زولترين مابيكو: the article names him by surname later, which document consistency spreads back.
const FIRST = 'قال مسؤول في نيروبي زولترين مابيكو إن الوضع صعب .';
const LATER = 'وأكد مابيكو أن المساعدات وصلت .';

test('the surname spread back to a first mention takes the unmet given name before it, in the open document too', () => {
  const model = loadDefaultModel();
  const full = `${FIRST}\n${LATER}`;
  assert.deepEqual(textsOf(analyze(full), 'PERSON'), ['زولترين مابيكو', 'مابيكو']);
  const entities = (a: ReturnType<Analyzer['analyze']>) => a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.start} ${x.end}`);
  const doc = openDocument(new Analyzer(model), 'file:///unmet.ar.txt', FIRST);
  doc.edit(doc.text.length, doc.text.length, `\n${LATER}`);
  const gained = doc.analyze();
  assert.deepEqual(entities(gained), entities(new Analyzer(model).analyze(doc.text)));
  assert.deepEqual(textsOf(gained, 'PERSON'), ['زولترين مابيكو', 'مابيكو']);
  doc.edit(FIRST.length, doc.text.length, '');
  assert.deepEqual(entities(doc.analyze()), entities(new Analyzer(model).analyze(doc.text)));
});

test('a plural verb after a fronted place is no given name of the name after it', () => {
  assert.deepEqual(entityLines('وفي الرباط احتفلوا أحمد الصالحي وزملاؤه بالتتويج .'), ['LOCATION الرباط', 'PERSON أحمد الصالحي']);
});
