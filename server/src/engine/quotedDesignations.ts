// A model's name in quotes runs to its closing mark over a spaced dash or dotted letters (" [سي - ماكس] "، " [نتاليا اس . ال . اس - 2] ").
import { beginTag, insideTag, isInside, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { TITLE_CLOSERS, TITLE_OPENERS } from './quoteMarks';
import { LIST_PARTICLES } from './newsLists';
import { WORK_HEADS, QUOTED_WORK_HEADS } from './workTitles';
import { MODEL_HEAD } from './modelNames';
import { LATIN_LETTER_NAMES } from './latinLetterNames';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** Marks that join a model's parts inside its quotes: a spaced dash (سي - ماكس، 737 - 800) or the dots of spelled letters (اس . ال). */
const JOINERS = new Set(['-', '–', '‑', '.', '/']);
const DASHES = new Set(['-', '–', '‑']);
/** Most tokens between the tagged name's end and the closing mark: longer is a quotation going on (" مصر - كما قال - … "). */
const MAX_REST = 8;
/** Most letters of a designation word (اس، ال، تي): a longer word is the sentence's, but for the one word a dash leads to the close. */
const MAX_DESIGNATION = 3;
const LATIN_DESIGNATION = /^[A-Za-z0-9]+$/;
/** Heads a quoted work or model follows (فيلم " حرب النجوم - الصحوة "، طراز " … "): its subtitle after a dash needs no code. */
const TITLE_HEAD = (stem: string) => WORK_HEADS.has(stem) || QUOTED_WORK_HEADS.has(stem) || MODEL_HEAD.has(stem);

/** Token d is a model's letters or number: a number, a Latin word, or an Arabic word of at most three letters that is no particle. */
const designationWord = (d: Token) => d.kind === 'number' || LATIN_DESIGNATION.test(d.text) ||
  (d.kind === 'word' && d.norm.length <= MAX_DESIGNATION && !LIST_PARTICLES.has(d.norm));

/**
 * The closing mark's index when words e.. up to it are the rest of a quoted model's name: joiners (one at least), designation
 * words, and as the last token a word a dash leads to (سي - [ماكس]); no word may run twice without a joiner or be a particle.
 * -1 when they are not, or when no closing mark comes within MAX_REST tokens.
 */
function designationClose(sentence: readonly Token[], tags: readonly number[], e: number): number {
  const n = sentence.length;
  let joined = false;
  for (let k = e; k < n && k - e <= MAX_REST; k++) {
    const t = sentence[k];
    if (TITLE_CLOSERS.has(t.text)) return joined && k > e && !JOINERS.has(sentence[k - 1].text) ? k : -1;
    if (tags[k] !== 0) return -1;
    if (JOINERS.has(t.text)) {
      if (k > e && JOINERS.has(sentence[k - 1].text)) return -1;
      joined = true;
      continue;
    }
    if (k > e && !JOINERS.has(sentence[k - 1].text) && !(designationWord(t) && designationWord(sentence[k - 1]))) return -1;
    const last = k + 1 < n && TITLE_CLOSERS.has(sentence[k + 1].text);
    const afterDash = k > e && DASHES.has(sentence[k - 1].text);
    if (!designationWord(t) && !(last && afterDash && t.kind === 'word' && !LIST_PARTICLES.has(t.norm))) return -1;
  }
  return -1;
}

/**
 * Tokens b..c-1 (a quoted name with its rest) hold a code, a number, a Latin word or a Latin letter's Arabic name (سي - ماكس،
 * ساب 9 - 5), or the quote follows a work's or model's head: without either, a word after a dash is a comment on the name
 * (" ويندوز - ممل "، " آيفون - رائع "), no part of it.
 */
function designationOrTitle(sentence: readonly Token[], stems: readonly string[], b: number, c: number): boolean {
  if (b >= 2 && TITLE_HEAD(stems[b - 2])) return true;
  for (let k = b; k < c; k++) {
    const t = sentence[k];
    if (t.kind === 'number' || LATIN_DESIGNATION.test(t.text) || LATIN_LETTER_NAMES.has(t.norm)) return true;
  }
  return false;
}

/**
 * A MISC span that opens a quote and stops short of its closing mark before a joiner (" [سي] - ماكس "، " [نتاليا اس] . ال
 * . اس - 2 ") takes the rest up to the mark: a model's name is written whole in its quotes, the dash and dots are its own,
 * and the tagger, reading a dash or a dot as the name's end, cut it. A quotation going on after a dash is words, not letters.
 */
export function extendQuotedDesignations(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let b = 1; b < tags.length; b++) {
    if (tags[b] !== B_MISC || !TITLE_OPENERS.has(sentence[b - 1].text)) continue;
    const e = spanEnd(tags, b);
    if (e >= tags.length || !JOINERS.has(sentence[e].text)) continue;
    const c = designationClose(sentence, tags, e);
    if (c < 0 || !designationOrTitle(sentence, stems, b, c)) continue;
    out ??= tags.slice();
    out.fill(I_MISC, e, c);
    b = c;
  }
  return out ?? tags;
}

/**
 * Token j, a joiner inside a MISC span, is part of a quoted model's name: the span's inside tags run from it to a closing
 * mark (" سي [-] ماكس "), as extendQuotedDesignations writes them; a dash or dot elsewhere ends a name.
 */
export function quotedDesignationJoiner(sentence: readonly Token[], tags: readonly number[], j: number): boolean {
  if (!JOINERS.has(sentence[j].text) || tags[j] !== I_MISC) return false;
  let e = j + 1;
  while (e < tags.length && tags[e] === I_MISC && e - j <= MAX_REST) e++;
  return e > j + 1 && e < tags.length && TITLE_CLOSERS.has(sentence[e].text) && !isInside(tags[e]);
}
