// One shared copy of each word form and of its normalised form: tokens, stems and cached paragraphs keep their strings through it, so memory grows with the vocabulary, not the word count, and a token costs one lookup instead of a normalisation and two.
import { normalizeArabic } from './normalize';

/** A token's text as first seen and its normalizeArabic() form (the text itself for punctuation). */
export interface WordForm {
  readonly text: string;
  readonly norm: string;
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
  if (s.length > MAX_LENGTH) return { text: s, norm };
  if (forms.size >= MAX_FORMS) forms = new Map();
  const own = s.length > 12 ? (' ' + s).slice(1) : s;
  const form = { text: own, norm: norm === s ? own : norm.length > 12 ? (' ' + norm).slice(1) : norm };
  forms.set(own, form);
  return form;
}

/** The shared copy of a normalised word (a stem or clitic prefix): equal strings become one object. */
export function sharedWord(s: string): string {
  return wordForm(s, false).text;
}
