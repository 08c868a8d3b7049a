// MISC spans that took in the sentence: a time word or relative after a contest, a lone head noun, a venue's head, `بطولة` meaning "starring".
import { beginTag as B, insideTag as I, spanEnd } from './tagger';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { isProductHead } from './nameRules';
import { NOT_NAME_LISTS, hasMark, listMarks } from './nameMarks';
import { STARRING } from './starringCredit';
import { TITLE_CLOSERS, TITLE_OPENERS } from './quoteMarks';
import { FACILITY_TAILS, SPORT_GROUNDS, VENUE_HEADS } from './placeBounds';
import { PARTICIPLE } from './headedPlaces';
import { TagDraft } from './tagDraft';
const DRAFT_TRIM_MISC_SPANS = new TagDraft();
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const LOC_ORG_CLUB_MARK = listMarks(['LOC', 'ORG', 'CLUB'], { exact: true });

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
/** لل + a time word: it counts a contest's wins or editions (للمرة الثانية، للعام الثالث), no name goes on after it. */
const COUNTING = set('للمرة للعام للموسم للسنة');
/** Days and day words of NOT_NAMING_TAIL. */
const DAYS = set('اليوم أمس غدا الليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت');
/**
 * Head nouns that name nothing alone: a film, a stadium, a prize, a cup (مسلسل، بملعب، الجائزة). A one-word MISC span that
 * is one of them is a common noun; currencies and religions, one word by nature, are not in the list.
 */
const BARE_HEADS = set(`
  ملعب استاد ستاد متحف مسجد جامع كنيسة سجن معتقل سد دير قصر برج فندق مكتبة صومعة مئذنة فيلم مسلسل رواية كتاب أغنية
  ألبوم مسرحية جائزة بطولة دوري كأس مهرجان مؤتمر قمة معركة اتفاقية معاهدة عملية صاروخ صواريخ طائرة طائرات سوق مطار
  جسر نفق كوبري قلعة مطعم مسرح شارع
`);
/** Marks that open a name written after its head (سوق " جميلة "، معاهدة ( تافنة )). */
const NAME_OPENERS = new Set([...TITLE_OPENERS, '(']);
/** Heads that name a thing after a person (طراز، مشروع، خطة، حاملة، سفينة، عملية): a surname after them names the thing. */
const NAMING_HEADS = set('طراز مشروع خطة حاملة سفينة مدمرة غواصة عملية نظرية عقيدة قانون جائزة');
const STARRED_WORKS = set('المسلسل الفيلم العرض العمل المسرحية');
/** Trades that name a cast after `بطولة` (بطولة الفنان …، بطولة النجمة …): never a contest's name. */
const CAST_NOUNS = set('الممثل الممثلة الممثلين الممثلات الفنان الفنانة الفنانين الفنانات النجم النجمة النجوم النجمات');
/** A person-list mark: a given name, a listed person, a surname. */
const PERSON_MARK = listMarks(['FIRST', 'PER', 'PLAST']);

/**
 * Trims and drops MISC spans that are the sentence going on, not a name: the tail words above come off a span's end; a
 * one-word span that is a bare head is dropped; `بطولة` + a listed person's name is the credit "starring": the head is
 * O and the name a person; `بطولة المسلسل` is the lead role, no contest.
 */
