// A lone given name right after إنّ/أنّ with its pronoun (أنه [سعيد]، إنها [جميلة]) is the clause's predicate, not a person.
import { beginTag, isInside, spanEnd } from './tagger';
import { normalizeArabic } from './normalize';
import { SPLIT_PRONOUNS } from './pronounNouns';

const B_PERS = beginTag('PERS');
/** إنّ/أنّ/لأنّ/كأنّ/لكنّ with a pronoun written on, after و/ف/ب where news writes one, normalised (انه، لانها، بانهم، وانه). */
const PARTICLE_PRONOUN = /^[وف]?[بل]?(ان|كان|لكن)(ه|ها|هم|هما|هن|ني|نا|ك|كم)$/;
/** Relative pronouns (الذي، التي …), normalised: a name they follow is a person identified, not a quality. */
const RELATIVES = new Set(['الذي', 'التي', 'اللذان', 'اللتان', 'الذين', 'اللواتي', 'اللاتي'].map(normalizeArabic));
/** The particle alone, where the source splits its pronoun off as a token (`ان ه سعيد`). */
const PARTICLES = new Set(['ان', 'لان', 'بان', 'وان', 'فان', 'كان', 'لكن'].map(normalizeArabic));

/**
 * `وأكد المدرب أنه [سعيد] مع الفريق`، `قال إنه [كريم]`: after إنّ or أنّ carrying its subject as a pronoun, the next word is
 * the predicate, and a given name that is also an adjective (سعيد، كريم، أمين، جميلة) is read so. A name of two words or
 * more there (`أنه محمد علي`) stays: a predicate adjective is one word. `text(k)`: token k as written.
 */
export function particlePredicates(tags: number[], text: (k: number) => string): number[] {
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== B_PERS || spanEnd(tags, k) !== k + 1 || (k + 1 < tags.length && isInside(tags[k + 1]))) continue;
    const prev = normalizeArabic(text(k - 1));
    const behindParticle = PARTICLE_PRONOUN.test(prev) ||
      (SPLIT_PRONOUNS.has(prev) && k >= 2 && PARTICLES.has(normalizeArabic(text(k - 2))));
    if (!behindParticle || normalizeArabic(text(k)).startsWith('ال')) continue;
    // A relative pronoun after it makes the name the one identified (أنها [سعاد] التي كتبت), no adjective.
    if (k + 1 < tags.length && RELATIVES.has(normalizeArabic(text(k + 1)))) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
