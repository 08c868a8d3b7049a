// Semantic tokens by blocks of lines, kept between versions: after every random edit (with decisions of every kind),
// the full answer equals the tokens of a fresh analysis, a delta applied to the last answer gives the same data, and a
// range answer holds every token of its lines. Most versions reuse the last version's blocks (as the server does), so a
// block kept when it should have been encoded again shows up as a difference.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { applyDecisions, Decision, makeDecision } from '../../../server/src/engine/decisions';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { SpanSnapshot } from '../../../server/src/engine/spanIndex';
import { mulberry32 } from '../../../server/src/training/perceptron';
import { provideSemanticTokens } from '../../../server/src/features/semanticTokens';
import { BlockResults, rangeTokens, TokenBlock, tokenBlocks } from '../../../server/src/features/tokenBlocks';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 8)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));
const SNIPPETS = ['ب', '\n', '«', '»', '“', 'وقال الوزير محمد العلي: «', ' في القاهرة يوم الأحد', '»، بحسب المصدر', '\nقال: «نعم»\n'];

/** Decisions of every kind, one manual quotation across a line break among them when there is one to take. */
function someDecisions(a: Analysis, r: () => number): Decision[] {
  if (!a.annotations.length) return [];
  const pick = () => a.annotations[Math.floor(r() * a.annotations.length)];
  const out = [makeDecision(a.text, pick(), 'rejected', 'd1'), makeDecision(a.text, pick(), 'accepted', 'd2')];
  const m = pick();
  out.push(makeDecision(a.text, { start: m.start, end: m.end, kind: m.kind, label: m.kind === 'entity' ? 'ORGANIZATION' : m.label }, 'manual', 'd3'));
  const nl = a.text.indexOf('\n', Math.floor(r() * a.text.length));
  if (nl > 10 && nl + 10 < a.text.length) out.push(makeDecision(a.text, { start: nl - 8, end: nl + 8, kind: 'quotation', label: 'QUOTE' }, 'manual', 'd4'));
  return out;
}

/** Absolute tokens (line, character, length, type, modifiers) of encoded data. */
function decode(data: readonly number[]): string[] {
  const out: string[] = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] ? data[i + 1] : char + data[i + 1];
    out.push(`${line}:${char}:${data[i + 2]}:${data[i + 3]}:${data[i + 4]}`);
  }
  return out;
}

for (const eol of ['\n', '\r\n'] as const) {
  test(`${eol === '\n' ? 'LF' : 'CRLF'}: after each of 50 random edits, block tokens (full, delta, range) equal the tokens of a fresh analysis`, () => {
    const r = mulberry32(eol.length * 17);
    let text = ('Date: 2025-03-04\n' + articles.join('\n')).replace(/\r?\n/g, eol);
    const seen = new Analyzer(model);
    const results = new BlockResults();
    let last: number[] = [];
    let id = '';
    let previous: { blocks: TokenBlock[]; snapshot: SpanSnapshot } | undefined;
    for (let k = 0; k <= 50; k++) {
      if (k > 0) {
        const at = Math.floor(r() * text.length);
        if (r() < 0.6) text = text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)].replace(/\n/g, eol) + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 40));
      }
      const fresh = new Analyzer(model).analyze(text);
      const decisions = k % 3 === 0 ? [] : someDecisions(fresh, r);
      const doc = TextDocument.create('file:///a.txt', 'arabic-news', k + 1, text);
      const expected = provideSemanticTokens(doc, applyDecisions(fresh.annotations, decisions, text)).data;
      const snapshot = seen.spanSnapshot(text, { document: 'a' });
      const blocks = tokenBlocks(snapshot, decisions, text, k % 7 === 3 ? undefined : previous);
      previous = { blocks, snapshot };
      if (k % 2 === 0 || !id) {
        const full = results.full('a', blocks) as SemanticTokens;
        assert.deepEqual(decode(full.data), decode(expected), `full, edit ${k}`);
        last = full.data;
        id = full.resultId!;
      } else {
        const answer = results.delta('a', blocks, id) as SemanticTokensDelta;
        const edited = [...last];
        for (const e of [...answer.edits].reverse()) edited.splice(e.start, e.deleteCount, ...(e.data ?? []));
        assert.deepEqual(decode(edited), decode(expected), `delta, edit ${k}`);
        last = edited;
        id = answer.resultId!;
      }
      // A window of lines: every token on them is in the range answer, which holds only whole tokens of the document.
      const from = Math.floor(r() * doc.lineCount), to = from + 5;
      const range = decode(rangeTokens(blocks, from, to).data);
      const all = decode(expected);
      for (const t of all.filter((x) => { const line = Number(x.split(':')[0]); return line >= from && line <= to; })) assert.ok(range.includes(t), `range ${from}-${to} lacks ${t}, edit ${k}`);
      for (const t of range) assert.ok(all.includes(t), `range token ${t} is not in the document's, edit ${k}`);
    }
  });
}

