import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalConll, unlistedAnalyzer, unseenAnalyzer, unseenNameWords } from '../../../server/src/cli/evaluation';
import { parseConll } from '../../../server/src/engine/conll';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { tokenize } from '../../../server/src/engine/tokenize';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { scoredWords } from '../../../server/src/engine/wordScores';
import { scoredAsRead, setUnseenMask, unseenLexicon, UnseenMask, wordsToScore } from '../../../server/src/engine/unseenWords';
import { STRIDE } from '../../../server/src/engine/wordCache';

const conll = (words: string[], tags: Record<number, string>) => words.map((w, k) => `${w}\t${tags[k] ?? 'O'}`).join('\n') + '\n';
const persRow = (report: string) => report.split('\n').find((l) => l.startsWith('PERS'))?.split(/\s+/).slice(1, 4).map(Number);

/** Token k's block of scores (own, then its four neighbour roles) as the tagger sums them. */
const block = (w: { chunk: Float64Array; at: number }) => Array.from(w.chunk.subarray(w.at, w.at + STRIDE), (x) => Math.round(x * 1e6) / 1e6);

test('eval --unseen: a known name loses what the training text taught of its word, an invented one scores as before', () => {
  const model = { ...loadDefaultModel() };
  const tokens = tokenize('وصل بوتين وزورباخ إلى المدينة', 0);
  const words = scoredWords(tokens, model);
  // Masks بوتين and زورباخ (the conjunction with it is its clitic, split off as a new word's would be only before ال).
  setUnseenMask(model, { ranges: [{ start: tokens[1].start, end: tokens[2].end }] });
  const read = wordsToScore(tokens, words, model);
  assert.notDeepEqual(block(read[1]), block(words[1]));
  assert.equal(read[1].info.freqClass, 'fq=0');
  assert.notEqual(words[1].info.freqClass, 'fq=0');
  // A word no text held: the same scores with the mask as without (the mask gives exactly what an unseen word has).
  assert.deepEqual(block(read[2]), block(words[2]));
  // Outside the names, the words are the ones scored (the rule passes read `words` all the same).
  assert.equal(read[0], words[0]);
  assert.equal(read[3], words[3]);
});

test('eval --unseen: a person the tagger found by his known word is missed as a new name, an invented one is scored alike', () => {
  const model = loadDefaultModel();
  const known = conll(['وصل', 'بوتين', 'إلى', 'المدينة', 'أمس', '.'], { 1: 'B-PERS' });
  assert.deepEqual(persRow(evalConll(known, unlistedAnalyzer(known, model, false, 'all'))), [1, 1, 1]);
  const u = unseenAnalyzer(known, model);
  assert.deepEqual(persRow(evalConll(known, u.analyzer, 'entities', false, false, false, u.mask)), [0, 0, 0]);
  const invented = conll(['وقال', 'زورباخ', 'كيتلماير', 'إن', 'الوضع', 'صعب', '.'], { 1: 'B-PERS', 2: 'I-PERS' });
  const v = unseenAnalyzer(invented, model);
  assert.equal(evalConll(invented, v.analyzer, 'entities', false, false, false, v.mask), evalConll(invented, unlistedAnalyzer(invented, model, false, 'all')));
  // The shipped model is untouched: the known name is found after.
  assert.deepEqual(persRow(evalConll(known, new Analyzer(model))), [1, 1, 1]);
});

test('eval --unseen at family depth: only a person\'s last word is new, his known given name still tells the tagger', () => {
  const model = loadDefaultModel();
  const text = conll(['وصل', 'فلاديمير', 'بوتين', 'إلى', 'المدينة', 'أمس', '.'], { 1: 'B-PERS', 2: 'I-PERS' });
  const all = unseenAnalyzer(text, model);
  assert.equal(all.mask.familyOnly, false);
  assert.deepEqual(persRow(evalConll(text, all.analyzer, 'entities', false, false, false, all.mask)), [0, 0, 0]);
  const family = unseenAnalyzer(text, model, false, 'family');
  assert.deepEqual(persRow(evalConll(text, family.analyzer, 'entities', false, false, false, family.mask)), [1, 1, 1]);
});

