// One shared copy of each word form and of its normalised form: tokens, stems and cached paragraphs keep their strings through it, so memory grows with the vocabulary, not the word count, and a token costs one lookup instead of a normalisation and two.
import { normalizeArabic } from './normalize';

/** A token's text as first seen and its normalizeArabic() form (the text itself for punctuation). */
export interface WordForm {
  readonly text: string;
  readonly norm: string;
  /**
   * The tagger's scored word for this form and the cache state it belongs to (wordCache.ts): a token of a known form
   * finds its scores here instead of hashing and looking its form up a second time.
   */
  scored: unknown;
  scoredBy: object | undefined;
  /**
   * The date parsers that can start at a token of this form (dates.ts), decided at its first token (they depend on the
   * form alone): undefined until then.
   */
  dateParsers: unknown;
  /** The kept paragraphs' shared form of its last token (paragraphTokens.ts), found here instead of in a table. */
  token: unknown;
}

/** Forms kept before the table starts over (a long session meets new words forever; equal strings stay equal either way). */
const MAX_FORMS = 200_000;
/** Longer strings are not kept: they rarely repeat. */
const MAX_LENGTH = 24;

let forms = new Map<string, WordForm>();

/**
 * The shared form of `s`. Punctuation is not normalised; a text is either punctuation or a word or
 * number for every caller (the tokenizer's classes do not overlap), so one table serves both.
 * A kept string is a fresh flat copy: a slice would keep its whole parent text alive.
 */
export function wordForm(s: string, punct: boolean): WordForm {
  const known = forms.get(s);
  if (known !== undefined) return known;
  const norm = punct ? s : normalizeArabic(s);
  if (s.length > MAX_LENGTH) return { text: s, norm, scored: undefined, scoredBy: undefined, dateParsers: undefined, token: undefined };
  if (forms.size >= MAX_FORMS) forms = new Map();
  const own = s.length > 12 ? (' ' + s).slice(1) : s;
  const form: WordForm = { text: own, norm: norm === s ? own : norm.length > 12 ? (' ' + norm).slice(1) : norm, scored: undefined, scoredBy: undefined, dateParsers: undefined, token: undefined };
  forms.set(own, form);
  return form;
}

/**
 * Forgets the scored word of every kept form `dropped(scored)` says the tagger let go (wordCache.ts): such a form would
 * never answer with it (its stamp is out of date), but pointing at it kept one small object per form alive, ~18,000 at
 * 1 M characters. The form finds its word in the cache again when next met.
 */
export function forgetScored(dropped: (scored: unknown) => boolean): void {
  for (const form of forms.values()) {
    if (form.scored !== undefined && dropped(form.scored)) { form.scored = undefined; form.scoredBy = undefined; }
  }
}

/** Slots of the recent-forms table: a power of two. 32 K (about 256 KB) answer 77 % of the tokens of 6 MB of sentences never seen twice. */
const RECENT_BITS = 15;
const RECENT_MASK = (1 << RECENT_BITS) - 1;
/**
 * Per slot, the form last looked up there: the frequent words answer from here. Its text is compared as it is (no
 * hash kept beside it): on a hit the text is read anyway, and a second table would cost a second cache miss.
 */
const recentForm = new Array<WordForm | undefined>(1 << RECENT_BITS).fill(undefined);

/** The hash wordFormAt keys its recent forms by, one code unit at a time: the tokenizer sums it as it reads a token. */
export const FORM_HASH_SEED = 0x811c9dc5;
export const formHashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/**
 * wordForm(text.slice(start, end), punct), found without slicing when the form was met recently: most tokens
 * of news are a few thousand frequent words, and a small table keyed by a hash of the code units answers
 * them from the cache where the large one (a hash of a new slice, a probe into 100 000 entries) misses it.
 */
export function wordFormAt(text: string, start: number, end: number, punct: boolean): WordForm {
  if (end - start > MAX_LENGTH) return wordForm(text.slice(start, end), punct);
  let h = FORM_HASH_SEED;
  for (let i = start; i < end; i++) h = formHashStep(h, text.charCodeAt(i));
  return wordFormHashed(text, start, end, punct, h);
}

/** wordFormAt with the hash of text[start, end) already summed (formHashStep from FORM_HASH_SEED). */
export function wordFormHashed(text: string, start: number, end: number, punct: boolean, h: number): WordForm {
  if (end - start > MAX_LENGTH) return wordForm(text.slice(start, end), punct);
  const slot = (h ^ (h >>> RECENT_BITS)) & RECENT_MASK;
  const known = recentForm[slot];
  if (known !== undefined && sameText(known.text, text, start, end)) return known;
  const form = wordForm(text.slice(start, end), punct);
  recentForm[slot] = form;
  return form;
}

function sameText(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let i = start; i < end; i++) if (s.charCodeAt(i - start) !== text.charCodeAt(i)) return false;
  return true;
}

/** The shared copy of a normalised word (a stem or clitic prefix): equal strings become one object. */
export function sharedWord(s: string): string {
  return wordForm(s, false).text;
}
