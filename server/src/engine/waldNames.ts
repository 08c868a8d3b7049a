// Mauritanian names linked by ولد read as one person with the name before them (الرئيس الغزواني [محمد ولد بلال]): two persons.
import { beginTag, insideTag, spanEnd } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** The link of a Mauritanian name (محمد ولد عبد العزيز), normalised. */
const WALD = 'ولد';
/** Words that link a name's parts: none of them ends a name. */
const LINKS = new Set(['ولد', 'بن', 'ابن', 'بنت', 'عبد', 'ابو', 'ام', 'ال']);
/** Given names of a compound read before the link (سيدي محمد ولد بوبكر، محمد سالم ولد مرزوك). */
const MAX_GIVEN = 2;

/**
 * A person span in which given names and ولد follow a word that ends a name — a definite surname or the family name of an
 * earlier ولد — is two persons: a subject and the object its verb names (وعين الرئيس [الغزواني] [محمد ولد بلال]، وعين
 * [محمد ولد عبد العزيز] [سيدي محمد ولد بوبكر]). A compound given name opening the span stays whole (محمد سالم ولد مرزوك),
 * and a chain of links is one lineage (حمودي ولد المصطفى ولد …). `given(k)`: word k is a listed given name, not definite.
 */
export function splitWaldNames(stems: readonly string[], tags: number[], given: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    let earlier = -1;
    for (let w = b + 1; w < e; w++) {
      if (stems[w] !== WALD) continue;
      let g = w;
      while (g > b && w - g < MAX_GIVEN && given(g - 1)) g--;
      const p = g - 1;
      const endsName = p >= b && g < w && !LINKS.has(stems[p]) && (stems[p].startsWith('ال') || (earlier >= 0 && p > earlier));
      if (endsName) {
        if (out === tags) out = tags.slice();
        out[g] = B_PERS;
        for (let k = g + 1; k < e; k++) out[k] = I_PERS;
      }
      earlier = w;
    }
    b = e - 1;
  }
  return out;
}
