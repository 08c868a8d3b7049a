// Two outlets after a dual head (قناتا [الجزيرة] و[العربية]، لصحيفتي [الخبر] و[الوطن]): two bodies, the head outside, never a place.
import { wideCueBit } from './wideCues';
import { beginTag, isInside, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
/** Dual outlet heads, nominative and oblique, normalised (قناتا، قناتي، صحيفتي، وكالتا). */
const DUAL_OUTLET_HEADS = wordSet('قناتا قناتي صحيفتا صحيفتي جريدتا جريدتي وكالتا وكالتي مجلتا مجلتي إذاعتا إذاعتي');
/**
 * The splitter may keep a clitic on a dual it never saw (لصحيفتي): the heads behind و/ف and ب/ل, as one set so that no
 * token is stripped to be looked up. Built by the stripping it replaces, so a form is here exactly when stripping finds a head.
 */
const CLITIC_DUAL_HEADS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'].flatMap((p) => [...DUAL_OUTLET_HEADS].map((h) => p + h))
  .filter((w) => DUAL_OUTLET_HEADS.has(w.replace(/^[وف]?[بل]?/, ''))));
/** The pass's bit (wideCues.ts): a sentence without a dual head, as stem or as written, is left as it is, so lateBodyPasses skips it there. */
export const OUTLET_DUAL_CUE = wideCueBit([DUAL_OUTLET_HEADS, CLITIC_DUAL_HEADS], [DUAL_OUTLET_HEADS]);

/**
 * After a dual outlet head, one word and a second joined by و, each definite, the list of a body or tagged by the tagger,
 * name the two outlets (the tagger reads `الجزيرة والعربية` as a place, head and all). Any span over the head and the two
 * words is replaced by two ORGANIZATION spans; the list must end after the second (a mark, the end, or an untagged word).
 * `listedBody(k)`: token k is a one-word body of the lists.
 */
export function tagOutletDuals(sentence: readonly Token[], stems: readonly string[], tags: number[],
  listedBody: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let h = 0; h + 2 < tags.length; h++) {
    const w = stems[h];
    if (!DUAL_OUTLET_HEADS.has(w) && !DUAL_OUTLET_HEADS.has(sentence[h].norm) && !CLITIC_DUAL_HEADS.has(w)) continue;
    // The head read alone as a name (وكالتا as و + ك + a place) is none.
    if (tags[h] !== 0 && !isInside(tags[h]) && spanEnd(tags, h) === h + 1) (out ??= tags.slice())[h] = 0;
    const a = h + 1, b = h + 2;
    if (sentence[a].kind !== 'word' || sentence[b].kind !== 'word' || !sentence[b].norm.startsWith('و')) continue;
    const named = (k: number, w: string) => w.startsWith('ال') || listedBody(k) || tags[k] !== 0;
    if (!named(a, sentence[a].norm) || !named(b, sentence[b].norm.slice(1))) continue;
    // The spans over the head and the two words are replaced; one running on past the second outlet is left alone.
    let start = h;
    if (tags[h] !== 0) while (start > 0 && isInside(tags[start])) start--;
    let end = b + 1;
    for (let k = h; k <= b; k++) if (tags[k] !== 0) end = Math.max(end, spanEnd(tags, k));
    if (end > b + 1) continue;
    out ??= tags.slice();
    out.fill(0, start, end);
    out[a] = B_ORG;
    out[b] = B_ORG;
    h = b;
  }
  return out ?? tags;
}
