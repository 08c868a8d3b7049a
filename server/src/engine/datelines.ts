// Wire datelines at the start of a story (`PLACE ( AGENCY ) -`): the place and the agency, whatever the tagger read there.
import { beginTag as B, insideTag as I, isInside, tagLabel } from './tagger';
import { Token } from './tokenize';
import { allBaseArabic } from './normalize';
import { icuRegionNames } from './regionNames';
import { AGENCIES_AT_LARGE, wordSet } from './wordSets';

/** Punctuation that may close a wire dateline before the story (`- `, `:`). */
const DATELINE_DASH = new Set(['-', '–', '—', ':']);
/** Longest place (`أديس أبابا`، `رام الله`) and agency (`أ ف ب`، `و م ع`، `د ب أ`) a dateline holds. */
const MAX_DATELINE_PLACE = 3;
const MAX_DATELINE_AGENCY = 4;
/** A dateline's bracket credits no one body with these (normalised): "agencies", "the agencies", "exclusive". */
const CREDIT_WORDS = new Set([...AGENCIES_AT_LARGE, ...wordSet('خاص')]);

/**
 * A wire dateline at the start of a sentence, `PLACE ( AGENCY ) -` with an optional date between
 * (`بغداد 12-5 ( أ ف ب ) -`, `مسقط ( العمانية ) -`): the words before the bracket are the place and
 * the words inside it the agency, whatever the tagger read there (an agency named like a nationality
 * or a region: العمانية، الأناضول). Only words the tagger left O or tagged as a place become the place. The place's
 * country may stand in a bracket of its own before the agency's (`كان ( فرنسا ) ( أ ف ب ) -`).
 */
export function tagDatelines(sentence: Token[], tags: number[], isNationality: (k: number) => boolean): number[] {
  const n = sentence.length;
  let open = -1;
  for (let k = 0; k < Math.min(n, MAX_DATELINE_PLACE + 3); k++) if (sentence[k].text === '(') { open = k; break; }
  if (open < 1) return tags;
  let close = closing(sentence, open);
  // The place's country in a bracket of its own before the agency's (`كان ( فرنسا ) ( أ ف ب ) -`): the country is a place,
  // the second bracket the agency.
  let country = -1;
  if (close > 0 && close + 1 < n && sentence[close + 1].text === '(' && icuRegionNames().has(bracketText(sentence, open, close))) {
    country = open;
    open = close + 1;
    close = closing(sentence, open);
  }
  if (close < 0 || close + 1 >= n || !DATELINE_DASH.has(sentence[close + 1].text)) return tags;
  // The place: words from the start; a date written with digits may follow it.
  let placeEnd = 0;
  while (placeEnd < open && sentence[placeEnd].kind === 'word') placeEnd++;
  const placeStop = country >= 0 ? country : open;
  for (let k = placeEnd; k < placeStop; k++) if (sentence[k].kind === 'word') return tags;
  if (placeEnd === 0 || placeEnd > MAX_DATELINE_PLACE) return tags;
  const out = tags.slice();
  if (country >= 0) for (let k = country + 1; k < open - 1; k++) out[k] = k === country + 1 ? B('LOC') : I('LOC');
  // A dateline names no event or work: a place the tagger read as MISC before the dash is the place (قندهار ( أ ف ب ) -);
  // before a colon the line may head a list of sights (دير فانيروميني ( الظهور ) :).
  const misc = sentence[close + 1].text !== ':';
  if (out.slice(0, placeEnd).every((t) => t === 0 || tagLabel(t) === 'LOCATION' || (misc && tagLabel(t) === 'MISC')) && (placeEnd === n || !isInside(out[placeEnd]))) {
    for (let k = 0; k < placeEnd; k++) out[k] = k === 0 ? B('LOC') : I('LOC');
  }
  // A one-word agency named like a nationality (العمانية) is left as the tagger read it: document consistency
  // would carry an organisation label to every later `العمانية` of the article.
  if (close === open + 2 && isNationality(open + 1)) return out;
  // A credit to agencies at large (`( وكالات ) -`) or to the paper's own staff (`( خاص )`) names no body.
  if (close === open + 2 && CREDIT_WORDS.has(sentence[open + 1].norm)) { out[open + 1] = 0; return out; }
  // A country in the bracket qualifies the place (`ساو باولو ( البرازيل ) -`): no agency is named like one.
  const bracket = icuRegionNames().has(bracketText(sentence, open, close)) ? 'LOC' : 'ORG';
  for (let k = open + 1; k < close; k++) out[k] = k === open + 1 ? B(bracket) : I(bracket);
  return out;
}

