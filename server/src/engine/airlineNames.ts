// An airline or railway named by الخطوط, its kind and a country's nationality (الخطوط الجوية الكينية، الخطوط السعودية): one body.
import { beginTag as B, insideTag as I, isInside, markIfChanged } from './tagger';
import { definite, endsAsFeminineNisba } from './namePatterns';
import { wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/** The head: "the lines" (normalised stem). */
const LINE_HEADS = set('الخطوط');
/** The kind of lines, and the royal of a kingdom's carrier, between the head and the nationality (normalised). */
const KINDS = set('الجويه الحديديه الملكيه');
const MAX_KINDS = 2;

/** tagAirlines starts at الخطوط: a sentence without it is left as it is (wideCues.ts). */
export const AIRLINE_CUE = wideCueBit([LINE_HEADS]);

/**
 * A definite الخطوط, up to two kind words (الجوية، الحديدية، الملكية) and a feminine nationality, none of them with a clitic
 * after the head, are one ORG: the training corpora tag the head with a nationality (through its kinds) as one body 30 times
 * and never leave it O; every O use of الخطوط before a definite nisba has a common adjective instead (الخطوط الأمامية،
 * الساحلية، الداخلية، الدولية، الوطنية, 10 times), which the nationality test keeps out. The tagger reads listed carriers
 * whole, but cuts an unlisted one to its head (الخطوط [الكينية]) and misses one whose words it never saw. A span running in
 * from before the head (شركة الخطوط …) or on past the nationality is another name's and left alone.
 */
export function tagAirlines(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  const n = tags.length;
  let out: number[] | undefined;
  for (let i = 0; i + 1 < n; i++) {
    if (!LINE_HEADS.has(stems[i]) || isInside(tags[i])) continue;
    let j = i + 1;
    while (j < n && j - i <= MAX_KINDS && !prefixes[j] && KINDS.has(stems[j])) j++;
    if (j >= n || prefixes[j] || !definite(stems[j]) || !isNationality(j) || !endsAsFeminineNisba(stems[j])) continue;
    const e = j + 1;
    if (e < n && isInside(tags[e])) continue;
    out = markIfChanged(tags, out, i, e, B_ORG, I_ORG);
    i = e - 1;
  }
  return out ?? tags;
}
