// The spans pass semantic tokens are drawn from gives what the full analysis gives (kinds, labels, offsets, order,
// review state), on an analyzer that has seen earlier versions, after random edits; the full analysis after it is unchanged.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { applyDecisions, Decision, makeDecision } from '../../../server/src/engine/decisions';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { mulberry32 } from '../../../server/src/training/perceptron';
import { provideSemanticTokens } from '../../../server/src/features/semanticTokens';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 8)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));

const spanOf = (a: Annotation) => `${a.kind}:${a.label}:${a.start}-${a.end}:${a.status ?? ''}`;
const SNIPPETS = ['ب', '\n', '“', '”', '«', '»', 'وقال الوزير محمد العلي: «', ' في القاهرة يوم الأحد', '»، بحسب المصدر'];

/** Decisions of every kind on the fresh analysis: a rejection, an acceptance and a manual span over a suggestion. */
function someDecisions(a: Analysis, r: () => number): Decision[] {
  const pick = () => a.annotations[Math.floor(r() * a.annotations.length)];
  const out: Decision[] = [];
  if (!a.annotations.length) return out;
  out.push(makeDecision(a.text, pick(), 'rejected', 'd1'), makeDecision(a.text, pick(), 'accepted', 'd2'));
  const m = pick();
  out.push(makeDecision(a.text, { start: m.start, end: m.end, kind: m.kind, label: m.kind === 'entity' ? 'ORGANIZATION' : m.label }, 'manual', 'd3'));
  return out;
}

test('after 40 random edits, the spans and their semantic tokens equal the full analysis\'s, with and without decisions', () => {
  const r = mulberry32(21);
  let text = 'Date: 2025-03-04\n' + articles.join('\n');
  const seen = new Analyzer(model);
  seen.analyze(text, { document: 'a' });
  for (let k = 1; k <= 40; k++) {
    const at = Math.floor(r() * text.length);
    if (r() < 0.6) text = text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 40));
    const spans = seen.spans(text, { document: 'a' });
    if (k % 4 !== 0) continue;
    const fresh = new Analyzer(model).analyze(text, { document: 'a' });
    assert.deepEqual(spans.map(spanOf), fresh.annotations.map(spanOf), `edit ${k}`);
    // The full analysis after the spans of the same version reuses their passes and still equals a fresh one.
    assert.deepEqual(seen.analyze(text, { document: 'a' }), fresh, `analysis after spans, edit ${k}`);
    const decisions = someDecisions(fresh, r);
    const decided = applyDecisions(spans, decisions, text);
    const full = applyDecisions(fresh.annotations, decisions, text);
    assert.deepEqual(decided.map(spanOf), full.map(spanOf), `decided spans, edit ${k}`);
    const doc = TextDocument.create('file:///a.txt', 'arabic-news', k, text);
    assert.deepEqual(provideSemanticTokens(doc, decided).data, provideSemanticTokens(doc, full).data, `tokens, edit ${k}`);
  }
});
