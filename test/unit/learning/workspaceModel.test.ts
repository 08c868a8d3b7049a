// The workspace model on disk: written with its manifest, loaded over the base, refused (with a reason) when corrupt, mismatched or from another base.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { NerModel } from '../../../server/src/engine/model';
import { NUM_TAGS, TAGS, TaggerWeights } from '../../../server/src/engine/tagger';
import { adaptWeights, DEFAULT_ADAPT, packDelta } from '../../../server/src/training/adapt';
import * as zlib from 'node:zlib';
import { loadAdaptedModel, manifestPathFor, MANIFEST_SCHEMA, removeAdaptedModel, writeAdaptedModel } from '../../../server/src/io/workspaceModel';

const rows = new Map([['w=paris', 0]]);
const table = new Float64Array(NUM_TAGS);
table[TAGS.indexOf('B-LOC')] = 5;
const weights: TaggerWeights = { row: (f) => rows.get(f) ?? -1, table, transition: new Float64Array((NUM_TAGS + 1) * NUM_TAGS) };
const base = { weights, featureCount: 1 } as unknown as NerModel;
const SHA = 'a'.repeat(64);
const sentence = { features: [['w=acme']], gold: [TAGS.indexOf('B-ORG')] };
const info = { schema: MANIFEST_SCHEMA, base: { sha256: SHA }, sentences: 1, articles: 1, replay: 0, epochs: 5, created: '2026-01-01T00:00:00Z' };

function written(baseSha = SHA): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wsmodel-')), '.arabic-news', 'model.json.gz');
  const delta = packDelta(adaptWeights(weights, [sentence], [], DEFAULT_ADAPT), baseSha, 1000, { sentences: 1, replay: 0, epochs: 5 });
  writeAdaptedModel(file, zlib.gzipSync(JSON.stringify(delta)), info);
  return file;
}

test('an adapted model round-trips: the manifest names its hash, the loaded weights know the new name', () => {
  const file = written();
  const manifest = JSON.parse(readFileSync(manifestPathFor(file), 'utf8'));
  assert.equal(manifest.model.bytes, readFileSync(file).length);
  const loaded = loadAdaptedModel(file, base, SHA)!;
  assert.equal(loaded.manifest?.sentences, 1);
  const r = loaded.model.weights.row('w=acme');
  assert.ok(r >= 1, 'a row for the new feature');
  assert.ok(loaded.model.weights.table[r * NUM_TAGS + TAGS.indexOf('B-ORG')] > 0);
  assert.equal(weights.table.length, NUM_TAGS, 'the base weights are untouched');
});

test('no file: no adapted model; a corrupt file, a changed file or another base: refused with a reason', () => {
  assert.equal(loadAdaptedModel(join(tmpdir(), 'none', 'model.json.gz'), base, SHA), undefined);
  const corrupt = written();
  writeFileSync(manifestPathFor(corrupt), JSON.stringify({ ...info, model: { sha256: 'x', bytes: 1 } }));
  assert.throws(() => loadAdaptedModel(corrupt, base, SHA), /does not match its manifest/);
  removeAdaptedModel(corrupt);
  writeFileSync(corrupt, 'garbage');
  assert.throws(() => loadAdaptedModel(corrupt, base, SHA), /corrupt/);
  assert.throws(() => loadAdaptedModel(written(), base, 'b'.repeat(64)), /another version of the shipped model/);
});

test('removing deletes the model and its manifest', () => {
  const file = written();
  assert.equal(removeAdaptedModel(file), true);
  assert.equal(existsSync(file) || existsSync(manifestPathFor(file)), false);
  assert.equal(removeAdaptedModel(file), false);
});
