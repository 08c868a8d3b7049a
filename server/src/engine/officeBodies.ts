// A body named by the office its holder has in it (الأمين العام [للأمم المتحدة]): a secretary-general's is an organisation, whatever its words.
import { wideCueBit } from './wideCues';
import { beginTag, insideTag, markSpan } from './tagger';
import { wordSet } from './wordSets';
import { definite, endsAsNisba, isTitleWord } from './namePatterns';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/** The office's noun and its adjective (normalised): only a body has a secretary-general. */
const OFFICE = wordSet('الأمين أمين');
/** The pass's bit (wideCues.ts): a sentence without أمين is left as it is, so lateBodyPasses skips it there. */
export const OFFICE_CUE = wideCueBit([OFFICE]);
const GENERAL = wordSet('العام');
/** Words between the office and its body that rank or date the holder (الأمين العام المساعد، الجديد، السابق). */
const HOLDER_WORDS = wordSet('المساعد الجديد السابق الأسبق');
/** The لـ written apart, as split-clitic text writes it (ل حزب الله). */
const LAM_APART = wordSet('ل لـ');
/** A portfolio the office is held for, no body (الأمين العام المساعد [للشؤون] الإنسانية), normalised without the article. */
const PORTFOLIOS = wordSet('شؤون شئون');
/**
 * Adjectives of scope or rule that make a definite head a description of a body named before (الأمين العام [للمنظمة
 * الدولية]: the UN), unless a لـ complement names it after them (للمنظمة العالمية للملكية الفكرية), normalised.
 */
const DESCRIBING = wordSet('الدولية الدولي الأممية الأممي العالمية العالمي الحاكم الحاكمة');
/** Most words of the body's name taken after its first (الجامعة العربية، الدول العربية). */
const MAX_NAME_WORDS = 3;

/**
 * `الأمين العام` (its rank or date words after it allowed), then the body after لـ: a definite noun (للأمم) or an
 * indefinite one in construct (لرابطة العالم), and the definite words after it without clitics, untagged: the whole is one
 * ORGANIZATION where the tagger left all of it O (`الأمين العام [للأمم المتحدة]`، `الأمين العام [لرابطة العالم الإسلامي]`).
 * A bare head alone is the body just named (الأمين العام [للحزب] حسن نصر الله: no name), so a second word is required; a
 * لـ complement after the name is left to the passes that take one in (للشؤون السياسية), and a portfolio after لـ is no
 * body (المساعد للشؤون الإنسانية). `isWord(k)`: token k is a word.
 */
export function tagOfficeBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], isWord: (k: number) => boolean): number[] {
  let out = tags;
  const n = stems.length;
  const free = (k: number) => k < n && isWord(k) && out[k] === 0;
  for (let i = 0; i + 3 < n; i++) {
    if (!OFFICE.has(stems[i]) || !GENERAL.has(stems[i + 1]) || prefixes[i + 1]) continue;
    let k = i + 2;
    while (k < n && !prefixes[k] && HOLDER_WORDS.has(stems[k])) k++;
    const apart = k < n && LAM_APART.has(stems[k]) && !prefixes[k];
    if (apart) k++;
    if (!free(k) || (apart ? prefixes[k] !== '' : prefixes[k] !== 'ل') || PORTFOLIOS.has(stems[k].replace(/^ال/, ''))) continue;
    let e = k + 1;
    // A person's title ends the name (لوزارة الخارجية [السفير] …), and after an adjective only adjectives go on with it
    // (للمجموعة الاقتصادية الأفريقية [العاصمة]: the verb's object).
    while (e - k <= MAX_NAME_WORDS && free(e) && !prefixes[e] && definite(stems[e]) && !isTitleWord(stems[e]) &&
      (!endsAsNisba(stems[e - 1]) || e === k + 1 || endsAsNisba(stems[e]))) e++;
    if (e === k + 1) continue;
    if (e === k + 2 && definite(stems[k]) && DESCRIBING.has(stems[k + 1]) && !(e < n && prefixes[e] === 'ل')) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    i = e - 1;
  }
  return out;
}
