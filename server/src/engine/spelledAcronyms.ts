// An acronym spelled letter by letter with spaced dashes (" إم - بي - سي "، قناة بي - بي - سي) is one name to its last letter.
import { beginTag, BIO_NAME, insideTag, isInside, tagLabel } from './tagger';
import type { Token } from './tokenize';
import { TITLE_CLOSERS, TITLE_OPENERS } from './quoteMarks';
import { ORGANIZATION_HEADS } from './triggers';
import { wordSet as set } from './wordSets';
import { isProductHead } from './nameRules';
import { MODEL_HEAD } from './modelNames';
import { LATIN_LETTER_NAMES } from './latinLetterNames';

const DASHES = new Set(['-', '–', '‑']);
/** Bodies and outlets a spelled acronym names (قناة، شبكة، تلفزيون، إذاعة، وكالة، مجموعة …), normalised, bare or with ال. */
const HEADS = new Set([...ORGANIZATION_HEADS, ...set('تلفزيون التلفزيون تلفزة راديو محطة المحطة')]);
/** Fewest letters a run needs: two letters and one dash are as often a score or a range as a name. */
const MIN_LETTERS = 3;
/** Most letters read: an acronym is short, and the walk over the sentence stays bounded. */
const MAX_LETTERS = 6;

/** Token k is one spelled letter: a Latin letter's Arabic name, or a lone Arabic letter (أ - ف - ب). */
const letterAt = (sentence: readonly Token[], k: number) => sentence[k].kind === 'word' && (LATIN_LETTER_NAMES.has(sentence[k].norm) || sentence[k].norm.length === 1);

/** The index after the last letter of a run of spelled letters joined by single dashes from b, or -1 when fewer than MIN_LETTERS. */
function runEnd(sentence: readonly Token[], b: number): number {
  let letters = 1;
  let k = b + 1;
  while (letters < MAX_LETTERS && k + 1 < sentence.length && DASHES.has(sentence[k].text) && letterAt(sentence, k + 1)) {
    letters++;
    k += 2;
  }
  return letters >= MIN_LETTERS ? k : -1;
}

/**
 * A run of three or more spelled letters joined by spaced dashes, inside quote marks or right after a body's or outlet's head,
 * is one name to its last letter: the tagger reads a dash as a name's end and keeps the first letter alone (" [إم] - بي - سي ").
 * The label is the one the tagger gave a letter of it; with none, a body's head before it (through an opening mark) makes it
 * ORG, as the convention tags Latin acronyms (CNN); in bare quotes with no label it stays as it is. The head stays outside
 * unless the tagger already took it in (مجموعة إم …), as the sets tag a quoted name after its head.
 */
export function joinSpelledAcronyms(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let b = 1; b < sentence.length; b++) {
    if (!letterAt(sentence, b) || letterAt(sentence, b - 1)) continue;
    const e = runEnd(sentence, b);
    if (e < 0) continue;
    const quoted = TITLE_OPENERS.has(sentence[b - 1].text) && e < sentence.length && TITLE_CLOSERS.has(sentence[e].text);
    const h = quoted ? b - 2 : b - 1;
    const headed = h >= 0 && sentence[h].kind === 'word' && HEADS.has(stems[h]);
    // After a product's or model's head (طراز، سيارة، هاتف) the letters name a model, MISC by the convention, whatever the
    // tagger's letters read (it reads spelled Latin letters as a company's: طراز " [جي - تي - آر] ").
    const product = h >= 0 && sentence[h].kind === 'word' && (MODEL_HEAD.has(stems[h]) || isProductHead(stems[h]));
    if (!quoted && !headed && !product) { b = e; continue; }
    let label = product ? 'MISC' : '';
    for (let k = b; k < e && !label; k++) { const l = tagLabel(tags[k]); if (l) label = BIO_NAME[l]; }
    if (!label && headed) label = 'ORG';
    if (!label) { b = e; continue; }
    out ??= tags.slice();
    // The head's span goes on through the letters when the tagger began it there and no mark stands between.
    const onHead = !quoted && headed && !product && tags[h] !== 0 && BIO_NAME[tagLabel(tags[h])!] === label;
    out[b] = onHead ? insideTag(label) : beginTag(label);
    out.fill(insideTag(label), b + 1, e);
    // A span the tagger ran on past the last letter ends there (" إم - بي - سي [إن] "): the quote or head bounds it.
    if (quoted) for (let k = e; k < out.length && isInside(out[k]); k++) out[k] = 0;
    b = e;
  }
  return out ?? tags;
}

/**
 * Token j, a dash inside a span, joins two spelled letters of it (إم [-] بي): joinSpelledAcronyms wrote the span so, and a
 * dash elsewhere ends a name.
 */
export function spelledAcronymDash(sentence: readonly Token[], tags: readonly number[], j: number): boolean {
  return DASHES.has(sentence[j].text) && j >= 1 && j + 1 < tags.length && isInside(tags[j]) && isInside(tags[j + 1]) &&
    letterAt(sentence, j - 1) && letterAt(sentence, j + 1) && tagLabel(tags[j - 1]) === tagLabel(tags[j]);
}
