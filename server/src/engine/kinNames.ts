// The word a kinship noun with its pronoun, or a naming word, introduces is a person (وأما ابنته [هدباء]، يدعى [فضل]).
import { beginTag, insideTag } from './tagger';
import { arabicFirst } from './normalize';
import { COMMON_WORD, EXACT_NAME_LISTS, hasMark, onlyNameListed } from './nameMarks';
import { presentVerb } from './verbRunOns';
import { PREPOSITIONS, wordSet } from './wordSets';
import { wideCueBit } from './wideCues';
import { NAME_LEAN } from './speakerSubjects';
import { KNOWN_FORM, pronounOnNoun } from './pronounNouns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Words a name so introduced takes at most. */
const MAX_WORDS = 4;

/** Kinship nouns as written before an attached pronoun (ابنته، أمه، أبوه، أخيه), normalised, a clitic allowed before them. */
export const KIN = 'ابن|ابنت|بنت|زوج|زوجت|ام|ابو|ابي|اخو|اخي|اخت|شقيق|شقيقت|والد|والدت|نجل|نجلت|حفيد|حفيدت|عم|عمت|خال|خالت';
/** Third-person pronouns a kinship noun carries (his, her, their two, their). */
const PRONOUN_LIST = ['ه', 'ها', 'هما', 'هم'];
const KIN_WITH_PRONOUN = new RegExp(`^[وفل]?(${KIN})(${PRONOUN_LIST.join('|')})$`);
/** Children and siblings in the dual with their pronoun (ونجليه علاء وجمال، ابنتاها), normalised. */
const KIN_DUAL = 'ابن|ابنت|نجل|شقيق|شقيقت|حفيد';
const KIN_DUAL_WITH_PRONOUN = new RegExp(`^[وفل]?(${KIN_DUAL})(ي|ا)(${PRONOUN_LIST.join('|')})$`);
/** A kinship noun carrying its pronoun, singular or dual (شقيقته، ووالده، وشقيقاه), normalised, a clitic allowed. */
export const kinWithPronoun = (w: string) => KIN_WITH_PRONOUN.test(w) || KIN_DUAL_WITH_PRONOUN.test(w);
/** Words after which a kinship noun is a clause's subject with what he is to follow (كان أبوه تاجر، إن أمها معلمة), normalised. */
export const PREDICATE_OPENERS = wordSet('كان كانت يكون تكون أصبح أصبحت صار صارت ظل ظلت ليس ليست إن أن لكن');
/** Training count below which a word no list holds may be a name a kinship noun introduces: the language's nouns are met more. */
const RARE = 3;
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
    ...clitic.flatMap((c) => KIN_DUAL.split('|').flatMap((w) => ['ي', 'ا'].flatMap((d) => PRONOUN_LIST.map((p) => c + w + d + p)))),
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
 * context). Without the pronoun the noun is indefinite and an adjective follows (ابنة صغيرة).
 * A kinship noun no preposition governs may be the sentence's subject with what he is after it (كان أبوه [تاجر] صوف): there
 * the listed name must close its clause, before a mark, a preposition or و (تدرس ابنتها [سكينة] في). The dual of a child or
 * sibling introduces as the singular does (ونجليه [علاء]).
 * Unlisted words there are mostly the sentence's nouns (والده محدودة، اسمها توزيعة, اعطاه أبوه بوصلة): one is the name only
 * when the training text met it fewer than RARE times and its own reading (`own(k, t)`, the model's features of the word
 * alone, as speakerSubjects reads them) leans to a person as far as NAME_LEAN (وزوجته [كارين]، مع أمها [إيلين]), or when the
 * training text never met it (مع ابنه [مرتضى]): in the four corpora a word met at most three times after a kinship noun with
 * its pronoun is a person 17 times and O 14, and the O are words with ب/ل or ف on them, verbs and adjectives, which a text of
 * news meets.
 * A name so introduced takes a second one of the same kind behind و: children and wives are named together (علاء [وجمال]).
 */
