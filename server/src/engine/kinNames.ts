// The word a kinship noun with its pronoun, or a naming word, introduces is a person (وأما ابنته [هدباء]، يدعى [فضل]).
import { beginTag, insideTag } from './tagger';
import { arabicFirst } from './normalize';
import { COMMON_WORD, onlyNameListed } from './nameMarks';
import { presentVerb } from './verbRunOns';
import { PREPOSITIONS } from './wordSets';
import { wideCueBit } from './wideCues';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Words a name so introduced takes at most. */
const MAX_WORDS = 4;

/** Kinship nouns as written before an attached pronoun (ابنته، أمه، أبوه، أخيه), normalised, a clitic allowed before them. */
const KIN = 'ابن|ابنت|بنت|زوج|زوجت|ام|ابو|ابي|اخو|اخي|اخت|شقيق|شقيقت|والد|والدت|نجل|نجلت|حفيد|حفيدت|عم|عمت|خال|خالت';
/** Third-person pronouns a kinship noun carries (his, her, their two, their). */
const PRONOUN_LIST = ['ه', 'ها', 'هما', 'هم'];
const KIN_WITH_PRONOUN = new RegExp(`^[وفل]?(${KIN})(${PRONOUN_LIST.join('|')})$`);
/** The same nouns where the splitter wrote the pronoun as a word of its own (لام ه هاجر). */
const KIN_ALONE = new RegExp(`^[وفل]?(${KIN}|اب|اخ)$`);
const PRONOUNS = new Set(PRONOUN_LIST);
/** Words that name the person after them (يدعى، اسمها، المدعو), normalised. */
const NAMING_WORDS = ['يدعي', 'تدعي', 'اسمه', 'اسمها', 'المدعو', 'المدعوه'];
const NAMING = new RegExp(`^و?(${NAMING_WORDS.join('|')})$`);
/** Every word `introduces` reads as the head before a name, spelled out from the patterns above (clitic choices included). */
function introducers(): string[] {
  const clitic = ['', 'و', 'ف', 'ل'];
  const kin = KIN.split('|');
  return [
    ...clitic.flatMap((c) => kin.flatMap((w) => PRONOUN_LIST.map((p) => c + w + p))),
    ...clitic.flatMap((c) => [...kin, 'اب', 'اخ'].map((w) => c + w)), 'اسم',
    ...['', 'و'].flatMap((c) => NAMING_WORDS.map((w) => c + w)),
  ];
}
/** kinNames' bit (wideCues.ts), on the whole forms: a sentence without a kinship noun, اسم or a naming word has no name it introduces. */
export const KIN_CUE = wideCueBit([], [introducers()]);

/**
 * After a kinship noun that carries its pronoun, behind a preposition or أما (وأما ابنته [هدباء]، ومع أمه [هاجر]), or after a
 * naming word (مسؤول يدعى [فضل])
 * a word the tagger left O is the person so introduced, when a name list holds it and no place, people, body or club list
 * does, it is written without a clitic or article, is no accusative (يوميا، كاملا), no present verb (ابنه يدرس), and seen
 * fewer than COMMON_WORD times (توفي 107 after زوجها is the verb; هاجر 25, the verb as well as Hagar, is left to the
 * context). Unlisted words there are mostly the sentence's nouns (والده محدودة، اسمها توزيعة).
 * Without the pronoun the noun is indefinite and an adjective follows (ابنة صغيرة).
 */
export function kinNames(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  norm: (k: number) => string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): number[] {
  // The kinship noun governed by a preposition, ل/ب on it, or after أما: as the subject of a sentence it is followed by what
  // he is (كان أبوه [تاجر] صوف).
  const governed = (j: number) => /^[لب]/.test(norm(j)) || (j >= 1 && (PREPOSITIONS.has(stems[j - 1]) || /^و?اما$/.test(norm(j - 1))));
  // ة folds to ه: a noun written with ة carries no pronoun (ابنة صغيرة).
  const introduces = (k: number) => (KIN_WITH_PRONOUN.test(norm(k - 1)) && !text(k - 1).endsWith('ة') && governed(k - 1)) ||
    NAMING.test(norm(k - 1)) || (k >= 2 && PRONOUNS.has(norm(k - 1)) && ((KIN_ALONE.test(norm(k - 2)) && governed(k - 2)) || norm(k - 2) === 'اسم'));
  const namePart = (k: number) => {
    if (k >= tags.length || tags[k] !== 0 || !arabicFirst(text(k))) return false;
    const w = norm(k);
    // The list marks before the count: most words carry none, and the count is a probe into the large lexicon.
    return w === stems[k] && w.length >= 3 && !w.startsWith('ال') && !w.startsWith('و') && !w.endsWith('ا') && onlyNameListed(marks[k]) &&
      wordFreq(w) < COMMON_WORD && !presentVerb(w, wordFreq, nameWord);
  };
  // A word glossed by one Latin letter is that letter's name (المدعو دبليو W): a system or model so called, no person.
  const letterName = (k: number) => k + 1 < tags.length && /^[A-Za-z]$/.test(text(k + 1));
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k - 1] !== 0 || !namePart(k) || !introduces(k) || letterName(k)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    // The name goes on in words of the same kind (يدعى [فضل ربي خان]), up to four in all.
    let e = k + 1;
    for (; e < k + MAX_WORDS && namePart(e); e++) out[e] = I_PERS;
    k = e - 1;
  }
  return out;
}
