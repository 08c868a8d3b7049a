// Ids of the form <letter><number> (e12, m345, q6, d78), each made once per number and kept for every later analysis.

/**
 * Every analysis of a large article names its entities, mentions, quotations and dates `e1…`, `m1…`, `q1…`, `d1…`
 * again (25,000 strings per edit at 1 M characters): the same numbers give the same strings, so they are made once.
 * Numbers above MAX_KEPT are made each time (a bound on what is kept: 5 M characters use about 80,000 mentions).
 */
const MAX_KEPT = 1 << 18;
const kept = new Map<string, string[]>();

/** `${prefix}${n}`, the same string object each time for n up to MAX_KEPT. */
export function numberedId(prefix: string, n: number): string {
  if (n < 0 || n > MAX_KEPT || !Number.isInteger(n)) return `${prefix}${n}`;
  let ids = kept.get(prefix);
  if (!ids) { ids = []; kept.set(prefix, ids); }
  return ids[n] ??= `${prefix}${n}`;
}