export function kinNames(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  norm: (k: number) => string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean,
  own: (k: number, t: number) => number = () => -Infinity): number[] {
  const n = tags.length;
  // The kinship noun governed by a preposition, ل/ب on it, or after أما.
  const governed = (j: number) => /^[لب]/.test(norm(j)) || (j >= 1 && (PREPOSITIONS.has(stems[j - 1]) || /^و?اما$/.test(norm(j - 1))));
  // ة folds to ه: a noun written with ة carries no pronoun (ابنة صغيرة).
  const kinAt = (j: number) => (KIN_WITH_PRONOUN.test(norm(j)) || KIN_DUAL_WITH_PRONOUN.test(norm(j))) && !text(j).endsWith('ة');
  // The kinship noun before word k, its pronoun attached or written apart (لام ه هاجر): its index, or -1.
  const kinBefore = (k: number) => (kinAt(k - 1) ? k - 1 : k >= 2 && PRONOUNS.has(norm(k - 1)) && KIN_ALONE.test(norm(k - 2)) ? k - 2 : -1);
  // A kinship noun no preposition governs opening its clause or after كان and its sisters: its predicate follows.
  const predicateSlot = (j: number) => j === 0 || !arabicFirst(text(j - 1)) || PREDICATE_OPENERS.has(stems[j - 1]) ||
    PREDICATE_OPENERS.has(norm(j - 1).replace(/^[وف]/, ''));
  const named = (k: number) => NAMING.test(norm(k - 1)) || (k >= 2 && PRONOUNS.has(norm(k - 1)) && norm(k - 2) === 'اسم');
  const closes = (k: number) => k + 1 >= n || !arabicFirst(text(k + 1)) || PREPOSITIONS.has(stems[k + 1]) || norm(k + 1) === 'و' + stems[k + 1];
  // `w` as the splitter left the word (a second name's و cut off).
  const plainWord = (k: number, w: string) => k < n && tags[k] === 0 && arabicFirst(text(k)) && w.length >= 3 &&
    !w.startsWith('ال') && !w.startsWith('و') && !w.endsWith('ا') && !presentVerb(w, wordFreq, nameWord);
  // The list marks before the count: most words carry none, and the count is a probe into the large lexicon.
  const listedName = (k: number, w: string) => onlyNameListed(marks[k]) && wordFreq(w) < COMMON_WORD && plainWord(k, w);
  const namePart = (k: number) => k < n && norm(k) === stems[k] && listedName(k, stems[k]);
  // A known word behind a preposition the splitter left on it, or with its pronoun, is none (أتاه بنو أبيه [بمثله]).
  const cliticNoun = (k: number, w: string) => (/^[بلك]/.test(w) && wordFreq(w.slice(1)) >= KNOWN_FORM) || pronounOnNoun(text(k), wordFreq);
  // A word the training text never met at all needs no lean: the language's nouns, verbs and adjectives there are all met.
  const unlistedName = (k: number, w: string) => marks[k].length === 0 && plainWord(k, w) && wordFreq(w) < RARE && !cliticNoun(k, w) &&
    (wordFreq(w) === 0 || own(k, B_PERS) - own(k, 0) >= NAME_LEAN);
  // Where no preposition governs the kinship noun the name lists must hold the word as spelled, not only by a folded
  // transliteration.
  const spelledName = (k: number) => hasMark(marks[k], EXACT_NAME_LISTS) && !cliticNoun(k, norm(k));
  // A word glossed by one Latin letter is that letter's name (المدعو دبليو W): a system or model so called, no person.
  const letterName = (k: number) => k + 1 < n && /^[A-Za-z]$/.test(text(k + 1));
  let out = tags;
  for (let k = 1; k < n; k++) {
    if (tags[k - 1] !== 0 || letterName(k) || norm(k) !== stems[k]) continue;
    const kin = kinBefore(k);
    if (kin < 0 && !named(k)) continue;
    let e = k + 1;
    const listed = namePart(k);
    // The name goes on in words of the same kind (يدعى [فضل ربي خان]), up to four in all.
    if (listed) while (e < k + MAX_WORDS && namePart(e)) e++;
    const free = kin >= 0 && !governed(kin) && !predicateSlot(kin);
    const governedKin = kin >= 0 && governed(kin);
    // A listed name: after a naming word, a governed kinship noun, or a free one when spelled so and closing its clause.
    // An unlisted one only after a kinship noun, governed or free, and when it reads as a name.
    const takes = listed ? named(k) || governedKin || (free && spelledName(k) && closes(e - 1))
      : (free || governedKin) && unlistedName(k, norm(k));
    if (!takes) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    for (let j = k + 1; j < e; j++) out[j] = I_PERS;
    // A second name behind و, read as the first was (علاء [وجمال]).
    if (e < n && norm(e) === 'و' + stems[e] && !letterName(e) && (listed ? listedName(e, stems[e]) : unlistedName(e, stems[e]))) out[e++] = B_PERS;
    k = e - 1;
  }
  return out;
}
