// The sentence correctTags is correcting and what its rule passes read of it (frequencies, list marks, word kinds), made once.
import { CLAUSE_STOPS } from './clauseVerbs';
import { ScoredWord } from './wordScores';
import { listedName, TITLE_CUE } from './titleNames';
import { cueKind } from './quoteCues';
import { COMMON_NOUN, KNOWN_FORM } from './pronounNouns';
import { COMMON_WORD, EXACT_NAME_LISTS, NAME_LISTS, NOT_NAME_LISTS, OWN_NAME_LISTS, PERSON_PLACE_BODY_LISTS, PERSON_WORD_LISTS, PLACE_LIST, hasMark } from './nameMarks';
import { MATCH_VERBS } from './sportsNews';
import { PREPOSITIONS } from './wordSets';
import { NerModel } from './model';
import { beginTag } from './tagger';
import { Token } from './tokenize';
import { FUTURE_VERB } from './triggers';
import { markBit } from './sentenceCues';
import { scoredAsRead } from './unseenWords';
import { endsAsNisba } from './namePatterns';
import { plural } from './saidNames';
import { clearWideCues, readWideCues } from './wideCues';
/** A clitic preposition, alone or behind و/ف (ب، وب، ل، فل، ك). */
const PREFIX_PREPOSITION = /[بلك]$/;

const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');
/** A phrase's lists (`LOC|NAME`) include one of these: the word is listed so as spelled. */
const NATIONALITY_LIST = /(^|\|)NAT(\||$)/;
/** The people lists' surnames and full names, and the training lists' surnames. */
const SURNAME_LIST = /(^|\|)(PLAST|LAST|PER)(\||$)/;
const NAME_PART_LIST = /(^|\|)(FIRST|NAME|PLAST)(\||$)/;
const GIVEN_NAME_LIST = /(^|\|)(FIRST|NAME)(\||$)/;
const FIRST_NAME_LIST = /(^|\|)FIRST(\||$)/;
/** A place, people, body or club list, as spelled or transliteration-folded. */
const ANY_NOT_NAME_LISTS = /^f?(LOC|NAT|ORG|CLUB)-/;
/** A people, body or club list, as spelled or transliteration-folded (a place list left out). */
const BODY_OR_PEOPLE_LISTS = /^f?(NAT|ORG|CLUB)-/;
const CONJ_START = /^[وف]/, CONJ = /^[وف]$/, NISBA_ENDING = /يه?$/;
export const isBeginLoc = (t: number) => t === B_LOC;
/** What a paragraph's own spelling says of a doubtful final letter, computed on first ask. */
export interface Spelling { ya: () => boolean; ta: () => boolean; yi: () => boolean }

/** What `cur` holds between sentences (read by no one). */
const NO_SPELLING: Spelling = { ya: () => false, ta: () => false, yi: () => false };
const NONE: never[] = [];

/**
 * The sentence correctTags is working on, read by the helpers below (tagCorrections.ts hands them to its passes): they are
 * made once, not as closures per sentence (about forty a sentence were garbage each time), and a pass that takes one always
 * meets the same function.
 * correctTags runs to its end before the next sentence is set (nothing in it calls itself).
 */
