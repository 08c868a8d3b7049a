// One version's spans by line, as columns: the lines an edit kept are the last version's numbers and spans objects, copied, not made again.
import type { DateCandidate } from './dates';
import type { Linked } from './paragraphLinks';
import type { Paragraph } from './paragraphSplit';
import { SpanAnnotation, spansInOrder } from './annotations';
import type { SpanSnapshot, Tagged } from './spanIndex';

/** Entity and date spans of one line (paragraph), relative to its start, in the analysis's order. Never changed once built. */
export interface LineSpans {
  /** Unique per object: what caches of work on a line key on. */
  id: number;
  spans: ReadonlyArray<{ kind: 'entity' | 'date'; label: SpanAnnotation['label']; start: number; end: number }>;
}

/**
 * One version's lines as columns: after an edit the next version copies numbers and pointers for the lines it kept,
 * it makes no object per line (at 5 M characters, 15,000 objects per keystroke, most of them promoted and kept).
 */
export interface Lines {
  readonly count: number;
  /** Each line's start (document offset) and length (its line end not counted). */
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  readonly spans: ReadonlyArray<LineSpans>;
}

let lineIds = 0;

/**
 * The last version's lines and links, and which of its paragraphs the new version keeps (`relinked`: some were linked
 * again; when not, the new version's links are the last version's first `head` and last `tail` as they are).
 */
export interface KeptLines { lines: Lines; linked: Linked[]; ties: Uint8Array; head: number; tail: number; delta: number; relinked: boolean }

/** The spans as the analysis orders its annotations: entities, then quotations, then dates, sorted by position. */
function annotationsOf(lines: Lines, quotes: SpanSnapshot['quotes']): SpanAnnotation[] {
  const entities: Array<{ label: SpanAnnotation['label']; start: number; end: number }> = [];
  const dates: Array<{ type: DateCandidate['type']; start: number; end: number }> = [];
  for (let i = 0; i < lines.count; i++) {
    const base = lines.starts[i];
    for (const x of lines.spans[i].spans) {
      if (x.kind === 'entity') entities.push({ label: x.label, start: base + x.start, end: base + x.end });
      else dates.push({ type: x.label as DateCandidate['type'], start: base + x.start, end: base + x.end });
    }
  }
  return spansInOrder(entities, quotes, dates);
}

/**
 * The version's spans by line; entities of a line in their analysis order (of mentions at one offset, the entity first
 * mentioned first). `kept`: the last version's lines, of which the first `head` and last `tail` paragraphs are kept.
 */
export function assembleLines(paras: Paragraph[], tags: Tagged[], linked: Linked[], quotes: Array<{ start: number; end: number }>, kept?: KeptLines): { snapshot: SpanSnapshot; ties: Uint8Array } {
  const n = paras.length;
  const starts = new Int32Array(n), lengths = new Int32Array(n), ties = new Uint8Array(n);
  let spans = new Array<LineSpans>(kept && !kept.relinked ? 0 : n);
  let shares: SpanSnapshot['shares'];
  let rank: Map<string, number> | undefined;
  const lineOf = (i: number): LineSpans => {
    const l = linked[i];
    const r = tags[i];
    if (l.line && !l.ties) return l.line;
    ties[i] = l.ties ? 1 : 0;
    let order = l.entries.map((_, k) => k);
    if (l.ties) {
      rank ??= firstMentions(linked);
      const known = rank;
      order = order.sort((a, b) => l.entries[a].m.start - l.entries[b].m.start || known.get(l.keys[a])! - known.get(l.keys[b])!);
    }
    const out: Array<LineSpans['spans'][number]> = [];
    for (const k of order) out.push({ kind: 'entity', label: l.labels[k], start: l.entries[k].m.start - l.frame, end: l.entries[k].m.end - l.frame });
    for (const d of r.dates) out.push({ kind: 'date', label: d.type, start: d.start - r.base, end: d.end - r.base });
    // Of spans at one place the longer first, entities before dates (the annotations' order).
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    const line: LineSpans = { id: ++lineIds, spans: out };
    if (!l.ties) l.line = line;
    return line;
  };
  const result = (all: LineSpans[]): { snapshot: SpanSnapshot; ties: Uint8Array } => {
    const lines: Lines = { count: n, starts, lengths, spans: all };
    // Built anew each time, not kept: the status figures read them once per version, and kept they were 2 MB at 1 M characters.
    return { snapshot: { lines, quotes, shares, annotations: () => annotationsOf(lines, quotes) }, ties };
  };
  const made = (i: number) => { starts[i] = paras[i].base; lengths[i] = paras[i].text.length; spans[i] = lineOf(i); };
  if (!kept) {
    for (let i = 0; i < n; i++) made(i);
  } else {
    const { lines: P, head, tail, delta } = kept;
    const moved = P.count - n;
    starts.set(P.starts.subarray(0, head));
    lengths.set(P.lengths.subarray(0, head));
    lengths.set(P.lengths.subarray(P.count - tail), n - tail);
    for (let i = n - tail; i < n; i++) starts[i] = P.starts[i + moved] + delta;
    if (!kept.relinked) {
      // Nothing linked again: every kept paragraph's line is the last version's, copied in bulk (not compared line by
      // line: 33,000 lines per keystroke at 5 M characters); only a line after the change whose entities tie is made
      // again (the first mentions that order them may have moved).
      const mid: LineSpans[] = [];
      for (let i = head; i < n - tail; i++) { starts[i] = paras[i].base; lengths[i] = paras[i].text.length; mid.push(lineOf(i)); }
      spans = P.spans.slice(0, head).concat(mid, P.spans.slice(P.count - tail));
      ties.set(kept.ties.subarray(0, head));
      ties.set(kept.ties.subarray(P.count - tail), n - tail);
      let last = -1;
      for (let o = kept.ties.indexOf(1, P.count - tail); o >= 0; o = kept.ties.indexOf(1, o + 1)) { spans[o - moved] = lineOf(o - moved); last = o; }
      // What tokens of the last version's lines can be kept by: the first `head` lines and those after the last remade.
      shares = { lines: P, head, tail: last < 0 ? tail : P.count - 1 - last };
      return result(spans);
    }
    for (let i = head; i < n - tail; i++) made(i);
    // A kept paragraph's line is the last version's while its linking is; one whose entities tie at one offset is
    // ordered by the document's first mentions: made again, unless it is before the change and nothing was linked
    // again (then those first mentions are all before it, unchanged too).
    const reuse = (i: number, o: number, before: boolean) => {
      if (linked[i] === kept.linked[o] && (!kept.ties[o] || (before && !kept.relinked))) { spans[i] = P.spans[o]; ties[i] = kept.ties[o]; } else spans[i] = lineOf(i);
    };
    for (let i = 0; i < head; i++) reuse(i, i, true);
    for (let i = n - tail; i < n; i++) reuse(i, i + moved, false);
  }
  return result(spans);
}

/** Each entity key's rank in the document's order of first mentions. */
function firstMentions(linked: Linked[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const l of linked) for (const k of l.keys) if (!rank.has(k)) rank.set(k, rank.size);
  return rank;
}
