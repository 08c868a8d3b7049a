// Television channels named by their number or ordinal (القناة 12 الإسرائيلية، القناة الثانية): one organisation.
import { normalizeArabic } from './normalize';
import { beginTag, insideTag } from './tagger';
import { FEMININE_ORDINALS, wordSet } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The head, normalised and clitic-free. Also a canal or a pipe (تسير المياه في القناة الأولى), hence the cues below. */
const HEAD = normalizeArabic('القناة');
/** The pass acts only at a token whose stem is the head: a sentence without one is left as it is. */
export const CHANNEL_CUE = wideCueBit([[HEAD]]);
/** A channel number: one or two digits (القناة 12، القناة 2); years and counts are longer or stand elsewhere. */
const NUMBER = /^\d{1,2}$/;
/** Words of broadcasting: with one of them in the sentence a numbered القناة is a channel, not a canal. */
const BROADCAST = wordSet(`تلفزيون التلفزيون التليفزيون تلفزيونية التلفزيونية التليفزيونية شاشة بث تبث يبث بثت بثه بثها البث برنامج البرنامج
  برامج قنوات القنوات فضائية الفضائية الفضائيات إذاعة الإذاعة مشاهدين المشاهدين نشرة النشرة مقابلة حوار مذيع مذيعة مراسل مراسلة مراسلها`);
/** A report's verb or source word right before a channel names the outlet (ذكرت القناة الثانية، وفق القناة 12). */
const REPORTED = wordSet('ذكرت قالت أفادت نقلت أوردت كشفت أعلنت بثت أذاعت عرضت وفق وفقا بحسب حسب لموقع');

/**
 * `القناة` + a channel number or ordinal is a television channel (القناة 12، القناة الثانية): one ORGANIZATION over the
 * head and the number, a nationality after it outside as after any body's own name (القناة 12 [الإسرائيلية]). It needs a
 * sign of broadcasting: a nationality after the number, a report's verb or source word before the head, or a word of
 * broadcasting in the sentence; WikiFANE's irrigation canals (القناة الأولى ثم تتجه) have none.
 */
export function tagNumberedChannels(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (stems[k] !== HEAD) continue;
    const j = k + 1;
    if (tags[k] !== 0 || tags[j] !== 0 || prefixes[j] || !(NUMBER.test(stems[j]) || FEMININE_ORDINALS.has(stems[j]))) continue;
    const nationality = j + 1 < tags.length && !prefixes[j + 1] && isNationality(j + 1);
    const reported = k > 0 && REPORTED.has(stems[k - 1]);
    if (!nationality && !reported && !stems.some((s) => BROADCAST.has(s))) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
    out[j] = I_ORG;
    k = j;
  }
  return out ?? tags;
}