const cur = { sentence: NONE as Token[], words: NONE as ScoredWord[], stems: NONE as string[], prefixes: NONE as string[], marks: NONE as string[][], model: undefined as unknown as NerModel, spelling: NO_SPELLING };
const inList = (lists: RegExp, w: string) => lists.test(cur.model.gazetteer.phrases.get(w) ?? '');
export const isNationality = (k: number) => cur.marks[k].includes('NAT-S');
/** sentenceMarks' bit for a listed nationality: isNationality(k) is false for every k of a sentence without it. */
export const NATIONALITY_MARK = markBit('NAT-S');
export const isPlaceWord = (w: string) => inList(PLACE_LIST, w);
export const isNationalityWord = (w: string) => inList(NATIONALITY_LIST, w);
export const isNamePart = (w: string) => inList(NAME_PART_LIST, w);
// A word's count was looked up when it was first scored (wordInfo): two probes into the large lexicon saved a call.
export const freqAt = (k: number) => {
  const f = cur.words[k].info.freq;
  return f >= 0 ? f : cur.model.lexicon.freq(cur.sentence[k].norm) + cur.model.lexicon.freq(cur.stems[k]);
};
export const wordFreq = (w: string) => cur.model.lexicon.freq(w);
/** Token k as written, clitic and all, is a surname or full name of the people lists the training text never saw (ليفني). */
export const unseenSurnameWhole = (k: number) => { const w = cur.sentence[k].norm; return wordFreq(w) === 0 && SURNAME_LIST.test(listsOf(w) ?? ''); };
export const isListed = (w: string) => cur.model.gazetteer.phrases.has(w);
export const listsOf = (w: string) => cur.model.gazetteer.phrases.get(w);
// Kept on the scored word: the cue table's lookup per token was about 3 % of a full analysis (speakerSubjects asks at every O word).
export const verbAt = (k: number) => {
  const w = cur.words[k];
  if (w.verbCue < 0) w.verbCue = cueKind(cur.sentence[k]) === 'verb' ? 1 : 0;
  return w.verbCue === 1;
};
export const textAt = (k: number) => cur.sentence[k].text;
export const isWordAt = (k: number) => cur.sentence[k].kind === 'word';
export const titleAt = (k: number) => (cur.words[k].passCues & TITLE_CUE) !== 0;
const placeOrBodyMark = (m: string) => m.startsWith('LOC') || m.startsWith('ORG');
const clubMark = (m: string) => m.startsWith('CLUB');
const isFirstName = (k: number) => cur.marks[k].includes('FIRST-S') && !cur.marks[k].some(placeOrBodyMark);
export const clubSingle = (k: number) => cur.marks[k].includes('CLUB-S');
export const clubAny = (k: number) => cur.marks[k].some(clubMark);
export const orgWhole = (b: number, e: number) => cur.marks[b].includes('ORG-B') && cur.marks[e - 1].includes('ORG-E');
export const prepositionAt = (k: number) => !cur.prefixes[k] && PREPOSITIONS.has(cur.stems[k]);
/**
 * Token k is a preposition opening its clause: with و/ف (وفي، وبالرباط) or at the sentence's start or after a stop (في
 * دمشق، …). The clause after the place it governs opens with its verb (وفي الرباط احتفلوا).
 */
export const frontedPrepositionAt = (k: number) => {
  const w = cur.sentence[k].norm;
  const bare = PREPOSITIONS.has(w) || PREFIX_PREPOSITION.test(cur.prefixes[k]);
  if (!bare && !(CONJ_START.test(w) && PREPOSITIONS.has(w.slice(1)))) return false;
  return !bare || CONJ_START.test(cur.prefixes[k]) || k === 0 || afterClauseStop(k);
};
export const listedBody = (b: number, e: number) => (e - b === 1 ? cur.marks[b].includes('ORG-S') : orgWhole(b, e));
export const clubWhole = (b: number, e: number) => cur.marks[b].includes('CLUB-B') && cur.marks[e - 1].includes('CLUB-E');
export const normAt = (k: number) => cur.sentence[k].norm;
export const leaderName = (k: number) => hasMark(cur.marks[k], NAME_LISTS) && !cur.marks[k].some(placeOrBodyMark);
// After a definite bare head an article-less word cannot be its complement: a word the name lists hold as spelled, and no
// place, people or body list, opens the person in apposition (المتحدث باسم الجيش [فيليب] أقوير، رئيس الهيئة [كمال] الجندوبي).
// A given name the clitic splitter cut (ك + مال) is read whole.
export const nameAfterHead = (k: number) => isFirstName(k) || (!cur.stems[k].startsWith('ال') && cur.stems[k].length >= 3 &&
  (cur.prefixes[k] ? inList(GIVEN_NAME_LIST, cur.sentence[k].norm) : hasMark(cur.marks[k], EXACT_NAME_LISTS) && !hasMark(cur.marks[k], NOT_NAME_LISTS)));
