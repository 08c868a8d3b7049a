// Ages in words (في السبعين من العمر، في الأربعينيات من عمرها): how long a person has lived, a DURATION with its من العمر.
import { Cursor, Gate, Match } from './dateCursor';
import { DECADES } from './dateLexicon';
import { normalizeArabic } from './normalize';

/** The tens a person's age is given in, with their article (في السبعين من العمر): the age in years. */
const AGE_TENS = new Map(['العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين'].map((w, k) => [normalizeArabic(w), (k + 2) * 10]));
/** The units of a compound age, feminine as an age is said (الخامسة والثمانين), and masculine. */
const AGE_UNITS = new Map(['الحادية', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'].map((w, k) => [normalizeArabic(w), k + 1]));
for (const [w, k] of [['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7], ['الثامن', 8], ['التاسع', 9]] as const) AGE_UNITS.set(normalizeArabic(w), k);
/** العمر، عمره، عمرها، عمرهم: the word that makes a number an age. */
const AGE_NOUN = /^(العمر|عمر(ه|ها|هم|هما|ي)?)$/;
/** The same without a bare عمر, which is a construct (السنة الثالثة من عمر الحكومة) when no ten makes the age plain. */
const OWN_AGE_NOUN = /^(العمر|عمر(ه|ها|هم|هما|ي))$/;

/** `السبعين من العمر` → P70Y, `الأربعينيات من عمرها` → P4DE (TimeML keeps من العمر inside the age). */
export function ageInWords(c: Cursor, i: number): Match | undefined {
  const compound = compoundAge(c, i) ?? unitAge(c, i);
  if (compound) return compound;
  if (!c.is(i + 1, 'من') || !AGE_NOUN.test(c.norm(i + 2))) return undefined;
  const decade = c.lookup(DECADES, i, true);
  if (decade) return { end: i + 3, type: 'DURATION', spec: { kind: 'duration', unit: 'DE', amount: decade.value } };
  const years = AGE_TENS.get(c.norm(i).replace(/^[وفب]/, ''));
  return years ? { end: i + 3, type: 'DURATION', spec: { kind: 'duration', unit: 'Y', amount: years } } : undefined;
}

/** `الخامسة والثمانين من العمر` → P85Y: a unit and its ten (و split off or not), then من العمر. */
function compoundAge(c: Cursor, i: number): Match | undefined {
  const unit = AGE_UNITS.get(c.norm(i));
  if (unit === undefined) return undefined;
  const split = c.is(i + 1, 'و');
  const tenAt = split ? i + 2 : i + 1;
  const ten = AGE_TENS.get(split ? c.norm(tenAt) : c.norm(tenAt).replace(/^و/, ''));
  if (ten === undefined || (!split && !c.norm(tenAt).startsWith('و'))) return undefined;
  if (!c.is(tenAt + 1, 'من') || !AGE_NOUN.test(c.norm(tenAt + 2))) return undefined;
  return { end: tenAt + 3, type: 'DURATION', spec: { kind: 'duration', unit: 'Y', amount: ten + unit } };
}

/** العاشرة، العاشر: an age alone (في العاشرة من عمره), never the unit of a compound one. */
const TENTH = new Set(['العاشره', 'العاشر']);

/**
 * `السابعة من عمره` → P7Y, `الثالثة عشرة من عمرها` → P13Y: a unit alone or with عشر/عشرة, then من and the age noun. After a
 * definite noun the ordinal is that noun's (السنة الثالثة من عمره), so it is left out.
 */
function unitAge(c: Cursor, i: number): Match | undefined {
  const unit = TENTH.has(c.norm(i)) ? 10 : AGE_UNITS.get(c.norm(i));
  if (unit === undefined || c.norm(i - 1).startsWith('ال')) return undefined;
  const teen = unit < 10 && c.is(i + 1, 'عشر', 'عشره');
  if (unit === 1 && !teen) return undefined;
  const at = teen ? i + 2 : i + 1;
  if (!c.is(at, 'من') || !OWN_AGE_NOUN.test(c.norm(at + 1))) return undefined;
  return { end: at + 2, type: 'DURATION', spec: { kind: 'duration', unit: 'Y', amount: teen ? 10 + unit : unit } };
}

export const AGE_START_WORDS = [...AGE_TENS.keys(), ...AGE_UNITS.keys(), ...TENTH];

/** ageInWords's start gate (see Gate): a decade word, a ten with its article, or the unit of a compound age. */
export const ageStarts: Gate = (c, i) => !!c.lookup(DECADES, i, true) || AGE_TENS.has(c.norm(i).replace(/^[وفب]/, '')) || AGE_UNITS.has(c.norm(i)) || TENTH.has(c.norm(i));
