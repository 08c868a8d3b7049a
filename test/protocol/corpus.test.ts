// Corpus runs as a user drives them: the JSONL filter on stdin (order, bad records, exit code, streaming) and --jobs over folders.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');
const CLI = join(root, 'dist', 'cli.js');
const cli = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const A = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى موسكو يوم السبت.\nوقال لافروف: “نحن نقف مع أصدقائنا”.';
// An astral character (U+1D400) before the names: code-point and UTF-16 offsets differ after it.
const B = '𝐀 التقى الرئيس الصيني شي جين بينغ في بكين نظيره البرازيلي لويس إيناسيو لولا دا سيلفا.';
const long = Array.from({ length: 300 }, (_, i) => `وأعلنت وزارة الخارجية المصرية في القاهرة اليوم ${i} أن الوزير سامح شكري سيزور عمان.`).join('\n');

interface Out { id: unknown; error?: string; document?: { offsets: string; referenceDate: string | null }; annotations?: Array<{ start: number; end: number; text: string; label: string; attributes: { value?: string } }> }
const parse = (stdout: string): Out[] => stdout.trim().split('\n').map((l) => JSON.parse(l));

test('annotate --jsonl -: one line out per record, in input order, bad records reported in place and the stream goes on, exit 1', () => {
  const input = [
    JSON.stringify({ id: 'long', text: long }),
    JSON.stringify({ id: 'a', text: A, date: '2025-07-14' }),
    'not json at all',
    '',
    JSON.stringify({ id: 7 }),
    JSON.stringify({ id: 'bad-date', text: A, date: '2025-02-30' }),
    JSON.stringify({ id: 'b', text: B }),
  ].join('\r\n') + '\n';
  for (const jobs of ['1', '2']) {
    const r = cli(['annotate', '--jsonl', '-', '--jobs', jobs], input);
    assert.equal(r.status, 1, r.stderr);
    const out = parse(r.stdout);
    assert.deepEqual(out.map((o) => o.id), ['long', 'a', null, 7, 'bad-date', 'b'], 'the blank line is not a record');
    assert.match(out[2].error!, /^line 3: not JSON/);
    assert.match(out[3].error!, /^line 5: no "text"/);
    assert.match(out[4].error!, /^line 6: "date" "2025-02-30" is not a valid/);
    assert.equal(out.filter((o) => o.error).length, 3);
    // The record's date anchors its relative dates: Saturday before Monday 2025-07-14.
    assert.equal(out[1].document!.referenceDate, '2025-07-14');
    assert.equal(out[1].annotations!.find((x) => x.text === 'يوم السبت' || x.text === 'السبت')!.attributes.value, '2025-07-12');
    // Code points by default: Python-style slicing of the record's text gives each annotation's text.
    const cps = Array.from(B);
    assert.equal(out[5].document!.offsets, 'codepoint');
    assert.ok(out[5].annotations!.some((x) => x.label === 'PERSON'));
    for (const x of out[5].annotations!) assert.equal(cps.slice(x.start, x.end).join(''), x.text);
    assert.ok(out[0].annotations!.length > 300, 'the long record is analysed whole');
  }
});

test('--jobs 2 gives byte-for-byte the output of --jobs 1, and a clean stream exits 0', () => {
  const records = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: i % 3 ? A : i % 2 ? long : B })).join('\n');
  const one = cli(['annotate', '--jsonl', '-', '--jobs', '1', '--offsets', 'utf16'], records);
  const two = cli(['annotate', '--jsonl', '-', '--jobs', '2', '--offsets', 'utf16'], records);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.status, 0, two.stderr);
  assert.equal(two.stdout, one.stdout);
  assert.equal(one.stderr, '', 'stderr is not a terminal: no progress');
  const b = parse(one.stdout)[0];
  for (const x of b.annotations!) assert.equal(B.slice(x.start, x.end), x.text);
});

test('the filter answers a record while its input is still open (a pipe stage, not a batch)', async () => {
  const child = spawn(process.execPath, [CLI, 'annotate', '--jsonl', '-', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.write(JSON.stringify({ id: 'first', text: A }) + '\n');
  const firstLine = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => { buf += d; if (buf.includes('\n')) resolve(buf.split('\n')[0]); });
    child.on('exit', (code) => reject(new Error(`exited (${code}) before answering`)));
  });
  assert.equal(child.stdin.writableEnded, false, 'stdin is still open');
  assert.equal(JSON.parse(firstLine).id, 'first');
  child.stdin.end(JSON.stringify({ id: 'second', text: B }) + '\n');
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 0);
});

