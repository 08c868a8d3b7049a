// Exports read back by the code that receives them: brat's own parser, NLTK's CoNLL reader, Python and JavaScript slicing.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parseConll } from '../../server/src/engine/conll';
import { importBrat } from '../../server/src/engine/importers';
import { tokenize } from '../../server/src/engine/tokenize';
import { exportCases } from '../fixtures/exportArticles';
import { bratPeers, cli, python, root, run } from './readers';

const cases = exportCases(root);
const dir = mkdtempSync(join(tmpdir(), 'ana-readers-'));
const input = (name: string) => join(dir, 'in', `${name}.txt`);
/** The article as the convention reads it: without the BOM, line ends as stored. */
const decoded = (name: string) => new TextDecoder().decode(readFileSync(input(name)));
const out = (format: string, name: string, ext = format) => join(dir, format, `${name}.${ext}`);
let spans: Record<string, number> = {};

before(() => {
  const files = cases.map((c) => input(c.name));
  mkdirSync(join(dir, 'in'));
  for (const c of cases) writeFileSync(input(c.name), c.text);
  for (const [format, extra] of [['json', []], ['jsonl', []], ['conll', []], ['brat', []], ['json16', ['--offsets', 'utf16']]] as const) {
    const r = cli('annotate', ...files, '--format', format === 'json16' ? 'json' : format, '--out', join(dir, format), '--reference-date', '2025-07-12', ...extra);
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
  }
  spans = Object.fromEntries(cases.map((c) => [c.name, JSON.parse(readFileSync(out('json', c.name), 'utf8')).annotations.length]));
});

/** One line for the test log: read back / exported, per article. */
const table = (what: string, found: Record<string, number>, want: Record<string, number>) =>
  `${what}: ${cases.map((c) => `${c.name} ${found[c.name] ?? 0}/${want[c.name]}`).join(', ')}`;

/** Entity mentions per article in the JSON export (what the CoNLL B- tags should count). */
const entities = () => Object.fromEntries(cases.map((c) => [c.name, JSON.parse(readFileSync(out('json', c.name), 'utf8')).annotations.filter((a: { kind: string }) => a.kind === 'entity').length]));

/** `NAME: <n> <word>` figures from a checker's output, by case name. */
function figures(stdout: string, word: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const line of stdout.split('\n')) {
    const m = new RegExp(`([\\w-]+)(?:\\.\\w+)?: (\\d+) ${word}`).exec(line);
    if (m) found[m[1]] = Number(m[2]);
  }
  return found;
}

test('brat reads every annotation line of every article (LF, CRLF, CR, BOM, astral, combining marks) with its own parser', (t) => {
  const peers = bratPeers();
  const r = run(python(), [join(peers, 'check_brat.py'), ...cases.map((c) => join(dir, 'brat', c.name))]);
  assert.equal(r.status, 0, `brat rejected lines:\n${r.stdout}${r.stderr}`);
  t.diagnostic(table('brat text-bound read', figures(r.stdout, 'text-bound'), spans));
  assert.deepEqual(figures(r.stdout, 'text-bound'), spans, 'every annotation is a text-bound brat reads');
  for (const c of cases) {
    const txt = readFileSync(out('brat', c.name, 'txt'));
    assert.ok(!txt.includes(0x0D) && txt[0] !== 0xEF, `${c.name}.txt: LF line ends, no BOM`);
    const ann = readFileSync(out('brat', c.name, 'ann'), 'utf8');
    assert.ok(!ann.includes('\r'), `${c.name}.ann has no CR`);
    if (c.name.startsWith('edges')) assert.match(ann, /^T\d+\tQUOTE \d+ \d+;\d+ \d+\t“/m, `${c.name}: the quotation over two paragraphs is in two fragments`);
    const copy = Array.from(txt.toString('utf8'));
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      for (const frag of line.split('\t')[1].replace(/^\S+ /, '').split(';')) {
        const [s, e] = frag.split(' ').map(Number);
        assert.ok(!/[\n\u2028\u2029\u0085]/.test(copy.slice(s, e).join('')), `${c.name}: fragment ${frag} holds a line end`);
      }
    }
  }
  assert.deepEqual(readFileSync(input('edges-bom-crlf')), Buffer.from(cases.find((c) => c.name === 'edges-bom-crlf')!.text), 'the article is untouched');
});

