// A facility noun followed by a count (المتحف آلاف القطع، مقبرة الملايين) is no MISC name, and a count ending a longer one is cut off.
import { beginTag, dropSpans, spanEnd } from './tagger';
import { wordSet as set } from './wordSets';
import type { Token } from './tokenize';

const B_MISC = beginTag('MISC');
/**
 * Words of a count, normalised stems: the thousands and millions bare (ألف، ألفا، آلاف، ملايين) and the plurals with the
 * article (الملايين، الآلاف). The singular with the article stays out: it can close a name (مسجد الألف، شاعر المليون).
 */
const COUNT_WORDS = set(`ألف ألفا آلاف ألوف مليون مليونا ملايين مليار مليارا مليارات بليون بلايين مئات عشرات
  الآلاف الألوف الملايين المليارات البلايين المئات العشرات`);

/**
 * Drops a MISC span of one word and a count after it (المتحف [آلاف]، المكتبة [ألفا]، مقبرة [الملايين]): the count is
 * what the place holds or costs, the noun before it a common one; a thing is not named by a number word alone.
 * A longer span that ends in such a count before a word loses the count alone (متحف اللوفر [آلاف] القطع، مهرجان كان
 * [آلاف] النجوم): the name before it is whole, and the count opens the object it holds or draws.
 */
export function dropCountWordMisc(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  const dropped = dropSpans(tags, B_MISC, (b, e) => e === b + 2 && COUNT_WORDS.has(stems[b + 1]));
  let out: number[] | undefined;
  for (let b = 0; b < dropped.length; b++) {
    if (dropped[b] !== B_MISC) continue;
    const e = spanEnd(dropped, b);
    if (e - b >= 3 && e < dropped.length && sentence[e].kind === 'word' && COUNT_WORDS.has(stems[e - 1])) (out ??= dropped.slice())[e - 1] = 0;
    b = e - 1;
  }
  return out ?? dropped;
}
