// The stretch of tokens one quotation's attribution read: what tells whether an edit elsewhere can change its speaker.
import type { SpeakerDoc } from './speakerPhrase';
import type { TokenLookup } from './tokenMap';
import type { TokenList } from './tokenView';

/**
 * The lowest and highest token index read since the last reset. Every read of the speaker document goes through it
 * (trackedDoc below); cached values read once for several quotations keep the span they were computed from (span())
 * and count it again on every use, so a quotation that reuses one is known to depend on what it read.
 */
export class Reads {
  lo = Infinity;
  hi = -Infinity;

  reset(): void {
    this.lo = Infinity;
    this.hi = -Infinity;
  }

  touch(k: number): void {
    if (k < this.lo) this.lo = k;
    if (k > this.hi) this.hi = k;
  }

  merge(lo: number, hi: number): void {
    if (lo < this.lo) this.lo = lo;
    if (hi > this.hi) this.hi = hi;
  }

  /** f()'s value and the tokens it read (which also count as read by the caller). */
  span<T>(f: () => T): { value: T; lo: number; hi: number } {
    const lo = this.lo, hi = this.hi;
    this.reset();
    const value = f();
    const r = { value, lo: this.lo, hi: this.hi };
    this.lo = lo;
    this.hi = hi;
    this.merge(r.lo, r.hi);
    return r;
  }
}

function trackedLookup<V>(map: TokenLookup<V>, reads: Reads): TokenLookup<V> {
  return {
    get: (k) => { reads.touch(k); return map.get(k); },
    has: (k) => { reads.touch(k); return map.has(k); },
    // Only the title look-back iterates the persons, and it says which ones it read (speakerMemory.ts).
    [Symbol.iterator]: () => map[Symbol.iterator](),
  };
}

/** The same document, each token, boundary and mention read noted in `reads`. */
export function trackedDoc(doc: SpeakerDoc, reads: Reads): SpeakerDoc {
  const inner = doc.tokens;
  const tokens: TokenList = { get length() { return inner.length; }, tok: (k) => { reads.touch(k); return inner.tok(k); } };
  // A boundary reads the tokens on both sides and the text between them.
  const boundary = (i: number) => { reads.touch(i - 1); reads.touch(i); return doc.boundary(i); };
  return { tokens, text: doc.text, personAt: trackedLookup(doc.personAt, reads), mentionAt: trackedLookup(doc.mentionAt, reads), boundary, longNames: doc.longNames };
}
