// The headless CLI as a user runs it: outputs, exit codes and one-line errors for bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
const seed = join(root, 'test', 'fixtures', 'lavrov-wonsan.ar.txt');

test('annotate prints JSON whose spans cover exactly their text, without leading clitics', () => {
  const r = cli('annotate', seed, '--format', 'json', '--reference-date', '2025-07-12');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const cps = Array.from(readFileSync(seed, 'utf8'));
  for (const a of out.annotations) assert.equal(cps.slice(a.start, a.end).join(''), a.text);
  const entities = out.annotations.filter((a: { kind: string }) => a.kind === 'entity');
  assert.ok(!entities.some((a: { text: string }) => /^(و|ب|ل)(بيونج|موسكو|كوريا|لافروف)/.test(a.text)));
  const saturday = out.annotations.find((a: { text: string }) => a.text === 'السبت');
  assert.equal(saturday.attributes.value, '2025-07-12');
});

test('binary and non-UTF-8 files fail with one line naming the file; the rest of the batch is processed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-cli-'));
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  const r = cli('annotate', binary, seed, latin1, '--format', 'conll', '--out', join(dir, 'out'));
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /image\.txt: file looks binary/);
  assert.match(lines[1], /latin1\.txt: file is not valid UTF-8/);
  assert.match(readFileSync(join(dir, 'out', 'lavrov-wonsan.ar.conll'), 'utf8'), /\tB-PERS$/m);
});

test('tag --conll keeps the sentence breaks and eval prints micro-averaged scores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-cli-'));
  const conll = join(dir, 'gold.conll');
  writeFileSync(conll, 'وصل\tO\nالرئيس\tO\nفلاديمير\tB-PER\nبوتين\tI-PER\nإلى\tO\nموسكو\tB-GPE\n.\tO\n\nوقال\tO\nبوتين\tB-PER\n.\tO\n');
  const tagged = cli('tag', '--conll', conll);
  assert.equal(tagged.status, 0, tagged.stderr);
  const blocks = tagged.stdout.trim().split('\n\n');
  assert.equal(blocks.length, 2);
  assert.match(blocks[0], /^موسكو\tB-LOC$/m);
  const ev = cli('eval', '--conll', conll);
  assert.match(ev.stdout, /micro-PERS\/LOC\/ORG/);
  assert.match(ev.stdout, /micro-all/);
});
