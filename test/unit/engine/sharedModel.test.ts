import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import * as zlib from 'node:zlib';
import { Analyzer } from '../../../server/src/engine/analysis';
import { defaultModelPath, modelFromBytes, ModelFile, modelRestFromBytes, modelWithTables, sharedTables } from '../../../server/src/engine/model';

const TEXT = 'قال الرئيس الروسي فلاديمير بوتين في موسكو يوم الخميس إن وزارة الخارجية ستعقد اجتماعا مع الأمم المتحدة.';

test('a worker that is handed the first one\'s shared feature table and weights analyses as one that loaded the whole model', () => {
  const gz = fs.readFileSync(defaultModelPath());
  const first = modelFromBytes(gz, true);
  const tables = sharedTables(first);
  assert.ok(tables, 'the arrays are in shared memory');
  assert.ok(tables.table.buffer instanceof SharedArrayBuffer && tables.index.slots.buffer instanceof SharedArrayBuffer);
  const rest = modelRestFromBytes(gz);
  assert.ok(rest, 'the shipped file is cut without its feature names and weights');
  assert.equal('features' in rest, false);
  const other = modelWithTables(rest, tables);
  const whole = modelFromBytes(gz);
  assert.equal(other.featureCount, whole.featureCount);
  for (const f of ['b', 'w=بوتين', 'w=موسكو', 'no such feature']) assert.equal(other.weights.row(f), whole.weights.row(f));
  assert.deepEqual(other.weights.transition, whole.weights.transition);
  const entities = (m: typeof whole) => new Analyzer(m).analyze(TEXT).entities.map((e) => [e.label, e.mentions.map((x) => [x.start, x.end])]);
  assert.deepEqual(entities(other), entities(whole));
  assert.ok(entities(whole).length >= 2, 'the sentence has entities to compare');
});

test('a model file laid out otherwise (names after the weights) is not cut: each worker then loads its own', () => {
  const file = JSON.parse(zlib.gunzipSync(fs.readFileSync(defaultModelPath())).toString('utf8')) as ModelFile;
  const { features, ...others } = file;
  const reordered = zlib.gzipSync(JSON.stringify({ ...others, features }));
  assert.equal(modelRestFromBytes(reordered), undefined);
  assert.equal(modelFromBytes(reordered).weights.row('w=بوتين'), modelFromBytes(fs.readFileSync(defaultModelPath())).weights.row('w=بوتين'));
});
