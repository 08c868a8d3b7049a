// Prizes named by what they honour (الجائزة العالمية للرواية العربية، جائزة كين للكتابة الأفريقية): MISC spans the tagger leaves O.
import { Token } from './tokenize';
import { beginTag, insideTag } from './tagger';
import { cueBit } from './sentenceCues';
import { NOT_NAMING_TAIL } from './miscBounds';
import { wordSet as set } from './wordSets';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

const PRIZE_HEADS = set('جائزة الجائزة');
/** tagPrizes starts at a prize head: without one it changes nothing (sentenceCues.ts). */
export const PRIZE_CUE = cueBit(PRIZE_HEADS);
/** Adjectives between a definite head and its complement (الجائزة [العالمية] للرواية): they describe, the complement names. */
const PRIZE_ADJECTIVES = set('العالمية الدولية العربية الكبرى الوطنية التقديرية التشجيعية الأولى');
/** Words after an indefinite head that rank or price a prize, not name it (جائزة أفضل لاعب، جائزة مالية، جائزة كبرى). */
const NOT_NAMES = set('أفضل أحسن أجمل أكبر أول كبرى قيمة قيمتها بقيمة مالية نقدية مقدارها');
/** Words of a complement that only count or date the prize (للمرة الثانية، لعام 2024). */
const COUNTING = set('للمرة لعام للعام للموسم للسنة');
const MAX_PRIZE_WORDS = 6;

/**
 * A prize head the tagger left O, with what names the prize after it, is one MISC span (the project's convention, as
 * the benchmark tags prizes):
 * - definite head, describing adjectives, then a لل complement and its adjectives: `[الجائزة العالمية للرواية العربية]`;
 * - indefinite head, one word, then a لل complement: `[جائزة كين للكتابة الأفريقية]`;
 * - indefinite head, a definite word and its definite adjective: `[جائزة النجمة الذهبية]`, `[جائزة الدولة التقديرية]`.
 * Not a head followed by a word that ranks or prices it (جائزة أفضل لاعب، جائزة مالية), nor a complement that counts (للمرة).
 */
export function tagPrizes(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && out[k] === 0 && sentence[k].kind === 'word';
  const complement = (k: number) => free(k) && sentence[k].norm.startsWith('لل') && sentence[k].norm.length > 4 && !COUNTING.has(sentence[k].norm);
  const adjective = (k: number) => free(k) && stems[k].startsWith('ال') && /(يه|ي|ى)$/.test(stems[k]) && !NOT_NAMING_TAIL.has(stems[k]);
  for (let i = 0; i + 2 < n; i++) {
    if (!free(i) || !PRIZE_HEADS.has(stems[i])) continue;
    let e = i + 1;
    if (stems[i].startsWith('ال')) {
      while (e < n && PRIZE_ADJECTIVES.has(stems[e]) && free(e)) e++;
      if (e === i + 1 || !complement(e)) continue;
      e++;
    } else if (free(e) && !stems[e].startsWith('ال') && !NOT_NAMES.has(stems[e]) && !/(يه|ي)$/.test(stems[e]) && complement(e + 1)) {
      e += 2;
    } else if (free(e) && stems[e].startsWith('ال') && !NOT_NAMING_TAIL.has(stems[e]) && stems[e].length > 4 && adjective(e + 1)) {
      e += 2;
    } else continue;
    while (e - i < MAX_PRIZE_WORDS && adjective(e)) e++;
    if (out === tags) out = tags.slice();
    for (let k = i; k < e; k++) out[k] = k === i ? B_MISC : I_MISC;
    i = e - 1;
  }
  return out;
}
