// Places named after a settlement, facility, venue or installation head (بلدة [كفرنبل]، ميناء [الدقم]) or listed after a plural one (مدن [بيداوة] [وبلدوين]) that the tagger left O.
import { beginTag, insideTag, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { cueBit } from './sentenceCues';
import { wordSet as set } from './wordSets';
import { derivedCommonNoun } from './derivedNouns';
import { COMMON_NAME, DIRECTIONS, FACILITY_TAILS, headForm, LIST_ENDS, PLACE_FACILITIES, SETTLEMENT_HEADS, VENUE_HEADS } from './placeBounds';
import { allBaseArabic, normalizeArabic } from './normalize';
import { locatedByDirection } from './directionPlaces';
import { hasMark, listMarks } from './nameMarks';
import { SQUARE_HEADS } from './squarePlaces';
import { TIME_WORDS } from './quoteCues';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const ORG_CLUB_NAT_MARK_ANY = listMarks(['ORG', 'CLUB', 'NAT']);
const BI_START = /^[وف]?ب/;
const PRONOUN_END = /(ه|ها|هم)$/;

const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');
const B_PERS = beginTag('PERS');

/** Installations named after their village or town (`منشأة [فوردو]`, `مفاعل [ديمونا]`), beside the facilities above. */
const INSTALLATIONS = set('منشأة منشاة مفاعل');
/** A field names its place only with the adjective that closes it (حقل [الشرارة] النفطي; حقل كهرومغناطيسي is physics). */
const FIELD_HEADS = set('حقل');
/** Adjectives that close the name of a crossing or a field (منفذ [القائم] الحدودي، حقل [الشرارة] النفطي): the word between is its place. */
const CROSSING_TAILS = set('الحدودي النفطي الغازي');
/** Folded marks of the name lists (a given name, a surname, a name part). */
const FOLDED_NAME_PART = /^f(NAME|PLAST|LAST|FIRST)-/;
const STATE_HEADS = set('ولاية محافظة إقليم');
/** Facility heads that are verbal nouns too (سجن: prison and imprisoning). */
const VERBAL_NOUN_HEADS = set('سجن');
/** Plural heads name no single place, and one is a verbal noun too (لإحياء: to revive). */
const PLURAL_WORDS = 'مدن قرى بلدات أحياء ولايات محافظات أقاليم مخيمات';
const PLURAL_HEADS = set(PLURAL_WORDS);

/** Heads of two letters with the ب the splitter leaves on them (بحي). Not و (وحي is revelation) nor ل (لحى, beards). */
const CLITIC_SHORT_HEADS: ReadonlySet<string> = new Set([...SETTLEMENT_HEADS].filter((h) => h.length === 2).map((h) => 'ب' + h));
/** A quarter's head: a definite word in construct after it is the quarter's name however common (حي [الدرجة]، بحي [المربع]). */
const QUARTER_HEAD = normalizeArabic('حي');
/** Definite words after حي that name no quarter: its compass side (حي الشرق, as the corpora tag it) and time words (بث حي الليلة: live). */
const QUARTER_NON_NAMES = set('الشرق الغرب الشمال الجنوب الشرقي الغربي الشمالي الجنوبي الوسط اليوم الليلة الليل النهار الصباح المساء الآن الأسبوع الشهر العام');
/**
 * Definite nouns a square's head is the open ground of (ساحة المعركة، ساحة المسجد، ساحة المدينة), or what is done there (ساحة
 * الإعدام، ساحة الاعتصام), not a named square; the corpora hold no other common construct after a bare ساحة.
 */
const SQUARE_COMMON = set(`المعركة المعارك القتال الحرب الصراع المواجهة المواجهات الميدان المسجد المدرسة الدار المنزل البيت القصر
  الجامعة المستشفى المعرض الملعب الجريمة الحادث الانفجار الاحتفال الاحتفالات العرض السجن المعتقل المحكمة الكنيسة الحرم المطار
  المدينة البلدة القرية العاصمة الحي المخيم الإعدام الاعتصام التظاهر`);
/** Only ساحة: ميدان + a definite noun is a field of work as often (ميدان التربية، ميدان القتال). */
const BARE_SQUARE = normalizeArabic('ساحة');
/** A square's or quarter's name: a definite word of Arabic letters, no noun with its pronoun, no time word (حي [الليلة] is live). */
const definiteName = (w: string, text: string) => w.length >= 5 && allBaseArabic(w) && !PRONOUN_END.test(text) && !TIME_WORDS.has(w);
/** A list other than the places holds the word as spelled: a name, a body or a club, no place. */
const otherListAsSpelled = (m: string) => !m.startsWith('f') && !m.startsWith('LOC-');
/** tagPlacesAfterHeads starts at a settlement, facility or installation head (sentenceCues.ts). */
export const PLACE_HEAD_CUE = cueBit(SETTLEMENT_HEADS, PLACE_FACILITIES, INSTALLATIONS, CLITIC_SHORT_HEADS, VENUE_HEADS, FIELD_HEADS, SQUARE_HEADS);

/** Participles of the shapes مفاعل، مفعول، مستفعل and four-letter مفعل (normalised): a venue described (ملعب [محايد]، ملعب مغلق). */
export const PARTICIPLE = /^(م.ا..|م..و.|مست...|م...)$/;
/** Training count below which the stem left after a clitic the splitter took off is no word the name could be read as. */
const RARE_STEM = 5;

/**
 * Word k after a venue's head is its one-word name: unseen in the training text as written, its stem rare, of Arabic
 * letters, no participle or pronoun form, no body's or club's list word, and the next word no name the tagger began nor
 * an unseen indefinite word (ملعب سانتياغو برنابيو is a person's).
 */
function unseenVenueName(sentence: Token[], stems: string[], marks: readonly string[][], tags: readonly number[], freq: (k: number) => number,
  wordFreq: (w: string) => number, k: number): boolean {
  const w = stems[k];
  // As written unseen; the splitter may read a first ب/ل as the preposition (لوسيل: ل + وسيل), whose rest is then a rare word.
  if (wordFreq(sentence[k].norm) !== 0 || freq(k) >= RARE_STEM || w.length < 4 || !allBaseArabic(w) || w.startsWith('ال') || PARTICIPLE.test(w) || /(ه|ها|هم)$/.test(sentence[k].text)) return false;
  if (hasMark(marks[k], ORG_CLUB_NAT_MARK_ANY)) return false;
  // An unseen next word may be the name's second word, unless it is definite (بالمشجعين), as no foreign name's is.
  return k + 1 >= tags.length || (tags[k + 1] === 0 && !(sentence[k + 1].kind === 'word' && freq(k + 1) === 0 && !stems[k + 1].startsWith('ال')));
}

/**
 * A word right after a settlement, facility or installation head that the tagger left O is the place it names when the
 * training text never saw it and no list calls it anything but a place (`منشأة [فوردو]`، `ميناء [الدقم]`، `بلدة [كفرنبل]`),
 * or when the place list holds it as spelled and no other list does (`محافظتي [تعز]`). `freq(k)`: training count of token k (word and stem).
 */
export function tagPlacesAfterHeads(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number,
  wordFreq: (w: string) => number = () => 0): number[] {
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    // A state named by its direction after an administrative head (ولاية [شمال دارفور]، محافظة [جنوب سيناء]).
    if (out[k] === B_LOC && k >= 2 && out[k - 1] === 0 && DIRECTIONS.has(stems[k - 1]) && STATE_HEADS.has(stems[k - 2])) {
      if (out === tags) out = tags.slice();
      out[k - 1] = B_LOC;
      out[k] = I_LOC;
      continue;
    }
    if (out[k] !== 0 || out[k - 1] !== 0 || sentence[k].kind !== 'word') continue;
    // The clitic splitter keeps its letter on a head of two letters (بحي): read off here.
    const head = CLITIC_SHORT_HEADS.has(stems[k - 1]) ? stems[k - 1].slice(1) : stems[k - 1];
    // A named square the tagger left whole O keeps its head, as the guide tags it (في [ساحة التحرير]): the corpora hold
    // no named square as a facility here, and the common grounds are listed above. A quarter is named by the definite word
    // after its head, common or not (بحي [الجمهوري]): the corpora tag every definite word after a bare حي as a place but its
    // compass side; the head stays outside (the project's convention).
    const w0 = stems[k];
    const square = w0.startsWith('ال') && (head === BARE_SQUARE || headForm(head) === BARE_SQUARE);
    const quarter = !square && w0.startsWith('ال') && head === QUARTER_HEAD;
    if ((square || quarter) && definiteName(w0, sentence[k].text) && !marks[k].some(otherListAsSpelled)) {
      if (square && !SQUARE_COMMON.has(w0)) {
        if (out === tags) out = tags.slice();
        out[k - 1] = B_LOC;
        out[k] = I_LOC;
        continue;
      }
      if (quarter && !QUARTER_NON_NAMES.has(w0) && !derivedCommonNoun(w0, wordFreq)) {
        if (out === tags) out = tags.slice();
        out[k] = B_LOC;
        continue;
      }
    }
    // A venue is named by a place as the list holds it, with the venue's adjective after it (ملعب [المنامة] الوطني), or by
    // one word the training text never saw, neither a participle nor running on into another name (ملعب [لوسيل]): its
    // other names are persons and common words (placeBounds.ts), which linking would spread.
    if (VENUE_HEADS.has(head)) {
      if ((marks[k].includes('LOC-S') && !marks[k].some(otherListAsSpelled) && k + 1 < tags.length && out[k + 1] === 0 && FACILITY_TAILS.has(stems[k + 1])) ||
        unseenVenueName(sentence, stems, marks, out, freq, wordFreq, k)) {
        if (out === tags) out = tags.slice();
        out[k] = B_LOC;
      }
      continue;
    }
    if ((!SETTLEMENT_HEADS.has(head) || PLURAL_HEADS.has(head)) && !PLACE_FACILITIES.has(head) && !INSTALLATIONS.has(head) && !FIELD_HEADS.has(head)) continue;
    // Behind ب a head that is also a verbal noun takes the person it acts on (قضت المحكمة بسجن [متهمين]): no facility then.
    if (VERBAL_NOUN_HEADS.has(head) && BI_START.test(sentence[k - 1].norm)) continue;
    const w = stems[k];
    // A folded match of a name part is loose on a definite word the training text never saw (منطقة [العمشية]: the fold of a
    // surname): after a head, such a word is the place's name.
    const otherList = marks[k].some((m) => !/^f?LOC-/.test(m) && !(sentence[k].norm.startsWith('ال') && FOLDED_NAME_PART.test(m)));
    const unseen = freq(k) === 0 && w.length >= 3 && allBaseArabic(w) && !otherList && !PRONOUN_END.test(sentence[k].text) && !w.endsWith('ا') &&
      // A head that is also a verbal or agent noun (سجن، منفذ) takes what it acts on: the people or events, unseen only in
      // their inflection (سجن [المدونين]، منفذ [التفجيرين]), as a plural head takes what its areas are for.
      !derivedCommonNoun(w, wordFreq);
    // A place listed as spelled outweighs a folded match of another list (مديرية [كتاف]: the fold of a name part); after a
    // state's head, any other list (ولاية [الجزيرة]: a channel and a club are named after the state, not it after them).
    const exactOther = !STATE_HEADS.has(head) && marks[k].some((m) => !m.startsWith('f') && !m.startsWith('LOC-'));
    // A definite word closed by a crossing's or field's adjective is the place, however common (منفذ [القائم] الحدودي).
    const closed = !STATE_HEADS.has(head) && !SETTLEMENT_HEADS.has(head) && k + 1 < tags.length && out[k + 1] === 0 && CROSSING_TAILS.has(stems[k + 1]) &&
      sentence[k].norm.startsWith('ال') && w.length >= 5;
    if (FIELD_HEADS.has(head) ? !closed : !unseen && !closed && !(marks[k].includes('LOC-S') && !exactOther) &&
      !(SETTLEMENT_HEADS.has(head) && !PLURAL_HEADS.has(head) && // Too common a word is made no place by its context alone: linking would spread it (منطقة الشعب شمال العاصمة, then ثورة الملك والشعب).
      wordFreq(sentence[k].norm) < COMMON_NAME && locatedByDirection(sentence, stems, out, k, wordFreq))) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_LOC;
  }
  return out;
}

