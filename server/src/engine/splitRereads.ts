// Names behind an attached ب or ل the tagger left O (بمكة، بالرياض، للسفارة الإيرانية), read again with the clitic written apart as its training text writes it.
import { ANY_LISTS, ANY_NAME_LIST, hasMark } from './nameMarks';
import { gazetteerMarks, GazWord } from './gazetteer';
import { NerModel } from './model';
import { newsPlaceOrCountry } from './prepositionPlaces';
import { TIME_WORDS } from './quoteCues';
import { wordSet } from './wordSets';
import { addEntityBias, decode, isInside, NUM_TAGS, posteriors, tagLabel } from './tagger';
import type { Token } from './tokenize';
import { ScoredWord, scoredWord, scoreSentence } from './wordScores';
import { wordsToScore } from './unseenWords';

/**
 * ب and ل, alone or after و/ف. The tagger reads `بمكة`, `للحسن` by their whole form, which its training text (FANE writes
 * `ب مكة`) hardly holds, and its prefix feature weighs against a name (px=ب: B-LOC −3.4, B-ORG −30). Read apart without
 * `evidence`, ل gave more wrong names than right on the folds (للوطن، للمدافع); with it, as many as it lost there and on the
 * corpora's text 15 right of 18 (للسلطة الوطنية الفلسطينية، للسفارة الإيرانية). ك is left: كالزهرة, كبرى.
 */
const READ_APART = new Set(['ب', 'وب', 'فب', 'ل', 'ول', 'فل']);
/** The split reading's confidence (max-marginal, as mentions') under which its name is not taken: it votes for common nouns too. */
const MIN_CONFIDENCE = 0.8;
/**
 * Lists that make a one-word name of each label, as spelled (a folded match is loose; so are Wikidata's name parts, NAME,
 * which hold common words a manner phrase puts behind ب: تحدث بفخر).
 */
const ONE_WORD_LISTS: Partial<Record<string, RegExp>> = { LOCATION: /^LOC-S$/, PERSON: /^(PER|FIRST|LAST|PLAST)-S$/, ORGANIZATION: /^(ORG|CLUB)-S$/ };
/** Lists that mark a later word of a longer name as a name's (the loose name parts left out: عبد الستار makes no `بازاحة الستار`). */
const LATER_LISTS = /^(LOC|ORG|CLUB|NAT|PER)-/;
/** Training count below which an indefinite later word is a foreign name (بحيرة اوريستياذا، بشركة سيجوارت). */
const RARE = 3;

let emSplit = new Float64Array(256 * NUM_TAGS);

const candidate = (sentence: readonly Token[], prefixes: readonly string[], stems: readonly string[], tags: readonly number[], k: number) =>
  // Most words carry no clitic: the empty prefix, no member of READ_APART, is turned away before the set is probed.
  tags[k] === 0 && prefixes[k] !== '' && sentence[k].kind === 'word' && READ_APART.has(prefixes[k]) && stems[k].length >= 2;

/** Words that describe the noun before them by what it holds (بمشهد ذي معالم، بمدينة ذات طابع): no name comes before them. */
const POSSESSING = new Set(['ذي', 'ذو', 'ذات']);
/**
 * An indefinite participle (مؤثر، مهيب، مروع) describing the noun before it: a genitive adjective, no accusative adverb in ا (بجدة
 * مؤخرا), no time word, nor a time noun in construct with the definite word after it (بمكة منتصف الليل).
 */
const participle = (stems: readonly string[], prefixes: readonly string[], j: number) =>
  /^م[\u0621-\u064A]{3,}$/.test(stems[j]) && !stems[j].endsWith('ا') && !TIME_WORDS.has(stems[j]) && !(j + 1 < stems.length && !prefixes[j + 1] && stems[j + 1].startsWith('ال'));

/** قام and its forms, the light verb whose ب takes the action's verbal noun (قام بتنظيم الري: he organised irrigation). */
const LIGHT_VERB = wordSet('قام قامت قاموا يقوم تقوم يقومون تقومان يقومان نقوم أقوم سيقوم ستقوم');
/** Candidate k's ب follows a form of قام: the word is what was done, no name. */
const afterLightVerb = (stems: readonly string[], prefixes: readonly string[], k: number) => k > 0 && prefixes[k].endsWith('ب') && LIGHT_VERB.has(stems[k - 1]);

