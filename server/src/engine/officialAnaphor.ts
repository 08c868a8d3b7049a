// Subjects that only refer back: a definite "the official" (يوضح المسؤول) and an honorific pronoun (وقال سموه، وأضافت معاليها).
import { normalizeArabic } from './normalize';
import { headCore } from './quoteCues';
import type { Subject } from './speakerPhrase';
import { Token } from './tokenize';

/** Nouns for an official that the text uses both for an unnamed source (مسؤول عراقي) and, definite, for one it named. */
const OFFICIALS = new Set(['مسؤول', 'مسؤولة'].map(normalizeArabic));
/** Heads an unnamed source is introduced by, that a later المسؤول may take up (أكد مصدر مقرب … وقال المسؤول المقرب). */
const SOURCES = new Set(['مسؤول', 'مسؤولة', 'مصدر'].map(normalizeArabic));
/** His Highness, Her Excellency…: a pronoun in a title's dress (the tagger sometimes reads one as a name), never a name. */
const HONORIFICS = new Set('سموه سموها فخامته فخامتها معاليه معاليها سيادته سيادتها سعادته سعادتها دولته دولتها'.split(' ').map(normalizeArabic));
export const isHonorificPronoun = (t: Token) => t.kind === 'word' && HONORIFICS.has(t.norm);
/** A subject read from such a pronoun (a mention the tagger made of it) names nobody: the person is further back. */
export const namesNobody = (s: Subject | undefined) => !!s && HONORIFICS.has(normalizeArabic(s.text).replace(/^[وف]/, ''));
/** How many sentences back the official is looked for. */
const LOOKBACK = 15;

/** المسؤول، والمسؤولة: definite, singular; مسؤول (indefinite) introduces an unnamed source and stays anonymous. */
export function isOfficialAnaphor(t: Token): boolean {
  return t.kind === 'word' && /^[وف]?ال/.test(t.norm) && OFFICIALS.has(headCore(t));
}

/**
 * The referent of a definite official, walking back sentence by sentence (`back(a)`: the start of the sentence
 * before a; `subjectOf(a)`: who that sentence made speak, or its subject). An unnamed official or source in reach
 * keeps him unnamed, even past a named subject between (the corpora's «اعتبر مسؤول عراقي أن الحوار بين صبري وعنان
 * … قال المسؤول العراقي»; «قال مسؤول … وكان الوزير فلان قد التقى … وأضاف المسؤول»); with none, the last person
 * who was a subject is named by it («قال مدير المؤسسة فلان … وأوضح المسؤول»). Bodies and unnamed bystanders (a
 * driver, a witness) are passed over.
 */
export function officialReferent(a: number, back: (a: number) => number | undefined, subjectOf: (a: number) => Subject | undefined, head: (s: Subject) => Token): Subject | undefined {
  let person: Subject | undefined;
  let at: number | undefined = a;
  for (let n = 0; n < LOOKBACK && (at = back(at)) !== undefined; n++) {
    const sub = subjectOf(at);
    if (sub?.kind === 'person') person ??= sub;
    else if (sub?.kind === 'anonymous' && SOURCES.has(headCore(head(sub)))) return undefined;
  }
  return person;
}
