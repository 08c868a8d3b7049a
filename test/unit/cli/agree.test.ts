import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { agree, pairs } from '../../../server/src/cli/agree';

/** Runs `f` with stderr and stdout captured. */
function captured<T>(f: () => T): { result: T; err: string; out: string } {
  const [we, wo] = [process.stderr.write, process.stdout.write];
  let err = '';
  let out = '';
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  try {
    return { result: f(), err, out };
  } finally {
    [process.stderr.write, process.stdout.write] = [we, wo];
  }
}

test('agree on two folders with no article in common fails and says so, instead of an empty table and exit 0', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agree-'));
  try {
    for (const d of ['A', 'B']) fs.mkdirSync(path.join(root, d));
    fs.writeFileSync(path.join(root, 'A', 'one.json'), '{}');
    fs.writeFileSync(path.join(root, 'B', 'two.json'), '{}');
    const r = captured(() => agree(path.join(root, 'A'), path.join(root, 'B'), 'label'));
    assert.equal(r.result, 1);
    assert.match(r.err, /no article is in both .* \(1 only in A, 1 only in B; files are matched by relative path\)/);
    assert.equal(r.out, '');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('agree on a folder and a file names the mix-up, not EISDIR', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agree-'));
  try {
    fs.mkdirSync(path.join(root, 'A'));
    fs.writeFileSync(path.join(root, 'b.json'), '{}');
    assert.throws(() => pairs(path.join(root, 'A'), path.join(root, 'b.json')), /A is a folder and .*b\.json a file: give two files, or two folders/);
    assert.throws(() => pairs(path.join(root, 'b.json'), path.join(root, 'A')), /A is a folder and .*b\.json a file/);
    const r = captured(() => agree(path.join(root, 'A'), path.join(root, 'b.json'), 'label'));
    assert.equal(r.result, 1);
    assert.doesNotMatch(r.err, /EISDIR/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
