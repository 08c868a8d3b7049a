// A listed place the tagger left O after a preposition of place (قتل ثلاثة في [الفاشر]، هجوم على [إيلات]) or as a visit's object after its subject (زار البرهان [بورتسودان]): the list is the only evidence for a word the training text hardly saw.
import { definiteNisba } from './namePatterns';
import { isNewsPlace } from './newsPlaces';
import { icuRegionNames } from './regionNames';
import { beginTag, spanStart, tagLabel } from './tagger';
import type { Token } from './tokenize';
import { hasBehindConjunction, wordSet as set } from './wordSets';
import { PERSON_TITLES } from './triggers';
import { markBit } from './sentenceCues';
import { allBaseArabic } from './normalize';

const B_LOC = beginTag('LOC');
/** sentenceMarks' bit for a one-word listed place: tagPlacesAfterPrepositions starts only from one. */
export const ONE_WORD_PLACE_MARK = markBit('LOC-S');
const B_PERS = beginTag('PERS');

/** Prepositions and adverbs of place a town's name follows (normalised on building). */
const LOCATIVES = set('في إلى من على قرب بقرب نحو حول داخل خارج عبر تجاه باتجاه قبالة أمام بين وبين قرابة مشارف ضواحي أطراف');
/** A preposition of place, alone or behind the conjunction the splitter leaves on it (وفي تلكيف، ومن جوهر). */
const locativeWord = (w: string): boolean => hasBehindConjunction(LOCATIVES, w);
/** A clitic ب on the word itself (بالفاشر، وبنغازي); ل is as often a word's own first letter (لمعان: shine, not ل + معان), so it needs more. */
const CLITIC_PREPOSITIONS = new Set(['ب', 'وب', 'فب']);
/** ب, alone or after و/ف, opening a word the clitic splitter left whole (an unknown word). */
export const CLITIC_B = /^[وف]?ب/;
/** ل likewise, on a word the training text never saw whole (زيارته لقندهار). */
const CLITIC_L = /^[وف]?ل(?!ل)/;
/** Training-text count below which the tagger knows the word too little to overrule the list (newsPlaces.ts keeps frequent words out at 20). */
const RARE = 20;
/** Lists that make a word more than a place: a name, people or body list as spelled (a folded name-part match is loose: الفاشر folds like a name). */
const OTHER_READING = /^((PER|NAME|FIRST|LAST|PLAST)|f?(NAT|ORG|CLUB))-/;

/** A mark of OTHER_READING on the word, but a country's nationality reading (a plain loop: this runs for every listed place word). */
function otherReading(marks: readonly string[], country: boolean): boolean {
  for (const m of marks) if (OTHER_READING.test(m) && !(country && /^f?NAT-/.test(m))) return true;
  return false;
}

/** Marks that close the clause after a place (في أكرا ، …؛ قرب ملكال .). */
const CLAUSE_ENDS = new Set(['،', '.', ':', '؛', ',', '!', '?', '؟', '"', ')', '-']);
/**
 * A bare word of the shipped place list standing alone between a separate preposition of place and the clause's end (`في
 * [أكرا] .`، `قرب [ملكال] ،`), where the training text never met the word with the article: a common noun the list also
 * holds is met so (الغارة، الصمت), a town's bare name seldom. Gold first: on the four training corpora a bare one-word
 * place of the shipped list (no name, body or club reading) seen fewer than 20 times and never with ال, after
 * في/من/إلى/على/قرب and before a mark or the sentence's end, is a lone place 66 times, O 3, another label 4 (a university).
 */
function clauseEndPlace(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], k: number, wordFreq: (w: string) => number): boolean {
  if (prefixes[k] !== '' || stems[k].startsWith('ال') || k === 0 || !locativeWord(sentence[k - 1].norm)) return false;
  // A word the training text also met with the article is a common noun (الغارة، الصمت: في غارة .، في صمت .).
  if (wordFreq(`ال${stems[k]}`) > 0) return false;
  const next = sentence[k + 1];
  return next === undefined || (next.kind === 'punct' && CLAUSE_ENDS.has(next.text));
}

/** Verbs of visiting, whose object after the subject is the place visited (normalised on building). */
const VISITS = set('زار زارت وزار وزارت يزور تزور ويزور وتزور');
/** Most title words between the verb and the name. */
const MAX_TITLE_WORDS = 3;

