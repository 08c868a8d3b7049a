// A given name the tagger left out of the name it opens after a title, nationality, verb or place (الرئيس النيجيري [بولا] أحمد تينوبو).
import { beginTag, insideTag, isInside, spanEnd, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { NOT_NAME_LISTS, RARE_WORD, hasMark, listedGiven, listMarks } from './nameMarks';
import { FUTURE_VERB, PERSON_TITLE_FORMS, PERSON_TITLES } from './triggers';
import { KNOWN_FORM, OTHER_PRONOUN_END, numberOfKnownNoun, pronounOnNoun } from './pronounNouns';
import { Token } from './tokenize';
import { cueKind, isTitle } from './quoteCues';
import { verbsAla } from './aliNames';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/**
 * A pronoun closing a word (زعيمها، رئيسهم، قميصه): a title or noun with its owner, no given name; ه alone too, as the
 * tagger's doubt between ه and ة is no given name's (it costs الغاني [كواميه] أوسو).
 */
const PRONOUN_END = /(ه|ها|هما|هم|هن|كم)$/;
/**
 * A clitic a given name after a verb never opens with (وبينهم، فأعلن): the splitter may keep such words whole. After a
 * title or nationality the word is the name (الأوروغوياني [فيدي] فالفيردي).
 */
const CLITIC_START = /^(و|ف|لل)/;
/** The given names and the people list's surnames, as spelled (not the Wikidata name parts, which hold verbs and nouns). */
const PERSON_PARTS = /^(FIRST|PLAST)-S$/;
const FULL_NAME_BEGIN = listMarks(['PER'], { places: 'B' });
/** Shorter unlisted words are particles and initials more often than unmet given names. */
const MIN_LENGTH = 4;
/** A listed given name may be as short as علي. */
const MIN_LISTED_LENGTH = 3;

/** The reads of the sentence the test of a name's opener needs. */
export interface OpenerReads {
  /** Token k is a word (not a digit or punctuation). */
  word: (k: number) => boolean;
  /** Token k is a verb of saying or acting (وقالت، تتزعمه). */
  verb: (k: number) => boolean;
  /** Token k is a title or role noun (الرئيس، المتهم، منسقة). */
  title: (k: number) => boolean;
  /** Token k is a listed nationality. */
  nationality: (k: number) => boolean;
  /** Training-text count of a word (normalised). */
  count: (w: string) => number;
  /** Token k is a preposition opening its clause (وفي، وبالرباط، في at the sentence's start). */
  fronted: (k: number) => boolean;
  /** The name lists hold w as a name part. */
  namePart: (w: string) => boolean;
}

/**
 * What the word before a given name says of it: `title` a title, a nationality or a place closing a title's complement
 * (رئيس وزراء [تايلاند]), after which news names a person even by one word; `clause` a verb of saying, a title's
 * definite complement (منسقة الشؤون الإنسانية) or another place, after which a one-word span is rather a surname named
 * alone after its first mention; `none` no opener.
 */
type Opener = 'title' | 'clause' | 'none';

/**
 * Before a person span the tagger began, a word is the given name the tagger doubted where a name may begin (openerAt)
 * and the word may be one: a listed given name (المتحدث باسم الوزارة [علي] راضي ثامر; before a one-word
 * span a people list's word even when a place list holds it too: الرئيس [جورج] بوش), or one the training text has seen
 * fewer than three times and no place, people, body or club list holds (foreign given names are in no list or only in the
 * Wikidata parts: الأوروغوياني [فيدي] فالفيردي، منسقة الأمم المتحدة [كليمنتاين] نكويتا). A word the splitter cut (بولا as
 * ب + ولا) counts only if the name lists hold it whole. Never before a span opening with و (another person), nor a
 * name the full-name list holds from its first word (الإسرائيلي غدرا [يحيى عياش]), nor a word of the sentence by its
 * shape (givenShape). علي, which news writes for the preposition على, not after a verb
 * or a feminine word. After a verb, a title's complement or a place the word must be stricter: no clitic opening it
 * unless listed (CLITIC_START), and a one-word span is rather a surname named alone.
 */
export function leftOutGivenNames(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  reads: OpenerReads): number[] {
  let out = tags;
  for (let b = 1; b < tags.length; b++) {
    const given = b - 1;
    // Not before a span opening with و: another person (رغدة [وليلى طاهر]).
    if (tags[b] !== B_PERS || tags[given] !== 0 || !arabicFirst(text(given)) || (text(b).startsWith('و') && !stems[b].startsWith('و'))) continue;
    const whole = normalizeArabic(text(given));
    const oneWord = !isInside(tags[b + 1] ?? 0);
    const ms = marks[given];
    const listed = whole === 'علي' || listedGiven(ms, reads.count(whole)) || (oneWord && personListed(ms));
    if ((whole !== stems[given] && !reads.namePart(whole)) || !givenShape(whole, text(given), reads.count, reads.namePart, listed) || otherListed(ms) ||
      !(listed || reads.count(whole) < RARE_WORD) || hasMark(marks[b], FULL_NAME_BEGIN)) continue;
    const opener = openerAt(stems, tags, given - 1, reads);
    if (opener === 'none' || (opener === 'clause' && (oneWord || (!listed && CLITIC_START.test(whole))))) continue;
    // After a feminine nisba علي is the preposition (الحكومة الإسرائيلية على أينشتاين): a person's nationality is masculine;
    // so it is after a verb or verbal noun (بالتحفظ علي عبدالفتاح).
    if (whole === 'علي' && (stems[given - 1].endsWith('ه') || reads.verb(given - 1))) continue;
    // So it is after a verb that governs على with a person and the verb's subject (وتفوق اللاعب علي محمد صلاح).
    if (whole === 'علي' && verbsAla(text, tags.length, given, spanEnd(tags, b), reads.title)) continue;
    if (out === tags) out = tags.slice();
    out[given] = B_PERS;
    out[b] = I_PERS;
  }
  return out;
}

/** A people list holds the word as spelled (جورج، توماس), or a name part a place list holds too (صوفيا: a verb names no town). */
const personListed = (ms: readonly string[]) => hasMark(ms, PERSON_PARTS) || (ms.includes('NAME-S') && ms.includes('LOC-S'));
/** A place, people, body or club list holds the word; a place list not when a people list does too (towns named for people). */
const otherListed = (ms: readonly string[]) => ms.some((m) => NOT_NAME_LISTS.test(m) && !(m.startsWith('LOC') && personListed(ms)));

/**
 * An indefinite accusative of a known word (منافسا، رسميا، ظهرا): the sentence's adverb or object, no given name; not one of
 * a name part (بولا: بول).
 */
const accusative = (w: string, count: (w: string) => number, namePart: (w: string) => boolean) =>
  w.endsWith('ا') && count(w.slice(0, -1)) >= KNOWN_FORM && !namePart(w.slice(0, -1));

/**
 * A word (`whole` normalised, `written` as written) that may be a given name by its shape: no article opening it, four
 * letters at least (three if listed), no pronoun closing it (زعيمها، قميصه; PRONOUN_END), no dual or plural of a known
 * noun (لقاءان), no title, no future verb, no accusative of a known word.
 */
function givenShape(whole: string, written: string, count: (w: string) => number, namePart: (w: string) => boolean, listed: boolean): boolean {
  return !whole.startsWith('ال') && whole.length >= (listed ? MIN_LISTED_LENGTH : MIN_LENGTH) &&
    !PRONOUN_END.test(written) && !(whole.length >= 5 && OTHER_PRONOUN_END.test(whole)) && !numberOfKnownNoun(whole, count) &&
    !pronounOnNoun(written, count, written.endsWith('ته')) && !PERSON_TITLES.has(whole) && !FUTURE_VERB.test(whole) && !accusative(whole, count, namePart);
}

/** A title or role noun; not إمام, which normalises as the preposition أمام (برشلونة أمام ريال بيتيس). */
const titleWord = (stems: readonly string[], k: number, reads: OpenerReads) =>
  k >= 0 && stems[k] !== 'امام' && (reads.title(k) || PERSON_TITLES.has(stems[k]) || PERSON_TITLE_FORMS.has(stems[k]));

/** What token k (k < 0: the sentence's start) says of the word after it (Opener). */
function openerAt(stems: readonly string[], tags: readonly number[], k: number, reads: OpenerReads): Opener {
  // Not at a clause's start: a verb opens most Arabic sentences, and a rare spelling of one is unmet (تلاقى، استعدت).
  if (k < 0 || !reads.word(k)) return 'none';
  const label = tagLabel(tags[k]);
  // A body's name may go on past where the tagger ended it (جامعة القاضي [عياض]); a place closes a title's complement
  // (مندوب الصليب الأحمر في كينيا ·), not a place fronted with its preposition: the clause after it opens with its verb
  // (وفي الرباط احتفلوا، وفي دمشق يتظاهرون).
  if (label !== undefined) {
    let p = k;
    while (p > 0 && isInside(tags[p])) p--;
    if (label !== 'LOCATION' || reads.fronted(p) || (p > 0 && reads.fronted(p - 1))) return 'none';
    return titleWord(stems, p - 1, reads) || titleWord(stems, p - 2, reads) ? 'title' : 'clause';
  }
  if (reads.nationality(k) || titleWord(stems, k, reads)) return 'title';
  // A definite word only as a title's complement (المتهم الخامس، منسقة الشؤون الإنسانية): elsewhere it is any noun or
  // a function word spelled with ال (الذي، الى، الحين).
  return reads.verb(k) || (stems[k].startsWith('ال') && (titleWord(stems, k - 1, reads) || titleWord(stems, k - 2, reads))) ? 'clause' : 'none';
}

/**
 * The same given name before a surname document consistency spreads (the article names the person by surname elsewhere,
 * and the tagger missed the full name here): token g is unmet, whole (no clitic the splitter read) and opens a name after a
 * verb of saying, a title, a title's definite complement or a place (`placeEndsAt(k)`: a place mention ends at token k).
 * Reads only the paragraph's tokens, so the open document's links agree with a fresh analysis.
 */
export function unmetGivenBefore(tokens: readonly Token[], stems: readonly string[], prefixes: readonly string[], g: number,
  count: (w: string) => number, placeEndsAt: (k: number) => boolean): boolean {
  if (g < 1 || tokens[g].kind !== 'word' || prefixes[g] || !arabicFirst(tokens[g].text) || tokens[g].norm !== stems[g]) return false;
  if (!givenShape(tokens[g].norm, tokens[g].text, count, () => false, false) || CLITIC_START.test(tokens[g].norm) || count(tokens[g].norm) > 0) return false;
  const k = g - 1;
  if (tokens[k].kind !== 'word') return false;
  if (placeEndsAt(k)) return true;
  const title = (j: number) => j >= 0 && tokens[j].kind === 'word' && (isTitle(tokens[j]) || PERSON_TITLES.has(stems[j]));
  return cueKind(tokens[k]) === 'verb' || title(k) || (stems[k].startsWith('ال') && (title(k - 1) || title(k - 2)));
}
