// Security forces named by a definite head, its describing words and a nationality (الدرك الملكي المغربي): one organisation.
import { wideCueBit } from './wideCues';
import { normalizeArabic } from './normalize';
import { beginTag, insideTag, markSpan } from './tagger';
import { RELATIVE_PRONOUNS, wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');
/**
 * Heads of an armed or police force (normalised). الدرك، الجندرمة and الحرس name no other institution, so with their
 * nationality alone they are the force (`[الجندرمة التركية]`); the army and police take it as public bodies already do.
 */
const FORCES = wordSet('الدرك الجندرمة الجندارمة الحرس الشرطة الجيش القوات');
/** The pass's bit (wideCues.ts): a sentence without a force's head (الشرطة) is left as it is, so lateBodyPasses skips it there. */
export const FORCES_CUE = wideCueBit([FORCES]);
/**
 * `القوات` names a force only with its branch (القوات [المسلحة] الأردنية، القوات [الجوية] المصرية: the corpora ORG 35, O 25);
 * with a nationality alone it is troops (القوات الإسرائيلية: O 68 times in 78).
 */
const FORCES_PLURAL = normalizeArabic('القوات');
const BRANCHES = wordSet('المسلحة الجوية البحرية البرية');
/** Describing words a force's name takes before its nationality, at most (الحرس [الوطني] العراقي، الشرطة [العسكرية] الإسرائيلية). */
const MAX_QUALIFIERS = 2;

/**
 * A force's head, at most two definite describing words and a nationality adjective, all left O by the tagger, are one
 * ORGANIZATION, as the README tags a generic institution with its nationality (`[الحرس الوطني السعودي]`، `[الدرك الجزائري]`):
 * the tagger knows `الجيش`/`الشرطة` + nationality but missed the rarer heads and any describing word between. Without a
 * nationality the span stays O (NewsFANE leaves `الحرس الوطني` untagged 5 times in 5). A word with a clitic (`وللحرس`)
 * among the describing words ends the search; a nationality right after the head with a clitic on it is another people's,
 * and one before a person's name is that person's.
 */
export function tagSecurityForces(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (!FORCES.has(stems[k]) || tags[k] !== 0 || (stems[k] === FORCES_PLURAL && !BRANCHES.has(stems[k + 1]))) continue;
    let e = k + 1;
    while (e < tags.length && e - k - 1 < MAX_QUALIFIERS && tags[e] === 0 && !prefixes[e] && stems[e].startsWith('ال') && stems[e].length > 3 &&
      !isNationality(e) && !RELATIVE_PRONOUNS.has(stems[e])) e++;
    if (e >= tags.length || tags[e] !== 0 || prefixes[e] || !stems[e].startsWith('ال') || !isNationality(e)) continue;
    // A nationality before a person's name is the person's (مدرب الجيش [الفرنسي ألكسندر سانتوس]: the club's coach).
    if (e + 1 < tags.length && tags[e + 1] === B_PERS) continue;
    out ??= tags.slice();
    markSpan(out, k, e + 1, B_ORG, I_ORG);
    k = e;
  }
  return out ?? tags;
}
