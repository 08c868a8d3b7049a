// The model's feature rows in an open-addressing hash table keyed by name, probed with a name's parts
// (`w=` + a word's form) so scoring a new word builds no feature strings.
import type { FeatureNames } from './modelBytes';
import { FNV_OFFSET, hashChars, hashRange } from './fnvHash';

export interface FeatureIndex {
  /** Row of the feature named `prefix` + `value.slice(start, end)`, or −1; no string is built. */
  rowOf(prefix: string, value: string, start?: number, end?: number): number;
}

/** A FeatureTable's arrays, to use the same table in another thread. */
export interface FeatureTableParts { slots: Int32Array; chars: Uint16Array; starts: Int32Array }


/** The names' code units one after the other. */
function nameList(names: readonly string[], shared: boolean): FeatureNames {
  let total = 0;
  for (const f of names) total += f.length;
  const chars = shared ? new Uint16Array(new SharedArrayBuffer(2 * total)) : new Uint16Array(total);
  const starts = shared ? new Int32Array(new SharedArrayBuffer(4 * (names.length + 1))) : new Int32Array(names.length + 1);
  for (let r = 0, at = 0; r < names.length; r++) {
    const f = names[r];
    for (let i = 0; i < f.length; i++) chars[at + i] = f.charCodeAt(i);
    at += f.length;
    starts[r + 1] = at;
  }
  return { chars, starts };
}

function sharedCopy(names: FeatureNames): FeatureNames {
  const chars = new Uint16Array(new SharedArrayBuffer(2 * names.chars.length));
  const starts = new Int32Array(new SharedArrayBuffer(4 * names.starts.length));
  chars.set(names.chars);
  starts.set(names.starts);
  return { chars, starts };
}

/**
 * Feature names → rows, as the model file lists them (a later duplicate wins, as in a Map). Smaller and
 * faster to build than a Map of 100k strings, and probed without concatenating a name per lookup. The names
 * are kept as UTF-16 code units in one array (a JS string each cost twice as much: header, and the list).
 */
export class FeatureTable implements FeatureIndex {
  /**
   * Per slot, two numbers side by side: row + 1 (0: empty), then the full hash of the row's name, so a probe that
   * meets another name is turned away without reading that name (a new word's lookups are misses). Side by side,
   * a probe reads one cache line of this 2 MB table, not one in each of two.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Every row's name, one after the other; row r's is `chars[starts[r]]` up to `chars[starts[r + 1]]`. */
  private readonly chars: Uint16Array;
  private readonly starts: Int32Array;

  /**
   * From the model file's names (as strings, or already as one array of code units: FeatureNames in modelBytes.ts), its
   * arrays in shared memory when `shared` (so other worker threads can use this table without building their own, see
   * SharedTables in model.ts); or from another table's `parts()`.
   */
  constructor(names: readonly string[] | FeatureNames | FeatureTableParts, shared = false) {
    if (!Array.isArray(names) && 'slots' in names) {
      const parts = names as FeatureTableParts;
      this.slots = parts.slots;
      this.mask = parts.slots.length / 2 - 1;
      this.chars = parts.chars;
      this.starts = parts.starts;
      return;
    }
    const list = Array.isArray(names) ? nameList(names as readonly string[], shared) : shared ? sharedCopy(names as FeatureNames) : (names as FeatureNames);
    this.chars = list.chars;
    this.starts = list.starts;
    const rows = list.starts.length - 1;
    let size = 1024;
    while (size < rows * 2) size *= 2;
    this.slots = shared ? new Int32Array(new SharedArrayBuffer(8 * size)) : new Int32Array(2 * size);
    this.mask = size - 1;
    const { chars, starts, slots } = this;
    for (let r = 0; r < rows; r++) {
      const h = hashChars(FNV_OFFSET, chars, starts[r], starts[r + 1]) | 0;
      let k = h & this.mask;
      // A slot of another name is passed on its hash alone; one of the same name (a duplicate) is taken over.
      while (slots[2 * k] !== 0 && (slots[2 * k + 1] !== h || !this.sameNames(slots[2 * k] - 1, r))) k = (k + 1) & this.mask;
      slots[2 * k] = r + 1;
      slots[2 * k + 1] = h;
    }
  }

  /** The arrays the table is made of (never written once built). */
  parts(): FeatureTableParts {
    return { slots: this.slots, chars: this.chars, starts: this.starts };
  }

  /** Distinct feature names. */
  get size(): number {
    let n = 0;
    for (let k = 0; k < this.slots.length; k += 2) if (this.slots[k] !== 0) n++;
    return n;
  }

  row(f: string): number {
    return this.rowOf('', f);
  }

  rowOf(prefix: string, value: string, start = 0, end = value.length): number {
    const h = hashRange(hashRange(FNV_OFFSET, prefix, 0, prefix.length), value, start, end) | 0;
    let k = h & this.mask;
    for (;;) {
      const r = this.slots[2 * k] - 1;
      if (r < 0) return -1;
      if (this.slots[2 * k + 1] === h && this.is(r, prefix, value, start, end)) return r;
      k = (k + 1) & this.mask;
    }
  }

  /** Whether rows r and q have the same name. */
  private sameNames(r: number, q: number): boolean {
    const { chars, starts } = this;
    const len = starts[r + 1] - starts[r];
    if (starts[q + 1] - starts[q] !== len) return false;
    for (let i = 0, a = starts[r], b = starts[q]; i < len; i++) if (chars[a + i] !== chars[b + i]) return false;
    return true;
  }

  /** Whether row r is named `prefix` + `value.slice(start, end)`. */
  private is(r: number, prefix: string, value: string, start: number, end: number): boolean {
    const chars = this.chars;
    let at = this.starts[r];
    if (this.starts[r + 1] - at !== prefix.length + end - start) return false;
    for (let i = 0; i < prefix.length; i++, at++) if (chars[at] !== prefix.charCodeAt(i)) return false;
    for (let i = start; i < end; i++, at++) if (chars[at] !== value.charCodeAt(i)) return false;
    return true;
  }
}
