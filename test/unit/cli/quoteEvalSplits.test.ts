import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { evalQuotes } from '../../../server/src/cli/quoteEval';
import { Analyzer } from '../../../server/src/engine/analysis';

// `eval --quotes DIR`: a held-out split prints its figures only; its error kinds and shapes would be enough to tune on.
const article = 'قال الوزير «سنبني الجسر»{=الوزير;after} ثم غادر.\n';
/** A stand-in engine that finds no quotation, so every split has a missed quotation to report. */
const blind = { analyze: () => ({ quotations: [] }) } as unknown as Analyzer;

function withSet(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-'));
  try {
    for (const split of ['dev', 'test']) { mkdirSync(join(dir, split)); writeFileSync(join(dir, split, 'a.txt'), article); }
    run(dir);
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

const section = (out: string, split: string) => out.split(/\n(?=quotations )/).find((s) => s.startsWith(`quotations ${split} `)) ?? '';

test('the test split prints P/R/F1 and speaker accuracy but no error kinds, shapes or error lines, even with --verbose', () => withSet((dir) => {
  for (const verbose of [false, true]) {
    const out = evalQuotes(dir, blind, { verbose });
    const test = section(out, 'test');
    assert.match(test, /^quotations test \(1 articles, 1 gold\): P 0\.000 R 0\.000 F1 0\.000; speaker accuracy 0\.000 \(0\/1\)\n?$/);
    assert.doesNotMatch(test, /errors:|by shape|missed/);
    const dev = section(out, 'dev');
    assert.match(dev, /errors: missed quotation \(after\) 1/);
    assert.match(dev, /speaker right by shape: after 0\/1/);
    assert.equal(/ {4}a\.txt: missed/.test(dev), verbose);
  }
}));

test('--held-out-details adds the test split\'s kinds and shapes, never its error lines', () => withSet((dir) => {
  const test = section(evalQuotes(dir, blind, { verbose: true, heldOutDetails: true }), 'test');
  assert.match(test, /errors: missed quotation \(after\) 1/);
  assert.match(test, /speaker right by shape: after 0\/1/);
  assert.doesNotMatch(test, /a\.txt/);
}));
