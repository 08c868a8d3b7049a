// MISC spans that took in the sentence: a time word or relative after a contest, a lone head noun, a facility's head, `بطولة` meaning "starring".
import { beginTag as B, insideTag as I, spanEnd } from './tagger';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';

const B_MISC = B('MISC');
const B_PERS = B('PERS');
const I_PERS = I('PERS');

/**
 * Words that date, place or qualify a contest rather than name it, at a MISC span's end (بطولة العالم [التي]، كأس العالم
 * [الماضية]، بطولة العالم للمصارعة [اليوم الأربعاء]، الدوري الإسباني [الموسم] الماضي): relatives, days, and the adjectives of time (the README's convention
 * leaves a year out too).
 */
export const NOT_NAMING_TAIL = set(`
  التي الذي الذين اللتين اللذين اللاتي الموسم اليوم أمس غدا الليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
  الماضية الماضي الأخيرة الأخير المقبلة المقبل الحالية الحالي الجارية الجاري المقامة المقام المنعقدة المنعقد القادمة القادم
`);
/** Days and day words of NOT_NAMING_TAIL. */
const DAYS = set('اليوم أمس غدا الليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت');
/**
 * Head nouns that name nothing alone: a film, a stadium, a prize, a cup (مسلسل، بملعب، الجائزة). A one-word MISC span that
 * is one of them is a common noun; currencies and religions, one word by nature, are not in the list.
 */
const BARE_HEADS = set(`
  ملعب استاد ستاد متحف مسجد جامع كنيسة سجن معتقل سد دير قصر برج فندق مكتبة صومعة مئذنة فيلم مسلسل رواية كتاب أغنية
  ألبوم مسرحية جائزة بطولة دوري كأس مهرجان مؤتمر قمة معركة اتفاقية معاهدة عملية
`);
/** `بطولة` as a credit ("starring"): before a cast member's name or the work itself (بطولة [نور الشريف]، بطولة المسلسل). */
const STARRING = set('بطولة البطولة');
const STARRED_WORKS = set('المسلسل الفيلم العرض العمل المسرحية');
/**
 * Indefinite heads of a facility with a name of its own: the README's convention (ANERcorp's, as `../dev-ner/`) keeps the
 * head outside when the rest is the name (ملعب [أنفيلد]، متحف [اللوفر]، فندق [سان جورج]), and a facility named after a
 * place tags the place (ملعب [القاهرة] الدولي). Not مسرح, مسجد, برج: their names are more often one with the head
 * (مسرح المدينة، برج خليفة).
 */
const FACILITY_HEADS = set('ملعب استاد ستاد متحف فندق قصر جامع');
/** Training-text count from which the one word after a facility's head is a common word (المؤتمرات 15), not a name (النوري 7). */
const COMMON_REST = 10;
const B_LOC = B('LOC');
/** A person-list mark: a given name, a listed person, a surname. */
const PERSON_MARK = /^f?(FIRST|PER|PLAST)-/;

/**
 * Trims and drops MISC spans that are the sentence going on, not a name: the tail words above come off a span's end; a
 * one-word span that is a bare head is dropped; a facility's head comes off its name (`wordFreq(w)`: training count of
 * w); `بطولة` + a listed person's name is the credit "starring": the head is O and the name a person; `بطولة المسلسل`
 * is the lead role, no contest.
 */
export function trimMiscSpans(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[], wordFreq: (w: string) => number = () => 0): number[] {
  if (tags.indexOf(B_MISC) < 0) return tags; // no MISC span: most sentences
  const out = tags.slice();
  const n = out.length;
  const bare = (s: string) => (s.startsWith('ال') ? s.slice(2) : s);
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_MISC) continue;
    let e = spanEnd(out, b);
    if (STARRING.has(stems[b]) && e - b >= 2) {
      if (STARRED_WORKS.has(stems[b + 1])) { for (let j = b; j < e; j++) out[j] = 0; b = e - 1; continue; }
      // A contest named after a person closes with its own words (بطولة محمد السادس [الدولية]، … [للتنس]): it stays one.
      const contestTail = stems.slice(b + 2, e).some((w) => /^ال.*(ي|يه)$/.test(w) || w.startsWith('لل'));
      if (!contestTail && sentence[b + 1].norm === stems[b + 1] && !stems[b + 1].startsWith('ال') && marks[b + 1].some((m) => PERSON_MARK.test(m)) && !marks[b + 1].some((m) => /^(LOC|ORG|CLUB)-/.test(m))) {
        out[b] = 0;
        for (let j = b + 1; j < e; j++) out[j] = j === b + 1 ? B_PERS : I_PERS;
        b = e - 1;
        continue;
      }
    }
    // A definite common word alone after the head is no name of its own (قصر المؤتمرات، قصر العدل): the head stays in.
    const commonRest = e - b === 2 && stems[b + 1].startsWith('ال') && wordFreq(stems[b + 1]) >= COMMON_REST;
    if (e - b >= 2 && FACILITY_HEADS.has(stems[b]) && sentence[b].norm === stems[b] && sentence[b + 1].kind === 'word' && !commonRest) {
      out[b] = 0;
      const place = marks[b + 1].includes('LOC-S') && !marks[b + 1].some((m) => PERSON_MARK.test(m) || m.startsWith('NAME'));
      for (let j = b + 1; j < e; j++) out[j] = place ? (j === b + 1 ? B_LOC : 0) : j === b + 1 ? B_MISC : out[j];
      b = e - 1;
      continue;
    }
    // A day closing a two-word name is the name's own (مسجد الخميس، سوق الخميس): days come off longer spans only.
    while (e - b > 1 && NOT_NAMING_TAIL.has(stems[e - 1]) && !(e - b === 2 && DAYS.has(stems[e - 1]))) out[--e] = 0;
    if (e - b === 1 && (BARE_HEADS.has(stems[b]) || BARE_HEADS.has(bare(stems[b]))) && sentence[b].kind === 'word') out[b] = 0;
    b = e - 1;
  }
  return out;
}
