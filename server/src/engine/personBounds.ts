// Person-name boundaries after decoding, from the name lists: a listed full name is taken whole,
// a place or nationality word before a name is left out. (Taking in a listed surname after a name was
// tried: the Wikidata name parts hold too many common words, dev F1 fell.)
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel, TAGS } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { FUTURE_VERB, MISC_HEADS, NAME_HEADS, ORGANIZATION_HEADS, PERSON_TITLE_FORMS, PERSON_TITLES } from './triggers';
import { isProductHead } from './nameRules';
import { isDisease } from './diseaseNames';
import { ALL_CUES, markBit } from './sentenceCues';
import { joinPersonParts } from './personJoins';
import { familyParts, sonsOfParts } from './familyNames';
import { WALAD_CUE, waladGivenNames } from './waladNames';
import { WideCue } from './wideCues';
import { cutNames } from './cutNames';
import { newNameObjects } from './newNameObjects';
import { regnalNumbersEndNames } from './regnalNames';
import { WEEKDAYS } from './dateLexicon';
import { RELATIVE_DAYS } from './dateParsers';
import { EXACT_NAME_LISTS, hasMark, listedGiven, NAME_LISTS, NOT_NAME_LISTS, listMarks } from './nameMarks';
import { spelledWithHa } from './haNames';
import { COMMON_NOUN, KNOWN_FORM, objectBare, pronounNounsEndNames, pronounOnNoun } from './pronounNouns';
import { definitePlural } from './namePatterns';
import { roleNounsLeftOut } from './roleNouns';
import { titlesEndNames } from './titlesEndNames';
import { placesEndNames } from './placesEndNames';
import { TagDraft } from './tagDraft';
import { personStop } from './particleEnds';
const DRAFT_ADJUST_PERSON_BOUNDS = new TagDraft();
const CLITIC_START = /^[فبلك]/;

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');


const isPerson = (t: number) => tagLabel(t) === 'PERSON';
/** Training count from which a noun before a lone ه makes it the pronoun in any paragraph (فريق: 157). */
const FREQUENT_NOUN = 100;
/** A listed surname rarer than this in the training text is taken as the person's name. */
const RARE_NAME = 3;

/**
 * The two steps that may make a person span start from a listed surname or a listed full name; every later step
 * needs a person span. Without these marks and a person, adjustPersonBounds changes nothing (sentenceCues.ts).
 */
const SURNAME_MARKS = markBit('PLAST-S');
const FULL_NAME_MARKS = markBit('PER-B', 'fPER-B');
export const PERSON_LIST_MARKS = SURNAME_MARKS | FULL_NAME_MARKS;

const named = (marks: readonly string[][], k: number) => hasMark(marks[k], NAME_LISTS);
const notName = (marks: readonly string[][], k: number) => hasMark(marks[k], NOT_NAME_LISTS);

/**
 * Applies the boundary corrections to one decoded sentence; `marks` are its gazetteer marks, `listed` their summary
 * (sentenceMarks: the first two steps scan the sentence only where their marks are).
 * `wide`: whether the sentence holds a pass's wide cue (hasWideCue in correctTags; unknown: every step runs).
 * One function per step: a step meeting a case for the first time on new text recompiles alone (V8), not all five.
 */
