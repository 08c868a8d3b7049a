import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { goldSpans, maskedFeatures, maskedTokens } from '../../../server/src/training/listDropout';
import { trainPerceptron, mulberry32 } from '../../../server/src/training/perceptron';
import { sentenceFeatures, TagToken } from '../../../server/src/engine/features';
import { buildGazetteer } from '../../../server/src/engine/gazetteer';
import { mapLexicon } from '../../../server/src/engine/model';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';

const O = 0;
const BP = beginTag('PERS');
const IP = insideTag('PERS');
const BL = beginTag('LOC');
const BO = beginTag('ORG');
const IO = insideTag('ORG');

const words = (s: string): TagToken[] => s.split(' ').map((norm) => ({ norm, isWord: true, isNumber: false }));

test('dropout hides persons and bodies, not places, unless asked', () => {
  const gold = [BP, IP, O, BL, O, BO, IO, IO, O];
  assert.deepEqual(goldSpans(gold, ['PERS', 'ORG']), [{ start: 0, end: 1, label: 'PERS' }, { start: 5, end: 7, label: 'ORG' }]);
  assert.deepEqual(goldSpans(gold, ['LOC']), [{ start: 3, end: 3, label: 'LOC' }]);
});

test('a hidden name reads as one no list holds: its marks and its neighbours\' go, the rest of the sentence is unchanged', () => {
  const gaz = buildGazetteer({ 'كمال رضوان': 'PER', 'القاهره': 'LOC' });
  const lex = mapLexicon({ 'قال': 50, 'في': 90 });
  const tokens = words('قال كمال رضوان في القاهره');
  const full = sentenceFeatures(tokens, lex, gaz, true).features;
  const masked = maskedFeatures(tokens, lex, gaz, [{ start: 1, end: 2 }]);
  assert.ok(full[1].some((f) => f.startsWith('g=PER')), 'the listed name is marked');
  for (const k of [0, 1, 2, 3]) assert.ok(!masked[k].some((f) => /^(g|g-1|g1)=f?PER/.test(f)), `token ${k} reads no person list`);
  // The name's own words, shape and context stay: only list features go.
  for (const k of [0, 1, 2, 3]) assert.deepEqual(masked[k], full[k].filter((f) => !/^(g|g-1|g1)=f?PER/.test(f)));
  assert.deepEqual(masked[4], full[4], 'the place keeps its list');
});

test('hiding only the name\'s own lists keeps a person\'s place mark, as `eval --unlisted` does', () => {
  const gaz = buildGazetteer({ 'كمال': 'FIRST', 'رضوان': 'LAST|LOC' });
  const lex = mapLexicon({ 'قال': 50 });
  const tokens = words('قال كمال رضوان امس');
  const spans = goldSpans([O, BP, IP, O], ['PERS']);
  const own = maskedFeatures(tokens, lex, gaz, spans, true);
  assert.ok(own[2].includes('g=LOC-S') && !own[2].some((f) => f.startsWith('g=LAST')), 'the surname keeps its place mark only');
  assert.ok(!own[1].some((f) => f.startsWith('g=FIRST')));
  assert.ok(!maskedFeatures(tokens, lex, gaz, spans)[2].some((f) => f.startsWith('g=')), 'every list hidden by default');
});

test('each name is hidden on its own draw, with one token either side', () => {
  const spans = [{ start: 1, end: 2 }, { start: 6, end: 6 }];
  assert.equal(maskedTokens(8, spans, 0, mulberry32(1)), undefined);
  assert.deepEqual([...maskedTokens(8, spans, 1, mulberry32(1))!], [1, 1, 1, 1, 0, 1, 1, 1]);
});

test('without dropout the trainer learns the same weights as before the option (the shipped model is reproduced)', () => {
  const gaz = buildGazetteer({ 'كمال رضوان': 'PER' });
  const lex = mapLexicon({ 'قال': 50 });
  const tokens = words('قال كمال رضوان امس');
  const gold = [O, BP, IP, O];
  const spans = goldSpans(gold, ['PERS']);
  const plain = { features: sentenceFeatures(tokens, lex, gaz, true).features, gold };
  const a = trainPerceptron([plain, plain], { epochs: 3, minCount: 1, seed: 5 });
  const b = trainPerceptron([{ ...plain, spans, masked: maskedFeatures(tokens, lex, gaz, spans) }, plain], { epochs: 3, minCount: 1, seed: 5, listDropout: 0 });
  assert.deepEqual([...a.features.keys()], [...b.features.keys()]);
  for (const [k, v] of a.features) assert.deepEqual([...v], [...b.features.get(k)!]);
});

