// Evaluation only (`eval --unseen`): the gold names' words scored as the tagger scores a word that neither its training text nor its word classes ever held.
import { WordInfo, wordInfo } from './features';
import { PROCLITIC_PREFIXES, type Lexicon } from './clitics';
import { NerModel } from './model';
import { addScores, NUM_TAGS } from './tagger';
import { Token } from './tokenize';
import { ROLES } from './contextSums';
import { resetWordScores, STRIDE, ScoredWord } from './wordCache';
import { NO_WIDE_CUES } from './wideCues';

/** Document offsets of a gold name's token, end exclusive; ranges are kept in start order. */
export interface UnseenRange { start: number; end: number }

/**
 * The tokens to read as never met, set per document by the caller (the eval loop sets one article's before analysing it).
 * Held apart from the model (a WeakMap), so the shipped model and every user-facing path carry nothing of it.
 */
export interface UnseenMask {
  ranges: UnseenRange[];
  /**
   * Only a person's family name (his last word) is new, his given names are words every text holds (`--unlisted-depth
   * family`, which keeps them listed): a newcomer named محمد or جورج. Otherwise every word of the name is new.
   */
  familyOnly?: boolean;
  /** The article's person and body words (normalised) its model's lexicon counts 0 (unseenLexicon), set with the ranges. */
  words?: ReadonlySet<string>;
  /** A word every text holds as a given name (the FIRST list's), never hidden from the counts. */
  common?: (w: string) => boolean;
  /** A head noun or title (a cue word): the tagger keeps its scores, so the counts keep it too. */
  head?: (w: string) => boolean;
}

const masks = new WeakMap<NerModel, UnseenMask>();
const maskModels = new WeakMap<UnseenMask, NerModel>();

/** Makes the tagger of `model` read the words under `mask`'s ranges as unseen (eval only; `model` is the eval's own copy). */
export function setUnseenMask(model: NerModel, mask: UnseenMask): void {
  masks.set(model, mask);
  maskModels.set(mask, model);
}

/**
 * Sets the next article's ranges and hidden words. The model's word scores are dropped: they hold each word's count and
 * clitic split as the last article's lexicon read them.
 */
export function maskArticle(mask: UnseenMask, ranges: UnseenRange[], words: ReadonlySet<string>): void {
  mask.ranges = ranges;
  mask.words = words;
  const model = maskModels.get(mask);
  if (model) resetWordScores(model);
}

/** A lexicon that never met any word: how a new word's clitics split and what frequency class it falls in. */
const NEVER_MET: Lexicon = { freq: () => 0 };

/** `w` without the conjunction and preposition it may carry, in the text or in a reader's probe (لل before a definite: ل + ال), the whole included. */
export function bareForms(w: string): string[] {
  const out = [w];
  for (const p of PROCLITIC_PREFIXES) {
    if (!w.startsWith(p) || w.length - p.length < 2) continue;
    const rest = w.slice(p.length);
    out.push(p.endsWith('ل') && rest.startsWith('ل') ? 'ا' + rest : rest);
  }
  return out;
}

/**
 * `lex` as it would be had its text never held `mask`'s words (normalised person and body words, set per article): each of
 * them, with any clitic before it, counts 0. The rule passes, the clitic splitter and the alias map read counts by the
 * word, not by its place, so a name's word is hidden wherever the article writes it (mask.words leaves out the words it
 * also writes as no name's).
 */
export function unseenLexicon(lex: Lexicon, mask: UnseenMask): Lexicon {
  let hidden: ReadonlySet<string> | undefined;
  const memo = new Map<string, boolean>();
  return {
    freq: (w) => {
      if (mask.words !== hidden) { hidden = mask.words; memo.clear(); }
      if (!hidden?.size) return lex.freq(w);
      let h = memo.get(w);
      if (h === undefined) memo.set(w, h = bareForms(w).some((b) => hidden!.has(b)));
      return h ? 0 : lex.freq(w);
    },
  };
}

/**
 * A word's own features that only a met word has weights for: its form and core (`w=`, `c=`, rows only the training text
 * made) and its word class (`kc=`/`km=`/`kf=`, from unlabelled text). A new word has affixes, shape, length and
 * frequency class 0 like any word, but none of these.
 */
const MET_ONLY = /^(w|c|kc|km|kf)=/;

/**
 * The scored word a token would be if no text had held it: its clitics split and its frequency class as with a lexicon
 * that knows nothing, no form, core or class rows, and as a neighbour (`c±d=`) no core row, only its cue and shape.
 * Not cached: it stands for one token of one eval document.
 */
export function unseenWord(t: Token): { info: WordInfo; chunk: Float64Array; features: string[] } {
  const info = wordInfo({ norm: t.norm, isWord: true, isNumber: false }, NEVER_MET);
  info.wordClass = -1;
  const features = [...info.classFeatures, ...info.lexFeatures.filter((f) => !MET_ONLY.test(f))];
  return { info, chunk: new Float64Array(STRIDE), features };
}

/** unseenWord's scores under `model`, as a ScoredWord scoreSentence reads (the token's own list lookups kept: `--unlisted` empties those). */
function unseenScored(t: Token, known: ScoredWord, model: NerModel): ScoredWord {
  const { info, chunk, features } = unseenWord(t);
  addScores(model.weights, features, chunk, 0);
  ROLES.forEach((d, r) => {
    const role: string[] = [];
    if (info.cue) role.push('cue' + d + '=' + info.cue);
    if (d === -1 || d === 1) role.push('sh' + d + '=' + info.shape);
    addScores(model.weights, role, chunk, NUM_TAGS * (1 + r));
  });
  return { ...known, info: { ...info, gaz: known.info.gaz }, chunk, at: 0, gaz: undefined, cue: info.cue, passCues: 0, wideCues: NO_WIDE_CUES, passCuesAt: -1, verbCue: -1 };
}

/**
 * Whether a word token lies in a masked range. A cue word (a title or head noun of the trigger lists: وزارة، حزب، الرئيس) keeps
 * its scores: a new body is named with the head nouns every reader knows, and they are no name list's.
 */
function masked(mask: UnseenMask, t: Token, w: ScoredWord): boolean {
  if (t.kind !== 'word') return false;
  // Ranges are few per article: a scan, bounded by their number.
  for (const r of mask.ranges) {
    if (r.start >= t.end) break;
    if (r.end > t.start) return !w.cue;
  }
  return false;
}

/**
 * The words the tagger scores a sentence from: `words` itself, or, when an eval mask is set on `model`, a copy with the
 * masked tokens' words read as unseen. The rule passes keep reading `words` (the text as it is).
 */
export function wordsToScore(sentence: readonly Token[], words: ScoredWord[], model: NerModel): ScoredWord[] {
  const mask = masks.get(model);
  if (mask === undefined || !mask.ranges.length) return words;
  let out: ScoredWord[] | undefined;
  for (let k = 0; k < words.length; k++) if (masked(mask, sentence[k], words[k])) (out ??= words.slice())[k] = unseenScored(sentence[k], words[k], model);
  return out ?? words;
}

/**
 * Token `t`'s scored word as the tagger reads it: under an eval mask that covers it, its unseen reading. A rule pass asking
 * what the word's own features say (ownScoreAt) must hear what the tagger heard, not what the training text taught of it.
 */
export function scoredAsRead(t: Token, w: ScoredWord, model: NerModel): ScoredWord {
  const mask = masks.get(model);
  return mask !== undefined && mask.ranges.length && masked(mask, t, w) ? unseenScored(t, w, model) : w;
}