/** The `)` closing a bracket of words that opens at `open` (an agency's or a country's name), or -1. */
function closing(sentence: Token[], open: number): number {
  let close = open + 1;
  while (close < sentence.length && close - open <= MAX_DATELINE_AGENCY + 1 && sentence[close].text !== ')') close++;
  if (close >= sentence.length || sentence[close].text !== ')' || close === open + 1) return -1;
  for (let k = open + 1; k < close; k++) if (sentence[k].kind !== 'word') return -1;
  return close;
}

/** Training count from which a word opening a sentence before a dash is rather the sentence's own (كان - ولا يزال - …). */
const COMMON_OPENER = 20;
/** The verbal noun تفعيل, bare or definite (تنويه، توضيح، التصحيح), normalised. */
const EDITORIAL_NOUN = /^(ال)?ت[\u0621-\u064A]{2}ي[\u0621-\u064A]$/;

/**
 * A dateline with no agency, `PLACE - story` (`الرصيفة - افتتح …`، `أديس أبابا - أعلن …`): one or two words the tagger left
 * O at the start of a sentence, then a dash and a word, are the place where each is a listed place the training text
 * holds fewer than 20 times, or a word it never saw. A common word there opens a dash-bracketed aside (وكان - بحسب … -),
 * a list's number or letter (2 -، أولا -) is no place, nor is an editor's note (تنويه -).
 */
export function tagBareDatelines(sentence: readonly Token[], tags: number[], placeAt: (k: number) => boolean, countAt: (k: number) => number): number[] {
  const n = sentence.length;
  let dash = 0;
  while (dash < n && dash < 2 && sentence[dash].kind === 'word') dash++;
  if (dash === 0 || dash + 1 >= n || !DATELINE_DASH.has(sentence[dash].text) || sentence[dash].text === ':' || sentence[dash + 1].kind !== 'word') return tags;
  for (let k = 0; k < dash; k++) {
    if (tags[k] !== 0 || sentence[k].norm.length < 3 || !allBaseArabic(sentence[k].norm)) return tags;
    if (!(countAt(k) === 0 || (placeAt(k) && countAt(k) < COMMON_OPENER))) return tags;
    // An unseen verbal noun of the تفعيل pattern labels a note (تنويه -، توضيح -، تعقيب -): no place unless listed.
    // So is an unlisted definite noun alone (الخلاصة -): a place the lists lack is a bare name.
    if (!placeAt(k) && (EDITORIAL_NOUN.test(sentence[k].norm) || (dash === 1 && sentence[k].norm.startsWith('ال')))) return tags;
  }
  const out = tags.slice();
  for (let k = 0; k < dash; k++) out[k] = k === 0 ? B('LOC') : I('LOC');
  return out;
}

/** The normalised words between a bracket's marks. */
const bracketText = (sentence: Token[], open: number, close: number) => sentence.slice(open + 1, close).map((t) => t.norm).join(' ');

/** A dot written inside a site's name, touching a word on each side (العربية.نت). */
const innerDot = (sentence: Token[], k: number) => sentence[k].text === '.' && k > 0 && k + 1 < sentence.length && sentence[k + 1].kind === 'word' &&
  sentence[k - 1].end === sentence[k].start && sentence[k].end === sentence[k + 1].start;

/** The marks a credit between dashes is quoted or bracketed with (`- " الأيام " -`، `- ( العربية نت ) -`). */
const CREDIT_OPEN = new Set(['"', '«', '“', '(']);
const CREDIT_CLOSE = new Set(['"', '»', '”', ')']);