test('trained with dropout, a person the lists never held is found by its context more surely', () => {
  // Every person of the training text is listed; unseen common words stand in the same place before another word.
  const names = ['كمال رضوان', 'سامي فهمي', 'نبيل عزت', 'هاني شكري', 'عادل منصور', 'ماهر نصار'];
  const others = ['خبراء', 'مسؤولون', 'محللون', 'شهود', 'نواب', 'سكان'];
  const gaz = buildGazetteer(Object.fromEntries(names.map((n) => [n, 'PER'])));
  const lex = mapLexicon({ 'قال': 50, 'امس': 40, 'ايضا': 40, 'ان': 60 });
  const data = names.flatMap((n, k) => {
    const tokens = words(`قال ${n} امس ان`);
    const gold = [O, BP, IP, O, O];
    const spans = goldSpans(gold, ['PERS']);
    return [
      { features: sentenceFeatures(tokens, lex, gaz, true).features, gold, spans, masked: maskedFeatures(tokens, lex, gaz, spans) },
      { features: sentenceFeatures(words(`قال ${others[k]} ايضا ان`), lex, gaz, true).features, gold: [O, O, O, O] },
    ];
  });
  const unseen = sentenceFeatures(words('قال زياد قرطام امس ان'), lex, gaz, true).features;
  /** How much more the unseen given name scores as a name's start than as no name. */
  const margin = (w: ReturnType<typeof trainPerceptron>) => {
    const score = (t: number) => unseen[1].reduce((s, f) => s + (w.features.get(f)?.[t] ?? 0), 0);
    return score(BP) - score(O);
  };
  const without = trainPerceptron(data, { epochs: 10, minCount: 1, seed: 3 });
  const withDropout = trainPerceptron(data, { epochs: 10, minCount: 1, seed: 3, listDropout: 0.5 });
  assert.ok(margin(withDropout) > margin(without), `context weighs more (${margin(withDropout)} against ${margin(without)})`);
});

test('word-form dropout also hides the name\'s words: its own form and core, and its neighbours\' context words naming it', () => {
  const gaz = buildGazetteer({ 'كمال رضوان': 'PER' });
  const lex = mapLexicon({ 'قال': 50, 'في': 90, 'امس': 40, 'كمال': 40 });
  const tokens = words('امس قال كمال رضوان في مدينة القاهره');
  const spans = [{ start: 2, end: 3, label: 'PERS' }];
  const lists = maskedFeatures(tokens, lex, gaz, spans);
  const forms = maskedFeatures(tokens, lex, gaz, spans, false, true);
  assert.ok(lists[2].includes('w=كمال') && lists[3].includes('c-1=كمال'), 'list dropout keeps the words');
  for (const k of [2, 3]) assert.ok(!forms[k].some((f) => /^(w|c)=/.test(f)), `token ${k} loses its form and core`);
  assert.ok(!forms[3].includes('c-1=كمال') && !forms[4].includes('c-2=كمال') && !forms[0].includes('c2=كمال'), 'no neighbour names the hidden words');
  assert.ok(forms[2].includes('c-1=قال') && forms[2].includes('p1=ك') && forms[3].includes('s2=ان'), 'context outside the name and affixes stay');
  assert.deepEqual(forms[6], lists[6], 'a token three words on keeps everything');
  assert.deepEqual([...maskedTokens(7, spans, 1, mulberry32(1), 2)!], [1, 1, 1, 1, 1, 1, 0]);
  const rare = maskedFeatures(tokens, lex, gaz, spans, false, true, true);
  assert.ok(forms[2].includes('fq=3') && rare[2].includes('fq=0') && !rare[2].includes('fq=3'), 'read as never met, the known given name is of frequency class 0');
  assert.deepEqual(rare[1], forms[1], 'only the name\'s own words are read as never met');
});
