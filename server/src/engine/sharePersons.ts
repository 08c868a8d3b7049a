// A name the tagger read as a person right after a share's noun is the company that issued the shares (وارتفع سهم [طلعت مصطفى] 5 %).
import { beginTag, insideTag, spanEnd } from './tagger';
import { SHARES } from './shareCompanies';

const B_PERS = beginTag('PERS');
const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * shareCompanies names the company only where the tagger left the words O and no list holds them as a person; a firm named
 * after its founder (طلعت مصطفى) or a brand a list holds as a name (تسلا، بالم هيلز) stays a person. After سهم/أسهم the
 * genitive is a company: in the four training corpora it is ORG 16 times and a person once (an arrow, فخرج سهم عبد الله),
 * in the read sets ORG 47 times and a person never. Not before في: أسهم is also the verb "took part" (وأسهم [ميسي] في الفوز).
 * `stems`: the sentence's words normalised, clitics off.
 */
export function sharePersonsAsCompanies(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== B_PERS || tags[k - 1] !== 0 || !SHARES.has(stems[k - 1])) continue;
    const e = spanEnd(tags, k);
    if (stems[e] === 'في') continue;
    if (out === tags) out = tags.slice();
    out[k] = B_ORG;
    for (let j = k + 1; j < e; j++) out[j] = I_ORG;
  }
  return out;
}
