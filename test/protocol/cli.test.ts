// The headless CLI as a user runs it: outputs, exit codes and one-line errors for bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  const article = join(dir, 'lavrov-wonsan.ar.txt');
  writeFileSync(article, readFileSync(seed));
  const r = cli('annotate', binary, article, latin1, '--format', 'conll', '--out', join(dir, 'out'));
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

const ARTICLE = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ.\nوقال لافروف: “نحن نقف مع أصدقائنا”.\n';

test('batch exports keep the inputs\' relative folders: a/news.txt and b/news.txt do not overwrite each other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-cli-'));
  for (const [sub, text] of [['a', ARTICLE], ['b', 'التقى الرئيس الصيني شي جين بينغ في بكين نظيره البرازيلي.\n']]) {
    mkdirSync(join(dir, 'in', sub), { recursive: true });
    writeFileSync(join(dir, 'in', sub, 'news.txt'), text);
  }
  const inputs = ['a', 'b'].map((s) => join(dir, 'in', s, 'news.txt'));
  for (const format of ['json', 'brat', 'brat']) {
    const r = cli('annotate', ...inputs, '--format', format, '--out', join(dir, 'out'));
    assert.equal(r.status, 0, r.stderr);
  }
  const ann = (sub: string) => readFileSync(join(dir, 'out', sub, 'news.ann'), 'utf8');
  assert.match(ann('a'), /لافروف/);
  assert.match(ann('b'), /بكين/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'b', 'news.json'), 'utf8')).document.path, inputs[1]);
  assert.equal(readFileSync(inputs[0], 'utf8'), ARTICLE);
});

test('brat export never writes over an article: not beside itself, not over another text; the article keeps its BOM and CRLF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-cli-'));
  const bytes = Buffer.from('\uFEFF' + ARTICLE.replace(/\n/g, '\r\n'));
  const file = join(dir, 'news.txt');
  writeFileSync(file, bytes);
  const r = cli('annotate', file, '--format', 'brat', '--out', dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: .*news\.txt: .*news\.txt would overwrite the article itself; choose another output folder\n$/);
  assert.deepEqual(readFileSync(file), bytes);
  assert.ok(!existsSync(join(dir, 'news.ann')), 'nothing of it is written');
  const other = join(dir, 'elsewhere');
  mkdirSync(other);
  writeFileSync(join(other, 'news.txt'), 'another article');
  const r2 = cli('annotate', file, '--format', 'brat', '--out', other);
  assert.equal(r2.status, 1);
  assert.match(r2.stderr, /exists and is not the text of an earlier brat export/);
  assert.equal(readFileSync(join(other, 'news.txt'), 'utf8'), 'another article');
});

test('brat, or several JSON documents, to stdout is refused with a reason instead of printing nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-cli-'));
  const files = ['one.txt', 'two.txt'].map((f) => { writeFileSync(join(dir, f), ARTICLE); return join(dir, f); });
  const brat = cli('annotate', ...files, '--format', 'brat');
  assert.equal(brat.status, 2);
  assert.match(brat.stderr, /brat writes two files per article .*give --out DIR/);
  const json = cli('annotate', ...files, '--format', 'json');
  assert.equal(json.status, 2);
  assert.match(json.stderr, /--format jsonl/);
  const conll = cli('annotate', ...files, '--format', 'conll');
  assert.equal(conll.status, 0, conll.stderr);
  assert.equal(conll.stdout.trim().split('\n\n').length, 4, 'two sentences each, the documents kept apart');
});

test('write errors are one line per file naming the output, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-cli-'));
  const files = ['one.txt', 'two.txt'].map((f) => { writeFileSync(join(dir, f), ARTICLE); return join(dir, f); });
  const r = cli('annotate', ...files, '--format', 'json', '--out', join(files[0], 'out'));
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  for (const [i, line] of lines.entries()) assert.match(line, new RegExp(`^error: .*${['one', 'two'][i]}\\.txt: cannot create .*out: a part of the path is a file, not a folder \\(ENOTDIR\\)$`));
});

test('UTF-16 files with a BOM are read (offsets count the text after the BOM); without a BOM the error says UTF-16 and how to convert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-cli-'));
  const le = join(dir, 'le.txt');
  writeFileSync(le, Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(ARTICLE, 'utf16le')]));
  const be = join(dir, 'be.txt');
  writeFileSync(be, Buffer.from([0xFE, 0xFF, ...Buffer.from(ARTICLE, 'utf16le').swap16()]));
  for (const file of [le, be]) {
    const r = cli('annotate', file, '--format', 'json', '--offsets', 'utf16');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.ok(out.annotations.some((a: { text: string }) => a.text === 'سيرغي لافروف'));
    for (const a of out.annotations) assert.equal(ARTICLE.slice(a.start, a.end), a.text);
  }
  const bare = join(dir, 'bare.txt');
  writeFileSync(bare, Buffer.from(ARTICLE, 'utf16le'));
  const r = cli('annotate', bare, '--format', 'json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: .*bare\.txt: file looks like UTF-16LE without a byte-order mark; convert it to UTF-8 first, e\.g\. `iconv -f UTF-16LE -t UTF-8 .*\n$/);
});
