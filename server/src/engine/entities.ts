// Finds named-entity mentions in a paragraph with the trained tagger, with spans that skip attached clitics.
import type { SentenceReuse } from './sentenceReuse';
import { correctTags } from './tagCorrections';
import { Spelling } from './sentenceReads';
import { definesBody, definesShortName } from './bracketDefinitions';
import { sourcePrefixLength } from './clitics';
import { gazetteerMarks, GazWord } from './gazetteer';
import { ScoredWord, scoredWords, scoreSentence } from './wordScores';
import { wordsToScore } from './unseenWords';
import { cueVersion, LATIN_CUE, stemCues } from './sentenceCues';
import { wideCueVersion, wordWideCues } from './wideCues';
import { NerModel } from './model';
import { addEntityBias, decode, EntityLabel, isInside, NUM_TAGS, posteriors, tagLabel } from './tagger';
import { splitSentences, Token } from './tokenize';
import { entityPrefix } from './mentionStart';
import { readsApart, rereadSplitClitics } from './splitRereads';
import { attachedHyphen } from './hyphenNames';
import { spacedDesignation } from './weaponNames';
import { quotedDesignationJoiner } from './quotedDesignations';
import { spelledAcronymDash } from './spelledAcronyms';
import { inPersonSlot, SLOT_CONFIDENCE, slotMayVote } from './personSlotVotes';
import { quotedAfterWorkHead, WORK_TITLE_CONFIDENCE } from './workTitleVotes';
import { TITLE_CUE } from './titleNames';
import type { WordForm } from './interner';

/** An entity mention found by the tagger, before document-level linking. */
export interface EntityMention {
  label: EntityLabel;
  /** UTF-16 offsets in the document, end exclusive. */
  start: number;
  end: number;
  /** Normalised, clitic-free words: the key that links mentions of one entity. */
  key: string;
  confidence: number;
  /** Index of first and one-past-last token in the paragraph's token list. */
  firstToken: number;
  lastToken: number;
  /**
   * Set (never false) on a body's short name defined in brackets after it (bracketDefinitions.ts): its key links as a body
   * for the whole article (linking.ts). Linking's own mentions do not carry it, so exports never hold it.
   */
  defines?: true;
}

export interface ParagraphTags {
  tokens: Token[];
  /** Clitic-free normalised stem per token. */
  stems: string[];
  /** Proclitic letters per token (normalised). */
  prefixes: string[];
  mentions: EntityMention[];
}

/** Emission scores of the sentence being tagged, reused from sentence to sentence (read before the next one is scored). */
let emScratch = new Float64Array(256 * NUM_TAGS);
/** The first reading's forward table, copied here when the split-clitic reread decodes again (a new typed array per sentence costs more to allocate than to fill). */
let forwardKept = new Float64Array(256 * NUM_TAGS);
/**
 * The key of a word the splitter read as ل + ال with the alef dropped (للولايات: ل + الولايات). Before a definite word opening
 * with ل the article's ل goes too (للجنة is ل + اللجنة, not ل + الجنة, paradise), and a name opening with ل takes the
 * preposition bare (للبنان is ل + لبنان, not ل + البنان): the better-known reading is the key, the bare one only where a
 * list holds it and the text and the lists know neither definite reading (للمصرف stays ل + المصرف).
 */
function lamLamStem(norm: string, prefix: string, stem: string, model: NerModel): string {
  if (!prefix.endsWith('ل') || norm !== prefix + stem.slice(1) || !stem.startsWith('ال')) return stem;
  const known = (w: string) => model.lexicon.freq(w) > 0 || model.gazetteer.phrases.has(w);
  const whole = 'ال' + stem.slice(1);
  const bare = stem.slice(1);
  if (!known(stem) && !known(whole) && model.gazetteer.phrases.has(bare)) return bare;
  return model.lexicon.freq(whole) > model.lexicon.freq(stem) ? whole : stem;
}

/**
 * The key of a later word of a place, body or MISC name. ف or ك is no clitic inside a name (a conjunction or "like" would end
 * it): the word is the name's own (نادي [ف]النسيا، شركة [ف]ورد). ب or ل is one (الجبهة الشعبية لتحرير …: تحرير) unless a list
 * holds the word as written and not the rest (ملعب [ل]وسيل: لوسيل; حدائق [ب]ابل: بابل); ل + ال is read as the first word's is.
 */
function laterKeyWord(norm: string, prefix: string, stem: string, model: NerModel): string {
  if (prefix === 'ف' || prefix === 'ك') return norm;
  if (prefix !== 'ب' && prefix !== 'ل') return stem;
  if (prefix === 'ل' && stem.startsWith('ال')) return lamLamStem(norm, prefix, stem, model);
  return model.gazetteer.phrases.has(norm) && !model.gazetteer.phrases.has(stem) ? norm : stem;
}

/** A comma between coordinated items, Arabic or Latin. */
const COMMA = /^[،,]$/;
const TITLE_BACKOFF_CONFIDENCE = 0.6;
/** A body's short name defined in brackets after it: the document's other mentions of it follow this one. */
const DEFINITION_CONFIDENCE = 0.95;

