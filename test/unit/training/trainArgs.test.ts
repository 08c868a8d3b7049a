import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs, UsageError } from '../../../server/src/training/trainArgs';

test('train with no options rebuilds the shipped model: the blend of the normal and list-dropout models', () => {
  const a = parseArgs([]);
  assert.equal(a.out, 'server/data/ner-model.json.gz');
  assert.equal(a.blendDropout, 0.5);
  assert.equal(a.listDropout, 0.1);
  assert.equal(a.help, false);
});

test('an unknown option is refused by name instead of being read as the data folder', () => {
  assert.throws(() => parseArgs(['--hlep']), (e: unknown) => e instanceof UsageError && /unknown option --hlep/.test(e.message));
  assert.throws(() => parseArgs(['--dev-only', 'a', 'b']), UsageError);
});

test('an option without its value, or with a value that is no number, names the option', () => {
  assert.throws(() => parseArgs(['--out']), /--out needs a value/);
  assert.throws(() => parseArgs(['--epochs', '--dev-only']), /--epochs needs a value/);
  assert.throws(() => parseArgs(['--seed', 'seven']), /--seed takes a number/);
  assert.throws(() => parseArgs(['--weight', 'newsfane.conll']), /--weight takes a number/);
});

test('--help and -h ask for the help text; a folder and options are read as before', () => {
  assert.equal(parseArgs(['--help']).help, true);
  assert.equal(parseArgs(['--seed', '7', '-h']).help, true);
  const a = parseArgs(['--fold', '3,6', '--out', '/tmp/m.json.gz', 'data/ner', '--weight', 'aqmar.conll=1']);
  assert.deepEqual([a.fold, a.out, a.data, a.weights['aqmar.conll']], [[3, 6], '/tmp/m.json.gz', 'data/ner', 1]);
});
