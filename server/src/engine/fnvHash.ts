// FNV-1a over UTF-16 code units: the one string hash of the feature table and of linking's record of the keys it read.

/** The hash of no code unit, where every hash starts. */
export const FNV_OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s` from `from` to `to`, continuing from `h`. */
export function hashRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

/** FNV-1a over `chars` from `from` to `to`: the same value as hashRange over the string of those code units. */
export function hashChars(h: number, chars: Uint16Array, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ chars[i], PRIME);
  return h;
}
