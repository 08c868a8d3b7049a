// A foreign name the tagger stopped before its particles takes them and the surname after them (ماريسول [دي لا كروز]).
import { insideTag, isInside, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { hasMark, NOT_NAME_LISTS } from './nameMarks';

const I_PERS = insideTag('PERS');
/**
 * Particles that open a surname of Romance, Portuguese or German names. Not فان, which is also فإن written without hamza,
 * nor the article-like لا and لوس alone, which are Arabic words: they count only after one of these (دي لا، دو لا، فون دير).
 */
const OPENERS = new Set(['دي', 'دا', 'دو', 'ديل', 'دوس', 'فون']);
const SECOND = new Set(['لا', 'لو', 'لوس', 'لاس', 'دير', 'دن']);
/** Training count under which the word after the particles is a surname, not the sentence going on (كروز; not كانت). */
const SURNAME_COUNT = 20;
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const CONJ_START = /^[وف]/;

export interface ParticleReads {
  stems: readonly string[];
  marks: readonly string[][];
  text: (k: number) => string;
  wordFreq: (w: string) => number;
}

/**
 * After a person span, left O, a particle of OPENERS (and one of SECOND), then one word with no article that no place,
 * people, body or club list holds and the training text has seen fewer than SURNAME_COUNT times as written (a ك or ب the
 * clitic splitter read on it is the surname's letter: كروز; a و or ف it read is a conjunction, the sentence going on): the tagger
 * stopped at the given name (ماريسول [دي لا كروز]، مارك [دو لا سابليير]). A bare particle name after it is the same person's,
 * which linking finds once the whole name is read.
 */
export function particleSurnames(r: ParticleReads, tags: number[]): number[] {
  let out = tags;
  const bare = (k: number) => {
    const t = r.text(k);
    const w = normalizeArabic(t);
    return w === r.stems[k] && arabicFirst(t) ? w : '';
  };
  for (let k = 1; k + 1 < tags.length; k++) {
    if (tagLabel(tags[k - 1]) !== 'PERSON' || tags[k] !== 0 || !OPENERS.has(bare(k))) continue;
    let s = k + 1;
    if (SECOND.has(bare(s)) && tags[s] === 0) s++;
    if (s >= tags.length || tags[s] !== 0 || isInside(tags[s + 1] ?? 0)) continue;
    // The surname as written: the clitic splitter may read its first letter as ك or ب (كروز as ك + روز).
    const w = arabicFirst(r.text(s)) ? normalizeArabic(r.text(s)) : '';
    if (!w || w.length < 3 || (w !== r.stems[s] && CONJ_START.test(w)) || w.startsWith('ال') || hasMark(r.marks[s], NOT_NAME_LISTS) || r.wordFreq(w) >= SURNAME_COUNT) continue;
    if (out === tags) out = tags.slice();
    out.fill(I_PERS, k, s + 1);
  }
  return out;
}
