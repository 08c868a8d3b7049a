// Entity ids of one version mapped to another's (the attribution plan's renumbering), without hashing the usual ids.
/** The number of an entity id `e<N>` as linking numbers them (N from 1, no leading zero, below a million); -1 for any other string. */
function idNumber(id: string): number {
  const n = id.length;
  if (n < 2 || n > 7 || id.charCodeAt(0) !== 101 || id.charCodeAt(1) === 48) return -1;
  let v = 0;
  for (let i = 1; i < n; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Entity ids to entity ids, as a Map of strings answers: ids `e<N>` (all that linking makes) by their number in an
 * array, so comparing two versions' ~15,000 mentions at 1 M characters hashes no string and grows no hash table.
 */
export class IdMap {
  private readonly byNumber: Array<string | undefined> = [];
  private readonly other = new Map<string, string>();
  get(id: string): string | undefined {
    const n = idNumber(id);
    return n >= 0 ? this.byNumber[n] : this.other.get(id);
  }
  set(id: string, value: string): void {
    const n = idNumber(id);
    if (n < 0) { this.other.set(id, value); return; }
    // Filled up to n first: numbered in order of first mention, ids come nearly in order, and a gap would make the array sparse.
    while (this.byNumber.length < n) this.byNumber.push(undefined);
    this.byNumber[n] = value;
  }
}
