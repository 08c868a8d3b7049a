// A region's government (حكومة إقليم X) is one body, and a ministry named with its region (وزارة … في إقليم X) is that region's.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { IN } from './saidNames';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/** Bodies a self-governing region has of its own (حكومة إقليم كوردستان، برلمان إقليم تيغراي). Normalised. */
const REGION_BODIES = wordSet('حكومة برلمان');
const REGION = wordSet('إقليم');
const MINISTRY = wordSet('وزارة');
/** tagRegionGovernments' bit (wideCues.ts): each of its spans needs إقليم, so a sentence without it is left as it is. */
export const REGION_CUE = wideCueBit([REGION]);

/**
 * `حكومة`/`برلمان` (a clitic allowed), `إقليم` and a place span the tagger read (حكومة إقليم [كوردستان]) become one
 * organisation, as the sets tag the regional government (3 of 3 in the dev sets); then a ministry span right before في
 * إقليم + a place span takes them in (`[وزارة الثقافة والشباب في إقليم كوردستان]`): a region's own ministry, told from the
 * federal one by its region, where a body's place after في is otherwise where it stands (left out). Not after a
 * government already read (وزارة X في [حكومة إقليم Y]: the sets tag the two bodies apart).
 */
export function tagRegionGovernments(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  // The end of إقليم + a place at k, whether the tagger read the place alone or with its head (its span opens at إقليم), or -1.
  const regionEnd = (k: number): number => {
    if (k + 1 >= n || !REGION.has(stems[k]) || prefixes[k]) return -1;
    if (out[k] === 0 && out[k + 1] === B_LOC) return spanEnd(out, k + 1);
    return out[k] === B_LOC && out[k + 1] === I_LOC ? spanEnd(out, k) : -1;
  };
  for (let h = 0; h + 2 < n; h++) {
    const end = out[h] === 0 && REGION_BODIES.has(stems[h]) ? regionEnd(h + 1) : -1;
    if (end < 0) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, h, end, B_ORG, I_ORG);
    h = end - 1;
  }
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const start = b;
    b = e - 1;
    if (e - start < 2 || !MINISTRY.has(stems[start]) || e + 2 >= n || out[e] !== 0 || prefixes[e] || !IN.has(stems[e])) continue;
    const end = regionEnd(e + 1);
    if (end < 0) continue;
    if (out === tags) out = tags.slice();
    for (let k = e; k < end; k++) out[k] = I_ORG;
    b = end - 1;
  }
  return out;
}