/** sentenceCues() of the words' stems and LATIN_CUE for a word of Latin shape, each word's bits (and its wide cue bits) remembered on it. */
function sentenceCuesOf(words: ScoredWord[]): number {
  const version = cueVersion() * 32 + wideCueVersion();
  let bits = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.passCuesAt !== version) {
      w.passCues = stemCues(w.stem) | (w.info.shape === 'latin' ? LATIN_CUE : 0); w.wideCues = wordWideCues(w.stem, w.norm); w.passCuesAt = version;
    }
    bits |= w.passCues;
  }
  return bits;
}

/**
 * Token j continues a `label` name: names never run across punctuation (`منظمة “شنغهاي` stops before the quote mark), but
 * for a period inside them between spelled letters or after an initial (`اف . بي . اي`), which the rules tag only so, and a
 * hyphen written between two parts with no space (`جان-بيير`، `GPT-5`), or spaced between spelled letters (`إم - بي - سي`).
 */
function inner(sentence: readonly Token[], tags: readonly number[], j: number, label: EntityLabel): boolean {
  return sentence[j].kind !== 'punct' || attachedHyphen(sentence, j) ||
    (sentence[j].text === '.' && j + 1 < tags.length && isInside(tags[j + 1]) && tagLabel(tags[j + 1]) === label) ||
    (label === 'PERSON' && spacedSyllable(sentence, tags, j)) || (label === 'MISC' && (spacedDesignation(sentence, tags, j) || quotedDesignationJoiner(sentence, tags, j))) ||
    spelledAcronymDash(sentence, tags, j);
}

/**
 * A hyphen written with spaces before the last syllable of an East-Asian given name the tagger read through (`كيم جونغ - ايل`،
 * `بان كي - مون`): two words before it, one short word after it that closes the name. A dash between clauses has a
 * clause after it, not one syllable ending the name.
 */
function spacedSyllable(sentence: readonly Token[], tags: readonly number[], j: number): boolean {
  const next = j + 1;
  return sentence[j].text === '-' && j >= 2 && next < tags.length && isInside(tags[next]) && tagLabel(tags[next]) === 'PERSON' &&
    (next + 1 >= tags.length || !isInside(tags[next + 1])) && sentence[next].kind === 'word' && sentence[next].norm.length <= 4 &&
    sentence[j - 1].kind === 'word' && sentence[j - 2].kind === 'word' && tagLabel(tags[j - 2]) === 'PERSON';
}

/** `forward` copied into forwardKept, as long as it. */
function keptForward(forward: Float64Array): Float64Array {
  if (forwardKept.length < forward.length) forwardKept = new Float64Array(2 * forward.length);
  const kept = forwardKept.subarray(0, forward.length);
  kept.set(forward);
  return kept;
}

/** Word k of the sentence is a title or role noun with the article (السيدة، الملاكمة): sentenceCuesOf has set its bits. */
const definiteTitle = (words: readonly ScoredWord[]) => (k: number) => (words[k].passCues & TITLE_CUE) !== 0 && words[k].stem.startsWith('ال');

function anyName(tags: readonly number[]): boolean {
  for (let k = 0; k < tags.length; k++) if (tags[k] !== 0) return true;
  return false;
}

/**
 * Tags every sentence of one paragraph (`tokens` carry document offsets; `forms`: their word forms, when tokenize gave them).
 * `reuse`: the sentences of a long paragraph tagged before (an edit in a one-line article) are copied, not tagged again: the same tags.
 */
