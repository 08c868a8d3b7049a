// Snaps a user's selection to the span they meant: no surrounding spaces or punctuation, no attached clitic.
import { Lexicon, splitClitics, sourcePrefixLength } from './clitics';
import { normalizeArabic } from './normalize';

const EDGE = /[\s.,،؛:!?؟()[\]{}«»“”"'‘’…\-–—]/;

/**
 * Trims whitespace and punctuation from both ends, then drops a proclitic (و ف ب ل ك) from
 * the first word when the lexicon says the rest is the word (`وموسكو` → `موسكو`).
 */
export function snapSelection(text: string, start: number, end: number, lex: Lexicon): { start: number; end: number } {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  if (start >= end) return { start, end };
  let wordEnd = start;
  while (wordEnd < end && !/\s/.test(text[wordEnd])) wordEnd++;
  const first = text.slice(start, wordEnd);
  const { prefix } = splitClitics(normalizeArabic(first), lex);
  if (prefix) {
    const skip = sourcePrefixLength(first, prefix);
    if (start + skip < end) start += skip;
  }
  return { start, end };
}
