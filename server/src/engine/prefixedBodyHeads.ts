// A body's head with ب or ل written on it (بكلية الحقوق، لوزارة الداخلية): the body, as the tagger reads it without the clitic.
import { beginTag, insideTag, markSpan } from './tagger';
import { Token } from './tokenize';
import { definite } from './namePatterns';
import { wordSet } from './wordSets';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const BI_LI_END = /[بل]$/;

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/**
 * Heads that name a body and little else (clitic-free, normalised). Not heads that are verbal nouns or common nouns too
 * (إدارة the managing, مركز a centre, مكتب a desk, جبهة a front, حركة a movement, مجموعة a group, قوات forces).
 */
const HEADS = wordSet('كلية جامعة مدرسة معهد مديرية وزارة جمعية منظمة هيئة شركة مؤسسة نقابة محكمة مجلس وكالة مستشفى حزب بنك مصرف اتحاد لجنة نادي');
/**
 * A club's head: its nationality stays outside, as the README keeps a club's (لنادي [القادسية] الكويتي), and a club of a
 * division is no name (لنادي الدرجة الثانية). Written نادى it is the verb (he called), which takes no ب or ل.
 */
const CLUB_HEADS = wordSet('نادي');
const CLUB_NOT_NAMING = wordSet('الدرجة');
/** Definite words after the head, at most (مديرية [الأمن العام]، جمعية [الهلال الأحمر]). */
const MAX_WORDS = 3;
/** Definite words that date, point or relate rather than name (الماضي، نفسها، الذي). */
const NOT_NAMING = wordSet('الذي التي الذين الماضي الماضية الحالي الحالية السابق السابقة الجديد الجديدة نفسه نفسها ذاته ذاتها');

/**
 * The tagger reads `في كلية الحقوق` as a body but `بكلية الحقوق` as nothing (8 of 20 heads in a template probe lost to ب
 * or ل what في kept): the attached preposition hides the left context it learnt the head by. A head above with ب or ل
 * written on it, its definite complement after it, all untagged, is the body (the preposition outside), with the
 * nationality adjective that closes it. `isNationality(k)`: token k is a listed nationality adjective.
 */
export function tagPrefixedBodyHeads(sentence: Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 0; k + 1 < n; k++) {
    if (tags[k] !== 0 || !prefixes[k] || !HEADS.has(stems[k]) || !BI_LI_END.test(prefixes[k])) continue;
    const club = CLUB_HEADS.has(stems[k]);
    if (club && (sentence[k].text.endsWith('ى') || CLUB_NOT_NAMING.has(stems[k + 1]))) continue;
    let e = k + 1;
    const free = (j: number) => j < n && sentence[j].kind === 'word' && tags[j] === 0 && !prefixes[j] && definite(stems[j]) && !NOT_NAMING.has(stems[j]) &&
      !isNationality(j);
    while (e - k <= MAX_WORDS && free(e)) e++;
    if (e === k + 1) continue;
    // A nationality closes the name, as NewsFANE tags a government body's (لوكالة [الأنباء السورية]: 94 inside, 1 out).
    if (!club && e < n && tags[e] === 0 && !prefixes[e] && isNationality(e)) e++;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}