/** An indefinite word of the language, no clitic on it: after an indefinite one it describes it or is its genitive. */
const indefiniteWord = (sentence: readonly Token[], prefixes: readonly string[], stems: readonly string[], j: number, model: NerModel) =>
  j < sentence.length && sentence[j].kind === 'word' && !prefixes[j] && !stems[j].startsWith('ال') && model.lexicon.freq(stems[j]) >= RARE;

/**
 * Evidence besides the split reading's vote that tokens k..e-1 name a `label`: a one-word name on a list of its label (a
 * place's bare form followed by a describing or genitive word is the common noun: بمشهد جبلي، بمشهد سيارة), a longer one
 * with a later word a place, body, people or person list holds (بالحكومة الالبنانية، بالاراضي الفلسطينية) or an indefinite
 * later word the training text hardly knows. A common noun and its adjective (بالقرميد الاحمر، بالحبس الانفرادي) has none.
 */
function evidence(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], marks: string[][], at: readonly number[], k: number, e: number, label: string, model: NerModel): boolean {
  const definite = stems[k].startsWith('ال');
  // MISC read apart is mostly a phrase (بازاحة الستار: at the unveiling); after قام the ب word is what was done.
  if (label === 'MISC' || afterLightVerb(stems, prefixes, k)) return false;
  if (e - k === 1) {
    const lists = ONE_WORD_LISTS[label];
    if (!lists || !marks[at[k]].some((m) => lists.test(m))) return false;
    // The shipped place list holds common words (بالخرافة): a place the training text never saw must be a news place or country.
    if (label === 'LOCATION' && model.lexicon.freq(stems[k]) < RARE && !newsPlaceOrCountry(stems[k])) return false;
    // A given name in construct with the definite word after it is the noun (بجمال النقوش: the beauty of the carvings).
    if (label === 'PERSON' && !definite && k + 1 < sentence.length && !prefixes[k + 1] && stems[k + 1].startsWith('ال') && !hasMark(marks[at[k + 1]], LATER_LISTS)) return false;
    if (definite) return true;
    // A place's bare form described by what it holds or by a participle is the noun (بمشهد ذي معالم، بمشهد مؤثر); a name
    // after it is no participle (بغزة محمود).
    const j = k + 1;
    if (label === 'LOCATION' && j < sentence.length && sentence[j].kind === 'word' && !prefixes[j] &&
      (POSSESSING.has(stems[j]) || (participle(stems, prefixes, j) && !hasMark(marks[at[j]], ANY_LISTS)))) return false;
    if (!indefiniteWord(sentence, prefixes, stems, j, model)) return true;
    return stems[j].length < 4 || !/(ي|يه|ه)$/.test(stems[j]);
  }
  // A definite noun runs into no indefinite word of a place's or body's name (بالجزيرة ترحل: the verb after the place).
  if (definite && label !== 'PERSON' && stems.slice(k + 1, e).some((w) => !w.startsWith('ال'))) return false;
  for (let j = k + 1; j < e; j++) {
    if (sentence[j].kind !== 'word') continue;
    if (hasMark(marks[at[j]], LATER_LISTS)) return true;
    if (!stems[j].startsWith('ال') && model.lexicon.freq(sentence[j].norm) + model.lexicon.freq(stems[j]) < RARE) return true;
  }
  return false;
}

/**
 * The word behind a ل the splitter read as ل + ال with the alef dropped (للندن: ل + الندن), where neither that definite word
 * nor the one keeping the word's ل (اللندن) is known to the training text or the lists while a person list holds the word
 * as written without its ل (لندن is a surname too): a name opening with ل behind the preposition (ل + لندن), which the
 * tagger then reads as the word it knows. A word no person list holds is tagLamPlaces's, which reads clubs by the sentence
 * (هدفين لليفربول). Otherwise the splitter's stem.
 */
