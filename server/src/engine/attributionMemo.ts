// A document's last attribution, per quote pair: what a new version may reuse of it and where the edit moved it.
import type { QuotePair } from './quoteMarks';
import type { Quotation } from './quotations';
import type { Moves, Mutation } from './quoteState';
import type { LinkedMention } from './linking';
import type { BuiltSpeakerDoc } from './speakerDoc';
import { IdMap } from './entityIdMap';
import { sentencesAfter, sentencesBefore } from './editRegion';

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
  mentionAt: Mentions;
  records: PairRecord[];
  relays: number[];
}

/**
 * Tokens read within this many of a changed one count as changed: a read stops at a bound (a sentence's end, the
 * document's) without reading the token there. Characters alike for what moves with the edit.
 */
const MARGIN = 8;

/**
 * Characters compared a stretch at a time (a string comparison compares memory; a loop of charCodeAt over the two
 * versions of 5 M characters took ~45 ms per edit), then one at a time in the stretch that differs.
 */
const STRETCH = 4096;

/** How many characters `a` and `b` share at their start, up to `max`. */
function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + STRETCH <= max && a.slice(n, n + STRETCH) === b.slice(n, n + STRETCH)) n += STRETCH;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How many characters `a` and `b` share at their end, up to `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + STRETCH <= max && a.slice(a.length - n - STRETCH, a.length - n) === b.slice(b.length - n - STRETCH, b.length - n)) n += STRETCH;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

type Mentions = BuiltSpeakerDoc['mentionAt'];
type MentionEntry = { m: object; endToken: number };

/** The fields of a linked mention (linking.ts builds every one with these, in this order). */
const MENTION_FIELDS = ['label', 'start', 'end', 'key', 'confidence', 'firstToken', 'lastToken', 'entityId', 'propagated'];
const isLinked = (m: object) => { const keys = Object.keys(m); return keys.length === MENTION_FIELDS.length && keys.every((k, i) => k === MENTION_FIELDS[i]); };

/** The same mention moved by dT tokens and dC characters, its entity's id aside (every other field compared). */
function sameMention(a: MentionEntry, b: MentionEntry | undefined, dT: number, dC: number, linked: boolean): boolean {
  if (!b || b.endToken !== a.endToken + dT) return false;
  if (linked) {
    const x = a.m as LinkedMention, y = b.m as LinkedMention;
    return y.start === x.start + dC && y.end === x.end + dC && x.label === y.label && x.key === y.key && x.confidence === y.confidence &&
      x.firstToken === y.firstToken && x.lastToken === y.lastToken && x.propagated === y.propagated;
  }
  const x = a.m as Record<string, unknown>, y = b.m as Record<string, unknown>;
  let n = 0;
  for (const key in x) {
    n++;
    if (key === 'start' || key === 'end') { if (y[key] !== (x[key] as number) + dC) return false; }
    else if (key !== 'entityId' && x[key] !== y[key]) return false;
  }
  for (const key in y) if (key) n--;
  return n === 0;
}

/**
 * How this version relates to the last one: the token stretches whose reading changed (the lines around the edit,
 * and every mention that linking changed anywhere), the pairs both versions share at either end, and the moves.
 */
export class AttributionPlan implements Moves {
  /** Changed token stretches of this version, [from, to) sorted and disjoint. */
  private readonly dirty: number[] = [];
  /** Tokens before `head` are the last version's; from `tail` on, the last version's moved by dT (from `tail - dT` there). */
  readonly head: number;
  readonly tail: number;
  readonly dT: number;
  private readonly dC: number;
  private readonly cP: number;
  private readonly sufOld: number;
  private readonly tokKeep: number;
  private readonly tokMoveOld: number;
  /**
   * Entity ids of the last version → this one's, read from the mentions both have where the edit left them: ids are
   * numbered in order of first mention, so a name added early renumbers every later entity (one to one, or the
   * mentions count as changed).
   */
  private readonly ids = new IdMap();
  private readonly idsBack = new IdMap();
  /** Pairs equal at the start (P) and at the end (S) of both versions. */
  readonly P: number;
  readonly S: number;

  constructor(private readonly last: Version, text: string, tokens: number, tokenAt: (offset: number) => number, mentionAt: Mentions, pairs: readonly QuotePair[], boundary: (k: number) => boolean) {
    const old = last.text;
    const min = Math.min(old.length, text.length);
    const cP = commonPrefix(old, text, min);
    const cS = commonSuffix(old, text, min - cP);
    this.cP = cP;
    this.dC = text.length - old.length;
    this.dT = tokens - last.tokens;
    this.sufOld = old.length - cS;
    // Token counterparts (finer than the sentences: what a quotation's memory points at moves with the characters).
    this.tokKeep = Math.max(0, tokenAt(Math.max(0, cP - MARGIN)) - 1);
    this.tokMoveOld = tokenAt(Math.min(text.length, text.length - cS + MARGIN)) - this.dT;
    // The sentences around the change (a one-line article's lines are the whole article), holding every token whose
    // counterpart is not found: each reader's reads are noted, so an unchanged token outside needs no wider margin.
    this.head = Math.min(this.tokKeep, sentencesBefore(boundary, Math.max(0, tokenAt(cP) - 1)));
    this.tail = Math.max(this.head, this.tokMoveOld + this.dT, sentencesAfter(boundary, tokenAt(text.length - cS), tokens));
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

  /** An entity id of the last version here: null when no mention tells it. */
  id(x: string | undefined): string | undefined | null {
    return x === undefined ? undefined : this.ids.get(x) ?? null;
  }

  private sameIds(a: MentionEntry, b: MentionEntry): boolean {
    const x = (a.m as { entityId?: string }).entityId, y = (b.m as { entityId?: string }).entityId;
    if (x === undefined || y === undefined) return x === y;
    const was = this.ids.get(x), back = this.idsBack.get(y);
    if (was === undefined && back === undefined) { this.ids.set(x, y); this.idsBack.set(y, x); return true; }
    return was === y && back === x;
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

  /**
   * Tokens [from, to) of this version count as changed from here on (kept sorted and disjoint): where the speaker
   * memory now differs from the last version's, so a later pair that read there is attributed again.
   */
  markChanged(from: number, to: number): void {
    const d = this.dirty;
    // The first stretch ending at or after from, and the first starting after to: those between merge with [from, to).
    let a = 0, b = d.length >> 1;
    while (a < b) { const mid = (a + b) >> 1; if (d[2 * mid + 1] < from) a = mid + 1; else b = mid; }
    let e = a;
    while (e < d.length >> 1 && d[2 * e] <= to) e++;
    const lo = e > a ? Math.min(from, d[2 * a]) : from, hi = e > a ? Math.max(to, d[2 * e - 1]) : to;
    d.splice(2 * a, 2 * (e - a), lo, hi);
  }

  /** This version's tokens where the last version's are not found again (tok() is NaN there), with the lines around them. */
  changedTokens(): { from: number; to: number } {
    return { from: Math.min(this.head, this.tokKeep), to: Math.max(this.tail, this.tokMoveOld + this.dT) };
  }

  /** Mentions linking changed (an entity's id, a label, a propagated name), before and after the edited lines. */
  private mentionChanges(now: Mentions): void {
    const { head, dT, dC } = this;
    const before = this.last.mentionAt;
    const tailOld = this.tail - dT;
    // Mentions as linking.ts makes them (one built elsewhere would show other fields): then compared field by field by name.
    let linked = true;
    const first = (map: Mentions) => { let m: object | undefined; map.forEach((v) => { m ??= v.m; }); return m; };
    for (const m of [first(before), first(now)]) if (m && !isLinked(m)) linked = false;
    before.forEach((v, k) => {
      if (k < head) { const n = now.get(k); if (!sameMention(v, n, 0, 0, linked) || !this.sameIds(v, n!)) this.addDirty(k, Math.max(v.endToken, n?.endToken ?? 0, k + 1)); }
      else if (k >= tailOld) { const n = now.get(k + dT); if (!sameMention(v, n, dT, dC, linked) || !this.sameIds(v, n!)) this.addDirty(k + dT, Math.max(v.endToken + dT, n?.endToken ?? 0, k + dT + 1)); }
    });
    now.forEach((v, k) => {
      if (k < head ? !before.has(k) : k >= this.tail && !before.has(k - dT)) this.addDirty(k, Math.max(v.endToken, k + 1));
    });
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

  /** `boundary(k)`: a sentence starts at token k (the speaker document's, read untracked). */
  plan(text: string, tokens: number, tokenAt: (offset: number) => number, mentionAt: Mentions, pairs: readonly QuotePair[], boundary: (k: number) => boolean): AttributionPlan | undefined {
    return this.last && new AttributionPlan(this.last, text, tokens, tokenAt, mentionAt, pairs, boundary);
  }

  /** The last version's relay cues (speakerSearch.ts), to be moved by the plan. */
  relays(): number[] | undefined {
    return this.last?.relays;
  }

  keep(text: string, tokens: number, mentionAt: Mentions, records: PairRecord[], relays: number[]): void {
    this.last = { text, tokens, mentionAt, records, relays };
  }
}
