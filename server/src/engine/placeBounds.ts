// Place spans after decoding, in the ANERcorp convention the project measures against: the settlement or
// administrative head noun stays outside (`قرية [نعلين]`, `بولاية [تيبازة]`), a facility named after a place tags
// the place (`مطار [حلب]`), and a small unlisted town coordinated with a place (`سنار [والقضارف]`) is a place too.
import { beginTag as B, insideTag as I, isInside, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { isTitleWord } from './namePatterns';
import { wordSet as set } from './wordSets';
import { derivedCommonNoun } from './derivedNouns';
import { EXACT_NAME_LISTS, PLACE_LIST, hasMark } from './nameMarks';
import { TagDraft } from './tagDraft';
const DRAFT_PLACE_HEADS_OUT = new TagDraft();
const DRAFT_SPLIT_COORDINATED_PLACES = new TagDraft();
const DRAFT_COORDINATED_PLACES = new TagDraft();
const DRAFT_JOIN_LISTED_PLACES = new TagDraft();
const CONJ_BEFORE_TWO = /^[وف](?=..)/, PREPOSITION_BEFORE_TWO = /^[بلك](?=..)/, PRONOUN_END = /(ها|هم|هما|هن|كم|نا|ي)$/;
const NOT_PLACE_LIST = /(^|\|)(NAT|ORG|CLUB|FIRST|PER)(\||$)/, NOT_PLACE_MARK = /^(NAT|ORG|CLUB|FIRST|PER)-/;
const B_LOC = B('LOC');
const I_LOC = I('LOC');
const I_MISC = I('MISC');

/**
 * Settlement and administrative heads: outside the place in ANERcorp and NewsFANE (`مدينة` 89 times outside,
 * 11 inside in NewsFANE); the Wojood sample, three times in training, keeps them inside, so the tagger often does.
 * Natural features (`جزيرة`, `جبل`, `خليج`) keep their head and are not here.
 */
export const SETTLEMENT_HEADS = set(`
  مدينة مدينتي مدن قرية قريتي قرى بلدة بلدتي بلدات حي حيي أحياء ولاية ولايتي ولايات محافظة محافظتي محافظات مديرية مديريتي
  إقليم أقاليم قضاء ناحية مقاطعة ريف مخيم مخيمي مخيمات مستوطنة منطقة منطقتي جهة عاصمة
`);

/** Facilities that take a place's name (`مطار [بغداد] الدولي`, `معبر [باب الهوى]`, `ميناء [الزاوية]`, `منفذ [القائم]`, `سجن [صيدنايا]`). */
export const PLACE_FACILITIES = set('مطار ميناء مرفأ معبر مصفاة منفذ سجن');
/**
 * Venues: their names are as often persons and common words (ملعب [أنفيلد]، ملعب [الشعب]), which linking would spread, so
 * only a venue named by a listed place gives the place (ملعب [سوسة] الأولمبي، استاد [القاهرة] الدولي).
 */
export const VENUE_HEADS = set('ملعب استاد');
/** Sports after a venue's head name the kind of ground, not a place (ملعب غولف، ملعب تنس). */
export const SPORT_GROUNDS = set('غولف جولف تنس كرة اسكواش');
/** Adjectives that close a facility's description, outside the place (`الدولي`, `الحدودي`). */
export const FACILITY_TAILS = set('الدولي الحدودي النفطي البحري الجوي الأولمبي الرياضي المركزي التجاري الوطني');

/** Training-text count from which a word is common enough that a one-word place made of it would spread. */
export const COMMON_NAME = 20;

const isPlaceMark = (m: string) => m.startsWith('LOC-');

/**
 * The name `b..e` of a facility is a person's (مطار الملك خالد، مطار رفيق الحريري): a title (الملك، الملكة، الشيخ), or
 * two words or more all of the name lists. The broad lists hold place names and adjectives too (باب، الهوى، الدولي),
 * so a word any place list holds is no name word here.
 */
function namedAfterPerson(stems: string[], marks: readonly string[][], b: number, e: number): boolean {
  const place = (k: number) => marks[k].some(isPlaceMark);
  const title = (k: number) => isTitleWord(stems[k]) || (stems[k].startsWith('ال') && isTitleWord(stems[k].slice(2)));
  // One word alone is a place even when it is a given name too (ميناء جيهان، مصفاة الجيلي): airports take full names.
  let allNames = e - b >= 2;
  for (let k = b; k < e; k++) {
    if (title(k)) return true;
    if (place(k) || !hasMark(marks[k], EXACT_NAME_LISTS)) allNames = false;
  }
  return allNames;
}

/**
 * The bare form of a word before the settlement-head lookup (بولاية → ولاية، وبمدينة → مدينة), shared by training
 * (the corpus convention) and run time: one و/ف then one ب/ل/ك, each only when two letters stay.
 */
export const headForm = (word: string): string => word.replace(CONJ_BEFORE_TWO, '').replace(PREPOSITION_BEFORE_TWO, '');

/**
 * The words of span b..e after a venue's head, up to a closing adjective, are one listed place as spelled (سوسة، الدار
 * البيضاء); one word must not be a sport, whose ground it is (ملعب غولف: the broad place list holds the English word
 * gulf so).
 */
function listedPlaceName(marks: readonly string[][], stems: string[], b: number, e: number): boolean {
  let end = b + 1;
  while (end < e && !FACILITY_TAILS.has(stems[end])) end++;
  if (end - b === 1) return marks[b].includes('LOC-S') && !SPORT_GROUNDS.has(stems[b]);
  return marks[b].includes('LOC-B') && marks[end - 1].includes('LOC-E');
}

/** The head of a place span starting at `b` is part of a listed place (`مدينة السادس من أكتوبر`), not a head. */
function listedWhole(marks: readonly string[][], b: number, e: number): boolean {
  if (!marks[b].includes('LOC-B')) return false;
  for (let k = b + 1; k < e; k++) if (marks[k].includes('LOC-E')) return true;
  return false;
}

/**
 * A place span that opens with a settlement head loses the head; a span of a facility head (LOC or MISC, as FANE
 * tags facilities whole) keeps only the place, without the closing adjective. (Venues, `ملعب [أنفيلد]`, were tried:
 * their names are as often persons and common words, which linking then spreads.)
 * `marks` are the sentence's gazetteer marks, `stems` its clitic-free normalised words.
 */
export function placeHeadsOut(stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number,
  wordFreq: (w: string) => number = () => 0): number[] {
  // Only place and MISC spans of two words or more change: without an inside tag of either there is none (and no copy).
  if (tags.indexOf(I_LOC) < 0 && tags.indexOf(I_MISC) < 0) return tags;
  const out = DRAFT_PLACE_HEADS_OUT.begin(tags);
  const n = out.length;
  // One word left alone must be a rare word or a listed place: a common one (حي [الرمال], مدينة [نصر]) would be linked to
  // every later use of it; a listed one (مطار [بيروت] الدولي) is a place wherever it stands.
  // (The list may hold the facility whole, `معبر رفح`: the place then closes a listed phrase.)
  const standsAlone = (b: number, e: number) => e - b > 1 || freq(b) < COMMON_NAME || marks[b].includes('LOC-S') || marks[b].includes('LOC-E');
  for (let b = 0; b < n; b++) {
    const label = tagLabel(out[b]);
    if (!label || isInside(out[b])) continue;
    let e = spanEnd(out, b);
    if (e - b < 2) { b = e - 1; continue; }
    // The head with a clitic the splitter kept (بولاية): its bare form.
    const head = SETTLEMENT_HEADS.has(stems[b]) || PLACE_FACILITIES.has(stems[b]) ? stems[b] : headForm(stems[b]);
    // A listed whole (مدينة السادس من أكتوبر) keeps its head when the rest opens with a common word; the place list
    // also holds `ولاية تيبازة`-style rows, whose rest is a name by itself.
    if (label === 'LOCATION' && SETTLEMENT_HEADS.has(head) && !(listedWhole(marks, b, e) && freq(b + 1) >= COMMON_NAME) && standsAlone(b + 1, e)) {
      out[b] = 0;
      out[b + 1] = B_LOC;
    } else if ((label === 'LOCATION' || label === 'MISC') && (PLACE_FACILITIES.has(head) || (VENUE_HEADS.has(head) && listedPlaceName(marks, stems, b + 1, e)))) {
      // The name ends at the first closing adjective (مطار [الملك خالد] الدولي بالرياض): words after it are the sentence.
      let end = b + 2;
      while (end < e && !FACILITY_TAILS.has(stems[end])) end++;
      // A facility named after a person (مطار رفيق الحريري، مطار الملكة علياء) is no place: the span stays a facility,
      // ending with its adjective.
      if (namedAfterPerson(stems, marks, b + 1, end)) {
        const cut = Math.min(e, end + 1);
        for (let k = cut; k < e; k++) out[k] = 0;
        b = cut - 1;
        continue;
      }
      // One derived word after the head is what a verbal noun acts on (سجن المغردين: jailing bloggers), no place.
      if (!standsAlone(b + 1, end) || (end - b === 2 && !marks[b + 1].includes('LOC-S') && derivedCommonNoun(stems[b + 1], wordFreq))) { b = e - 1; continue; }
      for (let k = end; k < e; k++) out[k] = 0;
      e = end;
      out[b] = 0;
      for (let k = b + 1; k < e; k++) out[k] = k === b + 1 ? B_LOC : I_LOC;
    }
    b = e - 1;
  }
  return DRAFT_PLACE_HEADS_OUT.close(tags, out);
}

/**
 * `[المنيا وسوهاج]` as one place: the tagger, trained on lists of places, sometimes joins coordinated places. A place
 * span is split at a `و` word that begins another place: its rest a listed place (`lists(w)`: the lists holding the
 * normalised phrase w), or, right after a one-word place, a word as rare in the training text as a place name and
 * not shaped as a present-tense verb (وعمامة [ويطارد]: rare verbs are no places; listed places pass by the list).
 * A span the place list holds whole (البوسنة والهرسك) stays one.
 */
export function splitCoordinatedPlaces(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[],
  lists: (w: string) => string | undefined, restFreq: (k: number) => number): number[] {
  if (tags.indexOf(B_LOC) < 0) return tags; // every split is inside a place span: most sentences have none
  const out = DRAFT_SPLIT_COORDINATED_PLACES.begin(tags);
  const n = out.length;
  for (let b = 0; b < n; b++) {
    if (tagLabel(out[b]) !== 'LOCATION' || isInside(out[b])) continue;
    const e = spanEnd(out, b);
    if (e - b < 2) { b = e - 1; continue; }
    // Looked up only for spans of two words or more (most places are one word): the joins allocate.
    const whole = lists(stems.slice(b, e).join(' ')) ?? lists(sentence.slice(b, e).map((t) => t.norm).join(' '));
    if ((whole && whole.split('|').includes('LOC')) || (marks[b].includes('LOC-B') && marks[e - 1].includes('LOC-E'))) { b = e - 1; continue; }
    let start = b;
    for (let k = b + 1; k < e; k++) {
      const w = sentence[k].norm;
      if (sentence[k].kind !== 'word' || w[0] !== 'و' || w.length < 4) continue;
      const rest = w.slice(1);
      const listed = (lists(rest) ?? '').split('|').includes('LOC');
      // (Not after a direction alone, which names no place: شمال [وزيرستان] is one region.)
      const shaped = k === start + 1 && restFreq(k) < RARE_PLACE && !/^[يتن]/.test(rest) && !DIRECTIONS.has(stems[start]);
      if (!listed && !shaped) continue;
      out[k] = B_LOC;
      start = k;
    }
    b = e - 1;
  }
  return DRAFT_SPLIT_COORDINATED_PLACES.close(tags, out);
}

/** Training-text count below which an unknown word after `و` next to a place is taken as another place. */
const RARE_PLACE = 3;

/**
 * `… [الإسكندرية] [والمنيا] وسوهاج ،`: a word after `و`, right after a place span, rare in the training text (or a
 * listed place), ending the list (punctuation, the end, a preposition or another place next) is a place too. Common
 * words (`والمنطقة`) and verbs (`وأصيب`) are frequent, and a word running on into the sentence is not taken.
 * `restFreq(k)` is the training count of token k without its first letter; `lists(w)` the lists holding normalised w.
 */
export function coordinatedPlaces(sentence: Token[], marks: readonly string[][], tags: number[], restFreq: (k: number) => number, lists: (w: string) => string | undefined): number[] {
  // A place joins the list only after a place tag (one it makes counts for the next word): none, nothing to join.
  if (tags.indexOf(B_LOC) < 0 && tags.indexOf(I_LOC) < 0) return tags;
  const out = DRAFT_COORDINATED_PLACES.begin(tags);
  const n = out.length;
  const ends = (k: number) => k >= n || sentence[k].kind === 'punct' || tagLabel(out[k]) === 'LOCATION' || LIST_ENDS.has(sentence[k].norm) ||
    (sentence[k].norm.startsWith('و') && (marks[k].some(isPlaceMark) || restFreq(k) < RARE_PLACE) && k + 1 < n && sentence[k + 1].kind === 'punct');
  for (let k = 1; k < n; k++) {
    if (out[k] !== 0 || sentence[k].kind !== 'word' || tagLabel(out[k - 1]) !== 'LOCATION') continue;
    const w = sentence[k].norm;
    if (w[0] !== 'و' || w.length < 4 || (w.startsWith('وال') && w.length < 6) || (k + 1 < n && isInside(out[k + 1]))) continue;
    // Listed as marked, or without the و the clitic splitter left on (بغداد [وبعقوبة]: too rare a word for the splitter).
    const bare = lists(w.slice(1)) ?? '', listed = (marks[k].some(isPlaceMark) || PLACE_LIST.test(bare)) && !hasMark(marks[k], NOT_PLACE_MARK) && !NOT_PLACE_LIST.test(bare);
    // A word with a pronoun suffix (وغيرها، وعمي) is no place; the training text splits those suffixes off, so it looks rare.
    if (!listed && (restFreq(k) >= RARE_PLACE || PRONOUN_END.test(w))) continue;
    // A time adverbial ends the list only after a definite word: a verb, never definite, takes its own (وتأجلت الشهر الماضي),
    // as does the plural of a participle (والمعتقلون الأسبوع الماضي).
    if (!ends(k + 1) && !(w.startsWith('وال') && k + 1 < n && TIME_ENDS.has(sentence[k + 1].norm) && !derivedCommonNoun(w.slice(1), () => 0))) continue;
    out[k] = B_LOC;
  }
  return DRAFT_COORDINATED_PLACES.close(tags, out);
}

/** Time adverbials that follow a list of places (`في لحج والضالع الشهر الماضي`، `… امس`, a weekday). */
const TIME_ENDS = set('اليوم أمس امس الشهر الأسبوع الاسبوع العام السنة الليلة صباح مساء فجر ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت');

/** Words after which a list of places has ended (`في سنار والقضارف بعد …`). */
export const LIST_ENDS = set('في من إلى الى على علي عن مع بعد قبل حيث التي الذي الذين خلال منذ حتى وسط بين');

/**
 * `[البوسنة] [والهرسك]`, `[ترينيداد] [وتوباغو]`: two place spans side by side, the second opening with `و`, that the
 * place list holds as one phrase are one place (the tagger, trained on coordinated places, begins a new one at `و`).
 */
export function joinListedPlaces(sentence: Token[], tags: number[], lists: (w: string) => string | undefined): number[] {
  if (tags.indexOf(B_LOC) < 0) return tags; // two place spans to join: most sentences have none
  const out = DRAFT_JOIN_LISTED_PLACES.begin(tags);
  const n = out.length;
  for (let b = 0; b < n; b++) {
    if (tagLabel(out[b]) !== 'LOCATION' || isInside(out[b])) continue;
    const e = spanEnd(out, b);
    if (e < n && out[e] === B_LOC && sentence[e].norm.startsWith('و')) {
      const e2 = spanEnd(out, e);
      if ((lists(sentence.slice(b, e2).map((t) => t.norm).join(' ')) ?? '').split('|').includes('LOC')) {
        for (let k = e; k < e2; k++) out[k] = I_LOC;
        b = e2 - 1;
        continue;
      }
    }
    b = e - 1;
  }
  return DRAFT_JOIN_LISTED_PLACES.close(tags, out);
}

/** Directions that open a region's name after a state's head (not after a town's: بلدة [وسط الصومال] is where it lies). */
export const DIRECTIONS = set('شمال جنوب شرق غرب وسط');
