// A stock index named after مؤشر is MISC without the head, as the guide tags `مؤشر [مازي]`; the exchange after it stays a body.
import { beginTag, insideTag, isInside, markSpan, restartAt, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { normalizeArabic } from './normalize';
import { wordSet as set } from './wordSets';
import { endsAsNisba } from './namePatterns';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

/** The index head (normalised, clitic-free): miscNames' EVENT_CUE holds it. */
const HEAD = normalizeArabic('مؤشر');
export const INDEX_CUE_WORDS = [HEAD];
/** Training count (word and stem) below which a word after the head is the index's own name (تاسي، مازي). */
const RARE_NAME = 5;
/**
 * Indices named like the company or exchange that publishes them (normalised): after the head they are the index, whatever
 * the tagger read (مؤشر [داو جونز], not شركة داو جونز the publisher).
 */
const PUBLISHERS_INDICES = ['داو جونز', 'ناسداك', 'نيكاي', 'فوتسي', 'داكس'].map((p) => normalizeArabic(p).split(' '));
/** Training count from which a form is a known word. */
const KNOWN_WORD = 3;
/** A word in Latin letters (مؤشر [MSCI]). */
const LATIN_START = /^[A-Za-z]/;
/** Proper words an index's name may run to (إيجي إكس). */
const MAX_NAME_WORDS = 3;
/**
 * Words of a market report (normalised, clitic-free): a rare word after the head names an index only in a sentence that
 * holds one (ارتفع مؤشر تاسي 0.4 في المئة), not in one that says a sign of something (مؤشر [مقلق]، مؤشر [انفراج]).
 */
const MARKET_WORDS = set('المئة المائة بالمئة بالمائة نقطة نقاط نقطتين البورصة بورصة الأسهم أسهم سهم التداول التداولات تداولات تعاملات جلسة');

/**
 * `مؤشر` before words the training text hardly saw or Latin ones, no definite word, no known agreeing adjective (مؤشر [تاسي]،
 * مؤشر [مازي]), or before one such word the tagger guessed as a place or person no list holds: those words are the
 * index (MISC), the head outside. A known word after it (مؤشر واضح، مؤشر السوق) or a listed body (مؤشر [سوق دبي المالي])
 * is left as it is; an index named like its publisher is the index after the head. `freq(k)`: training count of token k;
 * `wordFreq(w)`: training count of normalised w; `listed(k)`: a name list holds token k.
 */
export function tagStockIndices(sentence: Token[], stems: string[], tags: number[], freq: (k: number) => number, wordFreq: (w: string) => number,
  listed: (k: number) => boolean): number[] {
  let out = tags;
  const n = tags.length;
  // An adjective agreeing with the head ends in ي (مؤشر قياسي، مؤشر سلبي): a word so ended is a name (تاسي، مازي) only where the
  // training text knows neither its base nor its feminine (سلب، سلبية).
  const nisba = (w: string) => w.endsWith('ي') && (wordFreq(w.slice(0, -1)) >= KNOWN_WORD || wordFreq(w + 'ه') >= KNOWN_WORD);
  const rare = (k: number) => sentence[k].kind === 'word' && sentence[k].norm === stems[k] &&
    (LATIN_START.test(sentence[k].text) || (!stems[k].startsWith('ال') && freq(k) < RARE_NAME && (freq(k) === 0 ? !nisba(stems[k]) : !endsAsNisba(stems[k]))));
  let market: boolean | undefined;
  const marketReport = () => (market ??= sentence.some((t, k) => t.text === '%' || MARKET_WORDS.has(stems[k])));
  for (let i = 0; i + 1 < n; i++) {
    if (stems[i] !== HEAD || out[i] !== 0) continue;
    const k = i + 1;
    let e = k;
    const published = PUBLISHERS_INDICES.find((p) => p.every((w, j) => k + j < n && stems[k + j] === w));
    // The tagger's span over the name must end with it (not run on into a body: مؤشر [ناسداك دبي] is the exchange's).
    if (published && (out[k] === 0 || !isInside(out[k])) && (k + published.length >= n || !isInside(out[k + published.length])) &&
      (out[k] === 0 || spanEnd(out, k) === k + published.length)) e = k + published.length;
    else if (!marketReport()) continue;
    else if (out[k] !== 0 && !isInside(out[k]) && tagLabel(out[k]) !== 'ORGANIZATION' && tagLabel(out[k]) !== 'MISC' && spanEnd(out, k) === k + 1 && !listed(k) && rare(k)) e = k + 1;
    else while (e < n && e - k < MAX_NAME_WORDS && out[e] === 0 && rare(e)) e++;
    if (e === k) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, k, e, B_MISC, I_MISC);
    restartAt(out, e);
    i = e - 1;
  }
  return out;
}
