// A lone given name right after a definite word for an ordinary person is that person (الطفلة [ريم]، المواطن [سعيد] ،).
import { beginTag, insideTag, tagLabel } from './tagger';
import { arabicFirst } from './normalize';
import { COMMON_WORD, hasMark, listedGiven, NOT_NAME_LISTS, PERSON_WORD_LISTS_SPELLED, RARE_WORD } from './nameMarks';
import { NAME_LEAN } from './speakerSubjects';
import { PREDICATE_OPENERS } from './kinNames';
import { presentVerb } from './verbRunOns';
import { COMMAS, PREPOSITIONS, RELATIVE_PRONOUNS, wordSet } from './wordSets';
import { wideCueBit } from './wideCues';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const B_LOC = beginTag('LOC');
/** A participle (مـ) or a feminine (ـة) as written: the shapes of an unlisted word of state after the noun. */
const STATE_SHAPE = /^م|ة$/;

/**
 * Definite nouns local news puts before the first name of a private person (a child, a citizen, a teacher, a grandmother):
 * no titles of the training convention, and no state follows them as a name would (an adjective after them is definite).
 */
export const PERSON_NOUNS = wordSet(`
  الطفل الطفلة الفتى الفتاة الشاب الشابة المواطن المواطنة السيدة الأب الأم الجد الجدة الحاج الحاجة الطالب الطالبة
  المعلم المعلمة الممرض الممرضة العامل العاملة السائق الجار الجارة المسن المسنة الشهيد الشهيدة الراحل الراحلة
  الفقيد الفقيدة المرحوم المرحومة الضحية الأسير الأسيرة الزوج الزوجة الأخ الأخت الابن الابنة الحفيد الحفيدة
`);
/**
 * Words whose subject the noun is, with what he is after it (وكانت الأم [سعيدة]، وبقيت الطفلة [وحيدة]، إن الطفل [كريم]):
 * kinNames' openers and the verbs of staying and seeming, normalised, و/ف cut off before the test.
 */
const COPULAS = new Set([...PREDICATE_OPENERS, ...wordSet('بقي بقيت يبقى تبقى بات باتت بدا بدت يبدو تبدو مازال مازالت يزال تزال')]);
/** و or ف written on a copula (وكانت، فبقيت), cut off before COPULAS is asked. */
const CONJUNCTION = /^[وف](?=..)/;
/** Whether the word before k is a copula, so the noun at k is its subject and what follows its predicate (وكانت الأم سعيدة). */
export const afterCopula = (r: RoleGivenReads, k: number) => k > 0 && COPULAS.has(r.norm(k - 1).replace(CONJUNCTION, ''));
/**
 * Whether the noun at k opens the sentence or a clause after a mark other than a comma (الطفل مسرور ،، : زوجها مجاهد ،) with
 * nothing after the next word that shows a name: there the noun is the subject of a nominal clause and the listed word after it
 * its predicate. After a comma the sentence's list goes on (، والممثلة [يسرا] ،), so a noun there opens no new clause. A relative pronoun or a verb after that word still shows the name (الممرضة [رنا] التي), as a family name does
 * (the callers test that).
 */
export function predicateSlot(r: RoleGivenReads, k: number): boolean {
  if (k > 0 && (arabicFirst(r.text(k - 1)) || COMMAS.has(r.text(k - 1)))) return false;
  const j = k + 2;
  return !(j < r.stems.length && (RELATIVE_PRONOUNS.has(r.stems[j]) || r.verb(j)));
}
/** roleGivenNames starts at one of the nouns: a sentence without one is left as it is (wideCues.ts). */
export const PERSON_NOUN_CUE = wideCueBit([PERSON_NOUNS]);

/**
 * Reads of the sentence: its words' stems (article kept, clitic off), list marks, text and normalised form, the training
 * count of a form, whether a word is a name part of the lists, and whether the word is a verb of the cue tables.
 */
export interface RoleGivenReads {
  readonly stems: readonly string[];
  readonly marks: readonly string[][];
  readonly text: (k: number) => string;
  readonly norm: (k: number) => string;
  readonly wordFreq: (w: string) => number;
  readonly nameWord: (w: string) => boolean;
  readonly verb: (k: number) => boolean;
  /** The model's score of tag t for word k read alone (speakerSubjects' reading). */
  readonly own: (k: number, t: number) => number;
}

