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

function candidates(w: string): Array<{ prefix: string; stem: string }> {
  const out: Array<{ prefix: string; stem: string }> = [];
  for (const c of ['', ...CONJ]) {
    if (!w.startsWith(c)) continue;
    for (const p of ['', ...PREP]) {
      const prefix = c + p;
      if (!prefix || !w.startsWith(prefix)) continue;
      out.push({ prefix, stem: w.slice(prefix.length) });
    }
  }
  // ل + ال contracts to لل: للصين is ل + الصين.
  for (const c of ['', ...CONJ]) {
    const prefix = c + 'ل';
    if (w.startsWith(prefix + 'ل') && w.length - prefix.length >= 4) out.push({ prefix, stem: 'ا' + w.slice(prefix.length) });
  }
  return out;
}

function stripArticle(stem: string): string {
  return stem.startsWith('ال') && stem.length >= 4 ? stem.slice(2) : stem;
}

/**
 * Splits a normalised Arabic word. A letter is taken as a clitic only when the rest is
 * a better-attested word than the whole, or the rest starts with ال; so `فلسطين` and
 * `بيروت` stay whole while `وموسكو` and `بالقاهرة` lose their prefix.
 */
export function splitClitics(w: string, lex: Lexicon): CliticSplit {
  const whole = { prefix: '', stem: w, core: stripArticle(w) };
  if (w.length < 3) return whole;
  const fullFreq = lex.freq(w);
  let best: { prefix: string; stem: string; score: number } | undefined;
  for (const cand of candidates(w)) {
    const { prefix, stem } = cand;
    if (stem.length < 2) continue;
    let score = 0;
    if (stem.startsWith('ال') && stem.length >= 5) score = 1e6 + lex.freq(stem);
    else {
      const f = lex.freq(stem);
      // The remainder must be clearly more common than the whole token.
      if (f > 2 * fullFreq + 1 && stem.length >= 3) score = f;
    }
    if (score > 0 && (!best || score > best.score || (score === best.score && prefix.length > best.prefix.length))) {
      best = { prefix, stem, score };
    }
  }
  if (!best) return whole;
  return { prefix: best.prefix, stem: best.stem, core: stripArticle(best.stem) };
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
