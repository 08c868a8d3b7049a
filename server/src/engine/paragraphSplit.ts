// Paragraph boundaries (one paragraph per line), and the split of a new version found from the last one's:
// only the stretch between the paragraphs both versions share at either end is split again.

import type { TextLike } from './pieceText';

export interface Paragraph { text: string; base: number }

/** Paragraph boundaries: each line is a paragraph (news text puts one paragraph per line); LF, CRLF or a bare CR ends it. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let base = 0;
  for (const line of text.split(/\r(?!\n)|\n/)) { out.push({ text: line, base }); base += line.length + 1; }
  return out;
}

/** Whether a paragraph with this text ends at `end` of `text`: a line end follows that splits exactly there. */
function endsAt(text: TextLike, end: number, para: string): boolean {
  const c = text.charCodeAt(end);
  // A paragraph ending in CR was split at the LF after it; otherwise LF, or a CR not followed by LF.
  if (para.charCodeAt(para.length - 1) === 13) return c === 10;
  return c === 10 || (c === 13 && text.charCodeAt(end + 1) !== 10);
}

/**
 * paragraphs(text), reusing the paragraphs of `before` (the last version's split) that `text` still has
 * at its start and at its end: `head` of them kept as they are, `tail` moved by the change in length.
 */
export function splitAgainst(before: readonly Paragraph[], beforeLength: number, text: TextLike): { paras: Paragraph[]; head: number; tail: number } {
  const n = before.length;
  let head = 0, pos = 0;
  // The last paragraph has no line end after it: never a head one.
  while (head < n - 1) {
    const p = before[head];
    if (!text.startsWith(p.text, pos) || !endsAt(text, pos + p.text.length, p.text)) break;
    pos += p.text.length + 1;
    head++;
  }
  const delta = text.length - beforeLength;
  let tail = 0, start = text.length + 1;
  while (tail < n - head) {
    const q = before[n - 1 - tail];
    const end = start - 1;
    const s = end - q.text.length;
    if (s < pos || !text.endsWith(q.text, end) || (tail > 0 && !endsAt(text, end, q.text))) break;
    // Its start must be a paragraph start: the beginning, or right after a line end that splits there.
    if (s > 0) { const c = text.charCodeAt(s - 1); if (c !== 10 && !(c === 13 && text.charCodeAt(s) !== 10)) break; }
    else if (s < 0) break;
    // A last paragraph of the old text cannot end in CR (it would have been split there), nor can it in the new.
    start = s;
    tail++;
  }
  return { paras: rejoin(before, text, head, tail, delta), head, tail };
}

/** The last split's `head` first and `tail` last paragraphs (moved by `delta`) around a fresh split of what lies between. */
function rejoin(before: readonly Paragraph[], text: TextLike, head: number, tail: number, delta: number): Paragraph[] {
  const n = before.length;
  const pos = head > 0 ? before[head - 1].base + before[head - 1].text.length + 1 : 0;
  const start = tail > 0 ? before[n - tail].base + delta : text.length + 1;
  const paras = before.slice(0, head);
  // The stretch between: to the end, or up to the first tail paragraph with the line end before it (a CR before that
  // LF is the stretch's, not a line end), less the empty paragraph a split puts after that line end.
  if (tail === 0) for (const p of paragraphs(text.slice(pos))) paras.push({ text: p.text, base: p.base + pos });
  else if (start > pos) { const mid = paragraphs(text.slice(pos, start)); mid.pop(); for (const p of mid) paras.push({ text: p.text, base: p.base + pos }); }
  for (let k = n - tail; k < n; k++) paras.push({ text: before[k].text, base: before[k].base + delta });
  return paras;
}

/**
 * The split when the editor said where the text changed since the last split: its first `prefix` and last
 * `suffix` characters are the last version's. No text is compared; one paragraph more is split again on
 * either side (a CR and an LF may meet across the change).
 */
export function splitAround(before: readonly Paragraph[], beforeLength: number, text: TextLike, prefix: number, suffix: number): { paras: Paragraph[]; head: number; tail: number } | undefined {
  const n = before.length;
  const delta = text.length - beforeLength;
  // Paragraphs whose text and line end lie before the change.
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before[mid].base + before[mid].text.length + 1 <= prefix) lo = mid + 1; else hi = mid; }
  const head = Math.min(Math.max(0, lo - 1), n - 1);
  // Paragraphs whose line end before them and text lie after it.
  const cut = beforeLength - suffix;
  lo = 0; hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before[mid].base - 1 < cut) lo = mid + 1; else hi = mid; }
  const tail = Math.max(0, Math.min(n - Math.min(n, lo + 1), n - head));
  const pos = head > 0 ? before[head - 1].base + before[head - 1].text.length + 1 : 0;
  const start = tail > 0 ? before[n - tail].base + delta : text.length + 1;
  if (start < pos || pos > text.length) return undefined;
  return { paras: rejoin(before, text, head, tail, delta), head, tail };
}
