// The outlet a statement was made to (قال لـ«الشرق الأوسط»، في حديث لـ"النهار"): a quoted name after لـ is an organisation.
import { beginTag, insideTag, tagLabel } from './tagger';
import { CLOSING_MARKS, OPENING_MARKS } from './quoteMarks';
import { stripConj } from './quoteCues';
import { Token } from './tokenize';
import { wordSet } from './wordSets';
import { wideCueBit } from './wideCues';
import { normalizeArabic } from './normalize';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The preposition as a word of its own, the tatweel kept or not (normalised: لـ, ل). */
export const TO = new Set(['لـ', 'ل']);
/** The passes' bit (wideCues.ts) for a sentence holding a لـ written apart, normalised as a token's form is (لـ is ل). */
export const ADDRESSED_CUE = wideCueBit([], [[...TO].map((w) => normalizeArabic(w))]);
/**
 * Verbs and nouns of telling a statement to an outlet hangs on (قال، أكد، صرح، كشف … لـ«…»، في حديث لـ«…»), clitic-free.
 * Not every reporting verb: after دعا، طالب، أشار، رحب the لـ means "for" or "to a thing" (دعا لـ«حوار وطني»).
 */
export const TELLING = wordSet(`
  قال قالت قالوا قالا يقول تقول أكد أكدت أكدوا يؤكد تؤكد صرح صرحت صرحوا يصرح تصرح أوضح أوضحت يوضح توضح كشف كشفت يكشف تكشف
  أضاف أضافت يضيف تضيف أفاد أفادت يفيد تفيد تحدث تحدثت يتحدث تتحدث نفى نفت ينفي تنفي روى روت يروي تروي
  قائلا قائلة مؤكدا مؤكدة مضيفا مضيفة موضحا موضحة كاشفا كاشفة
  تصريح تصريحات تصريحه تصريحها حديث حديثه حديثها مقابلة مقابلته مقابلتها حوار حواره حوارها
`);
/** How far before لـ the verb or noun of speech may stand (قال [مسؤول كبير في الوزارة] لـ«…»). */
export const MAX_BEFORE = 6;
/** A quoted outlet's name is short (الشرق الأوسط، سكاي نيوز عربية، العربية نت). */
const MAX_WORDS = 4;

/**
 * A name in quotation marks right after a separate `لـ` that a verb or noun of speech governs is the newspaper, channel or
 * agency spoken to: one ORGANIZATION whatever the tagger read in it (`وقال مسؤول لـ«[الشرق الأوسط]»` was a place or
 * nothing, `لـ«الحياة»` nothing). Persons are spoken to without quotes, so a quoted name there is an outlet; a person the
 * tagger found inside is left (`قال لـ"محمد"` is rare, and its reading kept).
 */
export function tagOutletsAddressed(sentence: Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 1; k + 3 < n; k++) {
    if (!TO.has(sentence[k].text) || !OPENING_MARKS.has(sentence[k + 1].text)) continue;
    let close = k + 2;
    while (close < n && close - k - 2 < MAX_WORDS && sentence[close].kind === 'word') close++;
    if (close === k + 2 || close >= n || !CLOSING_MARKS.has(sentence[close].text)) continue;
    let cue = false;
    for (let j = k - 1; j >= 0 && k - j <= MAX_BEFORE && sentence[j].kind === 'word'; j--) {
      if (TELLING.has(stems[j]) || TELLING.has(stripConj(sentence[j].norm))) { cue = true; break; }
    }
    if (!cue) continue;
    const cur = out ?? tags;
    let person = false;
    for (let j = k + 2; j < close; j++) if (tagLabel(cur[j]) === 'PERSON') person = true;
    if (person) continue;
    out ??= tags.slice();
    for (let j = k + 2; j < close; j++) out[j] = j === k + 2 ? B_ORG : I_ORG;
    k = close;
  }
  return out ?? tags;
}
