// A newspaper's masthead or issue line (`الرأي | الأحد 3 ديسمبر 2023 | العدد 16021`): not article text, so no date of it is the article's own.
import { hasDigit, surelyMoreTokensThan, Token } from './tokenize';

/** Tokens a masthead line has at most. */
const MASTHEAD_TOKENS = 25;

/** A newspaper masthead or issue line (`الرأي | الأحد 3 ديسمبر 2023 | العدد 16021`) is not article text. */
export function isMasthead(tokens: Token[]): boolean {
  // Most paragraphs are longer: they need no scan.
  if (tokens.length > MASTHEAD_TOKENS) return false;
  // Counted in one loop: short paragraphs (a sentence a line) all come here.
  let bars = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if ((t.norm === 'العدد' || t.norm === 'عدد') && tokens[k + 1]?.kind === 'number') return true;
    if (t.text === '|') bars++;
  }
  return bars >= 2;
}

/**
 * False when isMasthead(tokenize(line)) is false for certain, read off the characters: an issue number needs a
 * digit and two bars need two `|`; a line of more than MASTHEAD_TOKENS space-separated runs has more tokens.
 * Saves tokenizing an article's first lines a second time to look for its date.
 */
export function mayBeMasthead(line: string): boolean {
  if (!hasDigit(line) && line.indexOf('|') === line.lastIndexOf('|')) return false;
  return !surelyMoreTokensThan(line, MASTHEAD_TOKENS);
}