test('JSON and JSONL code point offsets slice the article file in Python (utf-8-sig, newline="")', (t) => {
  for (const format of ['json', 'jsonl']) {
    const r = run(python(), [join(root, 'test', 'readers', 'check_offsets.py'), ...cases.map((c) => out(format, c.name))]);
    assert.equal(r.status, 0, `${format}:\n${r.stdout}${r.stderr}`);
    t.diagnostic(table(`${format} spans sliced in Python`, figures(r.stdout, 'spans'), spans));
    assert.deepEqual(figures(r.stdout, 'spans'), spans, format);
  }
});

test('JSON --offsets utf16 slices the article in JavaScript', (t) => {
  const sliced: Record<string, number> = {};
  for (const c of cases) {
    const text = decoded(c.name);
    const json = JSON.parse(readFileSync(out('json16', c.name, 'json'), 'utf8'));
    assert.equal(json.document.offsets, 'utf16');
    assert.equal(json.document.length, text.length);
    for (const a of json.annotations) {
      assert.equal(text.slice(a.start, a.end), a.text, `${c.name} ${a.id}`);
      const sp = a.attributes.speaker;
      if (sp?.start !== undefined) assert.equal(text.slice(sp.start, sp.end), sp.text, `${c.name} ${a.id} speaker`);
      sliced[c.name] = (sliced[c.name] ?? 0) + 1;
    }
  }
  t.diagnostic(table('json utf16 spans sliced in JavaScript', sliced, spans));
  assert.deepEqual(sliced, spans);
});

test('CoNLL is read by NLTK\'s ConllCorpusReader and by our eval: one line per token of the text, valid BIO', (t) => {
  const r = run(python('nltk'), [join(root, 'test', 'readers', 'read_conll.py'), ...cases.map((c) => out('conll', c.name))]);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  const tokens = Object.fromEntries(cases.map((c) => [c.name, tokenize(decoded(c.name)).length]));
  t.diagnostic(table('conll tokens read by NLTK', figures(r.stdout, 'tokens'), tokens));
  t.diagnostic(table('conll entities (B- tags) read by NLTK', figures(r.stdout.replace(/: \d+ tokens, \d+ sentences,/g, ':'), 'entities'), entities()));
  assert.deepEqual(figures(r.stdout, 'tokens'), tokens, 'NLTK reads one token per token of the text');
  const all = cases.map((c) => readFileSync(out('conll', c.name), 'utf8')).join('\n');
  assert.equal(parseConll(all).reduce((n, s) => n + s.tokens.length, 0), Object.values(tokens).reduce((a, b) => a + b, 0));
  writeFileSync(join(dir, 'all.conll'), all);
  const ev = cli('eval', '--conll', join(dir, 'all.conll'));
  assert.equal(ev.status, 0, ev.stderr);
  assert.match(ev.stdout, /micro-all/);
});

test('a .ann written by brat itself for a CRLF article imports onto the CRLF text', () => {
  const peers = bratPeers();
  const c = cases.find((x) => x.name === 'edges-crlf')!;
  const base = join(dir, 'brat-written');
  writeFileSync(`${base}.txt`, c.text);
  const surfaces = ['PERSON=عبد الله الثاني', 'ORGANIZATION=وكالة الأنباء العراقية', 'LOCATION=بغداد', 'DATE=3 تشرين الأول 2025'];
  const r = run(python(), [join(root, 'test', 'readers', 'brat_write.py'), peers, base, ...surfaces]);
  assert.equal(r.status, 0, r.stderr);
  const { spans: imported, problems } = importBrat(r.stdout, c.text);
  assert.deepEqual(problems, []);
  const found = imported.map((s) => `${s.label}=${c.text.slice(s.start, s.end)}`).sort();
  assert.deepEqual(found, [...surfaces, surfaces[2]].sort(), 'both بغداد, at the very start and the very end');
});
