// How many of a version's paragraphs read each map key (by the key's hash, as Linked.queried holds them): after an edit
// the relink check looks at the paragraphs only when a kept one read a changed key, not at every paragraph each time.

/** Slots used (live or emptied) above this share of the table: grown, or compacted when most are emptied. */
const MAX_LOAD = 0.5;

/** An open-addressing table of 32-bit key hashes to counts (typed arrays: a Map of ~100,000 numbers was several MB). */
export class QueryCounts {
  private keys = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private used = new Uint8Array(1024);
  /** Slots taken (some may hold a count of 0 now), and those with a count above 0. */
  private taken = 0;
  private live = 0;

  /** The slot of `h`, or the empty slot where it would go (linear probing; the table is never full). */
  private slot(h: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (this.used[i] && this.keys[i] !== h) i = (i + 1) & mask;
    return i;
  }

  /** How many paragraphs counted hold `h`. */
  get(h: number): number {
    const i = this.slot(h);
    return this.used[i] ? this.counts[i] : 0;
  }

  /** Counts one paragraph's hashes (sorted, unique) in (`sign` 1) or out (-1). */
  add(hashes: Int32Array, sign: 1 | -1): void {
    for (let x = 0; x < hashes.length; x++) {
      const h = hashes[x];
      let i = this.slot(h);
      if (!this.used[i]) {
        if (sign < 0) continue;
        if (this.taken + 1 > this.keys.length * MAX_LOAD) { this.resize(); i = this.slot(h); }
        this.used[i] = 1; this.keys[i] = h; this.counts[i] = 0; this.taken++;
      }
      const before = this.counts[i];
      this.counts[i] = before + sign;
      if (before === 0) this.live++; else if (before + sign === 0) this.live--;
    }
  }

  /** Rehashed with the emptied slots dropped: doubled when the live ones fill over a quarter of it. */
  private resize(): void {
    const { keys, counts, used } = this;
    const size = this.live + 1 > keys.length * MAX_LOAD / 2 ? keys.length * 2 : keys.length;
    this.keys = new Int32Array(size); this.counts = new Int32Array(size); this.used = new Uint8Array(size);
    this.taken = 0;
    for (let i = 0; i < keys.length; i++) {
      if (!used[i] || counts[i] === 0) continue;
      const j = this.slot(keys[i]);
      this.used[j] = 1; this.keys[j] = keys[i]; this.counts[j] = counts[i]; this.taken++;
    }
  }
}
