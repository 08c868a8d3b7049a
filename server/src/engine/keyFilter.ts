// A cheap first test before probing a fixed word table: most words share no (length, last two letters) with any key and are turned away.

/** Bits in a filter (4 KB): few enough to stay in cache, enough that most words land on an empty one. */
const BITS = 1 << 15;

function slot(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  return (Math.imul(Math.imul(s.charCodeAt(n - 1), 61) + (n > 1 ? s.charCodeAt(n - 2) : 0), 31) + n) & (BITS - 1);
}

/**
 * Says "no" only for strings that are certainly not among the keys it was built from; "maybe" sends the
 * caller to the table itself, so a lookup behind it answers exactly as without it. The keys must not change.
 */
export class KeyFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);
  constructor(keys: Iterable<string>) {
    for (const k of keys) { const b = slot(k); this.bits[b >>> 5] |= 1 << (b & 31); }
  }
  mayHave(s: string): boolean {
    const b = slot(s);
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}
