// Limits of document consistency: where a known name's repeat is not spread, and when a mention keeps its own label against the majority.
import { ParagraphTags } from './entities';
import { EntityLabel } from './tagger';
import { cueKind } from './quoteCues';
import { PREPOSITIONS, wordSet } from './wordSets';
import { COMMON_WORD, RARE_WORD } from './nameMarks';
import { CLAUSE_STOPS } from './clauseVerbs';
import { secondAdjectiveAt } from './conjoinedAdjectives';
import { adjectiveAfterNounAt } from './indefiniteAdjectives';
import { definiteNisba, isTitleWord } from './namePatterns';
import { KNOWN_FORM, pronounApart } from './pronounNouns';

/**
 * Training-text count from which a word, as written, is one the tagger knows: where it left such a word O, its reading
 * stands (حركة [الأرض] حول الشمس, الشعب, المصري, السفير), whatever another sentence of the document made of it. Chosen on
 * the NewsFANE dev half and four 900-sentence documents of NewsFANE's training text (the hidden set's size): 100, 50, 30,
 * 20 spread more and scored lower there; 5 scored alike; 10 kept the hard news dev sets within a span.
 */
export const WELL_KNOWN = 10;
/** Training-text count from which a word with ب/ك/ل is itself a word (كبرى، بأي), not the letter + a person's name (بري، أي). */
const KNOWN_WHOLE = 5;

/**
 * Token i, a definite nisba (alone or after و) right after a definite word no mention covers, is that word's adjective
 * (العالم [العربي]، الشعر [العربي] الحديث، البلدان الآسيوية [والأوروبية]), not a repeat of the magazine «العربي» or the
 * agency «الأوروبية» found elsewhere in the document.
 */
export function adjectiveSlot(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, i: number, covered: Uint8Array): boolean {
  if (i === 0 || (p.prefixes[i] && p.prefixes[i] !== 'و') || !definiteNisba(p.stems[i], 2, true)) return false;
  const before = p.tokens[i - 1];
  return before.kind === 'word' && !covered[i - 1] && p.stems[i - 1].startsWith('ال') && p.stems[i - 1].length > 3;
}

/** No list marks: document consistency reads none. */
const NO_MARKS: readonly string[] = [];
/** Marks that end a sentence: the word after one opens the next. */
const SENTENCE_END = /^[.!?؟:؛]$/;

/**
 * Token k opens its sentence behind و or ف (ونشر، وعمل) with a person the document names right after it: news opens a
 * sentence with its verb and the subject after (ونشر [محفوظ] …), hardly with an indefinite noun and its adjective.
 */
const verbOpens = (p: Pick<ParagraphTags, 'tokens' | 'prefixes'>, k: number) =>
  (p.prefixes[k] === 'و' || p.prefixes[k] === 'ف') && (k === 0 || SENTENCE_END.test(p.tokens[k - 1].text));

/** What `covered` holds under a person the tagger read (1 under any other mention). */
export const PERSON_COVER = 2;

/** Prepositions that take people (from, with, on the authority of, at); not في/على/إلى, which take the nouns a surname may also be (في الصدر). */
const PERSON_PREPOSITIONS = wordSet('عن مع من لدى');

/**
 * Token i stands where a clause names its subject or object: first in its sentence or after a stop or comma, after a preposition of people,
 * a reporting verb, a present verb or a verb opening the sentence (`وقال [الخطيب]`، `عن [يلتسين]`، `يحل [المالكي]`، `ولعب [حجازي]`),
 * not after a noun it could qualify.
 */