/**
 * Plural and dual heads that name the places listed after them (مدن [بيداوة] [وبلدوين]، قريتي [بيتا] [وعوريف]، احياء
 * [رفيديا] [والمخفيه]). `بلديات`/`مناطق`/`مديريات` are no settlement heads of the training convention, so listed here alone.
 */
/**
 * A dual head names exactly two places: the second closes the list whatever follows it. Both cases: the subject's
 * (بلدتا كتم وطويلة) as well as the object's (قريتي بيتا وعوريف); not حيا, which is "alive" as often.
 */
const DUAL_WORDS = 'مدينتي قريتي بلدتي مخيمي محافظتي ولايتي حيي مديريتي منطقتي بلديتي منشأتي مدينتا قريتا بلدتا مخيما محافظتا ولايتا مديريتا منطقتا بلديتا منشأتا';
const DUAL_HEADS = set(DUAL_WORDS);
const LIST_HEADS = set(`${PLURAL_WORDS} مديريات بلديات مناطق ${DUAL_WORDS}`);
/** tagPlaceListsAfterHeads starts at one of these heads. */
export const LIST_HEAD_CUE = cueBit(LIST_HEADS);
/** A plural or dual settlement head (its bare form), after which a first letter و or ف is the name's own (mentionStart.ts). */
export const isPlaceListHead = (stem: string): boolean => LIST_HEADS.has(stem) || LIST_HEADS.has(headForm(stem));
/**
 * A word ending in a pronoun suffix is no name, but a name may end in the letters of one (فرشانا، توليوم is none): نا
 * is the pronoun only where the training text knows the word before it (مدننا → مدن).
 */