export function adjustPersonBounds(stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number, text: (k: number) => string = () => '', wordFreq: (w: string) => number = () => 0,
  nameWord: (w: string) => boolean = () => false, spellsTa: () => boolean = () => false, listed: number = ALL_CUES,
  wide: (cue: WideCue) => boolean = () => true): number[] {
  const out = DRAFT_ADJUST_PERSON_BOUNDS.begin(tags);
  if (listed & SURNAME_MARKS) wellKnownSurnames(stems, marks, out, freq, text);
  if (listed & FULL_NAME_MARKS) listedFullNames(marks, out, freq);
  // Every later step moves the bounds of a person span already there: most sentences have none (one native scan, not six loops).
  if (out.indexOf(B_PERS) < 0) return DRAFT_ADJUST_PERSON_BOUNDS.close(tags, out);
  roleNounsLeftOut(stems, marks, out, text);
  givenNames(stems, marks, out, freq, text, wordFreq, nameWord);
  // These steps only trim or split names of two words or more (none makes a word a name's from nothing): one native scan
  // skips all seven where every name is one word (a surname alone, ماكرون).
  if (out.indexOf(I_PERS) >= 0) {
    titlesEndNames(stems, marks, out);
    openersLeftOut(stems, marks, out);
    futureVerbsEndNames(stems, marks, out, wordFreq);
    weekdaysEndNames(stems, marks, out);
    objectsEndNames(stems, marks, out, wordFreq);
    newNameObjects(stems, marks, out, wordFreq);
    placesEndNames(stems, marks, out, text, wordFreq);
    regnalNumbersEndNames(stems, marks, out);
  }
  joinPersonParts({ stems, marks, freq, text, wordFreq, nameWord }, out);
  cutNames(stems, marks, freq, text, out);
  familyParts(text, out);
  sonsOfParts(text, out);
  if (wide(WALAD_CUE)) waladGivenNames(stems, marks, text, wordFreq, out);
  // ته is ة spelled before a pronoun (إصابته), whatever the paragraph writes for a final ة; so is a lone ه after a frequent
  // noun (فريقه) in no name list (سلامه، جمعه), or, where ة is spelled, in none as spelled with ه (نظيره is no نظيرة).
  pronounNounsEndNames(out, text, wordFreq, (w) => (spellsTa() || w.endsWith('ته') || wordFreq(w.slice(0, -1)) >= FREQUENT_NOUN) &&
    (!nameWord(w) || (spellsTa() && !spelledWithHa(w))), (k) => k > 0 && isPerson(out[k - 1]) && (marks[k].includes('PER-E') || marks[k].includes('PER-I')));
  return DRAFT_ADJUST_PERSON_BOUNDS.close(tags, out);
}

/**
 * 5b. A name runs on into the day after it (بوش خطابا [الخميس]): a definite weekday ends no name, though the
 *     given-name lists hold some (الخميس). Before step 6, which then drops the verb's object the day followed.
 */
function weekdaysEndNames(stems: string[], marks: readonly string[][], out: number[]): void {
  // After a lone given name the day is the family name (خالد [الخميس]، حسين [الجمعة]: Gulf and Levant surnames), as in step 6.
  dropLastWords(out, (b, e) => stems[e - 1].startsWith('ال') && WEEKDAYS.has(stems[e - 1]) && !(e - b === 2 && marks[b].includes('FIRST-S')));
  // A relative day is no family name at all (الوزير محمد [أمس] إن).
  dropLastWords(out, (_b, e) => RELATIVE_DAYS.has(stems[e - 1]) && !named(marks, e - 1));
}

/** Words that open a compound name with a definite second word (زين العابدين، أبو العينين), normalised. */
// Not compoundOpeners' sets: only openers whose second may be a definite plural or dual; عبد's is a divine name, never one.
const PLURAL_SECOND_OPENERS = new Set(['زين', 'ابو', 'ذو', 'نور', 'ابن', 'بن']);

/**
 * 6. A name runs on into the verb's object after it (أحمد الشرع [مرسوما]، نانسي عجرم [حفلا]، محمد صلاح [هدفين]): an
 *    indefinite accusative or a dual whose singular is a common word, in no name list as spelled, never ends a name. (A listed place behind ب/ل/ك, محمد السادس
 *    [بفاس], was tried too: foreign surnames split the same way, كلوب → لوب، بنيس → نيس.)
 */
function objectsEndNames(stems: string[], marks: readonly string[][], out: number[], wordFreq: (w: string) => number): void {
  // Listed as spelled, not folded: folding drops the accusative's alef (خطابا → خطاب, سلطانا → سلطان: given names).
  // A dual must be a form the training text has seen, in no name list even folded: foreign names end so too (كورين، كيفين).
  const object = (k: number) => !hasMark(marks[k], EXACT_NAME_LISTS) && stems[k].length >= 4 && !stems[k].startsWith('ال') && objectBare(stems[k]) !== '' &&
    wordFreq(objectBare(stems[k])) >= COMMON_NOUN &&
    (stems[k].endsWith('ا') || (wordFreq(stems[k]) > 0 && !named(marks, k)));
  // After a lone given name the word is the family name (نور [أسما]، عمر [دينا]): a subject named by its given name
  // alone before an object is rare in news, which names the actor in full (أحمد الشرع مرسوما).
  dropLastWords(out, (b, e) => !(e - b === 2 && marks[b].includes('FIRST-S')) && object(e - 1));
  // Nor does an adverb of a nisba the training text knows open one (اتصالا [هاتفيا] بأردوغان، [رسميا]): the name starts
  // after it. The given-name lists hold the names so spelled (ناديا، صوفيا).
  const adverb = (k: number) => stems[k].endsWith('يا') && !stems[k].startsWith('ال') && !hasMark(marks[k], EXACT_NAME_LISTS) &&
    wordFreq(stems[k].slice(0, -1)) >= KNOWN_FORM;
  for (let b = 0; b + 1 < out.length; b++) {
    if (out[b] === B_PERS && out[b + 1] === I_PERS && adverb(b)) { out[b] = 0; out[b + 1] = B_PERS; }
  }
  // A definite plural in no list after a name of two words is the verb's object or the sentence going on (سعود الشريم
  // [المصلين]، سالم مسعود [العائدين]); two words may be one compound given name (زين العابدين), as after أبو (أبو العينين).
  dropLastWords(out, (b, e) => e - b >= 3 && definitePlural(stems[e - 1]) && marks[e - 1].length === 0 && !PLURAL_SECOND_OPENERS.has(stems[e - 2]));
}

