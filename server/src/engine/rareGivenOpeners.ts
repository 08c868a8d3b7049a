// A rare or unseen given name the tagger left out of the name it opens after a title or nationality (الرئيس النيجيري [بولا] أحمد تينوبو).
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { NOT_NAME_LISTS, RARE_WORD, hasMark } from './nameMarks';
import { PERSON_TITLE_FORMS, PERSON_TITLES } from './triggers';
import { KNOWN_FORM, OTHER_PRONOUN_END, numberOfKnownNoun, pronounOnNoun } from './pronounNouns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** The given names and the people list's surnames, as spelled (not the Wikidata name parts, which hold verbs and nouns). */
const PERSON_PARTS = /^(FIRST|PLAST)-S$/;

/** A place the tagger read closing a title's complement (رئيس وزراء [تايلاند] سريتا تافيسين، ملك [الأردن]). */
function placeAfterTitle(stems: readonly string[], tags: readonly number[], k: number): boolean {
  if (tagLabel(tags[k]) !== 'LOCATION') return false;
  let s = k;
  while (s > 0 && isInside(tags[s])) s--;
  return (s >= 1 && PERSON_TITLE_FORMS.has(stems[s - 1])) || (s >= 2 && PERSON_TITLE_FORMS.has(stems[s - 2]));
}
/**
 * A noun with a pronoun (خارجيتها، برئيسها; داخليته: pronounOnNoun) or a dual or plural of a known noun (لقاءان، مباريات):
 * no given name ends so.
 */
const inflectedNoun = (w: string, wordFreq: (w: string) => number) => (w.length >= 5 && OTHER_PRONOUN_END.test(w)) || numberOfKnownNoun(w, wordFreq);
/** An adverb in the accusative: a known word and its tanween alif, no name part (العاهل الأردني ظهرا خالد). */
const adverb = (w: string, wordFreq: (w: string) => number, namePart: (w: string) => boolean) =>
  w.endsWith('ا') && wordFreq(w.slice(0, -1)) >= KNOWN_FORM && !namePart(w.slice(0, -1));
const FULL_NAME_BEGIN = /^f?PER-B$/;
const FULL_NAME_END = /^f?PER-E$/;
/** A person the full-name list holds whole from its first word already has its given name (الإسرائيلي غدرا [يحيى عياش]). */
function fullName(marks: readonly string[][], tags: readonly number[], b: number): boolean {
  let e = b + 1;
  while (e < tags.length && isInside(tags[e])) e++;
  return e - b >= 2 && hasMark(marks[b], FULL_NAME_BEGIN) && hasMark(marks[e - 1], FULL_NAME_END);
}
/**
 * A word a person list holds as spelled before a one-word person (الرئيس [جورج] بوش، الإسباني [توماس] بيريث) is the given
 * name however often the text saw it, and a place list may hold it too (towns named for people: جورج، توماس). The Wikidata
 * name parts, which hold verbs and nouns, count only with a place list's mark (صوفيا): a verb names no town. Not a word the
 * lists hold only folded, nor before a longer span (whose first word may be the given name already).
 */
const listedBeforeSurname = (marks: readonly string[][], tags: readonly number[], k: number, b: number) =>
  (hasMark(marks[k], PERSON_PARTS) || (marks[k].includes('NAME-S') && marks[k].includes('LOC-S'))) && !isInside(tags[b + 1] ?? 0);

/** A place, people, body or club list holds word k; a place list not when it is a listed given name (listedBeforeSurname). */
function otherListed(marks: readonly string[][], tags: readonly number[], k: number, b: number): boolean {
  const ms = marks[k];
  for (let j = 0; j < ms.length; j++) if (NOT_NAME_LISTS.test(ms[j]) && !(listedBeforeSurname(marks, tags, k, b) && ms[j].startsWith('LOC'))) return true;
  return false;
}

/**
 * After a title or a nationality (الممثلة، رئيس وزراء تايلاند، النيجيري) and before a person span, a whole word (no
 * clitic, no article) that the training text has seen fewer than three times and no place, nationality, body or club list holds is
 * the given name the tagger doubted (الأوروغوياني [فيدي] فالفيردي، الممثلة [نزهة] بيدوان، [سريتا] تافيسين):
 * adjustPersonBounds' step 3 takes only the given-name list, and foreign given names are in the Wikidata parts or
 * nowhere. علي, which news writes for the preposition على, only after a nationality or a title (للبحريني [علي] بلال
 * منصور): after a verbal noun it is the preposition (بالتحفظ علي عبدالفتاح). Not after إمام, which normalises as the
 * preposition أمام (برشلونة أمام ريال بيتيس).
 * `isNationality(k)`: the word at k is a listed nationality; `namePart(w)`: the name lists hold w as a name part.
 */
export function rareGivenOpeners(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number, isNationality: (k: number) => boolean, namePart: (w: string) => boolean): number[] {
  let out = tags;
  for (let b = 2; b < tags.length; b++) {
    const given = b - 1;
    if (tags[b] !== B_PERS || tags[given] !== 0 || tagLabel(tags[b - 2]) === 'PERSON') continue;
    if (!arabicFirst(text(given))) continue;
    const whole = normalizeArabic(text(given));
    // A word the splitter cut (بولا as ب + ولا) counts only if the name lists hold it whole.
    if ((whole !== stems[given] && !namePart(whole)) || whole.startsWith('ال') || whole.length < 3 || PERSON_TITLES.has(whole) || otherListed(marks, tags, given, b)) continue;
    // The title or nationality outside any name: inside a body's name it is the body's (جامعة القاضي عياض يوسف بنعلي).
    const opener = tags[b - 2] === 0 && ((PERSON_TITLE_FORMS.has(stems[b - 2]) && stems[b - 2] !== 'امام') || isNationality(b - 2));
    if (!opener && !placeAfterTitle(stems, tags, b - 2)) continue;
    // After a feminine nisba علي is the preposition (الحكومة الإسرائيلية على أينشتاين): a person's nationality is masculine.
    if (whole === 'علي' ? stems[b - 2].endsWith('ه') : (wordFreq(whole) >= RARE_WORD && !listedBeforeSurname(marks, tags, given, b)) || inflectedNoun(whole, wordFreq) || adverb(whole, wordFreq, namePart) || fullName(marks, tags, b) || pronounOnNoun(text(given), wordFreq, text(given).endsWith('ته'))) continue;
    if (out === tags) out = tags.slice();
    out[given] = B_PERS;
    out[b] = I_PERS;
  }
  return out;
}
