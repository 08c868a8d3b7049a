// A statute named by its place, `نظام` + a place + `الأساسي` (نظام روما الأساسي), is a charter: MISC with its head, the place no LOC of its own.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';

const B_LOC = beginTag('LOC');
const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

/** The head, indefinite (construct): `النظام` is a regime or a system. */
const STATUTE = set('نظام');
/** What makes it a statute: `نظام` + a place alone is that place's regime (نظام دمشق). */
const STATUTE_TAIL = set('الأساسي');

export const STATUTE_CUE = wideCueBit([STATUTE_TAIL]);

/**
 * Tags `نظام + place + الأساسي` as one MISC span, the news sets' convention for charters and statutes (`[نظام روما الأساسي]`).
 * Only this shape: treaties and charters before a place or a body (`معاهدة برلين`، `ميثاق الأمم المتحدة`) keep the place
 * or body alone, as NewsFANE tags them (session 61: a rule for them made NewsFANE fall).
 */
export function tagStatutes(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let h = 0; h + 2 < n; h++) {
    if (!STATUTE.has(stems[h]) || sentence[h].kind !== 'word' || tags[h] !== 0 || tags[h + 1] !== B_LOC) continue;
    const e = spanEnd(tags, h + 1);
    if (e >= n || tags[e] !== 0 || !STATUTE_TAIL.has(stems[e])) continue;
    out ??= tags.slice();
    markSpan(out, h, e + 1, B_MISC, I_MISC);
    h = e;
  }
  return out ?? tags;
}
