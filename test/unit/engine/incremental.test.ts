// An analyzer that has seen earlier versions of a document (paragraph cache, shifted results) gives
// exactly what a fresh analyzer gives, after random edits of every kind, with LF and CRLF line ends.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { mulberry32 } from '../../../server/src/training/perceptron';

const model = loadDefaultModel();
const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 6)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, ''));

/** Everything a user sees of an analysis, in a comparable form. */
function view(a: Analysis): unknown {
  return {
    annotations: a.annotations, problems: a.problems, quotations: a.quotations, dates: a.dates, documentDate: a.documentDate,
    entities: a.entities.map((e) => ({ id: e.id, key: e.key, label: e.label, type: e.type, mentions: e.mentions })),
    tokens: a.tokens.map((t) => `${t.start}:${t.end}:${t.norm}`).join(' '),
  };
}

const SNIPPETS = ['ب', ' ', '\n', '“', '”', '«', '»', 'وقال الوزير محمد العلي: ', ' في القاهرة يوم الأحد', '، الأسبوع الماضي،'];

function randomEdits(eol: string, seed: number): void {
  const r = mulberry32(seed);
  let text = 'Date: 2025-03-04\n' + articles.join('\n').replace(/\n/g, eol);
  const incremental = new Analyzer(model);
  incremental.analyze(text);
  for (let k = 1; k <= 60; k++) {
    const at = Math.floor(r() * text.length);
    const kind = r();
    if (kind < 0.35) text = text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)].replace(/\n/g, eol) + text.slice(at);
    else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
    else if (kind < 0.85) { const nl = text.indexOf('\n', at); if (nl >= 0) text = text.slice(0, nl - (eol.length - 1)) + ' ' + text.slice(nl + 1); }
    else { const from = Math.floor(r() * text.length); text = text.slice(0, at) + text.slice(from, from + 80) + text.slice(at); }
    const seen = incremental.analyze(text);
    if (k % 4 === 0) assert.deepEqual(view(seen), view(new Analyzer(model).analyze(text)), `edit ${k} (seed ${seed}, ${eol === '\n' ? 'LF' : 'CRLF'})`);
  }
}

test('after 60 random edits of an LF article, every re-analysis equals a fresh analysis', () => randomEdits('\n', 11));
test('after 60 random edits of a CRLF article, every re-analysis equals a fresh analysis', () => randomEdits('\r\n', 12));
