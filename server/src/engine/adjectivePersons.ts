// A definite word after a definite noun agrees with it as its adjective (العهد [الناصري]، التلاقح [الجميل]): no person.
import { beginTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { definitePlural } from './namePatterns';
import { EXACT_NAME_LISTS, hasMark } from './nameMarks';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const PER_LAST_PLAST_MARK = /^(PER|LAST|PLAST)-/;

const B_PERS = beginTag('PERS');
/** Titles of rulers and knights the title lists lack (normalised): `الخليفة [المأمون]`، `السير [أليكس]` name the person. */
const RULERS = wordSet('الخليفة السير القديس القديسة');
/** A plural of people as a subject here is eight letters or more: a seven-letter one may open a name (`[الأخوين كوين]`). */
const subjectPlural = (stem: string) => stem.length >= 8 && definitePlural(stem);

/**
 * A one-word person that is a definite word right after a definite noun the tagger left untagged is that noun's adjective
 * (`في العهد [الناصري]`، `الشرطة [التركية]`، `التراث الفني [الجميل]`): dropped. Not after a title or role noun
 * (`الرئيس [الأسد]`، `titleAt`) or a ruler's title, nor a word a people list holds as spelled (a well-known surname: `الحريري`).
 */
export function dropAdjectivePersons(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[], titleAt: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== B_PERS || spanEnd(tags, k) !== k + 1 || tags[k - 1] !== 0 || prefixes[k] || !stems[k].startsWith('ال')) continue;
    if (!stems[k - 1].startsWith('ال') || titleAt(k - 1) || RULERS.has(stems[k - 1]) || hasMark(marks[k], PER_LAST_PLAST_MARK)) continue;
    // The plural subject before its singular object (وانتقد المعارضون [البرهان]): no agreement, the person stays.
    if (subjectPlural(stems[k - 1]) && !subjectPlural(stems[k])) continue;
    (out ??= tags.slice())[k] = 0;
  }
  return out ?? tags;
}

/**
 * A person's name does not open with a definite sound plural (`واتهم [المحتجون] العبادي`، `وانتقد [المعارضون] البرهان`):
 * the verb's plural subject the tagger ran into the name after it. Not a word a name list holds as spelled (`الحسين`).
 */
export function dropPluralOpeners(stems: readonly string[], marks: readonly string[][], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS || spanEnd(tags, b) < b + 2 || !subjectPlural(stems[b]) || hasMark(marks[b], EXACT_NAME_LISTS)) continue;
    out ??= tags.slice();
    out[b] = 0;
    out[b + 1] = B_PERS;
  }
  return out ?? tags;
}
