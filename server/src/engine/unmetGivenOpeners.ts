// A given name no list and no training text holds, or a listed one, left out of the name it opens (منسقة الأمم المتحدة [كليمنتاين] نكويتا).
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { NOT_NAME_LISTS, hasMark, listedGiven } from './nameMarks';
import { FUTURE_VERB, PERSON_TITLES } from './triggers';
import { KNOWN_FORM } from './pronounNouns';
import { Token } from './tokenize';
import { cueKind, isTitle } from './quoteCues';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/**
 * A pronoun closing a word (زعيمها، رئيسهم، مؤسسته): a title or noun with its owner, no given name; ه alone too, as the
 * tagger's doubt between ه and ة is no given name's.
 */
const PRONOUN_END = /(ه|ها|هما|هم|هن|كم)$/;
/** A clitic or article a given name never opens with (وبينهم، فأعلن، الرئاسي): the splitter may keep such words whole. */
const CLITIC_START = /^(ال|و|ف|لل)/;
const FULL_NAME_BEGIN = /^f?PER-B$/;
/** Shorter words are particles and initials more often than unmet given names. */
const MIN_LENGTH = 4;

/** The word before a given name that makes it the name's first word: where a name may begin. */
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
}

/**
 * Before a person span the tagger began, a whole word that the training text never saw (count 0 for it and its stem)
 * and that no place, body, club or nationality list holds is the given name the tagger doubted: foreign given names are in
 * no list (كليمنتاين، بلاسيد). So is a listed given name of three letters or more (المتحدث باسم الوزارة [علي] راضي ثامر).
 * Only where a name may begin: after a verb of saying, a title,
 * a nationality, a definite word of the title's complement (منسقة الشؤون الإنسانية) or a place the tagger read (not
 * one fronted with its preposition: وفي الرباط احتفلوا).
 * Never after another person (two persons side by side), nor a word with a pronoun or a clitic (زعيمها، وبينهم: session 40's
 * try took them in), a future verb (سيدعم) or an accusative of a known word (منافسا), nor a word of fewer than four letters.
 */
export function unmetGivenOpeners(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  freq: (k: number) => number, reads: OpenerReads): number[] {
  let out = tags;
  for (let b = 1; b < tags.length; b++) {
    const given = b - 1;
    // A name of two words or more (a surname alone is named so after its first mention, with no given name before it),
    // not one opening with و (another person after this one: رغدة [وليلى طاهر]).
    if (tags[b] !== B_PERS || tags[b + 1] !== I_PERS || tags[given] !== 0 || !arabicFirst(text(given)) || (text(b).startsWith('و') && !stems[b].startsWith('و'))) continue;
    const whole = normalizeArabic(text(given));
    const listed = listedGiven(marks[given], reads.count(whole));
    if (!givenShape(whole, stems[given], text(given), reads.count, listed ? 3 : MIN_LENGTH) ||
      !(listed || (freq(given) === 0 && !hasMark(marks[given], NOT_NAME_LISTS)))) continue;
    // A full name the people list holds from the span's first word has its given name already (الإسرائيلي غدرا [يحيى عياش]).
    if (hasMark(marks[b], FULL_NAME_BEGIN) || !opensName(stems, tags, given - 1, reads)) continue;
    if (out === tags) out = tags.slice();
    out[given] = B_PERS;
    out[b] = I_PERS;
  }
  return out;
}

/** An indefinite accusative of a known word (منافسا، رسميا): the sentence's adverb or object, no given name. */
const accusative = (w: string, count: (w: string) => number) => w.endsWith('ا') && count(w.slice(0, -1)) >= KNOWN_FORM;


/**
 * A word (`whole` normalised, `written` as written) that may be a given name by its shape: whole (`stem`, no clitic the
 * splitter read), no clitic or article opening it, `minLength` letters at least (four unless listed), no pronoun closing
 * it, no title, no future verb, no accusative of a known word.
 */
function givenShape(whole: string, stem: string, written: string, count: (w: string) => number, minLength = MIN_LENGTH): boolean {
  return whole === stem && !CLITIC_START.test(whole) && whole.length >= minLength && !PRONOUN_END.test(written) && !PERSON_TITLES.has(whole) &&
    !FUTURE_VERB.test(whole) && !accusative(whole, count);
}

/** Token k (k < 0: the sentence's start) lets the word after it open a name. */
function opensName(stems: readonly string[], tags: readonly number[], k: number, reads: OpenerReads): boolean {
  // Not at a clause's start: a verb opens most Arabic sentences, and a rare spelling of one is unmet (تلاقى، استعدت).
  if (k < 0 || !reads.word(k)) return false;
  const label = tagLabel(tags[k]);
  // A body's name may go on past where the tagger ended it (جامعة القاضي [عياض]); a place closes a title's complement
  // (مندوب الصليب الأحمر في كينيا ·), not a place fronted with its preposition: the clause after it opens with its verb
  // (وفي الرباط احتفلوا، وفي دمشق يتظاهرون).
  if (label !== undefined) {
    let p = k;
    while (p > 0 && isInside(tags[p])) p--;
    return label === 'LOCATION' && !reads.fronted(p) && !(p > 0 && reads.fronted(p - 1));
  }
  const title = (j: number) => j >= 0 && (reads.title(j) || PERSON_TITLES.has(stems[j]));
  // A definite word only as a title's complement (المتهم الخامس، منسقة الشؤون الإنسانية): elsewhere it is any noun or
  // a function word spelled with ال (الذي، الى، الحين).
  return reads.verb(k) || reads.nationality(k) || title(k) || (stems[k].startsWith('ال') && (title(k - 1) || title(k - 2)));
}

/**
 * The same given name before a surname document consistency spreads (the article names the person by surname elsewhere,
 * and the tagger missed the full name here): token g is unmet, whole (no clitic the splitter read) and opens a name after a
 * verb of saying, a title, a title's definite complement or a place (`placeEndsAt(k)`: a place mention ends at token k).
 * Reads only the paragraph's tokens, so the open document's links agree with a fresh analysis.
 */
export function unmetGivenBefore(tokens: readonly Token[], stems: readonly string[], prefixes: readonly string[], g: number,
  count: (w: string) => number, placeEndsAt: (k: number) => boolean): boolean {
  if (g < 1 || tokens[g].kind !== 'word' || prefixes[g] || !arabicFirst(tokens[g].text)) return false;
  if (!givenShape(tokens[g].norm, stems[g], tokens[g].text, count) || count(tokens[g].norm) > 0) return false;
  const k = g - 1;
  if (tokens[k].kind !== 'word') return false;
  if (placeEndsAt(k)) return true;
  const title = (j: number) => j >= 0 && tokens[j].kind === 'word' && (isTitle(tokens[j]) || PERSON_TITLES.has(stems[j]));
  return cueKind(tokens[k]) === 'verb' || title(k) || (stems[k].startsWith('ال') && (title(k - 1) || title(k - 2)));
}