export function tagParagraph(tokens: Token[], model: NerModel, forms?: readonly WordForm[], reuse?: SentenceReuse): ParagraphTags {
  const stems: string[] = new Array(tokens.length);
  const prefixes: string[] = new Array(tokens.length);
  const mentions: EntityMention[] = [];
  let offset = 0;
  // Asked only when a rule needs it: whether the paragraph spells a final ى anywhere (علي after a title), a final ي (then
  // على is never the name علي), or a final ة (a final ه is then a pronoun, not ة written so).
  let ya: boolean | undefined;
  let ta: boolean | undefined;
  let yi: boolean | undefined;
  const spelling: Spelling = { ya: () => (ya ??= tokens.some((t) => t.text.endsWith('ى'))), ta: () => (ta ??= tokens.some((t) => t.text.endsWith('ة'))),
    yi: () => (yi ??= tokens.some((t) => t.text.endsWith('ي'))) };
  const sentences = splitSentences(tokens);
  // A long paragraph: its sentences the edit left alone are the last version's (a block), others may be kept ones (a key each).
  const flags = reuse?.flags(tokens, spelling);
  const blocks = flags === undefined ? undefined : reuse!.blocks(tokens, flags);
  for (let j = 0; j < sentences.length; j++) {
    const sentence = sentences[j];
    if (blocks?.take(offset, offset + sentence.length, stems, prefixes, mentions)) { offset += sentence.length; continue; }
    const key = flags === undefined ? undefined : reuse!.key(tokens, offset, offset + sentence.length, flags);
    if (key && reuse!.replay(key, sentence, offset, stems, prefixes, mentions)) { offset += sentence.length; continue; }
    const from = mentions.length;
    const words = scoredWords(sentence, model, forms, offset);
    const gazWords = new Array<GazWord>(words.length);
    for (let k = 0; k < words.length; k++) gazWords[k] = words[k].gw;
    const marks = gazetteerMarks(gazWords, model.gazetteer);
    for (let k = 0; k < words.length; k++) { stems[offset + k] = words[k].stem; prefixes[offset + k] = words[k].prefix; }
    if (emScratch.length < sentence.length * NUM_TAGS) emScratch = new Float64Array(2 * sentence.length * NUM_TAGS);
    const em = scoreSentence(wordsToScore(sentence, words, model), marks, model, emScratch);
    addEntityBias(em);
    const decoded = decode(em, sentence.length, model.weights.transition);
    const sentenceStems = stems.slice(offset, offset + sentence.length);
    const sentencePrefixes = prefixes.slice(offset, offset + sentence.length);
    // A second reading decodes again in the shared forward table: the first's is kept for the posteriors.
    const rereads = readsApart(sentence, words, sentenceStems, sentencePrefixes, decoded.tags, marks, model);
    const forward = rereads ? keptForward(decoded.forward) : decoded.forward;
    const read = rereads ? rereadSplitClitics(sentence, words, sentenceStems, sentencePrefixes, decoded.tags, model) : decoded.tags;
    const tags = correctTags(sentence, words, sentenceStems, sentencePrefixes, marks, read, model, sentenceCuesOf(words), spelling);
    // Confidences cost a backward pass: only sentences with a name need them, and only the names' tokens are read.
    const confidence = anyName(tags) ? posteriors(em, sentence.length, model.weights.transition, decoded.tags, forward, tags) : [];
    // Names added by the title backoff or the MISC list get a fixed, middling confidence: the tagger did not vote for them.
    for (let k = 0; k < tags.length; k++) if (tags[k] !== decoded.tags[k]) confidence[k] = TITLE_BACKOFF_CONFIDENCE;
    let k = 0;
    while (k < tags.length) {
      const label = tagLabel(tags[k]);
      if (!label) { k++; continue; }
      let e = k + 1;
      while (e < tags.length && isInside(tags[e]) && tagLabel(tags[e]) === label && inner(sentence, tags, e, label)) e++;
      if (sentence[k].kind === 'punct') { k = e; continue; }
      const first = offset + k;
      // A mention right after one of its label, or after it and a comma, is coordinated with it (طويلة وكتم، الفاشر ، ونيالا).
      const before = k > 0 && sentence[k - 1].kind === 'punct' && COMMA.test(sentence[k - 1].text) ? k - 2 : k - 1;
      const prefix = entityPrefix(tokens, stems, prefixes, first, model, label, before >= 0 && tagLabel(tags[before]) === label);
      const stemFirst = prefix !== prefixes[first] ? tokens[first].norm.slice(prefix.length) : lamLamStem(tokens[first].norm, prefix, stems[first], model);
      // A person's later words are read whole: inside a name a leading ف/ب/ل/ك is the name's letter (مارك فيسر, not ف + يسر).
      const keyWords = [stemFirst];
      for (let j = first + 1; j < offset + e; j++) {
        keyWords.push(label === 'PERSON' && prefixes[j] && prefixes[j] !== 'و' ? tokens[j].norm : laterKeyWord(tokens[j].norm, prefixes[j], stems[j], model));
      }
      // The mean, summed left to right from 0 as reduce() would (a sentence with a name has every confidence set).
      let sum = 0;
      for (let j = k; j < e; j++) sum += confidence[j];
      // A body's short name defined in brackets: later mentions the tagger reads otherwise (رئيس [سنيد]) follow it by the vote.
      const defined = label === 'ORGANIZATION' && definesBody(sentence, sentenceStems, tags, k, e, (w) => model.gazetteer.phrases.get(w) ?? '');
      const mean = sum / (e - k);
      const work = label === 'MISC' && quotedAfterWorkHead(sentence, sentenceStems, k, e);
      const conf = defined ? Math.max(DEFINITION_CONFIDENCE, mean) : work ? Math.max(WORK_TITLE_CONFIDENCE, mean) : label === 'PERSON' && inPersonSlot(sentence, definiteTitle(words), k, e) && slotMayVote(sentence, marks, k, e) ? Math.max(SLOT_CONFIDENCE, mean) : mean;
      const mention: EntityMention = {
        label, start: tokens[first].start + sourcePrefixLength(tokens[first].text, prefix), end: tokens[offset + e - 1].end,
        key: keyWords.join(' '), confidence: conf, firstToken: first, lastToken: offset + e,
      };
      if (defined && definesShortName(mention.key, sentenceStems, k, e, (w) => model.gazetteer.phrases.get(w) ?? '')) mention.defines = true;
      mentions.push(mention);
      k = e;
    }
    if (key) reuse!.keep(key, sentence, offset, stems, prefixes, mentions, from);
    offset += sentence.length;
  }
  if (flags !== undefined) reuse!.tagged(tokens, flags);
  return { tokens, stems, prefixes, mentions };
}
