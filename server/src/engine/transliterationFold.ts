// Folds the spelling variants of transliterated foreign names to one key, so lists find `جوتيريس` as `غوتيريش`.

/** Code unit → folded letter, or -1 when the letter stays. */
const FOLD = new Int32Array(0x700).fill(-1);
for (const [from, to] of Object.entries({ 'غ': 'ج', 'ق': 'ج', 'ك': 'ج', 'ط': 'ت', 'ص': 'س', 'ث': 'س', 'ض': 'د', 'ذ': 'ز', 'ظ': 'ز', 'ه': 'ا' })) {
  FOLD[from.charCodeAt(0)] = to.charCodeAt(0);
}
/** The long vowels ا و ي, dropped after a word's first letter. */
const ALEF = 'ا'.charCodeAt(0);
const WAW = 'و'.charCodeAt(0);
const YEH = 'ي'.charCodeAt(0);
const FOLD_BUF = new Uint16Array(256);

/**
 * Folds the spelling variants of transliterated names (`فلاديمير زيلينسكي` / `فولوديمير زيلنسكي`,
 * `غوتيريش` / `جوتيريس`): ج/غ/ق/ك, ت/ط, س/ص/ث, د/ض, ز/ذ/ظ one letter each; long vowels
 * (ا و ي, and ه folded to ا) dropped after the first letter; doubled letters once. Input is already normalised.
 */
export function foldTransliteration(word: string): string {
  // Every new word is folded (its stem at least): letters go to a scratch buffer, made into one flat string.
  const out = word.length <= FOLD_BUF.length ? FOLD_BUF : new Uint16Array(word.length);
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c < FOLD.length && FOLD[c] >= 0) c = FOLD[c];
    if (i > 0 && (c === ALEF || c === WAW || c === YEH)) continue;
    if (n > 0 && out[n - 1] === c) continue;
    out[n++] = c;
  }
  if (n <= 4096) return String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]);
  // A "word" can be a whole line of digits or letters: passing it all at once overflows the stack.
  let s = '';
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return s;
}