test('over-long and non-UTF-8 lines are error records; the records around them are still annotated', () => {
  const input = Buffer.concat([
    Buffer.from(JSON.stringify({ id: 1, text: A }) + '\n'),
    Buffer.from('{"id":2,"text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n'),
    Buffer.from(JSON.stringify({ id: 3, text: 'x'.repeat(22_000_000) }) + '\n'),
    Buffer.from(JSON.stringify({ id: 4, text: A }) + '\n'),
  ]);
  const r = cli(['annotate', '--jsonl', '-', '--jobs', '1'], input);
  assert.equal(r.status, 1);
  const out = parse(r.stdout);
  assert.deepEqual(out.map((o) => o.id), [1, null, null, 4]);
  assert.equal(out[1].error, 'line 2: not valid UTF-8');
  assert.equal(out[2].error, 'line 3: line is longer than 20 MiB');
  assert.ok(out[3].annotations!.length > 0);
});

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1)).sort();
}

test('annotate DIR --out OUT --jobs 2: recursive, mirrors sub-folders, same files as --jobs 1, resumes by skipping finished articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-corpus-'));
  const inDir = join(dir, 'in');
  for (const [rel, text] of [['2024/03/a.txt', A], ['2024/04/b.ar.txt', B], ['c.txt', long], ['notes.md', '# not an article']]) {
    mkdirSync(join(inDir, rel, '..'), { recursive: true });
    writeFileSync(join(inDir, rel), text);
  }
  const two = cli(['annotate', inDir, '--out', join(dir, 'out2'), '--jobs', '2', '--format', 'json']);
  assert.equal(two.status, 0, two.stderr);
  assert.deepEqual(tree(join(dir, 'out2')), ['2024/03/a.json', '2024/04/b.ar.json', 'c.json']);
  const one = cli(['annotate', inDir, '--out', join(dir, 'out1'), '--jobs', '1', '--format', 'json']);
  assert.equal(one.status, 0, one.stderr);
  for (const f of tree(join(dir, 'out1'))) assert.equal(readFileSync(join(dir, 'out2', f), 'utf8'), readFileSync(join(dir, 'out1', f), 'utf8'));

  // An interrupted run: one output is missing and one article changed since; only those two are redone.
  rmSync(join(dir, 'out2', '2024/03/a.json'));
  const later = new Date(statSync(join(dir, 'out2', 'c.json')).mtimeMs + 5000);
  writeFileSync(join(inDir, 'c.txt'), A);
  utimesSync(join(inDir, 'c.txt'), later, later);
  const kept = statSync(join(dir, 'out2', '2024/04/b.ar.json')).mtimeMs;
  const again = cli(['annotate', inDir, '--out', join(dir, 'out2'), '--jobs', '2', '--format', 'json']);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, /^skipped 1 article whose outputs are newer/m);
  assert.equal(statSync(join(dir, 'out2', '2024/04/b.ar.json')).mtimeMs, kept, 'a finished article is not rewritten');
  assert.ok(readFileSync(join(dir, 'out2', '2024/03/a.json'), 'utf8').includes('لافروف'));
  assert.ok(!readFileSync(join(dir, 'out2', 'c.json'), 'utf8').includes('شكري'), 'the changed article is annotated again');
  const forced = cli(['annotate', inDir, '--out', join(dir, 'out2'), '--format', 'json', '--force']);
  assert.equal(forced.stderr, '');
});

test('an output folder inside the input folder is not read back as articles (brat copies are .txt)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-corpus-'));
  writeFileSync(join(dir, 'a.txt'), A);
  for (let i = 0; i < 2; i++) {
    const r = cli(['annotate', dir, '--out', join(dir, 'out'), '--format', 'brat', '--force', '--jobs', '2']);
    assert.equal(r.status, 0, r.stderr);
  }
  assert.deepEqual(tree(join(dir, 'out')), ['a.ann', 'a.txt']);
});

