import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { Analyzer } from '../../../server/src/engine/analysis';
import { annotationsInOrder, toAnnotations } from '../../../server/src/engine/annotations';
import { analyzeCompact } from '../../../server/src/engine/compactAnalysis';
import { conllChunks, jsonChunks, jsonParts, toConll } from '../../../server/src/engine/exporters';
import { Entity } from '../../../server/src/engine/linking';
import { defaultModelPath, loadDefaultModel, modelFromBytes, modelFromFile, ModelFile } from '../../../server/src/engine/model';

const model = loadDefaultModel();
const root = path.join(__dirname, '..', '..', '..');

/** Every fixture article one after another: one long document whose names and quotations recur across paragraphs. */
function fixtureText(): string {
  const files: string[] = [path.join(root, 'seeds', 'lavrov-wonsan.ar.txt')];
  for (const split of ['dev', 'test']) {
    const dir = path.join(root, 'test', 'fixtures', 'dev-quotes', split);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) files.push(path.join(dir, f));
  }
  return files.map((f) => fs.readFileSync(f, 'utf8').replace(/\{[=!][^}]*\}/g, '')).join('\n');
}

const TEXT = fixtureText();

for (const [name, text] of [['LF', TEXT], ['CRLF', TEXT.replace(/\n/g, '\r\n')]] as const) {
  test(`the CLI's compact analysis gives what the editor's analysis gives (${name}, ${text.length} characters)`, () => {
    const full = new Analyzer(model).analyze(text);
    const compact = analyzeCompact(text, model);
    assert.ok(full.annotations.length > 500 && full.quotations.length > 50, 'a document with many spans');
    assert.deepEqual(compact.annotations, full.annotations);
    assert.deepEqual(compact.entities, full.entities);
    assert.deepEqual(compact.quotations, full.quotations);
    assert.deepEqual(compact.dates, full.dates);
    assert.deepEqual(compact.problems, full.problems);
    assert.deepEqual(compact.documentDate, full.documentDate);
    assert.equal(compact.tokens.length, full.tokens.length);
    assert.deepEqual([...compact.tokens], full.tokens);
    assert.deepEqual(compact.tokens.slice(10, 20), full.tokens.slice(10, 20));
  });
}

test('the JSON export made one annotation at a time is the same text as the whole export', () => {
  const full = new Analyzer(model).analyze(TEXT, { referenceDate: { date: { year: 2025, month: 7, day: 12 }, source: 'test' } });
  const lean = analyzeCompact(TEXT, model, { referenceDate: { date: { year: 2025, month: 7, day: 12 }, source: 'test' }, tokens: false, annotations: false });
  assert.equal(lean.tokens.length, 0);
  assert.equal(lean.annotations.length, 0);
  const doc = { path: 'news.txt', sha256: 'x' };
  const streamed = [...jsonChunks(lean, doc, { offsets: 'codepoint' }, annotationsInOrder(lean.text, lean.entities, lean.quotations, lean.dates), 4096)];
  assert.ok(streamed.length > 10, 'written in many parts');
  assert.equal(streamed.join(''), jsonParts(full, doc, { offsets: 'codepoint' }).join(''));
});

test('annotations made one at a time keep the order of equal spans: entities, then quotations, then dates', () => {
  const text = 'أ'.repeat(40);
  const mention = (start: number, end: number, key: string) => ({ label: 'PERSON' as const, start, end, key, confidence: 0.9, firstToken: 0, lastToken: 1, entityId: '', propagated: false });
  const entities: Entity[] = [
    { id: 'e1', label: 'PERSON', key: 'a', mentions: [mention(5, 9, 'a'), mention(0, 4, 'a'), mention(20, 30, 'a')] },
    { id: 'e2', label: 'LOCATION', key: 'b', mentions: [mention(5, 9, 'b'), mention(5, 12, 'b'), mention(0, 4, 'b')] },
  ];
  const quotations = [{ start: 5, end: 9, contentStart: 6, contentEnd: 8, confidence: 0.7 }, { start: 0, end: 30, contentStart: 1, contentEnd: 29, confidence: 0.7 }];
  const dates = [
    { type: 'DATE' as const, start: 5, end: 9, spec: {}, resolved: { value: 'XXXX' } },
    { type: 'DATE' as const, start: 0, end: 4, spec: {}, resolved: { value: 'XXXX' } },
  ];
  const args = [text, entities, quotations, dates] as unknown as Parameters<typeof annotationsInOrder>;
  assert.deepEqual([...annotationsInOrder(...args)], toAnnotations(...args));
});

test('the model read from its file bytes is the model parsed from its JSON', () => {
  const gz = fs.readFileSync(defaultModelPath());
  const parsed = modelFromFile(JSON.parse(zlib.gunzipSync(gz).toString('utf8')) as ModelFile);
  const lean = modelFromBytes(gz);
  assert.equal(lean.featureCount, parsed.featureCount);
  assert.deepEqual(lean.weights.table, parsed.weights.table);
  assert.deepEqual(lean.weights.transition, parsed.weights.transition);
  for (const f of ['b', 'w=بوتين', 'w=موسكو', 'no such feature']) assert.equal(lean.weights.row(f), parsed.weights.row(f));
  for (const w of ['في', 'بوتين', 'موسكو']) assert.equal(lean.lexicon.freq(w), parsed.lexicon.freq(w));
});

test('the CoNLL export made sentence by sentence from the compact analysis is the same text as the editor\'s export', () => {
  const full = new Analyzer(model).analyze(TEXT);
  const compact = analyzeCompact(TEXT, model);
  const parts = [...conllChunks(compact, 4096)];
  assert.ok(parts.length > 10, 'written in many parts');
  assert.ok(parts.every((p) => p.length < 4096 + 2000), 'no part much over the asked size');
  assert.equal(parts.join(''), toConll(full));
  assert.match(toConll(full), /\tB-PERS\n/);
});