export function trimMiscSpans(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number = () => 1): number[] {
  if (tags.indexOf(B_MISC) < 0) return tags; // no MISC span: most sentences
  const out = DRAFT_TRIM_MISC_SPANS.begin(tags);
  const n = out.length;
  const bare = (s: string) => (s.startsWith('ال') ? s.slice(2) : s);
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_MISC) continue;
    let e = spanEnd(out, b);
    // A head before a quoted or bracketed name (صواريخ " غراد "، سوق " جميلة "): the name is the span, the head outside, as
    // a facility or product named after its head is tagged; the mention would end at the mark and leave the head alone.
    if (e - b >= 3 && NAME_OPENERS.has(sentence[b + 1].text) && sentence[b + 2].kind === 'word' && (BARE_HEADS.has(bare(stems[b])) || isProductHead(stems[b]))) {
      out[b] = out[b + 1] = 0;
      out[b + 2] = B_MISC;
      let c = b + 3;
      while (c < e && sentence[c].kind !== 'punct') c++;
      for (let k = c; k < e; k++) out[k] = 0;
      b = c - 1;
      continue;
    }
    if (STARRING.has(stems[b]) && e - b >= 2) {
      if (STARRED_WORKS.has(stems[b + 1])) { for (let j = b; j < e; j++) out[j] = 0; b = e - 1; continue; }
      // The cast by their trade (بطولة [الممثلين] أمل عرفة، بطولة النجم …): the credit, and the name after it a person.
      if (CAST_NOUNS.has(stems[b + 1]) && e - b >= 3 && !stems.slice(b + 2, e).some((w) => w.startsWith('ال') || w.startsWith('لل'))) {
        out[b] = out[b + 1] = 0;
        for (let j = b + 2; j < e; j++) out[j] = j === b + 2 ? B_PERS : I_PERS;
        b = e - 1;
        continue;
      }
      // A contest named after a person closes with its own words (بطولة محمد السادس [الدولية]، … [للتنس]): it stays one.
      const contestTail = stems.slice(b + 2, e).some((w) => /^ال.*(ي|يه)$/.test(w) || w.startsWith('لل'));
      if (!contestTail && sentence[b + 1].norm === stems[b + 1] && !stems[b + 1].startsWith('ال') && hasMark(marks[b + 1], PERSON_MARK) && !hasMark(marks[b + 1], LOC_ORG_CLUB_MARK)) {
        out[b] = 0;
        for (let j = b + 1; j < e; j++) out[j] = j === b + 1 ? B_PERS : I_PERS;
        b = e - 1;
        continue;
      }
    }
    // A venue's head and closing adjective are outside its name, as our written sets tag stadiums (ملعب [أنفيلد]، استاد
    // [هزاع بن زايد]، ملعب [الشعب] الدولي): the tagger, trained on FANE's facilities, often takes them in. (Airports keep
    // theirs: [مطار حامد كرزاي] الدولي.) A sport after the head is the kind of ground, no name (ملعب غولف، ملعب كرة سلة); a
    // name whose first letter the splitter took for a clitic (ملعب فيسر: ف + يسر) stays with its head, which keeps it whole.
    if (VENUE_HEADS.has(stems[b]) && e - b >= 2 && SPORT_GROUNDS.has(stems[b + 1])) {
      for (let k = b; k < e; k++) out[k] = 0;
      b = e - 1;
      continue;
    }
    if (VENUE_HEADS.has(stems[b]) && e - b >= 2 && stems[b + 1] === sentence[b + 1].norm) {
      out[b] = 0;
      out[++b] = B_MISC;
      if (e - b >= 2 && FACILITY_TAILS.has(stems[e - 1])) out[--e] = 0;
      // A lone participle no list holds describes the ground (ملعب مغلق، ملعب محايد): the tagger took the pair for a name.
      if (e - b === 1 && PARTICIPLE.test(stems[b]) && marks[b].length === 0) { out[b] = 0; continue; }
    }
    // A day closing a two-word name is the name's own (مسجد الخميس، سوق الخميس): days come off longer spans only. A title
    // the quote marks hold whole keeps its last word (فيلم " المدرسة الأخيرة ").
    const quoted = b > 0 && e < n && TITLE_OPENERS.has(sentence[b - 1].text) && TITLE_CLOSERS.has(sentence[e].text);
    // The article FANE writes apart from an ordinal number (بطولة العالم [ال] 11) is the number's.
    if (e - b > 1 && sentence[e - 1].norm === 'ال') out[--e] = 0;
    // A complement that counts the win (بطولة فرنسا المفتوحة [للمرة الرابعة]، كأس العالم [للعام الثاني]) and what follows it are the sentence's.
    const count = sentence.slice(b + 1, e).findIndex((t) => COUNTING.has(t.norm));
    if (count >= 0) { const c = b + 1 + count; for (let k = c; k < e; k++) out[k] = 0; e = c; }
    while (!quoted && e - b > 1 && NOT_NAMING_TAIL.has(stems[e - 1]) && !(e - b === 2 && DAYS.has(stems[e - 1]))) out[--e] = 0;
    if (e - b === 1 && (BARE_HEADS.has(stems[b]) || BARE_HEADS.has(bare(stems[b]))) && sentence[b].kind === 'word') out[b] = 0;
    // A well-known person's surname the training text never saw, alone, after a word that is no head or definite noun it could
    // name a thing after (حاملة الطائرات أيزنهاور، نموذج علام، برنامج " شيك "), is the person (تصريحات [ماكرون]، اتصالا من [ماكرون]).
    else if (e - b === 1 && freq(b) === 0 && marks[b].includes('PLAST-S') && !hasMark(marks[b], NOT_NAME_LISTS) &&
      !stems[b].startsWith('ال') && (b === 0 || (!stems[b - 1].startsWith('ال') && !BARE_HEADS.has(stems[b - 1]) && !NAMING_HEADS.has(stems[b - 1]) &&
      !isProductHead(stems[b - 1]) && sentence[b - 1].kind === 'word'))) out[b] = B_PERS;
    b = e - 1;
  }
  return DRAFT_TRIM_MISC_SPANS.close(tags, out);
}
