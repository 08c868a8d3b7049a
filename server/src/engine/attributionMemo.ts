// A document's last attribution, per quote pair: what a new version may reuse of it and where the edit moved it.
import type { QuotePair } from './quoteMarks';
import type { Quotation } from './quotations';
import type { Moves, Mutation } from './quoteState';
import type { SpeakerDoc } from './speakerPhrase';

/** One quote pair's attribution: its place, the tokens it read, its quotation (undefined: no speech) and what it added to the memory. */
export interface PairRecord {
  open: number;
  close: number;
  depth: number;
  lo: number;
  hi: number;
  out: Quotation | undefined;
  muts: Mutation[];
}

interface Version {
  text: string;
  tokens: number;
  mentionAt: SpeakerDoc['mentionAt'];
  records: PairRecord[];
}

/**
 * Tokens read within this many of a changed one count as changed: a read stops at a bound (a sentence's end, the
 * document's) without reading the token there. Characters alike for what moves with the edit.
 */
const MARGIN = 8;

/** The start of the line before the one holding `at` (a change may end or start a sentence there). */
function linesBefore(text: string, at: number): number {
  let i = Math.min(at, text.length) - 1;
  const back = () => { while (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i--; };
  back();
  while (i >= 0 && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i--;
  back();
  return i + 1;
}

/** The end of the line after the one holding `at`. */
function linesAfter(text: string, at: number): number {
  let i = Math.max(0, at);
  const on = () => { while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++; };
  on();
  while (i < text.length && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  on();
  return i;
}

type MentionEntry = { m: object; endToken: number };

function sameMention(a: MentionEntry, b: MentionEntry | undefined, dT: number, dC: number): boolean {
  if (!b || b.endToken !== a.endToken + dT) return false;
  const x = a.m as Record<string, unknown>, y = b.m as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (key === 'start' || key === 'end') { if (y[key] !== (x[key] as number) + dC) return false; }
    else if (x[key] !== y[key]) return false;
  }
  return true;
}

/**
 * How this version relates to the last one: the token stretches whose reading changed (the lines around the edit,
 * and every mention that linking changed anywhere), the pairs both versions share at either end, and the moves.
 */
export class AttributionPlan implements Moves {
  /** Changed token stretches of this version, [from, to) sorted and disjoint. */
  private readonly dirty: number[] = [];
  /** Tokens before `head` are the last version's; from `tail` on, the last version's moved by dT (from `tail - dT` there). */
  private readonly head: number;
  private readonly tail: number;
  private readonly dT: number;
  private readonly dC: number;
  private readonly cP: number;
  private readonly sufOld: number;
  private readonly tokKeep: number;
  private readonly tokMoveOld: number;
  /** Pairs equal at the start (P) and at the end (S) of both versions. */
  readonly P: number;
  readonly S: number;

  constructor(private readonly last: Version, text: string, tokens: number, tokenAt: (offset: number) => number, mentionAt: SpeakerDoc['mentionAt'], pairs: readonly QuotePair[]) {
    const old = last.text;
    const min = Math.min(old.length, text.length);
    let cP = 0;
    while (cP < min && old.charCodeAt(cP) === text.charCodeAt(cP)) cP++;
    let cS = 0;
    while (cS < min - cP && old.charCodeAt(old.length - 1 - cS) === text.charCodeAt(text.length - 1 - cS)) cS++;
    this.cP = cP;
    this.dC = text.length - old.length;
    this.dT = tokens - last.tokens;
    this.sufOld = old.length - cS;
    this.head = tokenAt(linesBefore(text, cP));
    this.tail = Math.max(this.head, tokenAt(linesAfter(text, text.length - cS)));
    // Token counterparts (finer than the lines: what a quotation's memory points at moves with the characters).
    this.tokKeep = Math.max(0, tokenAt(Math.max(0, cP - MARGIN)) - 1);
    this.tokMoveOld = tokenAt(Math.min(text.length, text.length - cS + MARGIN)) - this.dT;
    this.addDirty(this.head, this.tail);
    this.mentionChanges(mentionAt);
    this.mergeDirty();
    const n = last.records.length, m = pairs.length;
    const same = (r: PairRecord, p: QuotePair) => this.char(r.open) === p.open && this.char(r.close) === p.close && r.depth === p.depth;
    let P = 0;
    while (P < Math.min(n, m) && same(last.records[P], pairs[P])) P++;
    let S = 0;
    while (S < Math.min(n, m) - P && same(last.records[n - 1 - S], pairs[m - 1 - S])) S++;
    this.P = P;
    this.S = S;
  }

  char(c: number): number {
    return c <= this.cP - MARGIN ? c : c >= this.sufOld + MARGIN ? c + this.dC : NaN;
  }

  tok(t: number): number {
    return t < this.tokKeep ? t : t >= this.tokMoveOld ? t + this.dT : NaN;
  }

  /** The last version's record of this version's pair q, when the pair is the same (moved) pair. */
  counterpart(q: number, pairs: number): PairRecord | undefined {
    if (q < this.P) return this.last.records[q];
    if (q >= pairs - this.S) return this.last.records[q - pairs + this.last.records.length];
    return undefined;
  }

  /** The last version's records of the pairs between those shared at either end (none of them has a counterpart). */
  window(): PairRecord[] {
    return this.last.records.slice(this.P, this.last.records.length - this.S);
  }

  /**
   * When what the record's attribution read is unchanged here (then, with the same memory before it, so is its
   * result): by how many tokens it moved; undefined when changed.
   */
  unchangedBy(r: PairRecord): number | undefined {
    let by: number;
    if (r.hi + MARGIN < this.head) by = 0;
    else if (r.lo - MARGIN >= this.tail - this.dT) by = this.dT;
    else return undefined;
    const lo = r.lo + by - MARGIN, hi = r.hi + by + MARGIN;
    const d = this.dirty;
    // The first changed stretch ending after lo: unchanged when it starts after hi.
    let a = 0, b = d.length >> 1;
    while (a < b) { const mid = (a + b) >> 1; if (d[2 * mid + 1] <= lo) a = mid + 1; else b = mid; }
    return a === d.length >> 1 || d[2 * a] > hi ? by : undefined;
  }

  private addDirty(from: number, to: number): void {
    if (to > from) this.dirty.push(from, to);
  }

  /** Mentions linking changed (an entity's id, a label, a propagated name), before and after the edited lines. */
  private mentionChanges(now: SpeakerDoc['mentionAt']): void {
    const { head, dT, dC } = this;
    const before = this.last.mentionAt;
    const tailOld = this.tail - dT;
    for (const [k, v] of before) {
      if (k < head) { const n = now.get(k); if (!sameMention(v, n, 0, 0)) this.addDirty(k, Math.max(v.endToken, n?.endToken ?? 0, k + 1)); }
      else if (k >= tailOld) { const n = now.get(k + dT); if (!sameMention(v, n, dT, dC)) this.addDirty(k + dT, Math.max(v.endToken + dT, n?.endToken ?? 0, k + dT + 1)); }
    }
    for (const [k, v] of now) {
      if (k < head ? !before.has(k) : k >= this.tail && !before.has(k - dT)) this.addDirty(k, Math.max(v.endToken, k + 1));
    }
  }

  private mergeDirty(): void {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < this.dirty.length; i += 2) pairs.push([this.dirty[i], this.dirty[i + 1]]);
    pairs.sort((x, y) => x[0] - y[0]);
    this.dirty.length = 0;
    for (const [a, b] of pairs) {
      const n = this.dirty.length;
      if (n && a <= this.dirty[n - 1]) this.dirty[n - 1] = Math.max(this.dirty[n - 1], b);
      else this.dirty.push(a, b);
    }
  }
}

/** Per open document, its last version's attribution (analysis.ts keeps one per document). */
export class AttributionMemo {
  private last: Version | undefined;

  plan(text: string, tokens: number, tokenAt: (offset: number) => number, mentionAt: SpeakerDoc['mentionAt'], pairs: readonly QuotePair[]): AttributionPlan | undefined {
    return this.last && new AttributionPlan(this.last, text, tokens, tokenAt, mentionAt, pairs);
  }

  keep(text: string, tokens: number, mentionAt: SpeakerDoc['mentionAt'], records: PairRecord[]): void {
    this.last = { text, tokens, mentionAt, records };
  }
}