/** Drops the last word of each person name of two or more words for which `drop(begin, end)` says so. */
function dropLastWords(out: number[], drop: (b: number, e: number) => boolean): void {
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    if (e - b >= 2 && drop(b, e)) out[e - 1] = 0;
    b = e - 1;
  }
}

/** A future-tense verb of six letters or more (`سيلتقي`, `ستزور`, `سنعمل`; shorter ones end too many names): its present form (`يلتقي`) frequent in the training text, itself in no name list. */
const futureVerb = (w: string) => w.length >= 6 && FUTURE_VERB.test(w);
/** Training-text count of the present form from which the word is taken as the verb, not a name (`سيرجي` and `ستيفن` are listed; at 10, `سيتوجه` stayed in a name). */
const COMMON_VERB = 2;

/** 5. A name runs on into the future-tense verb after it (`وبايدن [سيلتقي]`): the verb is never part of the name. */
function futureVerbsEndNames(stems: string[], marks: readonly string[][], out: number[], wordFreq: (w: string) => number): void {
  dropLastWords(out, (_b, e) => futureVerb(stems[e - 1]) && !named(marks, e - 1) && wordFreq(stems[e - 1].slice(1)) >= COMMON_VERB);
}

/**
 * 0. The surname of a well-known person (people list), rare in the training text and in no place or body list, is that person;
 *    not a disease behind a clitic the splitter kept (لفيروس: the people list holds a فيروس).
 */
function wellKnownSurnames(stems: string[], marks: readonly string[][], out: number[], freq: (k: number) => number, text: (k: number) => string): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    // Also where the tagger read it as a one-word MISC, place or body that no place or body list holds (بينما حذر [ماكرون] من،
    // وزار [بريجنيف] العاصمة، ونفى [حفتر]): an event is not named by a surname alone, a product only after its head (نموذج
    // [علام] اللغوي), a company only after its (شركة [فورد]).
    if (!marks[i].includes('PLAST-S')) continue;
    const label = tagLabel(out[i]);
    const oneWord = !isInside(out[i]) && (i + 1 >= n || !isInside(out[i + 1]));
    const misread = (label === 'MISC' || label === 'LOCATION' || (label === 'ORGANIZATION' && !(i > 0 && ORGANIZATION_HEADS.has(stems[i - 1])))) && oneWord && !(i > 0 && isProductHead(stems[i - 1]));
    if ((out[i] !== 0 && !misread) || notName(marks, i) || freq(i) >= RARE_NAME || isDisease(text(i) ? normalizeArabic(text(i)) : stems[i], stems[i])) continue;
    out[i] = i > 0 && isPerson(out[i - 1]) ? I_PERS : B_PERS;
    if (i + 1 < n && isInside(out[i + 1])) out[i + 1] = TAGS.indexOf('B-' + TAGS[out[i + 1]].slice(2));
  }
}

/** Tokens b..e-1 are all listed name parts or rare (unseen foreign) words. */
const continuesName = (marks: readonly string[][], freq: (k: number) => number, b: number, e: number) => {
  for (let k = b; k < e; k++) if (!named(marks, k) && freq(k) >= RARE_NAME) return false;
  return true;
};

/** A name part's own list (given names, Wikidata name parts, surnames), not the full name the word is matched in. */
const NAME_PART = listMarks(['NAME', 'FIRST', 'LAST', 'PLAST']);

