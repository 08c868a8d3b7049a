// Products, vehicles and weapons named after طراز (من طراز بوينغ 737): their model name is MISC.
import { beginTag as B, insideTag as I, isInside, markSpan } from './tagger';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { endsAsNisba } from './namePatterns';

const B_MISC = B('MISC');
const I_MISC = I('MISC');

/** The head that names a model after it (من طراز …): its name is never split as a clitic + word. */
export const MODEL_HEAD = set('طراز');
/** Quote marks and brackets that may wrap a model's name (من طراز " سوخوي "، طراز ( إف 16 )). */
const WRAPS = new Set(['"', '«', '»', '“', '”', '(', ')']);
const MAX_MODEL_WORDS = 4;
/** Training-text count from which a word after طراز describes the style (طراز عام، طراز حديث), it names no model. */
const COMMON_MODEL_WORD = 30;
/**
 * An Arabic adjective of the shapes فاعل and فعيل (طراز رفيع، طراز فاخر، طراز فريد) describes the style however rare the
 * training text has it; a model's foreign name (سوخوي، أباتشي، كروز) has neither shape or is a word the text hardly knows.
 */
export const STYLE_ADJECTIVE = /^([^ا]ا[^ا]{2}|[^ا]{2}ي[^ا])$/;
const KNOWN_ADJECTIVE = 3;

/**
 * A model named after `طراز` (من طراز [بوينغ 737]، مروحيات من طراز [أباتشي]، هاتف من طراز [آيفون]) is a product, vehicle or
 * weapon: MISC, as NewsFANE tags its vehicles and products, whatever the tagger read there (a person, a place). Its words
 * are rare or Latin, with numbers after the first; a definite word, an adjective or a common word (طراز عام 2007، طراز
 * معماري) describes a style instead.
 */
export function tagModelNames(sentence: Token[], stems: string[], tags: number[], freq: (k: number) => number): number[] {
  const n = tags.length;
  let out = tags;
  for (let i = 0; i + 1 < n; i++) {
    if (!MODEL_HEAD.has(stems[i])) continue;
    let b = i + 1;
    if (WRAPS.has(sentence[b].text)) b++;
    const nameWord = (k: number) => sentence[k].kind === 'word' && !stems[k].startsWith('ال') && (/^[A-Za-z]/.test(sentence[k].text) ||
      (!endsAsNisba(stems[k]) && freq(k) < COMMON_MODEL_WORD && !(STYLE_ADJECTIVE.test(stems[k]) && freq(k) >= KNOWN_ADJECTIVE)));
    if (b >= n || !nameWord(b)) continue;
    let e = b + 1;
    while (e < n && e - b < MAX_MODEL_WORDS && (nameWord(e) || sentence[e].kind === 'number')) e++;
    // The name is one span of the tagger's or none: a name running on past it is another reading, left alone.
    if (e < n && isInside(out[e])) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, e, B_MISC, I_MISC);
    i = e - 1;
  }
  return out;
}
