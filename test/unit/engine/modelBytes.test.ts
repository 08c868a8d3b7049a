import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import * as zlib from 'node:zlib';
import { Analyzer } from '../../../server/src/engine/analysis';
import { defaultModelPath, modelFromBytes, modelFromFile, ModelFile, modelRestFromBytes, modelWithTables, NerModel, packWeights, sharedTables } from '../../../server/src/engine/model';
import { escapedLines, featureNames, gunzipWhole, lexiconMap, modelLayout, textOf } from '../../../server/src/engine/modelBytes';
import { NUM_TAGS } from '../../../server/src/engine/tagger';

const gz = fs.readFileSync(defaultModelPath());
const file = JSON.parse(zlib.gunzipSync(gz).toString('utf8')) as ModelFile;
/** The model as it was read before the fields had readers of their own: one JSON.parse of the whole file. */
const parsed = modelFromFile(file);

/** Every part of a model that tagging reads: weight rows of every feature, the lexicon's counts, the name lists. */
function assertSameModel(a: NerModel, b: NerModel, features: readonly string[], words: readonly string[]): void {
  assert.equal(a.featureCount, b.featureCount);
  assert.deepEqual(a.weights.table, b.weights.table);
  assert.deepEqual(a.weights.transition, b.weights.transition);
  for (const f of [...features, 'no such feature', '']) assert.equal(a.weights.row(f), b.weights.row(f), f);
  for (const w of [...words, 'no such word', '__proto__', 'constructor']) assert.equal(a.lexicon.freq(w), b.lexicon.freq(w), w);
  assert.deepEqual(a.gazetteer.phrases, b.gazetteer.phrases);
  assert.deepEqual(a.gazetteer.folded, b.gazetteer.folded);
  assert.deepEqual(a.gazetteer.firstWords, b.gazetteer.firstWords);
  assert.deepEqual(a.gazetteer.prefixes, b.gazetteer.prefixes);
  assert.deepEqual(a.gazetteer.seconds, b.gazetteer.seconds);
  assert.equal(a.gazetteer.maxWords, b.gazetteer.maxWords);
}

test('the shipped model read field by field from its bytes is the model parsed from its JSON: every row, count and list', () => {
  const lean = modelFromBytes(gz);
  assertSameModel(lean, parsed, file.features, Object.keys(file.lexicon));
  // The news lists (newsLists.ts) join at load, folded too.
  assert.equal(lean.gazetteer.phrases.get('عبد المجيد تبون'), 'PER');
  assert.ok([...lean.gazetteer.folded.values()].includes('PER'));
  assert.equal(lean.gazetteer.phrases.get('ميديتل'), 'ORG');
});

test('the shipped file and a small one with escaped feature names are read by the fast readers, not parsed as JSON', () => {
  for (const bytes of [gz, smallFile({})]) {
    const json = gunzipWhole(bytes);
    const layout = modelLayout(json);
    assert.ok(layout, 'laid out as npm run train writes it');
    assert.ok(featureNames(json, layout.ranges.features));
    assert.ok(lexiconMap(textOf(json, layout.ranges.lexicon)));
    assert.ok(escapedLines(textOf(json, layout.ranges.gazetteer)) !== undefined);
  }
});

test('a worker\'s model from the rest of the bytes and the shared arrays is the model parsed from its JSON', () => {
  const first = modelFromBytes(gz, true);
  const tables = sharedTables(first);
  assert.ok(tables, 'the arrays are in shared memory');
  const rest = modelRestFromBytes(gz);
  assert.ok(rest);
  assertSameModel(modelWithTables(rest, tables), parsed, file.features.slice(0, 5000), Object.keys(file.lexicon));
});

test('the lists\' phrase starts and prefixes, found from the spaces of each phrase, are those of its words', () => {
  const g = modelFromBytes(gz).gazetteer;
  const firstWords = new Map<string, Set<string>>();
  const prefixes = new Set<string>();
  const seconds = new Set<string>();
  let maxWords = 1;
  for (const k of [...g.phrases.keys(), ...g.folded.keys()]) {
    const words = k.split(' ');
    if (words.length < 2) continue;
    maxWords = Math.max(maxWords, words.length);
    if (!firstWords.has(words[0])) firstWords.set(words[0], new Set());
    firstWords.get(words[0])?.add(words[1]);
    seconds.add(words[1]);
    for (let l = 2; l < words.length; l++) prefixes.add(words.slice(0, l).join(' '));
  }
  assert.deepEqual(g.firstWords, firstWords);
  assert.deepEqual(g.prefixes, prefixes);
  assert.deepEqual(g.seconds, seconds);
  assert.equal(g.maxWords, maxWords);
  assert.ok(prefixes.size > 1000 && maxWords > 5);
});