/** 1. A listed full name (PER, multi-word) that overlaps a person span covers it whole where the rest is O. */
function listedFullNames(marks: readonly string[][], out: number[], freq: (k: number) => number): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    if (marks[i].length === 0) continue;
    const begin = marks[i].find((m) => m === 'PER-B' || m === 'fPER-B');
    if (!begin) continue;
    const list = begin.slice(0, -2);
    let e = i + 1;
    while (e < n && !marks[e].includes(list + '-E')) e++;
    if (e >= n) continue;
    const span = out.slice(i, e + 1);
    if (!span.some(isPerson) || span.some((t) => t !== 0 && !isPerson(t))) continue;
    if (i > 0 && isInside(out[i]) && isPerson(out[i - 1])) continue;
    // A folded match takes in no common word the tagger left out: folding leaves a word a letter or two (ميلوني [سياسة]
    // folds as ميلاني سي, a singer), so the words it adds must be name parts or unseen.
    if (list === 'fPER' && span.some((t, k) => t === 0 && freq(i + k) >= RARE_NAME && !hasMark(marks[i + k], NAME_PART))) continue;
    markSpan(out, i, e + 1, B_PERS, I_PERS);
    // The tagger's span running on past the listed name: name parts (فرديناند ماركوس [جونيور]) stay in it, common
    // words (محمود عباس [القيادي]) leave it; before, a new person started there and common words became one.
    let c = e + 1;
    while (c < n && isInside(out[c]) && isPerson(out[c])) c++;
    if (c > e + 1 && !continuesName(marks, freq, e + 1, c)) for (let k = e + 1; k < c; k++) out[k] = 0;
    i = e;
  }
}

/**
 * 3. A given name the tagger left out of the name it opens (المشير [خليفة] حفتر، وزير الصحة [أمين] التهراوي), and an
 *    unknown word it cut from a given name alone (رئيس الحكومة عزيز [أخنوش]): given names that are also words
 *    (خليفة، أمين، عزيز) are what the tagger doubts.
 * Not علي: the preposition على normalises to it, and much news writes it so (NewsFANE: 38 prepositions to 7 names).
 */
function givenNames(stems: string[], marks: readonly string[][], out: number[], freq: (k: number) => number, text: (k: number) => string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): void {
  const n = out.length;
  // Nor a preposition whose hamza tells it from a given name (أمام is no إمام: `خسر أمام [إسبانيا]`, `أمام [الراند]`).
  const firstName = (k: number) => marks[k].includes('FIRST-S') && !notName(marks, k) && !stems[k].startsWith('ال') && stems[k] !== 'علي' && !personStop(text(k));
  // Before a title's name, the name parts a surname list holds too or the text knows little (المشير [خليفة] حفتر).
  const opener = (k: number) => firstName(k) || (stems[k] !== 'علي' && !stems[k].startsWith('ال') && normalizeArabic(text(k)) === stems[k] && !personStop(text(k)) &&
    listedGiven(marks[k], wordFreq(stems[k])));
  const isWord = (k: number) => arabicFirst(text(k));
  for (let b = 1; b < n; b++) {
    if (out[b] !== B_PERS || out[b - 1] !== 0 || !opener(b - 1) || (b > 1 && isPerson(out[b - 2]))) continue;
    // Only after a title or the definite word that ends one (وزير الصحة، المشير): after في or a verb the word is a common noun (في رحاب).
    const before = b >= 2 ? stems[b - 2] : '';
    if (!PERSON_TITLES.has(before) && !(before.startsWith('ال') && normalizeArabic(text(b - 2)).startsWith('ال'))) continue;
    // A name part no given-name list holds only after a title or its complement: after a function word spelled with ال
    // it is a noun or verb of the sentence (الى [موت] فيرجينيا، الذي [ساند] ماو).
    const title = (k: number) => k >= 0 && PERSON_TITLE_FORMS.has(stems[k]);
    if (!firstName(b - 1) && !title(b - 2) && !(title(b - 3) || title(b - 4))) continue;
    out[b - 1] = B_PERS;
    out[b] = I_PERS;
  }
  for (let b = 0; b + 1 < n; b++) {
    if (out[b] !== B_PERS || spanEnd(out, b) !== b + 1 || !firstName(b) || out[b + 1] !== 0) continue;
    // A word the splitter cut (فيسر as ف + يسر) is as rare as its whole form; a conjunction (وجون) is another name.
    const whole = normalizeArabic(text(b + 1));
    const rare = whole !== stems[b + 1] && !whole.startsWith('و') ? wordFreq(whole) < RARE_NAME : freq(b + 1) < RARE_NAME;
    if (stems[b + 1].startsWith('ال') || notName(marks, b + 1) || !rare || !isWord(b + 1)) continue;
    out[b + 1] = I_PERS;
  }
  // A rare listed name alone (a foreign given name: جيروم) takes the listed name part after it even when the training
  // news knows that word (جيروم [باول]: Powell is frequent there, as a name), but not a function word. (freq counts the
  // word and its stem, so a word seen twice counts 4.)
  for (let b = 0; b + 1 < n; b++) {
    if (out[b] !== B_PERS || spanEnd(out, b) !== b + 1 || out[b + 1] !== 0 || freq(b) >= 2 * RARE_NAME || !named(marks, b) || notName(marks, b + 1)) continue;
    // The whole word, not the stem: the clitic splitter reads باول as ب + اول.
    const whole = normalizeArabic(text(b + 1));
    // After a given name, not a surname with ال (الركراكي [قوله]: a folded list match of a verbal noun).
    if (whole.startsWith('ال') || stems[b].startsWith('ال') || stems[b + 1].startsWith('ال') || whole.length < 4 || !named(marks, b + 1) || wordFreq(whole) >= COMMON_SURNAME || !isWord(b + 1)) continue;
    // A word the splitter cut is a name part only if listed whole (باول), not for its stem (ماكرون [بخطاب]: ب + خطاب, listed as a given name).
    if (whole !== stems[b + 1] && !whole.startsWith('و') && !nameWord(whole)) continue;
    // Nor a noun with ه whose bare form is a known word and no name (ماكرون [نظيره]: folded, نظيرة is a given name).
    if (pronounOnNoun(text(b + 1), wordFreq) || (text(b + 1).endsWith('ه') && wordFreq(whole.slice(0, -1)) >= KNOWN_FORM && !nameWord(whole.slice(0, -1)))) continue;
    out[b + 1] = I_PERS;
  }
  // A listed name alone before a word the splitter cut (مارك [فيسر] read as ف + يسر) that the training news never saw whole is a
  // surname, unless the rest is a head noun or title (عفيف [لقناة] …: ل + قناة). (Any unseen word after a listed name was tried: NewsFANE and Wojood PERS fell, unseen common words are many there.)
  for (let b = 0; b + 1 < n; b++) {
    if (out[b] !== B_PERS || spanEnd(out, b) !== b + 1 || out[b + 1] !== 0 || !named(marks, b) || notName(marks, b + 1) || !isWord(b + 1)) continue;
    const whole = normalizeArabic(text(b + 1));
    // The whole word listed as a name part (فيسر): an unseen common word with a clitic is not (ماكرون [بخطاب] متلفز: ب + خطاب).
    if (!nameWord(whole) || whole.startsWith('ال') || stems[b + 1].startsWith('ال') || whole.startsWith('و') || whole.length < 4 || wordFreq(whole) > 0 || !CLITIC_START.test(whole) ||
      stems[b + 1] !== whole.slice(1) || NAME_HEADS.has(stems[b + 1]) || MISC_HEADS.has(stems[b + 1]) || PERSON_TITLES.has(stems[b + 1])) continue;
    out[b + 1] = I_PERS;
  }
}

