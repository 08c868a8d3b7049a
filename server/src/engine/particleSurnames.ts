// A foreign name the tagger cut at its particles gets them back with the names on either side (ماريسول [دي لا كروز]، ديرك [فان دن بوسخ]).
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { wideCueBit } from './wideCues';
import { EXACT_NAME_LISTS, hasMark, NOT_NAME_LISTS, RARE_WORD, COMMON_WORD } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/**
 * Particles that open a surname of Romance, Portuguese or German names, and the article-like second particles after them
 * (دي لا، دو لا، فون دير، فان دن): لا and لوس alone are Arabic words, so they count only after one of these.
 */
const OPENERS = new Set(['دي', 'دا', 'دو', 'ديل', 'دوس', 'فون']);
const SECOND = new Set(['لا', 'لو', 'لوس', 'لاس', 'دير', 'دن']);
/**
 * The Dutch particle, which is also فإن written without hamza (يوسف ندا فان نصر الدين كان): a name's only before a second
 * particle (فان دن، فان دير), which no Arabic clause opens with.
 */
const VAN = 'فان';
/**
 * Both loops start at a bare particle (bare() below: a word whose stem is its whole form), so at a stem of these: a sentence
 * without one is left as it is. As stems, not whole forms: فإن normalises to فان, and the pass reads it only as its own stem.
 */
export const PARTICLE_CUE = wideCueBit([OPENERS, [VAN]]);
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
 * After a person span, the particles of OPENERS (one of SECOND after it; فان only with one), left O or closing the span
 * (بلانكا ألونسو [دي] رييس), then one word with no article that no place, people, body or club list holds and the training
 * text has seen fewer than SURNAME_COUNT times as written (a ك or ب the clitic splitter read on it is the surname's letter:
 * كروز; a و or ف it read is a conjunction, the sentence going on): the tagger stopped at the given name (ماريسول [دي لا كروز]،
 * ديرك [فان دن بوسخ]). Where the tagger read the surname, or the second particle and the surname, as a person of its own
 * (لوك فان | دن بيرغ), the particles join the two. A bare particle name after it is the same person's, which linking finds
 * once the whole name is read. Then a person span opening with two particles takes the given name the tagger left before it
 * (givenBeforeParticles).
 */
export function particleSurnames(r: ParticleReads, tags: number[]): number[] {
  let out = tags;
  const bare = (k: number) => {
    const t = r.text(k);
    const w = normalizeArabic(t);
    return w === r.stems[k] && arabicFirst(t) ? w : '';
  };
  const n = tags.length;
  for (let k = 1; k + 1 < n; k++) {
    const p = bare(k);
    if (!OPENERS.has(p) && p !== VAN) continue;
    if (tagLabel(out[k - 1]) !== 'PERSON' || (out[k] !== 0 && out[k] !== I_PERS)) continue;
    let s = k + 1;
    if (SECOND.has(bare(s))) {
      // The second particle opening a person of its own: the particles join the two (لوك فان | دن بيرغ).
      if (out[s] === B_PERS) {
        if (out === tags) out = tags.slice();
        out[k] = I_PERS; out[s] = I_PERS;
        continue;
      }
      if (out[s] === 0 || (out[s] === I_PERS && out[k] === I_PERS)) s++;
    }
    if (p === VAN && s === k + 1) continue;
    if (s >= n) continue;
    if (out[s] === B_PERS && out[k] === 0) {
      // The surname read as a person of its own after a particle left O (فلورينا دي | باسكو).
      if (out === tags) out = tags.slice();
      out.fill(I_PERS, k, s + 1);
      continue;
    }
    if (out[s] !== 0 || isInside(out[s + 1] ?? 0)) continue;
    // The surname as written: the clitic splitter may read its first letter as ك or ب (كروز as ك + روز).
    const w = arabicFirst(r.text(s)) ? normalizeArabic(r.text(s)) : '';
    if (!w || w.length < 3 || (w !== r.stems[s] && CONJ_START.test(w)) || w.startsWith('ال') || hasMark(r.marks[s], NOT_NAME_LISTS) || r.wordFreq(w) >= SURNAME_COUNT) continue;
    if (out === tags) out = tags.slice();
    out.fill(I_PERS, k, s + 1);
  }
  return givenBeforeParticles(r, out, bare);
}

/**
 * A person span opening with two particles (فان دير برغ، فون دير لاين، دي لا كروز) is a surname, and a word right before it
 * that is a name (a given name the lists hold as spelled, known to the training text fewer than COMMON_WORD times) or unseen
 * (fewer than RARE_WORD), bare (no clitic, no article) and in no place, people, body or club list, is its given name, left
 * O or read as the last word of a body or place of two words or more (معهد كلينغندال [يوهانس] فان دير برغ).
 */
function givenBeforeParticles(r: ParticleReads, tags: number[], bare: (k: number) => string): number[] {
  let out = tags;
  for (let b = 1; b + 2 < tags.length; b++) {
    if (tags[b] !== B_PERS || tags[b + 1] !== I_PERS || !isInside(tags[b + 2])) continue;
    const p = bare(b);
    if (!(OPENERS.has(p) || p === VAN) || !SECOND.has(bare(b + 1))) continue;
    const g = b - 1;
    const w = bare(g);
    if (!w || w.length < 3 || w.startsWith('ال') || hasMark(r.marks[g], NOT_NAME_LISTS)) continue;
    const count = r.wordFreq(w);
    if (!(count < RARE_WORD || (hasMark(r.marks[g], EXACT_NAME_LISTS) && count < COMMON_WORD))) continue;
    // Inside another kind of span, the body or place keeps at least one word of its own.
    if (tags[g] !== 0 && !(isInside(tags[g]) && tagLabel(tags[g]) !== 'PERSON' && g >= 1 && tagLabel(tags[g - 1]) === tagLabel(tags[g]))) continue;
    if (out === tags) out = tags.slice();
    out[g] = B_PERS;
    out[b] = I_PERS;
  }
  return out;
}