/** A small model file of the shipped one's schema, with what the readers must decode as JSON.parse does or leave to it. */
function smallFile(overrides: Partial<ModelFile>): Buffer {
  const rows: [string, number[]][] = ['a', 'w="', 'x\\y', 'tab\there', 'ل\u00e9ب', 'dup', 'w=قال', 'dup', '\u{1F600}'].map((f, i) =>
    [f, Array.from({ length: NUM_TAGS }, (_, k) => (i + 1) * (k % 3 === 0 ? -1.234 : 0.5) + k)]);
  const { features, weights } = packWeights(rows, file.scale);
  const small: ModelFile = { ...file, features, weights, lexicon: { قال: 12, '2020': 3, 'x y': 0 },
    gazetteer: 'عبد الله\tNAME|PER\nقال بن\tLOC\nمنظمة الدول المصدرة للبترول\tORG', gazetteerFolded: 'عبد الله\tPER', ...overrides };
  return zlib.gzipSync(JSON.stringify(small));
}

test('a model file with escapes, unusual names and counts, or duplicate names reads as its parsed JSON does', () => {
  const variants: Partial<ModelFile>[] = [
    {},
    { lexicon: { 'a"b': 1, 'c\\d': 2 } },
    { lexicon: { half: 1.5, big: 1e21, minus: -2, zero: 0 } },
    { lexicon: {} },
    { gazetteer: 'قال "بن"\tORG\nاسم\\مركب\tPER\nحرف\u0001\tLOC' },
    { gazetteerFolded: '' },
  ];
  for (const v of variants) {
    const bytes = smallFile(v);
    const json = JSON.parse(zlib.gunzipSync(bytes).toString('utf8')) as ModelFile;
    const words = [...Object.keys(json.lexicon), 'قال'];
    assertSameModel(modelFromBytes(bytes), modelFromFile(json), json.features, words);
    const rest = modelRestFromBytes(bytes);
    const tables = sharedTables(modelFromBytes(bytes, true));
    assert.ok(rest && tables);
    assertSameModel(modelWithTables(rest, tables), modelFromFile(json), json.features, words);
  }
});

test('a model file laid out otherwise (fields reordered, spaces) still loads as its parsed JSON does', () => {
  const json = JSON.parse(zlib.gunzipSync(smallFile({})).toString('utf8')) as ModelFile;
  const { lexicon, ...others } = json;
  for (const text of [JSON.stringify({ ...others, lexicon }), JSON.stringify(json, null, 1)]) {
    assertSameModel(modelFromBytes(zlib.gzipSync(text)), modelFromFile(json), json.features, Object.keys(json.lexicon));
  }
});

test('a gzip file of two members is decompressed whole (its size field states the last one), and a corrupt one fails as before', () => {
  const a = Buffer.from('first member, '.repeat(100));
  const b = Buffer.from('second member');
  assert.deepEqual(gunzipWhole(Buffer.concat([zlib.gzipSync(a), zlib.gzipSync(b)])), Buffer.concat([a, b]));
  const wrong = zlib.gzipSync(a);
  wrong.writeUInt32LE(3, wrong.length - 4);
  assert.throws(() => zlib.gunzipSync(wrong));
  assert.throws(() => gunzipWhole(wrong));
});

test('the model read from its bytes tags a sentence as the parsed one does', () => {
  const text = 'قال الرئيس الروسي فلاديمير بوتين في موسكو إن وزارة الخارجية ستعقد اجتماعا مع الأمم المتحدة.';
  const tags = (m: NerModel) => new Analyzer(m).analyze(text).entities.map((e) => [e.label, e.mentions.map((x) => [x.start, x.end])]);
  assert.deepEqual(tags(modelFromBytes(gz)), tags(parsed));
});
