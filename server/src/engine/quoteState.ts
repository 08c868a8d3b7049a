// What attributing one quotation adds to the document's speaker memory, and how that and its result move to a new version.
import type { Quotation } from './quotations';
import type { Subject } from './speakerPhrase';

/**
 * One change to what later quotations read (names, who spoke in a sentence, who was heard, a sentence's subject with
 * the tokens it was read from, a person a title introduced, a person named without a tagged entity), in the order made.
 * Replayed in order they give the same memory.
 */
export type Mutation =
  | { k: 'name'; at: number }
  | { k: 'spoke' | 'heard'; at: number; s: Subject }
  | { k: 'sentence'; at: number; s: Subject | null; lo: number; hi: number }
  | { k: 'introduced'; s: Subject; tok: number; words: Set<string> }
  | { k: 'named'; s: Subject };

/** Where a character offset and a token index of the last version are in this one: NaN where the edit changed them. */
export interface Moves {
  char(c: number): number;
  tok(t: number): number;
  /** An entity's id here (ids are numbered in order of first mention): null when unknown. */
  id(x: string | undefined): string | undefined | null;
}

const gone = (x: number | undefined) => x !== undefined && Number.isNaN(x);

/** A copy of a string that holds no larger one (a slice of the document keeps that whole version alive). */
const own = (s: string) => (' ' + s).slice(1);

/**
 * What a pair's record keeps, made to hold no version's text: a name read from the document is a slice of it, and
 * a record reused from version to version would keep every version it was read in (2 MB per edit at 1 M characters).
 * (Strings replaced by equal ones, in place: the objects are shared by the analysis.)
 */
export function keepable(out: Quotation | undefined, muts: readonly Mutation[]): void {
  if (out?.speaker) out.speaker.text = own(out.speaker.text);
  for (const m of muts) if ((m.k !== 'name') && m.s) m.s.text = own(m.s.text);
}

export function moveSubject(s: Subject, mv: Moves): Subject | undefined {
  const start = mv.char(s.start), end = mv.char(s.end);
  const titleFrom = s.titleFrom === undefined ? undefined : mv.tok(s.titleFrom);
  const entityId = mv.id(s.entityId);
  if (gone(start) || gone(end) || gone(titleFrom) || entityId === null) return undefined;
  if (start === s.start && end === s.end && titleFrom === s.titleFrom && entityId === s.entityId) return s;
  const moved: Subject = { ...s, start, end };
  if (titleFrom !== undefined) moved.titleFrom = titleFrom;
  if (entityId !== undefined) moved.entityId = entityId;
  return moved;
}

/** The quotation at its place in this version (the same object when nothing moved), or undefined when it cannot be moved. */
export function moveQuotation(q: Quotation, mv: Moves): Quotation | undefined {
  const start = mv.char(q.start), end = mv.char(q.end), contentStart = mv.char(q.contentStart), contentEnd = mv.char(q.contentEnd);
  const sp = q.speaker;
  const spStart = sp?.start === undefined ? undefined : mv.char(sp.start);
  const spEnd = sp?.end === undefined ? undefined : mv.char(sp.end);
  const spId = mv.id(sp?.entityId);
  if (gone(start) || gone(end) || gone(contentStart) || gone(contentEnd) || gone(spStart) || gone(spEnd) || spId === null) return undefined;
  if (start === q.start && end === q.end && spStart === sp?.start && spEnd === sp?.end && spId === sp?.entityId) return q;
  const speaker = sp && { ...sp, entityId: spId, start: spStart, end: spEnd };
  return { start, end, contentStart, contentEnd, speaker, confidence: q.confidence, depth: q.depth };
}

export function moveMutation(m: Mutation, mv: Moves): Mutation | undefined {
  switch (m.k) {
    case 'name': { const at = mv.tok(m.at); return gone(at) ? undefined : at === m.at ? m : { k: 'name', at }; }
    case 'spoke': case 'heard': {
      const at = mv.tok(m.at), s = moveSubject(m.s, mv);
      return gone(at) || !s ? undefined : at === m.at && s === m.s ? m : { k: m.k, at, s };
    }
    case 'sentence': {
      const at = mv.tok(m.at), lo = mv.tok(m.lo), hi = mv.tok(m.hi), s = m.s && moveSubject(m.s, mv);
      return gone(at) || gone(lo) || gone(hi) || s === undefined ? undefined : at === m.at && lo === m.lo && hi === m.hi && s === m.s ? m : { k: 'sentence', at, s, lo, hi };
    }
    case 'introduced': {
      const tok = mv.tok(m.tok), s = moveSubject(m.s, mv);
      return gone(tok) || !s ? undefined : tok === m.tok && s === m.s ? m : { k: 'introduced', s, tok, words: m.words };
    }
    case 'named': { const s = moveSubject(m.s, mv); return !s ? undefined : s === m.s ? m : { k: 'named', s }; }
  }
}

function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (x[key] !== y[key]) return false;
  return true;
}

const sameSubject = (a: Subject | null, b: Subject | null) => a === b || (!!a && !!b && sameFields(a, b));

function sameMutation(a: Mutation, b: Mutation): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'name': return a.at === (b as typeof a).at;
    case 'spoke': case 'heard': { const c = b as typeof a; return a.at === c.at && sameSubject(a.s, c.s); }
    case 'sentence': { const c = b as typeof a; return a.at === c.at && a.lo === c.lo && a.hi === c.hi && sameSubject(a.s, c.s); }
    case 'introduced': {
      const c = b as typeof a;
      return a.tok === c.tok && sameSubject(a.s, c.s) && a.words.size === c.words.size && [...a.words].every((w) => c.words.has(w));
    }
    case 'named': return sameSubject(a.s, (b as typeof a).s);
  }
}

/** Whether `now` (this version's) changes the memory as `before` (the last version's, moved here) did. */
export function sameMutations(now: readonly Mutation[], before: readonly Mutation[], mv: Moves): boolean {
  if (now.length !== before.length) return false;
  for (let i = 0; i < now.length; i++) {
    const m = moveMutation(before[i], mv);
    if (!m || !sameMutation(now[i], m)) return false;
  }
  return true;
}