export const matchVerbAt = (k: number) => MATCH_VERBS.has(cur.stems[k]) || verbAt(k);
export const rareAt = (k: number) => freqAt(k) < 3;
// After a speech verb, a word ending in ي is a role (دبلوماسي، مصرفي) only if the training text knows it or its base, or a
// native of a listed place (وقال بلوشستاني), or a plural in construct with the definite noun after it (وقال محللي السوق).
export const speakerNameAt = (k: number) => namePartWhole(k) || (rareAt(k) && wordFreq(cur.stems[k].slice(0, -1)) < 3 &&
  !isPlaceWord(cur.stems[k].slice(0, -1)) && !(k + 1 < cur.stems.length && !cur.prefixes[k + 1] && cur.stems[k + 1].startsWith('ال')));
export const stemFreq = (k: number) => cur.model.lexicon.freq(cur.stems[k]);
export const afterWord = (k: number) => k > 0 && cur.sentence[k - 1].kind !== 'punct';
export const personWordAt = (k: number) => hasMark(cur.marks[k], PERSON_WORD_LISTS);
export const nameListedAt = (k: number) => hasMark(cur.marks[k], NAME_LISTS);
export const afterClauseStop = (k: number) => CLAUSE_STOPS.has(cur.sentence[k - 1].text);
// A given-name list (FIRST) or the Wikidata name parts (NAME: بسمة); four letters at least, so `لي` (me) is no `Lee`.
export const nameList = (w: string) => inList(GIVEN_NAME_LIST, w);
/** The given-name list alone holds w (not the Wikidata name parts, which hold brands: زين). */
export const firstNameList = (w: string) => inList(FIRST_NAME_LIST, w);
/**
 * A definite word (`ال` + w) that is a given name written with its article: the given-name lists or the Wikidata name
 * parts hold it so (الطيب، المنصف), or hold w and the training text knows w little (صادق، زبير: a name first; طالب is a word).
 */
export const articleGivenName = (stem: string) => nameList(stem) || (nameList(stem.slice(2)) && wordFreq(stem.slice(2)) < COMMON_WORD);
export const givenWhole = (k: number) => { const w = cur.sentence[k].norm.replace(CONJ_START, ''); return w.length >= 4 && nameList(w) && !nameList(cur.stems[k]); };
export const restFreq = (k: number) => freqAt(k) + cur.model.lexicon.freq(cur.sentence[k].norm.slice(1));
export const bracketLists = (k: number) => [cur.model.gazetteer.phrases.get(cur.stems[k]), cur.model.gazetteer.phrases.get(cur.sentence[k].norm)].filter(Boolean).join('|');
export const listedNameAt = (k: number) => hasMark(cur.marks[k], PERSON_PLACE_BODY_LISTS);
export const locOrPersBegin = (t: number) => t === B_LOC || t === B_PERS;
export const conjoinedVerbAt = (k: number) => CONJ.test(cur.prefixes[k]) && (MATCH_VERBS.has(cur.stems[k]) || cueKind(cur.sentence[k]) === 'verb');
export const never = () => false;
// A word the training text knows well with a word after it (إعمار لبنان، ب حماس عن); before a mark it is named (بنته إعمار ،).
export const commonWordAt = (k: number) => k + 1 < cur.sentence.length && cur.sentence[k + 1].kind !== 'punct' && stemFreq(k) >= COMMON_NOUN;
const namePartWhole = (k: number) => cur.prefixes[k] !== '' && isNamePart(cur.sentence[k].norm);
export const notNameAt = (k: number) => hasMark(cur.marks[k], NOT_NAME_LISTS);
export const givenAt = (k: number) => !cur.stems[k].startsWith('ال') && (isFirstName(k) || inList(GIVEN_NAME_LIST, cur.stems[k]));
export const nameMarkedAt = (k: number) => listedName(cur.marks[k].join('|').replace(/-[BIES]/g, ''));
export const notFutureAfter = (k: number) => !FUTURE_VERB.test(cur.stems[k + 1] ?? '');
export const haNounAt = (k: number) => cur.sentence[k].text.endsWith('ه') && cur.spelling.ta() && wordFreq(cur.sentence[k].norm.slice(1, -1)) >= KNOWN_FORM;
export const hospitalNameAt = (k: number) => (cur.prefixes[k] ? nameList(cur.sentence[k].norm.replace(CONJ_START, '')) : namedAt(k));

