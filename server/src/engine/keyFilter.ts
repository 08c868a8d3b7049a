// A cheap first test before probing a fixed word table: most words share no (length, last two letters) with any key and are turned away.

function slot(s: string, mask: number): number {
  const n = s.length;
  if (n === 0) return 0;
  return (Math.imul(Math.imul(s.charCodeAt(n - 1), 61) + (n > 1 ? s.charCodeAt(n - 2) : 0), 31) + n) & mask;
}

/**
 * Says "no" only for strings that are certainly not among the keys it was built from; "maybe" sends the
 * caller to the table itself, so a lookup behind it answers exactly as without it. The keys must not change.
 * About 64 bits per key (at most 4 KB): small enough to stay in cache, sparse enough that most words hit a 0.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  constructor(keys: Iterable<string>) {
    const list = [...keys];
    let size = 1024;
    while (size < list.length * 64 && size < 1 << 15) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
    for (const k of list) { const b = slot(k, this.mask); this.bits[b >>> 5] |= 1 << (b & 31); }
  }
  mayHave(s: string): boolean {
    const b = slot(s, this.mask);
    return (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** A fixed word set asked once per token: the filter answers most questions, the set the rest. */
export class FilteredSet {
  private readonly filter: KeyFilter;
  constructor(private readonly words: ReadonlySet<string>) { this.filter = new KeyFilter(words); }
  has(s: string): boolean {
    return this.filter.mayHave(s) && this.words.has(s);
  }
}
