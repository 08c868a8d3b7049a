// A public body named only by common words (لجنة الانتخابات، هيئة تنظيم الأدوية) takes the nationality adjective after it,
// and the nisba adjective of its one genitive (حركة التغيير الديمقراطي).
import { beginTag, insideTag, takeNextWords } from './tagger';
import { definite, definiteNisba, endsAsFeminineNisba, endsAsNisba } from './namePatterns';
import { hasMark, listMarks } from './nameMarks';
import { FEMININE_ORDINALS, MASCULINE_ORDINALS, RELATIVE_PRONOUNS, wordSet } from './wordSets';
import { DESCRIBING_ADJECTIVES } from './bodyDescriptors';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Indefinite heads of public bodies, committees and movements (normalised, clitic-free). Not حزب (حزب العمال [البريطاني]:
 * the party's common word is its name, the guide leaves the adjective out) nor شركة, مجموعة, نادي, صحيفة, whose names are
 * their own (in the dev sets' gold, a nationality after them is outside 29 times).
 */
const HEADS = wordSet(`وزارة هيئة لجنة مجلس وكالة منظمة جبهة حركة مؤسسة مفوضية سلطة جمعية شبكة رابطة نقابة اتحاد تجمع مديرية
  مصلحة دائرة جهاز مركز معهد مجمع`);
const MASCULINE_HEADS = wordSet('مجلس اتحاد تجمع جهاز مركز معهد مجمع');
/**
 * A name's own word read from the lists: a place, person or club (لجنة [دبي]، مؤسسة [خليفة]) makes the adjective describe a
 * named body. A given name only when indefinite: a definite word read as one is a common noun (حركة [الإنصاف]).
 */
const PROPER_MARK = listMarks(['LOC', 'PER', 'CLUB', 'PLAST']);
const GIVEN_MARK = listMarks(['FIRST']);

/**
 * An organisation span of a head from HEADS and common words after it, whose last word is definite (its genitive or
 * adjective: لجنة الانتخابات، هيئة تنظيم الأدوية، حركة الإنصاف), followed by a singular nationality adjective left out,
 * takes it in (لجنة الانتخابات [الباكستانية]): the guide's rule for a body with no proper name of its own, and the dev
 * sets' gold (199 spans end in a nationality; of those left out after such a head, most follow a proper name). The
 * adjective agrees with the head — a feminine one after a feminine head, a masculine one after a masculine head — else
 * it describes the genitive's noun (مجلس إدارة الشركة [الأمريكية]).
 */
export function takeBodyNationalities(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  return takeNextWords(tags, B_ORG, I_ORG, (b, e) => {
    const head = stems[b];
    if (e - b < 2 || !HEADS.has(head) || prefixes[e] || !definite(stems[e]) || !isNationality(e) || !endsAsNisba(stems[e]) ||
      !definite(stems[e - 1]) || endsAsFeminineNisba(stems[e]) === MASCULINE_HEADS.has(head)) return false;
    for (let k = b; k < e; k++) {
      if (hasMark(marks[k], PROPER_MARK) || (!definite(stems[k]) && hasMark(marks[k], GIVEN_MARK)) || isNationality(k)) return false;
    }
    return true;
  });
}

/**
 * Definite words spelled like a nisba that say when or how big, not what the body is (normalised: ى is ي): current, last, next,
 * the feminine elatives (الكبرى، الأولى), a sitting's kind (عقد مجلس الوزراء الاستثنائي جلسته), and how often (حصيلة وزارة
 * الصحة اليومية، اجتماع اللجنة الدوري), which describe the session, the count or the crowd, not the name.
 */
const NOT_NAME_ADJECTIVES = wordSet('الحالي الحالية الماضي الماضية التالي التالية الكبري الاولي الصغري الاخري الوسطي العظمي ' +
  'الاستثنائي الاستثنائية العادي العادية الطارئ الطارئة اليومي اليومية الاسبوعي الاسبوعية الشهري الشهرية السنوي السنوية ' +
  'الفصلي الفصلية الدوري الدورية النصفي النصفية');

/**
 * A span of a head from HEADS and one definite genitive (حركة التغيير، هيئة النزاهة) followed by a definite nisba adjective
 * left out takes it in (حركة التغيير [الديمقراطي]، هيئة النزاهة [الاتحادية]): the corpora tag such an adjective inside far
 * more often than outside (NewsFANE 71 to 6, WikiFANE 138 to 4, Wojood 17 to 0, our dev sets 140 to 5; the outside ones
 * follow a listed name, حزب الله [اللبناني], or describe it, حزب النور [السلفي]). A nationality is takeBodyNationalities'
 * (it must agree with the head); not after a genitive that is itself an adjective, nor a word of time, rank or size.
 */
export function takeGenitiveAdjectives(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  return takeNextWords(tags, B_ORG, I_ORG, (b, e) => {
    const w = stems[e];
    if (e - b !== 2 || !HEADS.has(stems[b]) || prefixes[e] || !definiteNisba(w, 3, true) || isNationality(e) ||
      !definite(stems[b + 1]) || endsAsNisba(stems[b + 1]) || NOT_NAME_ADJECTIVES.has(w) || DESCRIBING_ADJECTIVES.has(w) ||
      RELATIVE_PRONOUNS.has(w) || FEMININE_ORDINALS.has(w) || MASCULINE_ORDINALS.has(w)) return false;
    return !hasMark(marks[b + 1], PROPER_MARK) && !hasMark(marks[b], PROPER_MARK);
  });
}