/** Training-text count from which a listed name part after a rare given name is rather a word of the sentence. */
const COMMON_SURNAME = 50;

/**
 * 2. A nationality, place or body word that opens a longer name (الجزائري عبد الحق …) stays outside it;
 *    so does a definite word before a listed given name (الطبيبة سلام حداد), or after a title in construct (شيخ الأزهر).
 */
function openersLeftOut(stems: string[], marks: readonly string[][], out: number[]): void {
  const n = out.length;
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    if (e - b < 2) continue;
    const opener = (marks[b].includes('NAT-S') && stems[b].startsWith('ال')) || (notName(marks, b) && !named(marks, b)) ||
      (e - b >= 3 && stems[b].startsWith('ال') && !named(marks, b) && marks[b + 1].some((m) => m === 'FIRST-S')) ||
      // An unlisted nisba before two or more names is the person's nationality (الأوروغواياني دييغو فورلان), not a name part.
      (e - b >= 3 && stems[b].startsWith('ال') && stems[b].length >= 8 && /(اني|ي)$/.test(stems[b]) && !named(marks, b) && named(marks, b + 1)) ||
      // A definite word after a title in construct is the title's complement (شيخ [الأزهر] أحمد الطيب، وزير الدفاع …): the
      // corpora start a person there 4 times in 77. Not الدين of a compound given name (سيد الدين، نور الدين).
      // Only before a name of two words or more: alone it is the name (مستشار [البرهان] إن، not a person إن).
      (e - b >= 3 && b > 0 && stems[b].startsWith('ال') && stems[b] !== 'الدين' && !stems[b - 1].startsWith('ال') && PERSON_TITLES.has(stems[b - 1]));
    if (opener) {
      out[b] = 0;
      out[b + 1] = B_PERS;
      b++;
    }
    b = e - 1;
  }
}
