// A front, movement or party named for what it fights for — the land it would free (لتحرير أوغادين) or its cause after من أجل (من أجل التغيير): one body.
import { beginTag as B, insideTag as I, isInside, markSpan, spanEnd } from './tagger';
import { definite, endsAsNisba } from './namePatterns';
import { wordSet as set } from './wordSets';
import { Token } from './tokenize';
import { wideCueBit } from './wideCues';

const B_ORG = B('ORG');
const I_ORG = I('ORG');
const B_LOC = B('LOC');
const B_PERS = B('PERS');

/**
 * Heads of fronts, armies, movements, parties, alliances and associations (normalised stems, with and without the article):
 * the bodies named for a land to free or a cause. Not governments, ministries or unions of states, which act for a purpose
 * (يعمل الاتحاد الأوروبي من أجل السلام) but are not named by one.
 */
const CAUSE_HEADS = set(`الجبهة جبهة الحركة حركة الجيش جيش الحزب حزب التحالف تحالف التجمع تجمع الائتلاف ائتلاف الجمعية جمعية
  المنظمة منظمة القائمة قائمة التيار تيار الاتحاد اتحاد الرابطة رابطة`);
/** The heads whose bare definite form with من أجل is a body the tagger may have left O (وقاطع [التجمع من أجل الثقافة]). */
const BARE_HEADS = set('الجبهة الحركة التحالف التجمع الائتلاف التيار');
/**
 * Causes a body is named for (normalised, definite): ideals, not acts. The corpora's bodies followed by من أجل are all a
 * purpose — an act's verbal noun or أن (من أجل تحريك، من أجل أن): no such word is here, nor التضامن, which is done with
 * someone (جاءت الحركة من أجل التضامن مع المعتقلين).
 */
const CAUSES = set(`التغيير الديمقراطية الجمهورية العدالة الثقافة السلام الحرية الحريات التقدم التنمية الوحدة الإصلاح المواطنة
  الكرامة المساواة الاستقلال النهضة العمل`);
/** The freeing word after a front's name (لـ + تحرير). */
const FREEING = set('تحرير');
const MAX_ADJECTIVES = 3;
const MAX_CONJUNCTS = 3;

/** tagCauseBodies starts at one of these heads (wideCues.ts): a sentence without one is left as it is. */
export const CAUSE_BODY_CUE = wideCueBit([CAUSE_HEADS]);

/**
 * A front's name cut before the land it would free (`[الجبهة الشعبية] لتحرير أوغادين`) or a party's before its cause
 * (`[الجمعية اللبنانية] من أجل ديمقراطية الانتخابات`) runs on over them: the training corpora tag `لتحرير` + the land inside
 * the front 6 times of 6; the project's read sets keep `من أجل` + the cause inside a body 15 times, outside once (a purpose,
 * من أجل أن). A body the lists hold whole is left before من أجل (the purpose of a known body), not before لتحرير (the lists
 * hold short names of fronts).
 */
export function tagCauseBodies(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  isNationality: (k: number) => boolean, placeAt: (k: number) => boolean, unseenAt: (k: number) => boolean, listedBody: (b: number, e: number) => boolean): number[] {
  const n = tags.length;
  let out: number[] | undefined;
  const word = (k: number) => k < n && sentence[k].kind === 'word';
  const adjective = (k: number) => word(k) && !prefixes[k] && definite(stems[k]) && (endsAsNisba(stems[k]) || stems[k].endsWith('يه') || isNationality(k));
  for (let b = 0; b + 2 < n; b++) {
    if (!CAUSE_HEADS.has(stems[b]) || isInside((out ?? tags)[b]) || (prefixes[b] && prefixes[b] !== 'و')) continue;
    const cur = out ?? tags;
    const tagged = cur[b] === B_ORG;
    // Where the body's own name ends: the tagger's span (less a من it ran into), or the head and its adjectives.
    let e = tagged ? spanEnd(cur, b) : b + 1;
    if (tagged && e - b > 1 && (stems[e - 1] === 'من' || (prefixes[e - 1] === 'ل' && FREEING.has(stems[e - 1])))) e--;
    if (!tagged) while (e - b <= MAX_ADJECTIVES && adjective(e) && cur[e] === 0) e++;
    let end = -1;
    if (prefixes[e] === 'ل' && FREEING.has(stems[e]) && e > b + 1 && onlyAdjectives(b + 1, e)) end = landEnd(e + 1);
    // An indefinite head's من أجل is extendOfficialNames' (officialNames.ts), later, which also takes the seat after it.
    else if (definite(stems[b]) && stems[e] === 'من' && !prefixes[e] && word(e + 1) && stems[e + 1] === 'اجل' && !prefixes[e + 1] &&
      (tagged ? !listedBody(b, e) : e > b + 1 || BARE_HEADS.has(stems[b]))) end = causeEnd(e + 2);
    if (end < 0 || listedBeyond(b, end)) continue;
    let same = cur[b] === B_ORG;
    for (let k = b + 1; k < end && same; k++) same = cur[k] === I_ORG;
    if (!same) markSpan((out ??= tags.slice()), b, end, B_ORG, I_ORG);
    b = end - 1;
  }
  return out ?? tags;

  /** The lists hold a longer name opening at b (منظمة محامون من أجل العدالة [في ليبيا]): theirs to place, not cut here. */
  function listedBeyond(b: number, end: number): boolean {
    if (!marks[b].includes('ORG-B')) return false;
    let k = b;
    while (k < n && !marks[k].includes('ORG-E')) k++;
    return k < n && k + 1 > end;
  }

  /** A front named by its head and adjectives only (الجبهة الشعبية، الجيش الوطني): not a body's own name acting (تسعى حركة حماس لتحرير الأسرى). */
  function onlyAdjectives(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!adjective(k)) return false;
    return true;
  }

  /**
   * The land after لتحرير: a place span, or a place's word or a word the training text never held (a name: أوغادين) and its
   * adjectives; not a common word (لتحرير الأسرى is an aim, not a name). -1 when no land follows.
   */
  function landEnd(k: number): number {
    if (!word(k) || prefixes[k]) return -1;
    const cur = out ?? tags;
    if (cur[k] === B_LOC) return spanEnd(cur, k);
    // An unknown land's one word is read as a person's name as often as not (تيغراي): the front's word after لتحرير is its land.
    const lonePerson = cur[k] === B_PERS && spanEnd(cur, k) === k + 1;
    if ((cur[k] !== 0 && !lonePerson) || !(placeAt(k) || unseenAt(k))) return -1;
    let end = k + 1;
    while (end - k <= MAX_ADJECTIVES && adjective(end) && cur[end] === 0) end++;
    return end;
  }

  /** The cause after من أجل: a cause (its indefinite form before a definite genitive) or a place, and its conjoined causes. */
  function causeEnd(k: number): number {
    if (!word(k) || prefixes[k]) return -1;
    let end: number;
    if (CAUSES.has(stems[k])) end = k + 1;
    else if (CAUSES.has('ال' + stems[k]) && word(k + 1) && !prefixes[k + 1] && definite(stems[k + 1])) end = k + 2;
    else if ((out ?? tags)[k] === B_LOC) end = spanEnd(out ?? tags, k);
    else if (placeAt(k) && (out ?? tags)[k] === 0) end = k + 1;
    else return -1;
    for (let c = 0; c < MAX_CONJUNCTS && word(end) && prefixes[end] === 'و' && CAUSES.has(stems[end]); c++) end++;
    return end;
  }
}