/** Training count from which an adjective after a body's head is a word of the language, not a name (ميدانية: 4). */
const SEEN_ADJECTIVE = 3;
// After an indefinite head, a word that describes the body instead of naming it: an indefinite nisba adjective the training
// text has seen, of a noun it knows (إسلامي: إسلام، ميدانية: ميدان; not أبوظبي), or a لل complement (للعيون).
export const describesAt = (k: number) => cur.sentence[k].kind === 'word' && (cur.sentence[k].norm.startsWith('لل') ||
  (!cur.prefixes[k] && !cur.stems[k].startsWith('ال') && endsAsNisba(cur.stems[k]) && stemFreq(k) >= SEEN_ADJECTIVE &&
    wordFreq(cur.stems[k].replace(NISBA_ENDING, '')) >= KNOWN_FORM));
// A word never seen; a one-word listed place, clitic or not (باكو).
export const unseenAt = (k: number) => wordFreq(cur.sentence[k].norm) === 0 && stemFreq(k) === 0;
export const placeWordAt = (k: number) => isPlaceWord(cur.sentence[k].norm) || isPlaceWord(cur.stems[k]);
export const knownNoun = (w: string) => wordFreq(w) >= KNOWN_FORM;
// A plural or a definite dual whose singular the training text knows (الرجلان, not البرهان).
export const pluralWord = (w: string) => plural(w, wordFreq);
export const namedAt = (k: number) => hasMark(cur.marks[k], OWN_NAME_LISTS);

/** Sets the sentence the reads above see (correctTags, before its first pass). */
export function readSentence(sentence: Token[], words: ScoredWord[], stems: string[], prefixes: string[], marks: string[][], model: NerModel, spelling: Spelling): void {
  cur.sentence = sentence; cur.words = words; cur.stems = stems; cur.prefixes = prefixes; cur.marks = marks; cur.model = model; cur.spelling = spelling;
  // The wide cues' gates (hasWideCue) read the words' cues, which tagParagraph set with the sentence's cues: joined here once.
  readWideCues(words);
}

/** Lets the sentence go once it is corrected (its paragraph's tokens, through the spelling's closures). */
export function releaseSentence(): void {
  cur.sentence = NONE; cur.words = NONE; cur.stems = NONE; cur.prefixes = NONE; cur.marks = NONE; cur.spelling = NO_SPELLING; clearWideCues();
}
/** What word k's own features (no neighbour, no list) add to tag t: the model's reading of the word itself. */
export const ownScoreAt = (k: number, t: number) => { const w = scoredAsRead(cur.sentence[k], cur.words[k], cur.model); return w.chunk[w.at + t]; };
/** A place, people, body or club list holds token k, as spelled or transliteration-folded, whole or as its stem. */
export const placeListedAt = (k: number) => hasMark(cur.marks[k], ANY_NOT_NAME_LISTS) || placeWordAt(k);
/** A nationality, body or club list holds token k, as spelled or transliteration-folded (placeListedAt without places). */
export const bodyListedAt = (k: number) => hasMark(cur.marks[k], BODY_OR_PEOPLE_LISTS);