function pronounEnding(w: string, wordFreq: (w: string) => number): boolean {
  if (/(ها|هم|هما|هن|كم)$/.test(w)) return true;
  if (!w.endsWith('نا')) return false;
  const rest = w.replace(/^و/, '').slice(0, -2);
  return rest.length < 3 || wordFreq(rest) > 0 || wordFreq(rest + 'ه') > 0 || wordFreq(rest.replace(/ت$/, 'ه')) > 0;
}

/** Training-text count below which a word in such a list is a name the tagger could not know. */
const RARE_ITEM = 3;
/** Count below which a word in a list the tagger itself began with a place is taken as the next place. */
const UNCOMMON_ITEM = 20;

/**
 * A list of names after a plural or dual settlement head is a list of places (`مدن بيداوة وبلدوين وجالكعيو`): the tagger
 * reads the first and leaves or mislabels the others, most often behind و. Each item is a place span of the tagger's or
 * one word it left O or read as a one-word person; the items are joined by و and the list must end (punctuation, the
 * sentence's end, a preposition or relative) unless the head is dual. A word is taken when it is rare in the training text,
 * or uncommon and another item is a place already, or under a dual head beside a place; a nationality adjective
 * (مدن بريطانية واميركية), a word with a pronoun suffix or a verb never. The head stays outside (بلديات [السانيا]).
 * `restFreq(k)`: training count of token k and of its form without the first letter (its و).
 */