test('eval --unseen: the counts the rule passes read hold no gold person word either, with or without its clitic', () => {
  const model = loadDefaultModel();
  assert.ok(model.lexicon.freq('بوتين') > 0);
  const mask: UnseenMask = { ranges: [] };
  const lex = unseenLexicon(model.lexicon, mask);
  assert.equal(lex.freq('بوتين'), model.lexicon.freq('بوتين'));
  mask.words = new Set(['بوتين']);
  assert.equal(lex.freq('بوتين'), 0);
  assert.equal(lex.freq('وبوتين'), 0);
  assert.equal(lex.freq('لبوتين'), 0);
  assert.equal(lex.freq('المدينة'), model.lexicon.freq('المدينة'));
  mask.words = new Set();
  assert.equal(lex.freq('بوتين'), model.lexicon.freq('بوتين'));
});

test('eval --unseen: an article\'s hidden words are its persons\' new words, not a word it also writes as no one\'s name', () => {
  const sentences = parseConll(conll(['قال', 'عبدالله', 'الثاني', 'إن', 'زورباخ', 'وصل', 'في', 'اليوم', 'الثاني', '.'], { 1: 'B-PERS', 2: 'I-PERS', 4: 'B-PERS' }));
  assert.deepEqual([...unseenNameWords(sentences, true)], ['زورباخ']);
  assert.deepEqual([...unseenNameWords(sentences, false)].sort(), ['زورباخ', 'عبدالله']);
  // A common given name stays a word every text holds.
  assert.deepEqual([...unseenNameWords(sentences, false, (w) => w === 'عبدالله')], ['زورباخ']);
});

test('eval --unseen: a rule pass asking what a masked word\'s own features say hears the tagger\'s unseen reading', () => {
  const model = { ...loadDefaultModel() };
  const tokens = tokenize('وصل بوتين إلى المدينة', 0);
  const words = scoredWords(tokens, model);
  assert.equal(scoredAsRead(tokens[1], words[1], model), words[1]);
  setUnseenMask(model, { ranges: [{ start: tokens[1].start, end: tokens[1].end }] });
  assert.deepEqual(block(scoredAsRead(tokens[1], words[1], model)), block(wordsToScore(tokens, words, model)[1]));
  assert.notDeepEqual(block(scoredAsRead(tokens[1], words[1], model)), block(words[1]));
  assert.equal(scoredAsRead(tokens[3], words[3], model), words[3]);
});

test('eval --unseen: a body\'s own words are hidden from the counts like a person\'s, its head noun and shared words are not', () => {
  const sentences = parseConll(conll(['أعلنت', 'حركة', 'طالبان', 'المتحدة', 'أن', 'الدول', 'المتحدة', 'وافقت', '.'], { 1: 'B-ORG', 2: 'I-ORG', 3: 'I-ORG' }));
  const head = (w: string) => w === normalizeArabic('حركة');
  assert.deepEqual([...unseenNameWords(sentences, true, () => false, head)], ['طالبان']);
  // Through the eval's own analyzer: the known body word counts 0 for the rule passes, the head noun keeps its count.
  const model = loadDefaultModel();
  const text = conll(['أعلنت', 'حركة', 'طالبان', 'أن', 'الوضع', 'صعب', '.'], { 1: 'B-ORG', 2: 'I-ORG' });
  assert.ok(model.lexicon.freq('طالبان') > 0);
  const u = unseenAnalyzer(text, model, false, 'family');
  evalConll(text, u.analyzer, 'entities', false, false, false, u.mask);
  assert.deepEqual([...(u.mask.words ?? [])], ['طالبان']);
});