function clauseSlot(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, i: number, count: (norm: string) => number): boolean {
  if (p.prefixes[i] && p.prefixes[i] !== 'و') return false;
  // A word that is a clitic and a known word (بأي) is no surname.
  const whole = p.tokens[i].norm;
  if (JOINED_PREPOSITION.test(whole) && count(whole.slice(1)) >= WELL_KNOWN) return false;
  if (i === 0 || CLAUSE_STOPS.has(p.tokens[i - 1].text)) return true;
  const before = p.stems[i - 1];
  if (p.tokens[i - 1].kind !== 'word') return false;
  // A present verb the text knows (يحل); an unseen word in ي is rather a foreign name (يونيون باي).
  // A verb opening its sentence behind و or ف (`ووقع [حجازي]`، `ولعب [حجازي]`): its subject follows it (verbOpens).
  return (!p.prefixes[i - 1] && PERSON_PREPOSITIONS.has(before)) || cueKind(p.tokens[i - 1]) === 'verb' || verbOpens(p, i - 1) ||
    (before.length >= 3 && before.startsWith('ي') && count(p.tokens[i - 1].norm) >= RARE_WORD);
}

/** A preposition joined to a word (ب، ل، ك); a literal in the function would be a new object per call. */
const JOINED_PREPOSITION = /^[بلك]/;
/**
 * Besides the shared prepositions (wordSets.PREPOSITIONS), the words an indefinite word before a surname may be that are no
 * noun it stands in construct with: منذ, particles and quantifiers, and prepositions with a pronoun (فيها [عليه]).
 */
const PARTICLES_BEFORE_NAMES = wordSet(`منذ لا لم لن قد ما كما ثم او أو أم بل هل كل بعض غير سوى اي أي
  فيه فيها عليه عليها اليه إليه اليها إليها منه منها عنه عنها له لها به بها`);
/** Of the shared prepositions, بين stands between the two it names, often people (اللقاء بين [بري] وعون): a noun before a surname. */
const BETWEEN_PEOPLE = wordSet('بين');
const noConstruct = (w: string) => (PREPOSITIONS.has(w) && !BETWEEN_PEOPLE.has(w)) || PARTICLES_BEFORE_NAMES.has(w);

/**
 * Token i, a person's surname with no clitic, stands right after an indefinite word no mention covers: the noun whose
 * genitive it is (`مهمة [رايس]`، `تشاؤم [السنيورة]`، `لقاء [انان]`) or the verb whose subject it is (`ووصلت [رايس]`). A
 * definite word before it is left out: the surname may be that noun's adjective there (الشعر [الحلبي]).
 */
function constructSlot(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, i: number, covered: Uint8Array, count: (norm: string) => number): boolean {
  if (p.prefixes[i] || i === 0 || covered[i - 1] || p.tokens[i - 1].kind !== 'word') return false;
  // A clitic and a known word read whole as the name (بأي as باي) is that word (بأي وصاية).
  const whole = p.tokens[i].norm;
  if (JOINED_PREPOSITION.test(whole) && count(whole.slice(1)) >= WELL_KNOWN) return false;
  // An indefinite nisba agrees with the indefinite noun before it as its adjective (عامل [بستاني]: a gardening worker).
  if (whole.endsWith('ي') && !whole.startsWith('ال')) return false;
  // The word before must be one the training text knows: an unmet one is rather the name's own first word (يونيون [باي]).
  const before = p.stems[i - 1];
  return before.length >= 3 && !before.startsWith('ال') && !noConstruct(before) && !isTitleWord(before) && count(p.tokens[i - 1].norm) >= RARE_WORD;
}

/**
 * Whether document consistency leaves token i alone although its word is a known name's key: a common word the tagger
 * left O here (organisations too: a paper named `السفير` or `المستقبل`, or `القوات` of one sentence, would otherwise make
 * every ambassador, future and force of the document an organisation); a person's name read behind ب/ك/ل in a word the training text knows whole (كبري is كبرى, not ك + بري);
 * or (not for persons) an adjective after a noun. A person's surname, part of the fuller name the document gives them
 * (`surname`), is spread to a word the text knows up to COMMON_WORD times where a clause names someone (clauseSlot:
 * `يحل [المالكي]`، `مقربة من [بري]`). `prefix`: the clitic letters the repeat leaves out; `count(w)`: the
 * training-text count of a normalised word.
 */