export function tagPlaceListsAfterHeads(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[],
  freq: (k: number) => number, restFreq: (k: number) => number, isVerb: (k: number) => boolean, wordFreq: (w: string) => number = () => 0): number[] {
  let out = tags;
  const n = tags.length;
  for (let h = 0; h + 2 < n; h++) {
    const head = LIST_HEADS.has(stems[h]) ? stems[h] : headForm(stems[h]);
    if (!LIST_HEADS.has(head)) continue;
    // The tagger took the head into the first place (بلديات السانيا), or read an unseen dual as a place of its own before
    // it (مدينتا بنغازي): the items start after it.
    const headInside = out[h] === B_LOC && (out[h + 1] === I_LOC || (DUAL_HEADS.has(head) && out[h + 1] === B_LOC));
    if (out[h] !== 0 && !headInside) continue;
    const items: { b: number; e: number; place: boolean }[] = [];
    let k = h + 1;
    const cur = headInside ? out.slice() : out;
    if (headInside) { cur[h] = 0; cur[h + 1] = B_LOC; }
    while (k < n && sentence[k].kind === 'word') {
      let e: number;
      if (cur[k] === B_LOC) e = spanEnd(cur, k);
      else if (cur[k] === 0 || (cur[k] === B_PERS && spanEnd(cur, k) === k + 1)) e = k + 1;
      else break;
      items.push({ b: k, e, place: cur[k] === B_LOC });
      if (e < n && sentence[e].kind === 'word' && sentence[e].norm.startsWith('و') && sentence[e].norm.length >= 4) k = e;
      else break;
    }
    if (items.length < 2) continue;
    const dual = DUAL_HEADS.has(head);
    const last = items[items.length - 1];
    const ends = (j: number) => j >= n || sentence[j].kind === 'punct' || LIST_ENDS.has(sentence[j].norm) || tagLabel(cur[j]) !== undefined;
    // The last place may be of two words the tagger left O (وكيدي ماغه .): the second as rare as a name, the list ending after it.
    if (!last.place && !ends(last.e) && last.e + 1 <= n && cur[last.e] === 0 && sentence[last.e].kind === 'word' &&
      !sentence[last.e].norm.startsWith('و') && freq(last.e) < RARE_ITEM && ends(last.e + 1)) last.e++;
    const end = last.e;
    // Two items under a dual head; a plural head's list must end where its last item does (not run on into the sentence).
    if ((dual && items.length !== 2) || (!dual && !ends(end))) continue;
    const count = (j: number) => j === h + 1 ? freq(j) : restFreq(j);
    const listedPlace = (j: number) => marks[j].some((m) => m.startsWith('LOC-'));
    // Under a dual head one item the tagger could not know, or a listed one, is evidence enough for the other
    // (بلدتا [كتم] [وطويلة]: طويلة is "long" too).
    const anyPlace = items.some((it) => it.place) || (dual && items.some((it) => count(it.b) < RARE_ITEM || listedPlace(it.b)));
    const taken: number[] = [];
    let ok = true;
    for (const it of items) {
      if (it.place) continue;
      const j = it.b;
      const w = sentence[j].norm;
      const fits = count(j) < RARE_ITEM || listedPlace(j) || (anyPlace && count(j) < UNCOMMON_ITEM) || (dual && anyPlace);
      // A definite verbal noun or participle plural is the head's construct, not a name (مناطق الاستجمام والتخييم، أحياء المهمشين).
      if (!fits || (!listedPlace(j) && derivedCommonNoun(stems[j], wordFreq)) || marks[j].includes('NAT-S') || pronounEnding(w, wordFreq) || isVerb(j) || w.length < 3) { ok = false; break; }
      taken.push(j);
    }
    if (!ok || (!taken.length && !headInside)) continue;
    if (out === tags) out = tags.slice();
    if (headInside) { out[h] = 0; out[h + 1] = B_LOC; }
    for (const j of taken) out[j] = B_LOC;
    if (last.e - last.b === 2 && !last.place && taken.includes(last.b)) out[last.b + 1] = I_LOC;
    h = end - 1;
  }
  return out;
}
