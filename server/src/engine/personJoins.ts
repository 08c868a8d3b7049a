// Person spans joined and split where news writes names side by side: a nationality before a name, two names
// joined by و, one name cut in two pieces or by a name link (ولد، بن), a kunya or particle, a family nisba
// or an unseen surname left out.
import { beginTag, insideTag, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { PERSON_TITLES } from './triggers';
import { EXACT_NAME_LISTS, hasMark, NAME_LISTS, NOT_NAME_LISTS } from './nameMarks';
import { wordSet as set } from './wordSets';
import { pronounOnNoun } from './pronounNouns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const isPerson = (t: number) => tagLabel(t) === 'PERSON';

/** What the person steps read about a sentence's tokens (the same readers adjustPersonBounds gets). */
export interface PersonWords {
  stems: readonly string[];
  marks: readonly string[][];
  /** Training-text count of token k (word and stem). */
  freq: (k: number) => number;
  /** The token as written. */
  text: (k: number) => string;
  /** Training-text count of a normalised word. */
  wordFreq: (w: string) => number;
  /** The normalised word is a listed name part (given names, Wikidata name parts, surnames of the people list). */
  nameWord: (w: string) => boolean;
}

/** Training-text count below which a word is unseen enough to be a foreign name part. */
const RARE = 3;
const notName = (w: PersonWords, k: number) => hasMark(w.marks[k], NOT_NAME_LISTS);
const whole = (w: PersonWords, k: number) => normalizeArabic(w.text(k));
const isWord = (w: PersonWords, k: number) => arabicFirst(w.text(k));

/** Runs the steps in order on `out` (a copy the caller owns). */
export function joinPersonParts(w: PersonWords, out: number[]): void {
  nationalityBeforeName(w, out);
  splitAtConjunction(w, out);
  mergeAdjacent(w, out);
  particlesBefore(w, out);
  nisbaSurnames(w, out);
  linkedNames(w, out);
  unseenSurnames(w, out);
  unseenGivenNames(w, out);
  aliBeforeCompoundNames(w, out);
}

/**
 * 1. A nationality adjective the tagger read as a one-word person right before a name (سجل [المصري] محمد صلاح) is the
 *    person's nationality: O.
 */
function nationalityBeforeName(w: PersonWords, out: number[]): void {
  for (let b = 0; b + 1 < out.length; b++) {
    if (out[b] !== B_PERS || out[b + 1] !== B_PERS) continue;
    if (w.marks[b].includes('NAT-S') && w.stems[b].startsWith('ال')) out[b] = 0;
  }
}

/**
 * 2. Inside a person span, a word that is و + a listed name part while the whole word is no name (ماكرون [وشولتس]،
 *    بن زايد [وأردوغان]) begins the next person: names are coordinated, never joined, by و (وليد and ويليام are listed whole).
 *    Not where the rest is definite, unseen and no nisba: a foreign name spelled with و (كريستوفر والكين) the Wikidata
 *    parts cut as و + `الكين`; a definite name coordinated is a known one (علي والحسين) or a family nisba (مبارك والعادلي).
 */
function splitAtConjunction(w: PersonWords, out: number[]): void {
  for (let k = 1; k < out.length; k++) {
    if (out[k] !== I_PERS) continue;
    const word = whole(w, k);
    if (word.length < 4 || word[0] !== 'و' || w.nameWord(word) || !w.nameWord(word.slice(1)) || w.wordFreq(word) >= 3) continue;
    if (word.startsWith('ال', 1) && !/[يه]$/.test(word) && w.wordFreq(word.slice(1)) < RARE) continue;
    out[k] = B_PERS;
  }
}

/**
 * 3. Two person spans side by side with no و between them are one name cut in two (عاصم | منير، سام بانكمان | فريد):
 *    news gold almost never puts two people next to each other without a conjunction or a comma (NewsFANE 8 of 2,676).
 */
function mergeAdjacent(w: PersonWords, out: number[]): void {
  for (let k = 1; k < out.length; k++) {
    // Only where a person begins right after another: the tests below read lists and counts.
    if (out[k] !== B_PERS || !isPerson(out[k - 1])) continue;
    // Where the two meet, both words are Arabic name parts or unseen words (not أيمن نور [ترشيح] | موسى …, a span run on;
    // not جون نيولاندز | John Newlands, a name and its spelling in Latin letters).
    // After a particle that opens the name, a word the place lists hold too is the name's (فون دير | لاين: دير, a monastery).
    const afterParticle = k >= 2 && isPerson(out[k - 2]) && PARTICLES.has(w.stems[k - 2]);
    // A particle opening a longer name the tagger read is the name's; فان only before a word the training text knows little
    // (رود | فان نيستلروي), for فإن opens a clause before an Arabic name (حسب كلام يوسف ندا فان نصر الدين كان).
    const particleOpens = (PARTICLES.has(w.stems[k]) || (w.stems[k] === VAN && w.freq(k + 1) < VAN_SURNAME)) && out[k + 1] === I_PERS;
    if (!coordinated(w, k) && (namePart(w, k - 1) || afterParticle) && (namePart(w, k) || particleOpens) && isWord(w, k - 1) && isWord(w, k)) out[k] = I_PERS;
  }
}

/**
 * Token k is in a name list or too rare in the training text to be a common word, and in no place or body list
 * (a name, then [إلى] before a place: the Wikidata name parts and the places list both hold the preposition).
 */
const namePart = (w: PersonWords, k: number) => !notName(w, k) && (hasMark(w.marks[k], NAME_LISTS) || w.freq(k) < RARE);

/** Token k is و + a name (وناصر، وريم), not a name that begins with the letter (وليد، ويليام: listed whole, not after و). */
function coordinated(w: PersonWords, k: number): boolean {
  const word = whole(w, k);
  return word[0] === 'و' && !(w.nameWord(word) && !w.nameWord(word.slice(1)));
}

/**
 * Particles that open a name before the given name or surname after them (kunyas, European particles). Not فان: it is
 * also فإن written without hamza ([فإن] ستولمان يرى).
 */
const PARTICLES = new Set(['ابو', 'دي', 'دا', 'فون', 'دو', 'ديل', 'دل']);
/** The Dutch particle, a name's only inside a person span (step 3). */
const VAN = 'فان';
/** Training count under which the word after فان is a foreign surname (نيستلروي 11), not an Arabic name a clause opens with (نصر 60). */
const VAN_SURNAME = 20;
/** أم opens a kunya (أم كريم) but is also the conjunction "or" (ترامب أم هاريس): only before a lone given name, not after a name. */
const MOTHER = 'ام';

/**
 * 5. A particle the tagger left before a name is the name's first word: a kunya (عمي [أبو] كريم، خالتي [أم] كريم) or a
 *    European particle ([دي] ستيفانو، [فون] دير لاين). The project's convention keeps أبو inside names.
 */
function particlesBefore(w: PersonWords, out: number[]): void {
  for (let b = 1; b < out.length; b++) {
    if (out[b] !== B_PERS || out[b - 1] !== 0) continue;
    const p = whole(w, b - 1);
    const lone = out[b + 1] !== I_PERS && hasMark(w.marks[b], EXACT_NAME_LISTS);
    if (!PARTICLES.has(p) && !(p === MOTHER && lone && (b < 2 || !isPerson(out[b - 2])))) continue;
    out[b - 1] = B_PERS;
    out[b] = I_PERS;
  }
}

/** The lists a nisba after a lone given name may be in (a nationality or a family name), and after a longer name. */
const AFTER_GIVEN_NAME: readonly string[] = ['NAT-S', 'LAST-S', 'PLAST-S'];
const AFTER_NAME: readonly string[] = ['NAT-S'];

/** A well-known person's surname or the end of a listed full name: the name before a nisba is whole. */
const WHOLE_NAME_END = /^f?(PLAST-S|PER-E)$/;

/** Nouns a nationality adjective is said of, after a name (كلوب الألماني [الجنسية]، المصري [الأصل]). */
const NISBA_OF = new Set(['الجنسيه', 'الاصل', 'المولد', 'المنشا']);

/**
 * 6. A definite nationality or family nisba right after a lone Arabic given name is the family name (للبحريني خالد
 *    [الكويتي]، الباحثة ليلى [الجزائري]), and a nationality after a longer name too (محمد شياع [السوداني]): the
 *    nationality of a person stands before the name. Training news agrees: NewsFANE, WikiFANE and Wojood tag a
 *    nationality right after a person's name inside it 55 times in 65.
 */
function nisbaSurnames(w: PersonWords, out: number[]): void {
  for (let b = 0; b + 1 < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    let e = b + 1;
    while (e < out.length && out[e] === I_PERS) e++;
    // After a name of two words or more any such nisba (محمد شياع [السوداني]); after one word, only after a given name.
    // The nisba must be listed (the last test below): most words after a name have no mark, and the tests between read counts.
    if (e >= out.length || out[e] !== 0 || w.marks[e].length === 0 || (e - b === 1 && !w.marks[b].includes('FIRST-S'))) { b = e - 1; continue; }
    const next = whole(w, e);
    // After two words, a nationality only (a listed surname there is as often a rank: توماس برديتش [الثاني]), and not
    // after a well-known person's surname: that name is whole, the adjective describes the person (جو بايدن الأمريكي).
    if (e - b > 1 && hasMark(w.marks[e - 1], WHOLE_NAME_END)) { b = e - 1; continue; }
    // Nor after a noun with its pronoun the tagger ran the name into (أردوغان بنظيره [الروسي]): the nisba is that noun's.
    if (pronounOnNoun(w.text(e - 1), w.wordFreq)) { b = e - 1; continue; }
    const lists = e - b === 1 ? AFTER_GIVEN_NAME : AFTER_NAME;
    // Nor before الجنسية/الأصل/المولد: then the nisba is said of the person (يورغن كلوب [الألماني الجنسية]).
    const said = e - b > 1 && e + 1 < out.length && NISBA_OF.has(w.stems[e + 1]);
    if (!said && next.startsWith('ال') && next.endsWith('ي') && w.marks[e].some((m) => lists.includes(m))) out[e] = I_PERS;
    b = e - 1;
  }
}

/** Name links between two parts of one name (Mauritanian ولد، بنت; بن، ابن after a first name). */
const LINKS = new Set(['ولد', 'بنت', 'بن', 'ابن']);
/** A kunya's father word, which never closes a name (أبو، أبي after بن). */
const KUNYA = new Set(['ابو', 'ابي']);
/** Titles that a lineage carries after a link as an ancestor's name (ولد الشيخ، ولد السيد، بن الحاج). */
const LINEAGE_TITLES = new Set(['الشيخ', 'السيد', 'الحاج', 'الامام']);
/** Training-text count from which a word after a link is a function word (ولد [في] القاهرة: the verb "was born"). */
const FUNCTION_WORD = 200;

/**
 * 7. A name link the tagger left out or ended a name with joins the word after it (أمادو [ولد] عبد الرحمن، ومحمد البشير
 *    [ولد المختار]، وحمودي ولد المصطفى ولد [الوالي]): the convention keeps ولد and بن inside, and the word after a link is a
 *    name, unless it is a function word, a title, a place or body, or و opens another person.
 */
function linkedNames(w: PersonWords, out: number[]): void {
  const linkable = (k: number) => {
    if (k >= out.length || !isWord(w, k) || notName(w, k)) return false;
    const word = whole(w, k);
    return word[0] !== 'و' && w.wordFreq(word) < FUNCTION_WORD && !PERSON_TITLES.has(w.stems[k]);
  };
  for (let k = 1; k + 1 < out.length; k++) {
    // A name the tagger ended with a link or a kunya's أبو is cut: the word after it is the name's, also where a place or
    // body list holds it (نبيل أبو [الفتح]، سعد بن أبي [وقاص]).
    // After أبو a word with و is the name (أبي [وقاص]): no name is coordinated into a kunya.
    // The tags are read first: this loop sees every token, and only a span's last word is normalised.
    if (out[k] === I_PERS && out[k + 1] === 0 && isWord(w, k + 1)) {
      const link = whole(w, k);
      const kunya = KUNYA.has(link);
      if ((LINKS.has(link) || kunya) && (kunya || whole(w, k + 1)[0] !== 'و') && w.wordFreq(whole(w, k + 1)) < FUNCTION_WORD &&
        !PERSON_TITLES.has(w.stems[k + 1])) {
        out[k + 1] = I_PERS;
        continue;
      }
    }
    if (!isPerson(out[k - 1]) || !LINKS.has(whole(w, k))) continue;
    if (out[k] === 0 && out[k + 1] === B_PERS && !coordinated(w, k + 1)) { out[k] = I_PERS; out[k + 1] = I_PERS; continue; }
    if ((out[k] === 0 || out[k] === I_PERS) && out[k + 1] === 0 && linkable(k + 1)) { out[k] = I_PERS; out[k + 1] = I_PERS; continue; }
    // A title after a link names an ancestor, part of the lineage, when a name follows it (سيدي محمد ولد [الشيخ] عبد الله).
    if ((out[k] === 0 || out[k] === I_PERS) && out[k + 1] === 0 && LINEAGE_TITLES.has(w.stems[k + 1]) && out[k + 2] === B_PERS) {
      out[k] = I_PERS; out[k + 1] = I_PERS; out[k + 2] = I_PERS;
    }
  }
}

/** Training-text count under which a foreign given name (listed, no Arabic given name) is still a rare one (هانز). */
const RARE_FOREIGN = 10;

/** Token k is unseen in the training text, or a rare foreign given name of the name lists (not an Arabic given name: سعيد، كريم). */
const unseenName = (w: PersonWords, k: number) => w.freq(k) < RARE ||
  (w.freq(k) < RARE_FOREIGN && !w.marks[k].includes('FIRST-S') && w.marks[k].some((m) => m === 'NAME-S' || m === 'PLAST-S'));

/** Token k as written ends in a pronoun suffix after a word the training text knows (سيطرته، ترشحه; not كلوغه, nor ة). */
function pronounSuffixed(w: PersonWords, k: number): boolean {
  const m = /(ه|ها|هم|هما)$/.exec(w.text(k));
  return !!m && w.wordFreq(whole(w, k).slice(0, -m[1].length)) > 0;
}

/**
 * 8. A one-word name, foreign or unseen itself, before a word the training text never saw (فرانتس [بكنباور]، رياك [مشار]،
 *    منوشهر [متكي]) is a given name and its surname: the unseen word is in no place or body list, has no clitic or article.
 */
function unseenSurnames(w: PersonWords, out: number[]): void {
  for (let b = 0; b + 1 < out.length; b++) {
    if (out[b] !== B_PERS || out[b + 1] !== 0 || !unseenName(w, b) || !isWord(w, b + 1) || notName(w, b + 1)) continue;
    const word = whole(w, b + 1);
    if (word.length < 3 || word.startsWith('ال') || word[0] === 'و' || word !== w.stems[b + 1] || w.freq(b + 1) > 0 || w.wordFreq(word) > 0) continue;
    // Unseen forms of common words: a pronoun suffix as written (سيطرته، ترشحه; not ة), a dual or plural present verb
    // (يبحثان), an accusative with its tanween or of a known noun (نشرا).
    if (pronounSuffixed(w, b + 1) || /اً$/.test(w.text(b + 1)) || /^[يت].{2,}(ان|ون|وا)$/.test(word) || (word.endsWith('ا') && w.wordFreq(word.slice(0, -1)) > 0)) continue;
    // A participle in the accusative after a speaker (عرقجي [ممازحا]، مؤكدا، مشيرا): م… ending in ا.
    if (word.length >= 5 && word[0] === 'م' && word.endsWith('ا')) continue;
    out[b + 1] = I_PERS;
  }
}

/**
 * 9. A word the training text never saw, that the name lists hold as spelled and no other list does, right before a
 *    name the tagger began after it, is its given name ([مرتضى] منصور، [روي] فيتوريا).
 */
function unseenGivenNames(w: PersonWords, out: number[]): void {
  for (let b = 1; b < out.length; b++) {
    if (out[b] !== B_PERS || out[b - 1] !== 0 || !isWord(w, b - 1) || notName(w, b - 1) || w.freq(b - 1) > 0) continue;
    const word = whole(w, b - 1);
    if (word.length < 3 || word !== w.stems[b - 1] || !hasMark(w.marks[b - 1], EXACT_NAME_LISTS) || PERSON_TITLES.has(word)) continue;
    // Not a definite word (المغني), a noun with its pronoun (رفيقه), nor before a name coordinated by و (التقى ترامب وإيلون ماسك).
    if (word.startsWith('ال') || word[0] === 'و' || pronounSuffixed(w, b - 1) || whole(w, b)[0] === 'و') continue;
    out[b - 1] = B_PERS;
    out[b] = I_PERS;
  }
}

/** Verbs and their nouns that take على (clitic-free, normalised): علي after them is the preposition, not a given name. */
const ON_VERBS = set(`
  وافق وافقت وافقوا صوت صوتت صوتوا اعترض اعترضت اعترضوا احتج احتجت رد ردت ردوا حكم حكمت قبض قبضت عثر عثرت أثنى أثنت
  شدد شددت أكد أكدت ركز اطلع أصر حرص اعتدى اعتدت هجم سيطر استولى أطلق أطلقت أطلقوا صادق صادقت صدق وقع وقعت اقترح اقترحت
  تعرف تعرفت أقر أقرت
  الموافقة التصويت الاعتراض الرد الحكم القبض الاعتداء الهجوم المصادقة
`);

/** Token k is a verb that takes على, read as stemmed or as written less its و/ف (the splitter keeps واعترض whole). */
const onVerb = (w: PersonWords, k: number) => k >= 0 && (ON_VERBS.has(w.stems[k]) || ON_VERBS.has(whole(w, k).replace(/^[وف]/, '')));

/**
 * 10. `علي` spelled with ي right before a name of three words or more that opens with عبد (فوز [علي] عبد الله صالح،
 *     نظام [علي] عبدالله صالح) is its given name: the preposition على before a full name is rare in news, the name common.
 */
function aliBeforeCompoundNames(w: PersonWords, out: number[]): void {
  for (let b = 1; b < out.length; b++) {
    if (out[b] !== B_PERS || out[b - 1] !== 0 || w.text(b - 1) !== 'علي' || !w.stems[b].startsWith('عبد')) continue;
    // After a verb that takes على, right before it or before its definite subject, علي is the preposition written with ي
    // (وافق البرلمان [علي] عبد الحميد محمد رئيسا، اعترض النواب [علي] …).
    // The subject may be a construct of two words (أقر مجلس الشعب [علي] …).
    if (onVerb(w, b - 2) || (w.stems[b - 2]?.startsWith('ال') && (onVerb(w, b - 3) || (onVerb(w, b - 4) && !w.stems[b - 3].startsWith('ال'))))) continue;
    let e = b + 1;
    while (e < out.length && out[e] === I_PERS) e++;
    // عبدالله written as one word counts as two (عبدالله صالح).
    if (e - b + (w.stems[b].length > 3 ? 1 : 0) < 3) continue;
    out[b - 1] = B_PERS;
    out[b] = I_PERS;
  }
}
