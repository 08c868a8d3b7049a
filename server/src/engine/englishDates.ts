// English-script dates inside Arabic text (`August 20, 2024`, `20 August 2024`): news copies them from wires and sites.
import { Cursor, Match, num } from './dateCursor';
import { ENGLISH_MONTHS } from './dateLexicon';

/**
 * ENGLISH_MONTHS.get(w.toLowerCase()) without lower-casing the Arabic words calendarDate starts at: a word that
 * begins with an Arabic character still does once lower-cased (the block has no case), and no month name does.
 */
function englishMonth(w: string): number | undefined {
  const first = w.charCodeAt(0);
  return first >= 0x0600 && first <= 0x06FF ? undefined : ENGLISH_MONTHS.get(w.toLowerCase());
}

/** `August 20, 2024`, `20 August 2024`, `Sept. 10`: English-script dates inside Arabic text. */
export function englishDate(c: Cursor, i: number): Match | undefined {
  const eng = (k: number) => englishMonth(c.norm(k));
  let at = i;
  let day: number | undefined;
  let month = eng(at);
  if (month === undefined) {
    const d = num(c, i);
    if (d === undefined || d < 1 || d > 31 || eng(i + 1) === undefined) return undefined;
    day = d; month = eng(i + 1); at = i + 2;
  } else {
    at++;
    if (c.norm(at) === '.') at++;
    const d = num(c, at);
    if (d !== undefined && d >= 1 && d <= 31) { day = d; at++; }
  }
  if (c.norm(at) === ',') at++;
  const y = num(c, at);
  if (y !== undefined && y >= 1000 && y <= 2200) return { end: at + 1, type: 'DATE', spec: { kind: 'absolute', calendar: 'gregorian', year: y, month, day } };
  if (day === undefined) return undefined;
  return { end: c.norm(at - 1) === ',' ? at - 1 : at, type: 'DATE', spec: { kind: 'absolute', calendar: 'gregorian', month, day } };
}
