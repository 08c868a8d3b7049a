// A one-word person joined by و to the indefinite adjective before it, of the same shape, is the second adjective (سلام شامل [وعادل]).
import { beginTag, isInside } from './tagger';
import { Token } from './tokenize';
import { RARE_WORD } from './nameMarks';

const B_PERS = beginTag('PERS');

/** The adjective shapes two words joined by و share: a nisba (سينمائي، مسرحي) or an active participle فاعل (شامل، عادل). */
const SHAPES: readonly RegExp[] = [/^[\u0621-\u064A]{3,}ي$/, /^[\u0621-\u064A]ا[\u0621-\u064A]{2}$/];

/**
 * Token k, و + X, stands as the second of a noun's two adjectives: right after a word no name covers (`free(k - 1)`) that
 * the training text knows, indefinite and with no clitic, itself after a word, the two of one adjective shape (ممثل
 * سينمائي [ومسرحي]، سلام شامل [وعادل]). A given name that is also an adjective (عادل، كريم) is what the tagger or a
 * repeat misreads there; a name joined to a name (ماهر وعادل) has a name before it, and after a mark the pair may be
 * two names (، كامل وعادل).
 */
export function secondAdjectiveAt(tokens: readonly Token[], stems: readonly string[], prefixes: readonly string[], k: number,
  free: (j: number) => boolean, count: (w: string) => number): boolean {
  if (k < 2 || !free(k - 1) || tokens[k - 2].kind !== 'word') return false;
  const norm = tokens[k].norm;
  if (!norm.startsWith('و') || !(prefixes[k] === 'و' || stems[k] === norm)) return false;
  const first = tokens[k - 1];
  if (first.kind !== 'word' || prefixes[k - 1] || first.norm !== stems[k - 1] || first.norm.startsWith('ال') || count(first.norm) < RARE_WORD) return false;
  const second = norm.slice(1);
  return SHAPES.some((shape) => shape.test(first.norm) && shape.test(second));
}

/** Drops the one-word persons the tagger read in a second adjective's slot (secondAdjectiveAt). */
export function conjoinedAdjectives(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  count: (w: string) => number): number[] {
  let out = tags;
  for (let k = 2; k < sentence.length; k++) {
    if (tags[k] !== B_PERS || (k + 1 < tags.length && isInside(tags[k + 1]))) continue;
    if (!secondAdjectiveAt(sentence, stems, prefixes, k, (j) => tags[j] === 0, count)) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
