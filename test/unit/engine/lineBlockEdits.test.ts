// A one-paragraph article typed into: after every random edit (names, clitics, sentence ends, dates, quotes, clubs, line
// breaks), the open document's analysis equals a fresh one's, whatever of the last tagging the edit's paragraph reused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { assertEditsMatchFresh, randomEdit } from './oneLineEdits';

const model = loadDefaultModel();

const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-quotes', 'dev');
/**
 * `n` dev-quotes articles (gold markers removed) pasted as one line: from 24 on, the line is long enough (≥ 2,000 tokens,
 * sentenceReuse.ts LONG_PARAGRAPH_TOKENS) for an edit to re-tag only its sentences.
 */
const asLongLine = (n: number) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, n)
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\{[=!][^}]*\}/g, '')).join(' ').replace(/\s*[\r\n]+\s*/g, ' ');

/** What a user sees of an analysis: the highlights (names, dates, quotations), the quotations and the linked entities. */
function view(a: Analysis): unknown {
  return { annotations: a.annotations, quotations: a.quotations, entities: a.entities.map((e) => ({ id: e.id, label: e.label, mentions: e.mentions })) };
}

/**
 * Typed text that can move a sentence's end, its tags, or the paragraph's spellings: clitics, names and given names
 * before surnames, `؟` and `!`, an initial's period, dates and times, quote marks, `نادي`, spaces, line breaks (LF, CRLF),
 * and the final letters ى، ة، ي whose presence anywhere in the paragraph some rules ask.
 */
const SNIPPETS = ['ب', 'و', 'ال', 'لل', ' ', '  ', '. ', '.', '؟', '! ', '!', ' ج. ', '\n', '\r\n', ' \r\n', '«', '»', '"', ': "',
  ' محمد', ' أحمد', ' وقال محمد العلي', ' الرئيس خالد العمر', ' نادي', ' نادي الاتحاد', ' الاتحاد', 'بالشرق الأوسط',
  ' في 12 مارس 2020', ' يوم الأحد', ' في اليوم التالي', ' حتى 15 مايو', ' الساعة 10 صباحا', ' أمس', 'ى', 'ة', 'ي', 'علي'];

/** Edits near words of five letters or more, or near a sentence's end, a quote mark or a digit: where tags and sentences turn. */
const NEAR = /[\u0621-\u064a]{5,}|[.؟!«»"\d]/g;

for (const [name, start, edits, seed] of [['24 articles', asLongLine(24), 50, 66], ['52 articles', asLongLine(52), 20, 166]] as const) {
  test(`a one-paragraph article (${name}) told each change: after each of ${edits} random edits its analysis equals a fresh one's`, () => {
    assertEditsMatchFresh({
      analyzer: new Analyzer(model), fresh: () => new Analyzer(model), doc: `file:///line-blocks-${seed}.ar.txt`, start, edits, seed,
      edit: (r, text) => randomEdit(r, text, SNIPPETS, NEAR, 400),
      read: (a, text, open) => view(open ? a.analyze(text, open) : a.analyze(text)),
    });
  });
}
