import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildWordClasses } from '../../../server/src/training/exchangeClasses';
import { wordInfo } from '../../../server/src/engine/features';
import { wordClassOf } from '../../../server/src/engine/wordClasses';
import { loadDefaultModel } from '../../../server/src/engine/model';

/** Towns follow `in` and precede `today`; people follow `mr` and precede `said`: two kinds of word by their contexts alone. */
const TOWNS = ['paris', 'london', 'rome', 'cairo'];
const PEOPLE = ['ali', 'omar', 'sara', 'huda'];
function tinyCorpus(): string[][] {
  const out: string[][] = [];
  for (let k = 0; k < 40; k++) {
    const town = TOWNS[k % 4];
    const person = PEOPLE[(k * 3) % 4];
    out.push(['the', 'meeting', 'in', town, 'today', 'ended']);
    out.push(['mr', person, 'said', 'that', 'the', 'talks', 'ended']);
    out.push(['mr', person, 'arrived', 'in', town, 'today']);
  }
  return out;
}

test('word classes put words used alike together, the same way every run', () => {
  const opts = { sizes: [2, 3, 6] as [number, number, number], minCount: 2, iterations: 20 };
  const a = buildWordClasses(tinyCorpus(), opts);
  const b = buildWordClasses(tinyCorpus(), opts);
  assert.deepEqual([...a.classOf], [...b.classOf]);
  assert.deepEqual([...a.mid], [...b.mid]);
  const townClasses = new Set(TOWNS.map((w) => a.classOf.get(w)));
  const personClasses = new Set(PEOPLE.map((w) => a.classOf.get(w)));
  assert.equal(townClasses.size, 1, 'towns in one class');
  assert.equal(personClasses.size, 1, 'people in one class');
  assert.notEqual([...townClasses][0], [...personClasses][0]);
  // The coarser sizes nest: a fine class lies in one middle class.
  for (let c = 0; c < 6; c++) assert.ok(a.mid[c] >= 0 && a.mid[c] < 3 && a.coarse[c] >= 0 && a.coarse[c] < 2);
});

test('a word the tagger never saw still brings its class as a feature', () => {
  const model = loadDefaultModel();
  // Both words are unknown to the tagger's lexicon; only the first is in the class table (learned from the corpora's text).
  const classed = ['تايكوندو', 'دردشه', 'اشتباه'].find((w) => model.lexicon.freq(w) === 0 && wordClassOf(w) >= 0);
  assert.ok(classed, 'a classed word the lexicon lacks');
  const unknown = 'زرقلنطوش';
  assert.equal(wordClassOf(unknown), -1);
  const classFeatures = (w: string) => wordInfo({ norm: w, isWord: true, isNumber: false }, model.lexicon).lexFeatures.filter((f) => /^k[cmf]=/.test(f));
  assert.deepEqual(classFeatures(unknown), []);
  assert.deepEqual(classFeatures(classed).map((x) => x.split('=')[0]), ['kc', 'km', 'kf']);
  // The same word with a conjunction and the article attached is looked up by its core: the same class.
  assert.deepEqual(classFeatures('وال' + classed), classFeatures(classed));
});
