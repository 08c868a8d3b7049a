// A listed given name the training text hardly knows, right after a role, title or kin noun, is that person (الطبيبة [نسيمة] ،، زميلتها [كارلا] التي).
import { beginTag, insideTag } from './tagger';
import { arabicFirst } from './normalize';
import { COMMON_WORD, hasMark, NOT_NAME_LISTS, RARE_WORD } from './nameMarks';
import { presentVerb } from './verbRunOns';
import { PERSON_TITLE_FORMS } from './triggers';
import { ROLE_NOUNS } from './titleNames';
import { KIN } from './kinNames';
import { afterCopula, familyNameAt, PERSON_NOUNS, predicateSlot, RoleGivenReads } from './roleGivenNames';
import { PREPOSITIONS, RELATIVE_PRONOUNS } from './wordSets';
import { wideCueBit } from './wideCues';

/** A word written with و or ف on it, as normalised. */
const CONJOINED = /^[وف]/;
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Nouns for a peer that carry their pronoun before a name as kin nouns do (زميلتها كارلا، صديقه سامي), normalised. */
const PEERS = 'زميل|زميلت|صديق|صديقت|رفيق|رفيقت|جار|جارت|خطيب|خطيبت';
/** Third-person pronouns such a noun carries (his, her, their two, their). */
const PRONOUNS = ['ه', 'ها', 'هما', 'هم'];
/** A kin or peer noun with its pronoun, a clitic allowed before it (وشقيقته، لزميلها), as normalised. */
const KIN_OR_PEER = new RegExp(`^[وفل]?(${KIN}|${PEERS})(${PRONOUNS.join('|')})$`);
/** The definite titles and role nouns (الرئيس، الممثلة، الطبيبة) and the nouns for an ordinary person (الممرضة، الطفل). */
const ROLE_HEADS: ReadonlySet<string> = new Set([...PERSON_TITLE_FORMS].filter((w) => w.startsWith('ال')).concat([...ROLE_NOUNS, ...PERSON_NOUNS]));
/** Every kin or peer form the pattern reads, spelled out for the cue bank (clitic choices included). */
function kinForms(): string[] {
  const heads = `${KIN}|${PEERS}`.split('|');
  return ['', 'و', 'ف', 'ل'].flatMap((c) => heads.flatMap((h) => PRONOUNS.map((p) => c + h + p)));
}
/** rareGivenAfterRoles starts at one of the heads: a sentence without one is left as it is (wideCues.ts). */
export const RARE_GIVEN_CUE = wideCueBit([ROLE_HEADS], [kinForms()]);

/**
 * After a definite title, role noun or noun for an ordinary person, or a kin or peer noun with its pronoun, that the tagger
 * left O, the next word it left O is the person's name when a name list holds it as spelled as a given name or name part, no
 * place, people, body or club list does, and the training text met it under RARE_WORD times. Counted on the read sets (words
 * the tagger left O) and the NewsFANE, WikiFANE and AQMAR training text (gold only): such a word after such a head was a person
 * 7 of 7 and 40 of 43 times, where after any other word it was a person 9 times in 71; common listed words
 * there are the sentence's nouns (الباحث [في]، الطبيب [ليس]), so the rarity is the test, not the list alone. A name in ا is
 * allowed (الممرضة [رنا]): a word of state in ا is common. Without a clitic or article, no verb, not after كان, إن or a verb
 * of staying. A family name after it joins (الممرضة [سعاد الكبير]، النجمة [سميحة أيوب]); where neither a family name nor a
 * plain end follows, the word is left (the following word may be a family name no test reads).
 */
export function rareGivenAfterRoles(r: RoleGivenReads, tags: number[]): number[] {
  const { stems, marks, norm, wordFreq } = r;
  const n = tags.length;
  let out = tags;
  const set = (k: number, t: number) => {
    if (out === tags) out = tags.slice();
    out[k] = t;
  };
  const head = (k: number) => (ROLE_HEADS.has(stems[k]) && norm(k).endsWith(stems[k])) || KIN_OR_PEER.test(norm(k));
  const rareGiven = (k: number) => {
    const w = stems[k];
    if (norm(k) !== w || w.startsWith('ال') || w.length < 3 || r.verb(k)) return false;
    return (marks[k].includes('FIRST-S') || marks[k].includes('NAME-S')) && !hasMark(marks[k], NOT_NAME_LISTS) && wordFreq(w) < RARE_WORD;
  };
  // The family name: as roleGivenNames reads one, or a name part the lists hold as spelled that the text knows little (النجمة
  // سميحة [أيوب]): after a name the text never met, a listed word the language seldom uses goes on with it. Never a relative
  // pronoun (الممرضة [رنا] التي تعمل).
  const familyName = (j: number) => {
    if (j >= n || RELATIVE_PRONOUNS.has(stems[j])) return false;
    if (familyNameAt(r, out, j)) return true;
    return out[j] === 0 && norm(j) === stems[j] && marks[j].includes('NAME-S') && !hasMark(marks[j], NOT_NAME_LISTS) && !r.verb(j) &&
      !PREPOSITIONS.has(stems[j]) && wordFreq(stems[j]) < COMMON_WORD && !presentVerb(stems[j], wordFreq, r.nameWord);
  };
  // Where a one-word name plainly ends: a mark or the sentence's end, a relative pronoun (الممرضة [رنا] التي), a preposition
  // (النجم [ادموندو] في), a verb, or a word carrying و/ف (الممثلة [يسرا] والمخرج).
  const ends = (j: number) => j >= n || !arabicFirst(r.text(j)) || RELATIVE_PRONOUNS.has(stems[j]) || PREPOSITIONS.has(stems[j]) || r.verb(j) ||
    presentVerb(stems[j], wordFreq, r.nameWord) || (norm(j) !== stems[j] && CONJOINED.test(norm(j)) && stems[j].length >= 2);
  for (let k = 0; k + 1 < n; k++) {
    if (out[k] !== 0 || out[k + 1] !== 0 || !head(k) || !rareGiven(k + 1)) continue;
    if (afterCopula(r, k)) continue;
    const joins = k + 2 < n && out[k + 2] === B_PERS;
    const family = !joins && familyName(k + 2);
    // A name whose end none of these shows is left: a word no test reads may be its family name (المطربة نجاة الصغيرة).
    if (!joins && !family && !ends(k + 2)) continue;
    // A head opening the sentence or a clause after a mark (الطبيب مسرور ،) has its predicate after it, not a name.
    if (!joins && !family && predicateSlot(r, k)) continue;
    set(k + 1, B_PERS);
    if (family || joins) set(k + 2, I_PERS);
  }
  return out;
}
