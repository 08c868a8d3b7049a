import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitClitics } from '../../../server/src/engine/clitics';
import { addScores, viterbi, TAGS, NUM_TAGS } from '../../../server/src/engine/tagger';
import { gazetteerMarksFor, sentenceFeatures } from '../../../server/src/engine/features';
import { scoredWord, scoreSentence } from '../../../server/src/engine/wordScores';
import { tokenize } from '../../../server/src/engine/tokenize';
import { loadDefaultModel, mapLexicon } from '../../../server/src/engine/model';
import { analyze, textsOf } from './helpers';

test('clitics split only when the rest is a better-known word', () => {
  const lex = mapLexicon({ 'موسكو': 50, 'فلسطين': 80, 'لسطين': 0, 'القاهره': 40 });
  assert.equal(splitClitics('وموسكو', lex).prefix, 'و');
  assert.equal(splitClitics('فلسطين', lex).prefix, '');
  assert.equal(splitClitics('بالقاهره', lex).stem, 'القاهره');
  assert.equal(splitClitics('للقاهره', lex).stem, 'القاهره');
});

test('Viterbi never emits I- after O or after another label', () => {
  const n = 3;
  const em = new Float64Array(n * NUM_TAGS);
  // The emissions alone would prefer O, I-LOC, I-LOC.
  em[0 * NUM_TAGS + 0] = 5; em[1 * NUM_TAGS + TAGS.indexOf('I-LOC')] = 5; em[2 * NUM_TAGS + TAGS.indexOf('I-LOC')] = 5;
  em[1 * NUM_TAGS + TAGS.indexOf('B-LOC')] = 4;
  const tags = viterbi(em, n, new Float64Array((NUM_TAGS + 1) * NUM_TAGS));
  assert.deepEqual(tags.map((t) => TAGS[t]), ['O', 'B-LOC', 'I-LOC']);
});

test('entity spans leave out attached conjunctions and prepositions', () => {
  const a = analyze('وقال الرئيس الأمريكي إن وفدا سيتوجه إلى موسكو ثم وموسكو ستستضيف القمة في بالقاهرة.');
  const locs = textsOf(a, 'LOCATION');
  assert.ok(locs.includes('موسكو'));
  assert.ok(!locs.some((t) => t.startsWith('وموسكو') || t.startsWith('بالقاهرة')), locs.join(','));
});

test('a person named in full is linked to later surname-only mentions', () => {
  const a = analyze('التقى وزير الخارجية الروسي سيرجي لافروف نظيره الصيني. وقال لافروف إن المحادثات كانت مثمرة.');
  const full = a.entities.find((e) => e.mentions.some((m) => a.text.slice(m.start, m.end) === 'سيرجي لافروف'));
  assert.ok(full, 'full name found');
  assert.equal(full!.label, 'PERSON');
  assert.ok(full!.mentions.some((m) => a.text.slice(m.start, m.end) === 'لافروف'));
});

test('every entity carries a confidence between 0 and 1', () => {
  const a = analyze('أعلنت وزارة الخارجية المصرية أن الرئيس عبد الفتاح السيسي سيزور باريس.');
  const ents = a.annotations.filter((x) => x.kind === 'entity');
  assert.ok(ents.length >= 2);
  for (const e of ents) assert.ok(e.confidence > 0 && e.confidence <= 1);
});

test('the cached fast scoring path equals summing every training feature', () => {
  const text = 'وقال وزير الخارجية المصري سامح شكري في القاهرة إن الاتحاد الأوروبي سيرسل وفدا.';
  const tokens = tokenize(text);
  const model = loadDefaultModel();
  const fast = scoreSentence(tokens.map((t) => scoredWord(t, model)), gazetteerMarksFor(tokens.map((t) => scoredWord(t, model).info), model.gazetteer), model);
  const { features } = sentenceFeatures(tokens.map((t) => ({ norm: t.norm, isWord: t.kind === 'word', isNumber: t.kind === 'number' })), model.lexicon, model.gazetteer);
  const slow = new Float64Array(tokens.length * NUM_TAGS);
  features.forEach((f, i) => addScores(model.weights, f, slow, i * NUM_TAGS));
  for (let i = 0; i < slow.length; i++) assert.ok(Math.abs(fast[i] - slow[i]) < 1e-9, `score ${i}: ${fast[i]} vs ${slow[i]}`);
});

test('an unseen foreign name right after a title phrase is a person', () => {
  const a = analyze('وصل وزير الخارجية الأمريكي أنتوني بلينكن أمس إلى القاهرة.');
  const person = a.annotations.find((x) => x.kind === 'entity' && x.label === 'PERSON');
  assert.equal(person?.text, 'أنتوني بلينكن');
  assert.ok(!a.annotations.some((x) => x.kind === 'entity' && x.text.includes('الخارجية') && x.label === 'PERSON'));
});

test('currencies, religions, prizes and wars are MISC, as the ANERcorp benchmark marks them', () => {
  const a = analyze('ارتفع سعر البرميل إلى 80 دولار بعد أن فاز الكاتب بجائزة نوبل للآداب، في ذكرى الحرب العالمية الثانية.');
  const misc = textsOf(a, 'MISC');
  assert.ok(misc.includes('دولار'), misc.join(' | '));
  assert.ok(misc.some((t) => t.includes('نوبل')), misc.join(' | '));
  assert.ok(misc.includes('الحرب العالمية الثانية'), misc.join(' | '));
});

test('a currency in the accusative after a number is no MISC (NewsFANE and the Wojood sample never mark it)', () => {
  const a = analyze('تراجع سعر البرميل إلى 60 دولارا ثم بيع بـ 538 دولارا للطن.');
  assert.deepEqual(textsOf(a, 'MISC'), []);
});