/**
 * After one of PERSON_NOUNS the tagger left O, the next word it left O is the person's first name when the given-name list
 * holds it as spelled (a folded match is loose; the Wikidata name parts only as listedGiven allows) and no place, people,
 * body or club list does, or when no list holds it, the text hardly knows it and the model reading it alone leans to a
 * person; it carries no clitic or article, is no accusative (`منهكا`، `جوعا`: state words), no verb, and not `على`. A given
 * name that is a common word of the language (سعيد، صباح، نور: 50 counts or more) must close its phrase before a mark:
 * otherwise it is the noun's predicate (المواطن سعيد بالقرار); so is any word after a noun that is the subject of كان, إن or
 * a verb of staying (وكانت الأم سعيدة). The noun itself is no place: `الجدة` (grandmother) is not Jeddah.
 */
export function roleGivenNames(r: RoleGivenReads, tags: number[]): number[] {
  const { stems, marks, text, norm, wordFreq } = r;
  const n = tags.length;
  let out = tags;
  const set = (k: number, t: number) => {
    if (out === tags) out = tags.slice();
    out[k] = t;
  };
  // A common word is the name only before a mark (المواطن [سعيد] ،): before a preposition it is the noun's predicate.
  const closes = (k: number) => k + 1 >= n || !arabicFirst(text(k + 1));
  const given = (k: number) => {
    const w = stems[k];
    if (norm(k) !== w || w.startsWith('ال') || w.length < 3 || text(k).endsWith('ا') || /^[وف]?على$/.test(text(k))) return false;
    if (hasMark(marks[k], NOT_NAME_LISTS) || r.verb(k)) return false;
    const count = wordFreq(w);
    // A word no list holds and the text hardly knows is the name when the model, reading it alone, leans to a person.
    // Before a mark it needs no lean, unless it has the shape of a word of state (مستاء، مازحة: a participle, a feminine).
    if (marks[k].length === 0) return count < RARE_WORD && !presentVerb(w, wordFreq, r.nameWord) &&
      ((closes(k) && !STATE_SHAPE.test(text(k))) || r.own(k, B_PERS) - r.own(k, 0) >= NAME_LEAN);
    // The given-name list is narrow: a name of it the text knows little is no verb though it reads as one (يامن، يزن).
    if (marks[k].includes('FIRST-S') && count < COMMON_WORD) return true;
    if (!listedGiven(marks[k], count) || presentVerb(w, wordFreq, r.nameWord)) return false;
    return count < COMMON_WORD || closes(k);
  };
  const surname = (j: number) => familyNameAt(r, tags, j);
  for (let k = 0; k < n; k++) {
    if (!PERSON_NOUNS.has(stems[k])) continue;
    // A one-word place on the noun is a homograph of a listed town (الجدة، Jeddah written جدة).
    if (tags[k] === B_LOC && (k + 1 >= n || tagLabel(tags[k + 1]) !== 'LOCATION')) set(k, 0);
    if (afterCopula(r, k)) continue;
    if (out[k] !== 0 || k + 1 >= n || tags[k + 1] !== 0 || !given(k + 1)) continue;
    if (!(k + 2 < n && tags[k + 2] === B_PERS) && !surname(k + 2) && predicateSlot(r, k)) continue;
    set(k + 1, B_PERS);
    if (surname(k + 2)) set(k + 2, I_PERS);
    // The given name opens the name the tagger read without it (الطالب [يزن عبد الكريم]).
    else if (k + 2 < n && tags[k + 2] === B_PERS) set(k + 2, I_PERS);
  }
  return out;
}

/**
 * The family name after a given name a role noun introduced (الطفلة [هبة موعد] .، الطالبة [اسماء الحكيمي] من): a word the
 * person lists hold as spelled, one the text hardly knows, or an article-less word the text knows little that closes the
 * phrase and is no feminine adjective of state (وصلت الطفلة ريم [مبكرة] .، وعادت نادين [متأخرة]). Used by rareGivenAfterRoles too.
 */
export function familyNameAt(r: RoleGivenReads, tags: readonly number[], j: number): boolean {
  const { stems, marks, text, norm, wordFreq } = r;
  const n = tags.length;
  if (j >= n || tags[j] !== 0 || !arabicFirst(text(j)) || norm(j) !== stems[j] || PREPOSITIONS.has(stems[j]) || text(j).endsWith('ا')) return false;
  const w = stems[j];
  if (hasMark(marks[j], NOT_NAME_LISTS) || r.verb(j) || presentVerb(w, wordFreq, r.nameWord)) return false;
  const count = wordFreq(w);
  const closes = j + 1 >= n || !arabicFirst(text(j + 1));
  return hasMark(marks[j], PERSON_WORD_LISTS_SPELLED) || count < RARE_WORD || (!w.startsWith('ال') && !text(j).endsWith('ة') && count < COMMON_WORD && closes);
}
