// A place the tagger ran on into the day (or the part of the day) a wire sentence names after it (أعلنت [موسكو الجمعة]); an envoy's post run on into his
// name is envoyNames.ts'.
import { WEEKDAYS } from './dateLexicon';
import { RELATIVE_DAYS } from './dateParsers';
import { dayPartBeforeDay } from './dayPartNames';
import { normalizeArabic } from './normalize';
import { isInside, spanEnd, tagLabel } from './tagger';

/** Days a dated wire sentence names right after its subject (normalised): the weekdays and the relative days. */
const DAYS = new Set([...RELATIVE_DAYS.keys(), ...[...WEEKDAYS.keys()].map(normalizeArabic)]);
/**
 * The place's words form one listed place: one word the place list holds as written or without its clitic (`placeAt`; the
 * marks miss a place the clitic splitter cut, باكو read ب + اكو), or `LOC-B` … `LOC-E`.
 */
function listedPlace(marks: readonly string[][], b: number, e: number, placeAt: (k: number) => boolean): boolean {
  return e - b === 1 ? marks[b].includes('LOC-S') || placeAt(b) : marks[b].includes('LOC-B') && marks[e - 1].includes('LOC-E');
}

/**
 * A listed place followed by a weekday or a relative day in one place span ends before the day (ودعت [برلين] الجمعة،
 * وسط [بغداد] الخميس): wire dates its news so, and no place is named by a day after it. A listed name with a day in it
 * (سوق الأربعاء) is whole in the lists and stays.
 */
export function placesEndBeforeDays(stems: readonly string[], marks: readonly string[][], tags: number[], placeAt: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (tagLabel(out[b]) !== 'LOCATION' || isInside(out[b])) continue;
    const e = spanEnd(out, b);
    for (let k = b + 1; k < e; k++) {
      // The day, or the part of the day before it (مخيم [جنين] فجر اليوم، [غزة] مساء الخميس).
      // A part of the day before a day ends any place, listed or not (قرية [مرواحة] فجر اليوم): no name ends so.
      const part = dayPartBeforeDay(stems, k);
      if (!(DAYS.has(stems[k]) || part) || !(part || listedPlace(marks, b, k, placeAt)) || listedPlace(marks, b, e, placeAt)) continue;
      if (out === tags) out = tags.slice();
      for (let j = k; j < e; j++) out[j] = 0;
      break;
    }
    b = e - 1;
  }
  return out;
}