export function lamReadStem(norm: string, prefix: string, stem: string, model: NerModel): string {
  if (!prefix.endsWith('ل') || !stem.startsWith('ال') || norm !== prefix + stem.slice(1)) return stem;
  const bare = stem.slice(1);
  const known = (w: string) => model.lexicon.freq(w) > 0 || model.gazetteer.phrases.has(w);
  return known(stem) || known('ال' + bare) || !ANY_NAME_LIST.test(model.gazetteer.phrases.get(bare) ?? '') ? stem : bare;
}

/** lamReadStem of word k, kept on its scored word when read with the word's own norm, prefix and stem (the lookups are asked twice per candidate). */
export function lamStemOf(sentence: readonly Token[], words: readonly ScoredWord[], stems: readonly string[], prefixes: readonly string[], k: number, model: NerModel): string {
  const w = words[k];
  if (stems[k] !== w.stem || prefixes[k] !== w.prefix || sentence[k].norm !== w.norm) return lamReadStem(sentence[k].norm, prefixes[k], stems[k], model);
  return (w.lamStem ??= lamReadStem(w.norm, w.prefix, w.stem, model));
}

/** ONE_WORD_LISTS of every label. */
const ONE_WORD_ANY_LABEL = /^(LOC|PER|FIRST|LAST|PLAST|ORG|CLUB)-S$/;

/**
 * Whether evidence() could hold for a name the split reading begins at candidate k, whatever its label and length (what
 * evidence() tests that needs no decode): a one-word name's list, or a later word's list or rarity before the next word
 * the whole-form reading tagged or the next candidate, where such a name must end.
 */
function mayHaveEvidence(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], decoded: readonly number[], marks: string[][], at: readonly number[], k: number, model: NerModel): boolean {
  if (afterLightVerb(stems, prefixes, k)) return false;
  if (hasMark(marks[at[k]], ONE_WORD_ANY_LABEL)) return true;
  for (let j = k + 1; j < sentence.length && decoded[j] === 0 && !candidate(sentence, prefixes, stems, decoded, j); j++) {
    if (sentence[j].kind !== 'word') continue;
    if (hasMark(marks[at[j]], LATER_LISTS)) return true;
    if (!stems[j].startsWith('ال') && model.lexicon.freq(sentence[j].norm) + model.lexicon.freq(stems[j]) < RARE) return true;
  }
  return false;
}

/**
 * The training text's count of word j plus that of its stem: the scored word's own (wordInfo looked both up when it was
 * first scored, info.freq), else two probes into the large lexicon, which were about 0.3 % of a full analysis here.
 */
function countOf(sentence: readonly Token[], words: readonly ScoredWord[], stems: readonly string[], j: number, model: NerModel): number {
  const f = words[j].info.freq;
  return f >= 0 ? f : model.lexicon.freq(sentence[j].norm) + model.lexicon.freq(stems[j]);
}

/** Lists of a one-word name of any label. */
const ANY_ONE_WORD = /^(LOC|PER|NAME|FIRST|LAST|PLAST|ORG|CLUB)-S$/;
/** Most words a name read apart may have (a later word's evidence is looked for that far). */
const MAX_WORDS = 4;

/**
 * Whether the sentence has a word rereadSplitClitics reads apart that `evidence` could hold for (it then decodes again; most
 * sentences have a ب word, few one on a list or before one): the word on a list, or a listed or rare word in the next three.
 */
export function readsApart(sentence: readonly Token[], words: readonly ScoredWord[], stems: readonly string[], prefixes: readonly string[], decoded: readonly number[], marks: readonly string[][], model: NerModel): boolean {
  for (let k = 0; k < sentence.length; k++) {
    if (!candidate(sentence, prefixes, stems, decoded, k)) continue;
    if (hasMark(marks[k], ANY_ONE_WORD) || lamStemOf(sentence, words, stems, prefixes, k, model) !== stems[k]) return true;
    for (let j = k + 1; j < sentence.length && j - k < MAX_WORDS; j++) {
      if (hasMark(marks[j], LATER_LISTS)) return true;
      if (sentence[j].kind === 'word' && !stems[j].startsWith('ال') && countOf(sentence, words, stems, j, model) < RARE) return true;
    }
  }
  return false;
}

