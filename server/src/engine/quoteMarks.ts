// Pairs quotation marks as Arabic typesetting uses them (incl. reversed ”…” and marks glued to clitics).

export interface QuotePair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  depth: number;
}

export interface QuoteProblem {
  offset: number;
  mark: string;
  message: string;
  /** Where inserting `insert` would balance the quotation (never a deletion). */
  fixAt?: number;
  insert?: string;
}

const SYMMETRIC = new Set(['“', '”', '"']);
const MARKS = /[“”"«»‹›‘’]/g;
const CLOSER_OF: Record<string, string> = { '«': '»', '‹': '›', '‘': '’' };
/** Every mark that may open a quotation (or a quoted name: تطبيق “تليجرام”). */
export const OPENING_MARKS: ReadonlySet<string> = new Set([...SYMMETRIC, ...Object.keys(CLOSER_OF)]);
/** Every mark that may close a quotation or a quoted name. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set([...SYMMETRIC, ...Object.values(CLOSER_OF)]);
/** The marks that open and close a quoted title or name (فيلم " … "، « … »): the straight, guillemet and curly pairs. */
export const TITLE_OPENERS: ReadonlySet<string> = new Set(['"', '«', '“']);
export const TITLE_CLOSERS: ReadonlySet<string> = new Set(['"', '»', '”']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /[\s\u200E\u200F]/.test(ch);
}

/** A mark stands where a quotation can start: after space, `(`, `:` or a lone clitic (`و”`, `بـ”`). */
function opensHere(text: string, p: number): boolean {
  const prev = text[p - 1];
  if (isSpace(prev) || prev === '(' || prev === ':' || prev === '[' || prev === '،') return true;
  let k = p - 1;
  while (k >= 0 && text[k] === 'ـ') k--;
  return k >= 0 && 'وفبلك'.includes(text[k]) && isSpace(text[k - 1]);
}

/** A mark stands where a quotation can end: before space, punctuation or end of paragraph. */
function closesHere(text: string, p: number): boolean {
  const next = text[p + 1];
  return isSpace(next) || /[.,،؛:!?؟)\]»…-]/.test(next);
}

/** Whether the first quotation mark of `text` closes a quotation opened with `mark` (a line wrapped inside a quotation). */
function firstMarkCloses(text: string, mark: string): boolean {
  const m = /[“”"«»‹›‘’]/.exec(text);
  if (!m) return false;
  if (CLOSER_OF[mark]) return m[0] === CLOSER_OF[mark];
  return SYMMETRIC.has(m[0]) && closesHere(text, m.index) && !opensHere(text, m.index);
}

/** Blank lines a quotation may run across (scraped and pasted news often double its line breaks). */
const MAX_BLANK_LINES = 2;

/**
 * Pairs the marks of one paragraph (`base` is its document offset). An opening mark left
 * unclosed at the end of a paragraph continues into the next non-blank one when that paragraph
 * opens with a quotation mark, as multi-paragraph quotations are typeset, or when its first mark
 * closes the quotation (a line break inside it); otherwise it is reported.
 */
export function pairQuoteMarks(paragraphs: ReadonlyArray<{ text: string; base: number }>): { pairs: QuotePair[]; problems: QuoteProblem[] } {
  const pairs: QuotePair[] = [];
  const problems: QuoteProblem[] = [];
  let carried: { open: number; mark: string } | undefined;
  paragraphs.forEach(({ text, base }, pi) => {
    const stack: Array<{ open: number; mark: string }> = [];
    let startAt = 0;
    if (carried) {
      const first = text.search(/\S/);
      if (first < 0) return; // a blank line inside the quotation: still carried
      if (SYMMETRIC.has(text[first]) || text[first] === '«') { stack.push(carried); startAt = first + 1; }
      else if (firstMarkCloses(text, carried.mark)) stack.push(carried);
      carried = undefined;
    }
    // Jump from mark to mark: most characters are not quotation marks.
    MARKS.lastIndex = startAt;
    for (let found = MARKS.exec(text); found; found = MARKS.exec(text)) {
      const p = found.index;
      const ch = found[0];
      const top = stack[stack.length - 1];
      if (SYMMETRIC.has(ch)) {
        const symOpen = stack.findIndex((s) => SYMMETRIC.has(s.mark));
        if (symOpen >= 0 && (closesHere(text, p) || !opensHere(text, p))) {
          while (stack.length > symOpen + 1) { const lost = stack.pop()!; problems.push({ offset: lost.open, mark: lost.mark, message: `Unclosed quotation mark ${lost.mark}`, fixAt: base + p, insert: CLOSER_OF[lost.mark] }); }
          const o = stack.pop()!;
          pairs.push({ open: o.open, close: base + p, depth: stack.length });
        } else if (opensHere(text, p) || !closesHere(text, p)) stack.push({ open: base + p, mark: ch });
        else problems.push({ offset: base + p, mark: ch, message: `Closing quotation mark ${ch} without an opening one` });
      } else if (CLOSER_OF[ch] && (ch !== '‘' || opensHere(text, p))) {
        stack.push({ open: base + p, mark: ch });
      } else if (ch === '»' || ch === '›' || (ch === '’' && top?.mark === '‘')) {
        const idx = stack.map((s) => CLOSER_OF[s.mark]).lastIndexOf(ch);
        if (idx < 0) { if (ch !== '’') problems.push({ offset: base + p, mark: ch, message: `Closing quotation mark ${ch} without an opening one` }); continue; }
        while (stack.length > idx + 1) { const lost = stack.pop()!; problems.push({ offset: lost.open, mark: lost.mark, message: `Unclosed quotation mark ${lost.mark}`, fixAt: base + p, insert: CLOSER_OF[lost.mark] ?? '”' }); }
        const o = stack.pop()!;
        pairs.push({ open: o.open, close: base + p, depth: stack.length });
      }
    }
    let after = pi + 1;
    while (after < paragraphs.length && after <= pi + MAX_BLANK_LINES && !/\S/.test(paragraphs[after].text)) after++;
    const next = /\S/.test(paragraphs[after]?.text ?? '') ? paragraphs[after].text : '';
    if (stack.length === 1 && (/^\s*[“”"«]/.test(next) || firstMarkCloses(next, stack[0].mark))) { carried = stack[0]; stack.length = 0; }
    // trimEnd() removes exactly what /\s+$/ matches (white space and line terminators), without a regex per paragraph.
    const end = stack.length ? base + text.trimEnd().length : 0;
    for (const lost of stack) problems.push({ offset: lost.open, mark: lost.mark, message: `Unclosed quotation mark ${lost.mark}: the quotation is not closed before the end of the paragraph`, fixAt: end, insert: CLOSER_OF[lost.mark] ?? '”' });
  });
  pairs.sort((a, b) => a.open - b.open);
  return { pairs, problems };
}