test('overlapping spans on a line: the first (longer) one is drawn, as for the whole document', () => {
  const text = 'abcdefghij\nklmnopqrst\n';
  const mk = (kind: 'entity' | 'date', label: 'PERSON' | 'DATE', start: number, end: number) => ({ kind, label, start, end });
  const snapshot = {
    lines: {
      count: 3, starts: Int32Array.of(0, 11, 22), lengths: Int32Array.of(10, 10, 0),
      spans: [{ id: -1, spans: [mk('entity', 'PERSON', 1, 6), mk('date', 'DATE', 3, 8), mk('date', 'DATE', 8, 9)] }, { id: -2, spans: [mk('date', 'DATE', 0, 4)] }, { id: -3, spans: [] }],
    },
    quotes: [],
    annotations: () => [],
  };
  const annotations = [
    { id: '', kind: 'entity' as const, label: 'PERSON' as const, start: 1, end: 6, status: 'suggested' as const },
    { id: '', kind: 'date' as const, label: 'DATE' as const, start: 3, end: 8, status: 'suggested' as const },
    { id: '', kind: 'date' as const, label: 'DATE' as const, start: 8, end: 9, status: 'suggested' as const },
    { id: '', kind: 'date' as const, label: 'DATE' as const, start: 11, end: 15, status: 'suggested' as const },
  ];
  const doc = TextDocument.create('file:///o.txt', 'arabic-news', 1, text);
  const data = new BlockResults().full('o', tokenBlocks(snapshot, [], text)).data;
  assert.deepEqual(decode(data), decode(provideSemanticTokens(doc, annotations).data));
  assert.equal(decode(data).length, 3);
});

test('quotation marks and line breaks typed and deleted: blocks kept from the last version still equal a fresh analysis', () => {
  // No decisions, so only the lines, quotations and their pairing decide which blocks are kept; quotations that span
  // lines and pairings that change before or after the edit are what a kept block must not miss.
  const r = mulberry32(5);
  let text = articles.slice(0, 4).join('\n');
  const seen = new Analyzer(model);
  let previous: { blocks: TokenBlock[]; snapshot: SpanSnapshot } | undefined;
  const marks = ['«', '»', '"', '\n', '“', '”', 'قال: «', '\n«'];
  for (let k = 0; k <= 120; k++) {
    if (k > 0) {
      // Near a quotation mark when there is one, so pairings around it change.
      const near = text.indexOf(r() < 0.5 ? '«' : '»', Math.floor(r() * text.length));
      const at = near >= 0 && r() < 0.7 ? near + Math.floor(r() * 3) : Math.floor(r() * text.length);
      const x = r();
      if (x < 0.4) text = text.slice(0, at) + marks[Math.floor(r() * marks.length)] + text.slice(at);
      else if (x < 0.65) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
      // Same length: the line's length and every base stay, only its spans can tell it changed.
      else if (x < 0.85) text = text.slice(0, at) + (text[at] === 'ب' ? 'ن' : 'ب') + text.slice(at + 1);
      // A name said again elsewhere can change how its other mentions are labelled (lines whose text did not change).
      else text = text.slice(0, at) + ' وقال الرئيس محمد العلي: «' + text.slice(at);
    }
    const doc = TextDocument.create('file:///q.txt', 'arabic-news', k + 1, text);
    const expected = provideSemanticTokens(doc, applyDecisions(new Analyzer(model).analyze(text).annotations, [], text)).data;
    const snapshot = seen.spanSnapshot(text, { document: 'q' });
    const blocks = tokenBlocks(snapshot, [], text, previous);
    previous = { blocks, snapshot };
    assert.deepEqual(decode(new BlockResults().full('q', blocks).data), decode(expected), `edit ${k}`);
  }
});
