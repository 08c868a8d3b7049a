// Separates attached proclitics (و ف ب ل ك, and ال for lookups) from Arabic words, guided by a lexicon.

/** Word frequencies over normalised forms; 0 means unknown. */
export interface Lexicon {
  freq(normWord: string): number;
}

export interface CliticSplit {
  /** Proclitics in normalised letters that an entity span must not cover (e.g. `و`, `وب`, `ل`). */
  prefix: string;
  /** The word without those proclitics, as a lookup key (`للصين` → `الصين`). */
  stem: string;
  /** The stem without the article ال. */
  core: string;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];

/** Conjunction (or none) + preposition (or none), in the order splitClitics tries them ('' is not a prefix). */
const PAIRS: string[][] = ['', ...CONJ].map((c) => ['', ...PREP].map((p) => c + p));
/** Every proclitic prefix the splitter tries (و، ب، وب، فل …). */
export const PROCLITIC_PREFIXES: readonly string[] = PAIRS.flat().filter(Boolean);
/** Conjunction (or none) + ل, which before ال contracts to لل (للصين is ل + الصين), and that لل itself. */
const LAM = ['', ...CONJ].map((c) => c + 'ل');
const LAM_LAM = LAM.map((l) => l + 'ل');

function stripArticle(stem: string): string {
  return stem.startsWith('ال') && stem.length >= 4 ? stem.slice(2) : stem;
}

/**
 * Splits a normalised Arabic word. A letter is taken as a clitic only when the rest is
 * a better-attested word than the whole, or the rest starts with ال; so `فلسطين` and
 * `بيروت` stay whole while `وموسكو` and `بالقاهرة` lose their prefix. `fullFreq`: `lex.freq(w)`, when the caller has it.
 */
export function splitClitics(w: string, lex: Lexicon, fullFreq?: number): CliticSplit {
  if (w.length < 3) return { prefix: '', stem: w, core: stripArticle(w) };
  fullFreq ??= lex.freq(w);
  // The candidates in a fixed order (each conjunction with each preposition, then the لل readings); the
  // first best one wins, a longer prefix on a tie. No list or pair object per word: this runs on every new word.
  let bestPrefix = '';
  let bestStem = '';
  let bestScore = 0;
  const consider = (prefix: string, stem: string): void => {
    if (stem.length < 2) return;
    let score = 0;
    if (stem.startsWith('ال') && stem.length >= 5) score = 1e6 + lex.freq(stem);
    else {
      const f = lex.freq(stem);
      // The remainder must be clearly more common than the whole token.
      if (f > 2 * fullFreq + 1 && stem.length >= 3) score = f;
    }
    if (score > 0 && (bestScore === 0 || score > bestScore || (score === bestScore && prefix.length > bestPrefix.length))) {
      bestPrefix = prefix;
      bestStem = stem;
      bestScore = score;
    }
  };
  for (let a = 0; a < PAIRS.length; a++) {
    if (a > 0 && !w.startsWith(CONJ[a - 1])) continue;
    for (const prefix of PAIRS[a]) if (prefix && w.startsWith(prefix)) consider(prefix, w.slice(prefix.length));
  }
  for (let a = 0; a < LAM.length; a++) {
    if (w.startsWith(LAM_LAM[a]) && w.length - LAM[a].length >= 4) consider(LAM[a], 'ا' + w.slice(LAM[a].length));
  }
  if (bestScore === 0) return { prefix: '', stem: w, core: stripArticle(w) };
  return { prefix: bestPrefix, stem: bestStem, core: stripArticle(bestStem) };
}

const SKIPPABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200B-\u200F\u00AD]/;

/**
 * Number of UTF-16 units in `source` that the normalised `prefix` occupies, counting the
 * diacritics and tatweel that ride on it (`بـ` is two units for one letter).
 */
export function sourcePrefixLength(source: string, prefix: string): number {
  let letters = prefix.length;
  let i = 0;
  while (i < source.length && letters > 0) {
    i++;
    letters--;
    while (i < source.length && SKIPPABLE.test(source[i])) i++;
  }
  return i;
}

/** `norm.replace(/^[وف]?[بلك]?/, '')` without the expression: a word with no clitic letter is not copied. */
export function withoutProclitics(norm: string): string {
  let k = norm[0] === 'و' || norm[0] === 'ف' ? 1 : 0;
  if (norm[k] === 'ب' || norm[k] === 'ل' || norm[k] === 'ك') k++;
  return k === 0 ? norm : norm.slice(k);
}

/** Every proclitic string withoutProclitics strips ('', و/ف, then ب/ل/ك): a form it reads as `w` is one of these + `w`. */
export const STRIPPED_PROCLITICS: readonly string[] = ['', 'و', 'ف'].flatMap((c) => ['', 'ب', 'ل', 'ك'].map((p) => c + p));

/** A stem without its article (الحكومة → حكومة); three letters keep theirs, too short to be an article and a noun (الى). */
export const withoutArticle = (w: string): string => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