/**
 * A paper's or site's credit between dashes at the start of a story, quoted or in brackets (`تعز - " [الأيام] " -`،
 * `الرياض - ( [العربية نت] ) -`، `( [العربية.نت] )`، `بيروت - « [النهار] » :`): the words inside are the outlet, whatever the tagger read
 * there, where the words before the first dash are a place or nothing the tagger read (the dateline's city). Not a
 * country (a place's country in quotes), nor a credit to agencies at large or to the paper's own staff.
 */
export function tagDashCredits(sentence: Token[], tags: number[]): number[] {
  const n = sentence.length;
  let dash = 0;
  while (dash < n && dash <= MAX_DATELINE_PLACE && sentence[dash].kind === 'word') dash++;
  if (dash === 0 || dash > MAX_DATELINE_PLACE || dash + 3 >= n || sentence[dash].text !== '-' || !CREDIT_OPEN.has(sentence[dash + 1].text)) return tags;
  for (let k = 0; k < dash; k++) if (tags[k] !== 0 && tagLabel(tags[k]) !== 'LOCATION') return tags;
  const open = dash + 1;
  let close = open + 1;
  while (close < n && close - open <= MAX_DATELINE_AGENCY && (sentence[close].kind === 'word' || innerDot(sentence, close))) close++;
  if (close === open + 1 || close + 1 >= n || !CREDIT_CLOSE.has(sentence[close].text) || !DATELINE_DASH.has(sentence[close + 1].text)) return tags;
  if (icuRegionNames().has(bracketText(sentence, open, close)) || (close === open + 2 && CREDIT_WORDS.has(sentence[open + 1].norm))) return tags;
  // Read already as one organisation, the words between the marks are left as they are; a first word read alone (`[العربية]
  // نت`) or followed by another span is not the outlet yet.
  if (tags[open + 1] === B('ORG') && !isInside(tags[close]) && tags.slice(open + 2, close).every((t) => t === I('ORG'))) return tags;
  const out = tags.slice();
  for (let k = open + 1; k < close; k++) out[k] = k === open + 1 ? B('ORG') : I('ORG');
  return out;
}

/** Longest paper's name credited bare between dashes (الراية، القدس العربي). */
const MAX_BARE_CREDIT = 2;

/**
 * A paper's credit written bare between the dateline's dash and a second dash or a colon (`نواكشوط - [الأخبار] -`،
 * `الدوحة - [الراية] :`): one or two words, the first definite, are the outlet whatever the tagger read there, where the
 * words before the first dash are a place or nothing the tagger read. Not a listed place (a second city: `غزة - القدس -`),
 * a nationality-named agency (left as datelines leave it), a credit to agencies at large or staff, nor a person.
 */
export function tagBareCredits(sentence: readonly Token[], tags: number[], placeAt: (k: number) => boolean, isNationality: (k: number) => boolean): number[] {
  const n = sentence.length;
  let dash = 0;
  while (dash < n && dash <= MAX_DATELINE_PLACE && sentence[dash].kind === 'word') dash++;
  if (dash === 0 || dash > MAX_DATELINE_PLACE || dash + 3 >= n || sentence[dash].text !== '-') return tags;
  for (let k = 0; k < dash; k++) if (tags[k] !== 0 && tagLabel(tags[k]) !== 'LOCATION') return tags;
  const first = dash + 1;
  let end = first;
  while (end < n && end - first < MAX_BARE_CREDIT && sentence[end].kind === 'word') end++;
  if (end === first || end + 1 >= n || !DATELINE_DASH.has(sentence[end].text) || sentence[end + 1].kind !== 'word') return tags;
  if (!sentence[first].norm.startsWith('ال') || (end === first + 1 && (isNationality(first) || CREDIT_WORDS.has(sentence[first].norm)))) return tags;
  if (icuRegionNames().has(bracketText(sentence as Token[], first - 1, end))) return tags;
  for (let k = first; k < end; k++) if (placeAt(k) || tagLabel(tags[k]) === 'PERSON') return tags;
  if (tags[first] === B('ORG') && tags.slice(first + 1, end).every((t) => t === I('ORG')) && !isInside(tags[end])) return tags;
  const out = tags.slice();
  for (let k = first; k < end; k++) out[k] = k === first ? B('ORG') : I('ORG');
  return out;
}
