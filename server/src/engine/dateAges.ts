// Ages in words (في السبعين من العمر، في الأربعينيات من عمرها): how long a person has lived, a DURATION with its من العمر.
import { Cursor, Gate, Match } from './dateCursor';
import { DECADES } from './dateLexicon';
import { normalizeArabic } from './normalize';

/** The tens a person's age is given in, with their article (في السبعين من العمر): the age in years. */
const AGE_TENS = new Map(['العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين'].map((w, k) => [normalizeArabic(w), (k + 2) * 10]));
/** العمر، عمره، عمرها، عمرهم: the word that makes a number an age. */
const AGE_NOUN = /^(العمر|عمر(ه|ها|هم|هما|ي)?)$/;

/** `السبعين من العمر` → P70Y, `الأربعينيات من عمرها` → P4DE (TimeML keeps من العمر inside the age). */
export function ageInWords(c: Cursor, i: number): Match | undefined {
  if (!c.is(i + 1, 'من') || !AGE_NOUN.test(c.norm(i + 2))) return undefined;
  const decade = c.lookup(DECADES, i, true);
  if (decade) return { end: i + 3, type: 'DURATION', spec: { kind: 'duration', unit: 'DE', amount: decade.value } };
  const years = AGE_TENS.get(c.norm(i).replace(/^[وفب]/, ''));
  return years ? { end: i + 3, type: 'DURATION', spec: { kind: 'duration', unit: 'Y', amount: years } } : undefined;
}

export const AGE_START_WORDS = [...AGE_TENS.keys()];

/** ageInWords's start gate (see Gate): a decade word or a ten with its article. */
export const ageStarts: Gate = (c, i) => !!c.lookup(DECADES, i, true) || AGE_TENS.has(c.norm(i).replace(/^[وفب]/, ''));
