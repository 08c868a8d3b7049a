// What roleSpeakers and its name reading share: the sentence with its stems, clitics, the tagger's tags and the lists' reads.
import { Token } from './tokenize';

/** What roleSpeakers reads of the sentence, by token. */
export interface RoleSpeakerReads {
  /** A reporting verb (قال، أضاف، أكد …). */
  verb: (k: number) => boolean;
  /** A title or role noun of the shipped title lists (وزير، الطبيب، المتحدث). */
  title: (k: number) => boolean;
  /** A known verb form, a listed nationality or place word: none opens or carries a name. */
  notName: (k: number) => boolean;
  /** A given name of the lists (لينا، سامي): a title-shaped word after it is the family name (لينا [الشيخ]). */
  given: (k: number) => boolean;
  /** Training-text count of token k's stem, clitic off (موقع of لموقع). */
  stemCount: (k: number) => number;
  /** Training-text count of a form: a known noun under a pronoun ending after علي (صفحة of صفحته) makes it على. */
  wordFreq: (w: string) => number;
}

/** The sentence a speaker's slot is read in. Its tags are the tagger's and stay so: the slot redraws a copy of them. */
export interface RoleSentence {
  readonly sentence: readonly Token[];
  readonly stems: readonly string[];
  readonly prefixes: readonly string[];
  readonly tags: readonly number[];
  readonly reads: RoleSpeakerReads;
}

/** آل written alone (مسلي [آل] معمر، زايد آل نهيان): a family's link inside a name, normalised ال; never its article. */
export const FAMILY_LINK = 'ال';

/** A word of Arabic letters: not punctuation, a number or a Latin word. */
export function word(r: RoleSentence, k: number): boolean {
  return r.sentence[k].kind === 'word' && /^[\u0621-\u064A]+$/.test(r.sentence[k].norm);
}

/** A definite word: the article, not a foreign name's أل/آل (ألبرت، آلان) nor آل itself. */
export function definite(r: RoleSentence, k: number): boolean {
  return r.stems[k].startsWith('ال') && r.stems[k] !== FAMILY_LINK && !/^[أآ]ل/.test(r.sentence[k].text);
}
