// A military or civil rank the tagger took in as a person's first word (`[الأدميرال براد كوبر]`, `[العماد ميشال عون]`) stays outside the name.
import { beginTag, insideTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * Ranks written with the article before a name, normalised. Gold keeps them outside the person where the four training
 * corpora say so (O before the name : inside it — الجنرال 24 : 4، العقيد 14 : 1، الفريق 10 : 1، العميد 6 : 1، اللورد 4 : 1;
 * الأدميرال، العماد، الملازم and the rest are rare there and read like them). Left out where the corpora take the title in
 * as often (اللواء 18 : 13، المشير 0 : 3، الكابتن 8 : 7، الملا 1 : 4، السير 10 : 5) and the titles names keep (الشيخ، البابا).
 */
const RANKS = wordSet(`
  الأدميرال الأميرال العماد الجنرال العقيد العميد الفريق المقدم الرائد النقيب الملازم المارشال الماريشال الكولونيل
  الكومودور اللورد البارون الكونت الدوق
`);
/** `norm` (a token's normalised form) is a rank of RANKS: the word after it opens a person's name. */
export const isRank = (norm: string): boolean => RANKS.has(norm);
/** Words that close a compound rank (فريق أول، عميد ركن، لواء بحري): outside the name with the rank. */
const RANK_CLOSERS = wordSet('أول اول ركن بحري أركان');

/**
 * A person span opening with a rank (RANKS) and naming someone after it: the rank, and a word closing a compound rank
 * (RANK_CLOSERS), leave the span, which opens on the next word; a rank read as a one-word person right before a person
 * span is no person. A span that is the rank alone elsewhere, or the rank and its closer, is left as it is (the rules that
 * drop lone titles judge it).
 */
export function rankTitlesOut(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS || !RANKS.has(stems[b])) continue;
    const e = spanEnd(tags, b);
    // A rank read as a one-word name right before the person's (وقال [الأدميرال] [كوبر]).
    if (e === b + 1 && tags[e] === B_PERS) {
      if (out === tags) out = tags.slice();
      out[b] = 0;
      continue;
    }
    const first = RANK_CLOSERS.has(stems[b + 1]) ? b + 2 : b + 1;
    if (first >= e) continue;
    if (out === tags) out = tags.slice();
    for (let k = b; k < first; k++) out[k] = 0;
    out[first] = B_PERS;
    for (let k = first + 1; k < e; k++) out[k] = I_PERS;
    b = e - 1;
  }
  return out;
}