export function noRepeatAt(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, i: number, covered: Uint8Array, label: EntityLabel,
  prefix: string, count: (norm: string) => number, surname = false): boolean {
  const whole = p.tokens[i].norm;
  if (count(whole) >= WELL_KNOWN && !(surname && count(whole) < COMMON_WORD && (clauseSlot(p, i, count) || (label === 'PERSON' && constructSlot(p, i, covered, count))))) return true;
  // No person behind ب/ك/ل where the word is well known whole or its rest is a common word (كعلى: ك + the preposition, not ك + علي).
  if (label === 'PERSON' && /[بكل]/.test(prefix) && (count(whole) >= KNOWN_WHOLE || count(whole.slice(prefix.length)) >= COMMON_WORD)) return true;
  // A definite nisba right before a person the tagger read (والتركي [أورهان باموك]، الإيرلندي [خالد كيلي]) is that person's
  // origin, not a repeat of someone the document calls by it (أبو عبد الله التركي).
  if (label === 'PERSON' && (!prefix || prefix === 'و') && definiteNisba(whole.slice(prefix.length), 2, true) && covered[i + 1] === PERSON_COVER) return true;
  // A word before ه/ها written apart is a noun with its pronoun (عواطف ه، جوهر ه), unless the two together are a word the
  // training text knows, a name the source's splitter cut (pronounNouns' dropPronounNouns).
  if (label === 'PERSON' && i + 1 < p.tokens.length && pronounApart(p.tokens[i + 1].text, p.tokens[i + 2]?.text) &&
    count(whole + p.tokens[i + 1].norm) < KNOWN_FORM && count(whole.slice(prefix.length) + p.tokens[i + 1].norm) < KNOWN_FORM) return true;
  // A given name that is also an adjective, joined by و to the adjective before it (سلام شامل وعادل), is that noun's second adjective.
  if (label === 'PERSON' && prefix === 'و' && secondAdjectiveAt(p.tokens, p.stems, p.prefixes, i, (j) => !covered[j], count)) return true;
  // Nor one agreeing with the indefinite noun before it, no mention's (لباس صحراوي): the noun's adjective (indefiniteAdjectives).
  if (label === 'PERSON' && i > 0 && !covered[i - 1] && !verbOpens(p, i - 1) && adjectiveAfterNounAt(p.stems, p.prefixes, i, { count, text: (k) => p.tokens[k].text,
    titleAt: (k) => isTitleWord(p.stems[k]), verbAt: (k) => cueKind(p.tokens[k]) === 'verb', marksAt: () => NO_MARKS }, true)) return true;
  return label !== 'PERSON' && adjectiveSlot(p, i, covered);
}

/**
 * The label a mention the tagger or a rule found keeps against its entity's majority: a country or outlet read as an
 * organisation in its own sentence (a team: مباراتي أوزبكستان مع [تايلاند]؛ a paper: قال لـ[الشرق الأوسط]) stays one, and a
 * place stays a place, though the same name is the other elsewhere in the document; any other difference takes the
 * majority. Repeats that document consistency added take the majority always, and so does every mention of a short name
 * the article defines in brackets after a body (`defined`, linking.ts): the article named it a body outright.
 */
export function keptLabel(own: EntityLabel, propagated: boolean, majority: EntityLabel, defined = false): EntityLabel {
  const placeOrBody = (l: EntityLabel) => l === 'LOCATION' || l === 'ORGANIZATION';
  return !propagated && !defined && own !== majority && placeOrBody(own) && placeOrBody(majority) ? own : majority;
}

/** The key a mention groups under: its entity's key, set apart when the mention kept its own label (keptLabel). */
export const groupKey = (key: string, label: EntityLabel, majority: EntityLabel): string => (label === majority ? key : `${key}\u0001${label}`);
