// A body's span ends before a ل-phrase of purpose (اجتمعت [اللجنة الوطنية العليا] لمناقشة الموازنة): the meeting's aim, not its name.
import { beginTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');

/**
 * Verbal nouns of deliberating, normalised, with and without the article: what a body meets or travels for (لمناقشة
 * الموازنة، لبحث الملف، للنظر في الطعون), never its field. A body is named by what it serves (لحماية المستهلك، لمكافحة
 * الفساد، للدراسات); in the NewsFANE, WikiFANE, Wojood and AQMAR gold these words after a body are outside it every time
 * (لدراسة and لمتابعة are left out: institutes and missions are named by them, المعهد الألماني لدراسة الأراضي المقدسة).
 */
const DELIBERATIONS = wordSet('مناقشة بحث استعراض نظر تشاور تباحث تدارس إقرار النظر التشاور التباحث');
/** purposeAt reads a stem of DELIBERATIONS, or one with ل still on it: a sentence with neither is left as it is. */
export const PURPOSE_CUE = wideCueBit([DELIBERATIONS, [...DELIBERATIONS].map((w) => 'ل' + w)]);

/** The word is ل + a verbal noun of `DELIBERATIONS`, the ل split off (`prefix`) or still on the stem. */
function purposeAt(stem: string, prefix: string): boolean {
  if (prefix === 'ل' || prefix === 'ول') return DELIBERATIONS.has(stem);
  return !prefix && stem.length > 3 && stem.startsWith('ل') && DELIBERATIONS.has(stem.slice(1));
}

/**
 * An organisation's span that holds, after its first word, ل + a verbal noun of deliberating ends before it
 * (واجتمعت [اللجنة الوطنية العليا] لمناقشة الموازنة العامة). `out` is a copy when changed.
 */
export function endBodiesAtPurposes(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    for (let k = b + 1; k < e; k++) {
      if (!purposeAt(stems[k], prefixes[k])) continue;
      if (out === tags) out = tags.slice();
      for (let j = k; j < e; j++) out[j] = 0;
      break;
    }
    b = e - 1;
  }
  return out;
}
