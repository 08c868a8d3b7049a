// A part of the day before the day it is of (محمود عباس [صباح] اليوم): the time the sentence is set in, never the name's end.
import { isInside, spanEnd, tagLabel } from './tagger';
import { WEEKDAYS } from './dateLexicon';
import { RELATIVE_DAYS } from './dateParsers';
import { normalizeArabic } from './normalize';
import { wordSet } from './wordSets';

/** Parts of the day that go before a day (صباح أمس، مساء الخميس), normalised; صباح is also a given name. */
export const DAY_PARTS = wordSet('صباح مساء ظهر فجر عصر ليلة ظهيرة');
/** Days a part of the day is of, normalised: the date parser's relative days, يوم and the weekdays. */
const DAYS = new Set([...RELATIVE_DAYS.keys(), 'يوم', ...[...WEEKDAYS.keys()].map(normalizeArabic)]);

/** Word k is a part of the day and the word after it a day (فجر اليوم، مساء الخميس). */
export const dayPartBeforeDay = (stems: readonly string[], k: number) => k + 1 < stems.length && DAY_PARTS.has(stems[k]) && DAYS.has(stems[k + 1]);

/**
 * A part of the day followed by a day ends the person or body span it is in, and it and what follows leave it (استقبل الرئيس محمود
 * عباس [صباح] اليوم، عبدالله مبارك [صباح] أمس). Not a one-word span after a title (الشيخ صباح اليوم: the emir is named).
 * `isTitle(k)`: word k is a title.
 */
export function dayPartsEndNames(stems: readonly string[], tags: number[], isTitle: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    // A body's span too (مساء أمس [وفجر] اليوم read as the group): the tagger's, the lists hold no such body.
    if ((tagLabel(out[b]) !== 'PERSON' && tagLabel(out[b]) !== 'ORGANIZATION') || isInside(out[b])) continue;
    const e = spanEnd(out, b);
    for (let k = b; k < e; k++) {
      if (!dayPartBeforeDay(stems, k) || (k === b && b > 0 && isTitle(b - 1))) continue;
      if (out === tags) out = tags.slice();
      for (let j = k; j < e; j++) out[j] = 0;
      break;
    }
    b = e - 1;
  }
  return out;
}