/**
 * Call only where readsApart() holds (the caller asks it once, to keep the first reading's forward table).
 * The decoded tags with each candidate word (an attached ب or ل on a word the tagger left O) that the tagger, reading the
 * sentence with those clitics written apart, begins a name at, confidently and with a list's or the text's evidence: the
 * name's tag, and its later words' where the whole-form reading left them O. The name starts after the clitic (mentionStart).
 * `splitStems`: the splitter's stems (lamReadStem mends a لل word's).
 */
export function rereadSplitClitics(sentence: readonly Token[], words: readonly ScoredWord[], splitStems: readonly string[], prefixes: readonly string[], decoded: number[], model: NerModel): number[] {
  const n = sentence.length;
  // The words read apart as the text writes them: a name opening with ل behind ل keeps its letter (للندن: ل + لندن).
  let stems: readonly string[] = splitStems;
  for (let k = 0; k < n; k++) {
    if (!candidate(sentence, prefixes, splitStems, decoded, k)) continue;
    const read = lamStemOf(sentence, words, splitStems, prefixes, k, model);
    if (read === splitStems[k]) continue;
    const mended = stems === splitStems ? splitStems.slice() : (stems as string[]);
    mended[k] = read;
    stems = mended;
  }
  // The sentence as FANE writes it: each candidate's clitic a token of its own, then the word (ال restored after لل). The
  // other tokens keep the first reading's scored words (the same cached words scoredWords would find again by their text).
  const split: Token[] = [];
  const splitWords: ScoredWord[] = [];
  const at = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const t = sentence[k];
    if (candidate(sentence, prefixes, stems, decoded, k)) {
      const clitic: Token = { start: t.start, end: t.start, text: prefixes[k], norm: prefixes[k], kind: 'word' };
      const word: Token = { start: t.start, end: t.end, text: stems[k], norm: stems[k], kind: 'word' };
      split.push(clitic, word);
      splitWords.push(scoredWord(clitic, model), scoredWord(word, model));
    } else {
      split.push(t);
      // As a second lookup would mark it: the word cache's trim keeps words found again.
      words[k].reused = true;
      splitWords.push(words[k]);
    }
    at[k] = split.length - 1;
  }
  const gaz = new Array<GazWord>(splitWords.length);
  for (let i = 0; i < splitWords.length; i++) gaz[i] = splitWords[i].gw;
  const splitMarks = gazetteerMarks(gaz, model.gazetteer);
  // The decode is the costly part and most sentences it reads take no name from it: skip it where no candidate could pass evidence().
  let named = false;
  for (let k = 0; k < n && !named; k++) named = candidate(sentence, prefixes, stems, decoded, k) && mayHaveEvidence(sentence, stems, prefixes, decoded, splitMarks, at, k, model);
  if (!named) return decoded;
  if (emSplit.length < split.length * NUM_TAGS) emSplit = new Float64Array(2 * split.length * NUM_TAGS);
  const em = scoreSentence(wordsToScore(split, splitWords, model), splitMarks, model, emSplit);
  addEntityBias(em);
  const d = decode(em, split.length, model.weights.transition);
  const reread = d.tags;
  let found = false;
  for (let k = 0; k < n && !found; k++) found = candidate(sentence, prefixes, stems, decoded, k) && reread[at[k]] !== 0 && !isInside(reread[at[k]]);
  if (!found) return decoded;
  const confidence = posteriors(em, split.length, model.weights.transition, reread, d.forward);
  let out: number[] | undefined;
  for (let k = 0; k < n; k++) {
    const t = reread[at[k]];
    if (!candidate(sentence, prefixes, stems, decoded, k) || t === 0 || isInside(t) || confidence[at[k]] < MIN_CONFIDENCE) continue;
    // The name's later words, as long as the whole-form reading left them O.
    let e = k + 1;
    while (e < n && decoded[e] === 0 && isInside(reread[at[e]]) && !candidate(sentence, prefixes, stems, decoded, e)) e++;
    if (e < n && isInside(reread[at[e]])) continue;
    if (!evidence(sentence, stems, prefixes, splitMarks, at, k, e, tagLabel(t) ?? '', model)) continue;
    out ??= decoded.slice();
    out[k] = t;
    for (let j = k + 1; j < e; j++) out[j] = reread[at[j]];
  }
  return out ?? decoded;
}
