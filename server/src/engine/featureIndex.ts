// The model's feature rows, indexed by value for the per-word features: a word's rows come from two lookups of its own strings.

/**
 * Feature templates that carry a word's string (`w=` form, `c=` core, `c±d=` core of a neighbour, `pK=`/`sK=`
 * affixes). Their rows sit per value, in this order; every other feature is looked up by its full name.
 */
export const TEMPLATES = ['w=', 'c=', 'c-2=', 'c-1=', 'c1=', 'c2=', 'p1=', 's1=', 'p2=', 's2=', 'p3=', 's3='] as const;
export const T_FORM = 0;
export const T_CORE = 1;
/** `c-2=`…`c2=` follow `c=` in ROLES order (−2, −1, 1, 2). */
export const T_ROLE = 2;
/** `pK=` is at T_AFFIX + 2(K−1), `sK=` right after it. */
export const T_AFFIX = 6;
const N = TEMPLATES.length;

export interface FeatureIndex {
  /** Value string → slot; a slot holds one row (or −1) per template. */
  slots: Map<string, number>;
  rows: Int32Array;
  /** Features of no template, by full name. */
  other: Map<string, number>;
}

const C = (s: string) => s.charCodeAt(0);
const EQ = C('=');

/** Template of feature `f` as `index * 16 + where its value starts`, or −1. Reads char codes: no slicing per feature. */
function templateOf(f: string): number {
  const a = f.charCodeAt(0);
  const b = f.charCodeAt(1);
  if (a === C('w')) return b === EQ ? T_FORM * 16 + 2 : -1;
  if (a === C('c')) {
    if (b === EQ) return T_CORE * 16 + 2;
    const d = f.charCodeAt(2);
    if (b === C('-') && f.charCodeAt(3) === EQ && (d === C('2') || d === C('1'))) return (d === C('2') ? T_ROLE : T_ROLE + 1) * 16 + 4;
    if ((b === C('1') || b === C('2')) && d === EQ) return (b === C('1') ? T_ROLE + 2 : T_ROLE + 3) * 16 + 3;
    return -1;
  }
  if ((a === C('p') || a === C('s')) && b >= C('1') && b <= C('3') && f.charCodeAt(2) === EQ) {
    return (T_AFFIX + 2 * (b - C('1')) + (a === C('s') ? 1 : 0)) * 16 + 3;
  }
  return -1;
}

export function buildFeatureIndex(features: readonly string[]): FeatureIndex {
  const slots = new Map<string, number>();
  const other = new Map<string, number>();
  let rows = new Int32Array(N * 4096).fill(-1);
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const t = templateOf(f);
    if (t < 0) { other.set(f, i); continue; }
    const value = f.slice(t & 15);
    let slot = slots.get(value);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(value, slot);
      if ((slot + 1) * N > rows.length) { const grown = new Int32Array(rows.length * 2).fill(-1); grown.set(rows); rows = grown; }
    }
    rows[slot * N + (t >> 4)] = i;
  }
  return { slots, rows: rows.slice(0, slots.size * N), other };
}

/** Row of feature `f` (−1 when unknown), the same answer as a map over full names. */
export function indexRow(ix: FeatureIndex, f: string): number {
  const t = templateOf(f);
  if (t < 0) return ix.other.get(f) ?? -1;
  const slot = ix.slots.get(f.slice(t & 15));
  return slot === undefined ? -1 : ix.rows[slot * N + (t >> 4)];
}

/** Base of `value`'s rows in `ix.rows` (add a template index), or −1 when no feature has that value. */
export function slotBase(ix: FeatureIndex, value: string): number {
  const slot = ix.slots.get(value);
  return slot === undefined ? -1 : slot * N;
}
