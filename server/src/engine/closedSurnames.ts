// A person read as far as a given name takes the one word after it that a clause closer ends: the family name the tagger doubted.
import { beginTag, insideTag, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { hasMark, NOT_NAME_LISTS } from './nameMarks';
import { PERSON_TITLES } from './triggers';
import { WEEKDAYS } from './dateLexicon';
import { RELATIVE_DAYS } from './dateParsers';
import { objectBare, pronounOnNoun } from './pronounNouns';
import { wordSet as set } from './wordSets';
import { presentVerb } from './verbRunOns';
import { markBit } from './sentenceCues';
import { FREE_OPENERS } from './compoundOpeners';
import type { PersonWords } from './personJoins';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const isPerson = (t: number) => tagLabel(t) === 'PERSON';

/**
 * Words that end a subject or object named in full (normalised, clitic-free): the complementiser of a saying verb (قال
 * … إن), a preposition, a time word, a relative pronoun. A name's family word stands before them; a given name's next
 * word before them is that family word far more often than a common word of the sentence.
 */
const CLOSERS = set(`
  ان انه انها بان وان قوله قولها في من عن على علي الى مع منذ خلال حول امام لدى عبر بعد قبل يوم امس اليوم مساء صباح
  الذي التي الذين
`);

/** Particles and adverbs that go on with the sentence after a subject (النبي دانيال [لأن] من…، قال محمد [أيضا] إن). */
const SENTENCE_WORDS = set(`
  لان لانه لانها لكن لكنه ثم حيث بينما كما اذ اذا عندما حين حينما بعدما كلما ايضا كذلك فقط نفسه نفسها الان هنا هناك جدا
  وحده اولا ثانيا بدوره بدورها مجددا مرة
`);

// Openers: FREE_OPENERS (عبد، أبو), not COMPOUND_OPENERS: a given name with a fixed second (نور الدين) is read by that second.
/** Second words of the other compound given names (نور الدين، سيف الإسلام، زين العابدين): after بدر, الداهوم is a family name. */
const COMPOUND_SECONDS = set('الدين الاسلام العابدين');

/** Training-text count from which an unlisted word is a word of the sentence, not a family name (يوم 328, المقيم 7). */
const COMMON_WORD = 20;

/** What the step reads of a sentence's tokens: the person steps' readers (personJoins.ts), and two of the clause's. */
export interface SurnameReads extends Pick<PersonWords, 'stems' | 'marks' | 'text' | 'wordFreq' | 'nameWord'> {
  /** Token k is a verb of the cue lists (اعتبر، أكد): the clause going on after a subject. */
  verb: (k: number) => boolean;
  /** Token k is a title or a role news puts before a name (الوزير، الناقد، الممرضة). */
  title: (k: number) => boolean;
}

const GIVEN = /^(FIRST|NAME)-S$/;
/** After a noun, الله completes a phrase (رضوان الله، حياة الله), never a family name. */
const GOD = 'الله';
/** sentenceMarks' bit for a common given name: without one or a person, closedSurnames changes nothing. */
export const COMMON_GIVEN_MARK = markBit('FIRST-S');

/**
 * Tokens b to e are a given name alone: one listed given name without the article, or a compound of an opener and its
 * second word (عبد المجيد، نور الدين). A longer span already ends on its family name as often as not (نانسي عجرم، بان كي مون).
 */
function givenAlone(r: SurnameReads, b: number, e: number): boolean {
  if (e - b === 2) return (FREE_OPENERS.has(r.stems[b]) && r.stems[b + 1].startsWith('ال')) || COMPOUND_SECONDS.has(r.stems[b + 1]);
  return e - b === 1 && hasMark(r.marks[b], GIVEN) && !hasMark(r.marks[b], NOT_NAME_LISTS) && !r.stems[b].startsWith('ال');
}

/** A definite plural (العائدين، المسؤولون، الفعاليات): the sentence's words, no family name. */
const DEFINITE_PLURAL = /^ال.{3,}(ات|ون|ين)$/;
/** Marks that close the clause part a name ends (a comma, a stop, a bracket or quote opening). */
const CLOSING_MARK = /^[،,.:؛;(«"”-]/;

/** Token k may be a family name: an Arabic word, whole (no clitic, no و), in no place or body list, no title, day or common word. */
function familyWord(r: SurnameReads, k: number): boolean {
  const raw = r.text(k);
  if (!arabicFirst(raw)) return false;
  const whole = normalizeArabic(raw);
  const stem = r.stems[k];
  if (whole.length < 3 || whole !== stem || whole[0] === 'و' || CLOSERS.has(whole) || SENTENCE_WORDS.has(whole) || hasMark(r.marks[k], NOT_NAME_LISTS)) return false;
  if (r.verb(k) || stem === GOD || PERSON_TITLES.has(stem) || WEEKDAYS.has(stem) || RELATIVE_DAYS.has(stem) || FREE_OPENERS.has(stem)) return false;
  // A noun with its pronoun (نظيره), an accusative (حفلا، قادما، أولا), a present verb its kin forms show (يصرح; not تبون), a
  // definite plural (العائدين):
  // the sentence going on. The training text is small: a count says little of a word being common.
  if (pronounOnNoun(raw, r.wordFreq) || objectBare(whole) !== '' || presentVerb(whole, r.wordFreq, r.nameWord) || DEFINITE_PLURAL.test(whole)) return false;
  return r.nameWord(whole) || r.wordFreq(whole) < COMMON_WORD;
}

/** Token k closes the clause part a name ends: a mark, the sentence's end, or a closer word. */
function closes(r: SurnameReads, k: number, n: number): boolean {
  if (k >= n) return true;
  const raw = r.text(k);
  if (!arabicFirst(raw)) return CLOSING_MARK.test(raw);
  return CLOSERS.has(normalizeArabic(raw)) || CLOSERS.has(r.stems[k]);
}

/**
 * A person span ending on a given name (وزير الصحة [حمد] حسن يوم، الرئيس [عبد المجيد] تبون عن، [تامر عزت] الجمل إن) takes
 * the word after it when that word may be a family name and a closer follows it: news names a person in full where it
 * introduces him, and a given name alone before a word and إن is rare. The family names the lists never met are words of
 * the language too (الجمل، الطيب، نور): the closer, not the word, decides.
 */
export function closedSurnames(r: SurnameReads, tags: number[]): number[] {
  let out = tags;
  const n = out.length;
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_PERS) continue;
    let e = b + 1;
    while (e < n && out[e] === I_PERS) e++;
    if (e >= n || out[e] !== 0 || !givenAlone(r, b, e) || !familyWord(r, e) || !closes(r, e + 1, n)) continue;
    // Only where a role names him (وزير الصحة، الرئيس، مدير المكتب): after a verb the word is its object (يعيد عفيف [الفارق] إلى).
    if (!afterRole(r, b)) continue;
    // Not a surname of two given names the lists hold after a given name alone and before a person (أحمد [سعيد] ومحمد).
    if (e + 1 < n && isPerson(out[e + 1])) continue;
    if (out === tags) out = tags.slice();
    out[e] = I_PERS;
    b = e;
  }
  return missedPersons(r, out);
}

/** Token b follows a title or the definite word that ends a role (وزير الصحة، الممرضة): after a verb a word is its object. */
const afterRole = (r: SurnameReads, b: number) => b > 0 && (PERSON_TITLES.has(r.stems[b - 1]) || r.stems[b - 1].startsWith('ال'));

/**
 * Neither word read: a common given name (the FIRST list's, as written) right after a title or role, or after the
 * definite word a title governs (مدير المهرجان), then a word that may be a family name and a closer (الناقد [خميس
 * الخياطي] قوله، الرقيب [ميلاد نعمة] من). Only after a title: the FIRST list holds nouns too (حياة، حصة، رضوان), which a
 * definite word (البنك [حصة أغلبية] في) may come before. Not علي: the preposition على normalises to it.
 */
function missedPersons(r: SurnameReads, tags: number[]): number[] {
  let out = tags;
  const n = out.length;
  for (let b = 1; b + 1 < n; b++) {
    if (out[b] !== 0 || out[b + 1] !== 0 || isPerson(out[b - 1]) || !commonGiven(r, b) || !afterTitle(r, b) || !familyWord(r, b + 1) || !closes(r, b + 2, n)) continue;
    if (b + 2 < n && isPerson(out[b + 2])) continue;
    if (out === tags) out = tags.slice();
    out[b] = B_PERS;
    out[b + 1] = I_PERS;
    b++;
  }
  return out;
}

/** A title right before b, or before the definite word it governs, a nationality after either (وزير الخارجية الأمريكي). */
function afterTitle(r: SurnameReads, b: number): boolean {
  let j = b - 1;
  if (j > 0 && r.marks[j].includes('NAT-S') && r.stems[j].startsWith('ال')) j--;
  return r.title(j) || (j >= 1 && r.stems[j].startsWith('ال') && r.title(j - 1));
}

/** A place, body or nationality list: a word so listed is no given name here (a club's is: كولن). */
const PLACE_OR_BODY = /^(LOC|ORG|NAT)-/;
/** After a spokesman's title باسم is "on behalf of" (المتحدث باسم), though the name lists hold the given name. */
const ON_BEHALF = 'باسم';

/** Token k is a given name as written: the FIRST list's, or a name part of the lists the training text holds little (سامح، أوغور). */
function commonGiven(r: SurnameReads, k: number): boolean {
  // The one test that fails for nearly every token, first: missedPersons asks it of every untagged word.
  if (!r.marks[k].includes('FIRST-S') && !r.marks[k].includes('NAME-S')) return false;
  const stem = r.stems[k];
  if (stem.startsWith('ال') || stem === 'علي' || stem === ON_BEHALF || normalizeArabic(r.text(k)) !== stem || r.verb(k) || PERSON_TITLES.has(stem)) return false;
  if (hasMark(r.marks[k], PLACE_OR_BODY)) return false;
  if (r.marks[k].includes('FIRST-S')) return true;
  // A name part in ة before a definite word is as often a noun in construct (رئيس [شعبة الأدوية]).
  return r.marks[k].includes('NAME-S') && r.wordFreq(stem) < COMMON_WORD && !(stem.endsWith('ه') && r.stems[k + 1]?.startsWith('ال'));
}
