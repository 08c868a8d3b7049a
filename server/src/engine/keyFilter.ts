// A cheap first test before probing a fixed word table: most words share no (length, first two letters) and no (length, last two letters) with any key, and are turned away.

/** Bit of `s` in the first table: its length and last two code units. */
function slotEnd(s: string, mask: number): number {
  const n = s.length;
  if (n === 0) return 0;
  return (Math.imul(Math.imul(s.charCodeAt(n - 1), 61) + (n > 1 ? s.charCodeAt(n - 2) : 0), 31) + n) & mask;
}

/** Bit of `s` in the second table: its length and first two code units. */
function slotStart(s: string, mask: number): number {
  const n = s.length;
  if (n === 0) return 0;
  const h = Math.imul(s.charCodeAt(0), 0x9e3779b1) ^ Math.imul(n > 1 ? s.charCodeAt(1) : 0, 0x85ebca6b) ^ Math.imul(n, 0xc2b2ae35);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * Says "no" only for strings that are certainly not among the keys it was built from; "maybe" sends the
 * caller to the table itself, so a lookup behind it answers exactly as without it. The keys must not change.
 * Two tables of about 64 bits per key (at most 4 KB each): small enough to stay in cache, sparse enough that
 * most words hit a 0 in one. Arabic words share their endings (ه، ات، ين) and their starts (ال، و) widely:
 * with the end alone, a third of the words of news passed a filter of a thousand keys; each table turns away
 * those the other lets through.
 */
export class KeyFilter {
  private readonly ends: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly mask: number;
  constructor(keys: Iterable<string>) {
    const list = [...keys];
    let size = 1024;
    while (size < list.length * 64 && size < 1 << 15) size *= 2;
    this.ends = new Uint32Array(size >>> 5);
    this.starts = new Uint32Array(size >>> 5);
    this.mask = size - 1;
    for (const k of list) {
      const e = slotEnd(k, this.mask);
      this.ends[e >>> 5] |= 1 << (e & 31);
      const s = slotStart(k, this.mask);
      this.starts[s >>> 5] |= 1 << (s & 31);
    }
  }
  mayHave(s: string): boolean {
    const e = slotEnd(s, this.mask);
    if ((this.ends[e >>> 5] & (1 << (e & 31))) === 0) return false;
    const b = slotStart(s, this.mask);
    return (this.starts[b >>> 5] & (1 << (b & 31))) !== 0;
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