/** Token k right after a person span that a visit verb opens (زار عبد الفتاح البرهان [بورتسودان]): the verb's object, the place visited. */
function visitedAfter(sentence: readonly Token[], tags: number[], k: number): boolean {
  let b = k - 1;
  if (b < 0 || tagLabel(tags[b]) !== 'PERSON') return false;
  b = spanStart(tags, b);
  if (tags[b] !== B_PERS) return false;
  // A title and its nationality may stand between the verb and the name (زار الرئيس الجزائري عبد المجيد تبون [جيبوتي]).
  let v = b - 1;
  while (v >= 0 && b - v <= MAX_TITLE_WORDS && tags[v] === 0 && (PERSON_TITLES.has(sentence[v].norm) || definiteNisba(sentence[v].norm, 3, false))) v--;
  return v >= 0 && VISITS.has(sentence[v].norm);
}

/** The places this pass trusts: the project's news places and ICU's country names. */
export const newsPlaceOrCountry = (w: string): boolean => isNewsPlace(w) || icuRegionNames().has(w);

/**
 * A one-word place of the news places list (places-news.txt) or a country ICU names that the tagger left O where a preposition of place opens it (before it, or as
 * its clitic), the training text having seen it fewer than 20 times: in unseen news, towns the lists know come out O
 * in ordinary sentences (في الفاشر، على إيلات). `freq(k)`: training count of token k; `wordFreq(w)`: of a word.
 */
export function tagPlacesAfterPrepositions(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], marks: readonly string[][],
  tags: number[], freq: (k: number) => number, wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  const articleName = (k: number): boolean => CLITIC_PREPOSITIONS.has(prefixes[k]) && stems[k].startsWith('ال') && stems[k].length >= 5 &&
    allBaseArabic(stems[k]) && wordFreq(stems[k].slice(2)) === 0;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== 0 || sentence[k].kind !== 'word' || !marks[k].includes('LOC-S')) continue;
    // A town the splitter did not know keeps its clitic ب in the stem (قتل ثلاثة [ب]طانطان): the place is the rest.
    const behindB = prefixes[k] === '' && freq(k) === 0 ? CLITIC_B.exec(stems[k]) ?? CLITIC_L.exec(stems[k]) : null;
    const place = behindB ? stems[k].slice(behindB[0].length) : stems[k];
    // A country's bare name may be its nationality adjective too (جيبوتي، مالي): after a preposition it is the country.
    const country = icuRegionNames().has(place);
    if (otherReading(marks[k], country)) continue;
    // A name the tagger began on the next word is this word's continuation, unless it is the next item of a list (في الفاشر [ونيالا]).
    if (k + 1 < tags.length && tags[k + 1] !== 0 && !(tags[k + 1] === B_LOC && sentence[k + 1].norm.startsWith('و'))) continue;
    // ل is the clitic where the word as written is one the training text never saw (زيارته [ل]قندهار، توجه [ل]تعز; لمعان is a word).
    const lam = /^[وف]?ل$/.test(prefixes[k]) && wordFreq(sentence[k].norm) === 0 && wordFreq(sentence[k].norm.replace(/^[وف]/, '')) === 0;
    const opened = behindB !== null || CLITIC_PREPOSITIONS.has(prefixes[k]) || lam || (prefixes[k] === '' && k > 0 && tags[k - 1] === 0 && locativeWord(sentence[k - 1].norm)) ||
      (prefixes[k] === '' && visitedAfter(sentence, tags, k));
    // The project's news places and ICU's country names only: the shipped place list holds common words too (غارة، صمت، عشاق).
    // Behind ب a definite word of the shipped list is trusted too where the training text never saw it without its article
    // (اشتباكات [بالأهواز]): the article is part of such a town's name, and a common noun is met bare (غارة، حرب).
    if (!opened || place.length < 3 || freq(k) >= RARE || !(isNewsPlace(place) || country || articleName(k) || clauseEndPlace(sentence, stems, prefixes, k, wordFreq))) continue;
    // A definite word whose bare form the training text knows, described by the definite word after it, is that common
    // noun (على [المفرق] المؤدي: the junction; في [الباحة] الخلفية: the courtyard), as a town seldom is.
    if (stems[k].startsWith('ال') && wordFreq(stems[k].slice(2)) > 0 && k + 1 < tags.length && sentence[k + 1].norm.startsWith('ال')) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