test('agree compares a JSON export with another annotator\'s sidecar: F1 per label from their spans, rejected decisions left out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-agree-'));
  const article = join(dir, 'news.txt');
  writeFileSync(article, A + '\nوالتقى لافروف في بكين الرئيس الصيني شي جين بينغ.\n');
  const exported = cli(['annotate', article, '--format', 'json']);
  assert.equal(exported.status, 0, exported.stderr);
  writeFileSync(join(dir, 'a.json'), exported.stdout);
  const spans = JSON.parse(exported.stdout).annotations as Array<{ kind: string; label: string; start: number; end: number; text: string }>;
  const persons = spans.filter((x) => x.label === 'PERSON');
  const location = spans.find((x) => x.label === 'LOCATION')!;
  assert.ok(persons.length >= 2 && location, 'the article has persons and a place to compare');
  // B: the first person relabelled ORGANIZATION, the other persons accepted, the place rejected.
  const decision = (x: { start: number; end: number; text: string }, status: string, label: string, i: number) => ({
    id: `a${i}`, status, kind: 'entity', label, start: x.start, end: x.end, text: x.text, prefix: '', suffix: '', created: '2026-11-29T00:00:00.000Z',
  });
  const decisions = [decision(persons[0], 'manual', 'ORGANIZATION', 0), ...persons.slice(1).map((x, i) => decision(x, 'accepted', 'PERSON', i + 1)), decision(location, 'rejected', 'LOCATION', 99)];
  writeFileSync(`${article}.annotations.json`, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'news.txt' }, decisions }));
  const r = cli(['agree', join(dir, 'a.json'), `${article}.annotations.json`]);
  assert.equal(r.status, 0, r.stderr);
  const row = (label: string) => r.stdout.split('\n').find((l) => l.startsWith(label + ' '))!.trim().split(/\s+/);
  const n = persons.length;
  // PERSON: A n, B n − 1, all of B's identical → P 1, R (n−1)/n, F1 2(n−1)/(2n−1).
  assert.deepEqual(row('PERSON').slice(1, 7), [String(n), String(n - 1), String(n - 1), '1.000', ((n - 1) / n).toFixed(3), ((2 * (n - 1)) / (2 * n - 1)).toFixed(3)]);
  assert.deepEqual(row('ORGANIZATION').slice(1, 4), ['0', '1', '0']);
  assert.equal(row('LOCATION')[2], '0', 'the rejected decision is not B\'s annotation');
});

test('report DIR --html: one self-contained page and a JSON file with the same figures; review progress from sidecars', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-report-'));
  mkdirSync(join(dir, 'corpus', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'a.txt'), A);
  writeFileSync(join(dir, 'corpus', 'sub', 'b.txt'), B);
  const jsonl = cli(['annotate', join(dir, 'corpus'), '--format', 'jsonl']);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const expected: Record<string, number> = {};
  for (const line of jsonl.stdout.trim().split('\n')) for (const [, , label] of JSON.parse(line).label) expected[label] = (expected[label] ?? 0) + 1;
  const a = JSON.parse(cli(['annotate', join(dir, 'corpus', 'a.txt')]).stdout).annotations as Array<{ kind: string; label: string; start: number; end: number; text: string }>;
  const [first, second] = a.filter((x) => x.kind === 'entity');
  const decision = (x: { start: number; end: number; text: string; label: string }, status: string, i: number) => ({ id: `a${i}`, status, kind: 'entity', label: x.label, start: x.start, end: x.end, text: x.text, prefix: '', suffix: '', created: '2026-11-29T00:00:00.000Z' });
  const manual = { label: 'MISC', start: 0, end: 3, text: A.slice(0, 3) };
  writeFileSync(join(dir, 'corpus', 'a.txt.annotations.json'), JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'a.txt' }, decisions: [decision(first, 'accepted', 1), decision(second, 'rejected', 2), decision(manual, 'manual', 3)] }));

  const html = join(dir, 'out', 'report.html');
  const r = cli(['report', join(dir, 'corpus'), '--html', html]);
  assert.equal(r.status, 0, r.stderr);
  const figures = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
  assert.equal(figures.articles, 2);
  assert.deepEqual(figures.labels, Object.fromEntries(Object.entries(expected).sort((x, y) => y[1] - x[1])));
  const lavrov = figures.entities.find((e: { name: string }) => /لافروف/.test(e.name));
  assert.ok(lavrov.variants.length >= 2, 'both spellings of the name are listed under one entity');
  assert.equal(figures.speakers[0].quotations, 1);
  const progress = figures.review.find((x: { path: string }) => x.path.endsWith('a.txt'));
  assert.deepEqual([progress.reviewed, progress.manual], [2, 1]);
  const page = readFileSync(html, 'utf8');
  assert.ok(!/https?:|<script|<link/i.test(page), 'nothing is fetched when the page is viewed');
  assert.ok(page.includes(lavrov.name));
});
