// A facility noun followed by a count (المتحف آلاف القطع، المكتبة ألفا وتسعمائة مجلة، مقبرة الملايين) is no MISC name.
import { beginTag, dropSpans } from './tagger';
import { wordSet as set } from './wordSets';

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
 */
export function dropCountWordMisc(stems: readonly string[], tags: number[]): number[] {
  return dropSpans(tags, B_MISC, (b, e) => e === b + 2 && COUNT_WORDS.has(stems[b + 1]));
}
