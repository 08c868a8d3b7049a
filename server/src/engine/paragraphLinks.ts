// One paragraph's linking, kept between versions with the map keys it read: a paragraph whose keys kept their state is not linked again.
import { Entry, propagate } from './linking';
import { LinkIndex } from './linkIndex';
import { paragraphTags } from './paragraphTokens';
import { groupKey, keptLabel } from './repeatSlots';
import type { LineSpans, Tagged } from './spanIndex';
import { EntityLabel } from './tagger';
import { FNV_OFFSET, hashRange } from './fnvHash';

/** One paragraph's linked mentions (in its tagging's frame, sorted), with every map key its linking read. */
export interface Linked {
  /** The `base` of the tagging its entries were linked from (their offsets are in that frame). */
  frame: number;
  entries: Entry[];
  labels: EntityLabel[];
  /** The canonical key of each entry (its entity), with its label after U+0001 when it kept its own (repeatSlots.ts groupKey). */
  keys: string[];
  /**
   * The hashes (keyHash) of every map key its linking read, sorted, unique: a change of any of these keys' states means
   * linking this paragraph again. Hashes, not the keys: sorting a paragraph's hundred-odd keys as strings was most of
   * linking's own time on a first open; a collision only links a paragraph again, which gives the same links.
   */
  queried: Int32Array;
  /** Two entries start at one offset: their order is their entities' order of first mention. */
  ties: boolean;
  /** Its spans relative to the line, once asked for (not when `ties`: their order depends on other paragraphs). */
  line?: LineSpans;
}

/** More changed keys than this: every paragraph is linked again (cheaper than checking each). */
export const MAX_CHANGED_KEYS = 64;

/** A map key's 32-bit FNV-1a hash. */
const keyHash = (k: string): number => hashRange(FNV_OFFSET, k, 0, k.length);

/** The hashes of changed keys, for hasAny (made once per version, not per paragraph). */
export const keyHashes = (keys: Set<string>): Int32Array => Int32Array.from(keys, keyHash);

/** Whether a paragraph's `queried` hashes hold any of `hashes`. */
export const hasAny = (sorted: Int32Array, hashes: Int32Array) => {
  for (let x = 0; x < hashes.length; x++) {
    const k = hashes[x];
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < k) lo = mid + 1; else hi = mid; }
    if (lo < sorted.length && sorted[lo] === k) return true;
  }
  return false;
};

/**
 * The distinct hashes a linking read, in an open-addressed table: a paragraph reads the same keys over and over, and a
 * list of every read sorted at the end was a whole-line sort per edit of a one-line article (~300,000 reads, a few
 * thousand distinct).
 */
export class SeenHashes {
  private table = new Int32Array(64);
  private used = new Uint8Array(64);
  private count = 0;

  add(h: number): void {
    let mask = this.table.length - 1;
    let i = (h ^ (h >>> 15)) & mask;
    while (this.used[i]) { if (this.table[i] === h) return; i = (i + 1) & mask; }
    this.table[i] = h;
    this.used[i] = 1;
    // Half full at most: a longer probe is rare.
    if (++this.count * 2 > this.table.length) {
      const { table, used } = this;
      this.table = new Int32Array(2 * table.length);
      this.used = new Uint8Array(2 * table.length);
      mask = this.table.length - 1;
      for (let k = 0; k < table.length; k++) {
        if (!used[k]) continue;
        let j = (table[k] ^ (table[k] >>> 15)) & mask;
        while (this.used[j]) j = (j + 1) & mask;
        this.table[j] = table[k];
        this.used[j] = 1;
      }
    }
  }

  /** The hashes sorted numerically (natively), each once. */
  sorted(): Int32Array {
    const out = new Int32Array(this.count);
    for (let k = 0, n = 0; k < this.table.length; k++) if (this.used[k]) out[n++] = this.table[k];
    return out.sort();
  }
}

export function link(r: Tagged, maps: LinkIndex, count: (norm: string) => number): Linked {
  // Every key read, as its hash, each once.
  const seen = new SeenHashes();
  const { canonical, labelOf } = maps;
  const votes = { has: maps.has };
  // Token objects made for this linking only: the kept tagging has none (paragraphTokens.ts).
  const entries = propagate(paragraphTags(r.words, r.base, r.mentions), {
    canonical: { has: (k) => { seen.add(keyHash(k)); return canonical.has(k); }, get: (k) => { seen.add(keyHash(k)); return canonical.get(k); } },
    votes: { has: (k) => { seen.add(keyHash(k)); return votes.has(k); } },
    labelOf,
    count,
  });
  // Sorted by start, stably, as linkEntities sorts the document's mentions (paragraphs never overlap).
  entries.sort((a, b) => a.m.start - b.m.start);
  const canon = entries.map((x) => { seen.add(keyHash(x.m.key)); return canonical.get(x.m.key) ?? x.m.key; });
  // As linkEntities groups them: a place or body that kept its own label is an entity apart (repeatSlots.ts).
  const labels = entries.map((x, i) => keptLabel(x.m.label, x.propagated, labelOf(canon[i]), maps.defined(canon[i])));
  const keys = canon.map((k, i) => groupKey(k, labels[i], labelOf(k)));
  let ties = false;
  for (let i = 1; i < entries.length; i++) if (entries[i].m.start === entries[i - 1].m.start && keys[i] !== keys[i - 1]) ties = true;
  return { frame: r.base, entries, labels, keys, queried: seen.sorted(), ties };
}
