// A bare body head with a family name after it (باسم الوزارة [الشمري]): the head is the body the person speaks for, the name a person.
import { beginTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { onlyNameListed } from './nameMarks';

const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
/** Body heads that name no body alone (normalised, definite): the organisation is one the article named before. */
const BARE_HEADS = wordSet('الوزارة الحزب الحركة الشركة المجلس الهيئة الجبهة المنظمة الجامعة الوكالة الكتلة القائمة التيار');
/** Training-text count from which a nisba is mostly the body's adjective (المجلس [العسكري]، المجلس [المدني]), surname or not. */
const COMMON = 30;

/**
 * A two-word organisation of a bare head and a definite family name in ي (`المتحدث باسم [الوزارة الشمري]`، `النائب عن
 * [الحزب الكبيسي]`) is the person, the head no name: a nisba surname the name lists hold and no place, people or body
 * list does and the training text seldom reads (`الحزب [الجمهوري]`، `الجيش [العراقي]`، `المجلس [العسكري]` stay bodies).
 */
export function splitBodySurnames(stems: readonly string[], marks: readonly string[][], tags: number[], freq: (k: number) => number): number[] {
  let out: number[] | undefined;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_ORG || spanEnd(tags, b) !== b + 2 || !BARE_HEADS.has(stems[b])) continue;
    const w = stems[b + 1];
    if (!w.startsWith('ال') || !w.endsWith('ي') || freq(b + 1) >= COMMON || !onlyNameListed(marks[b + 1])) continue;
    out ??= tags.slice();
    out[b] = 0;
    out[b + 1] = B_PERS;
  }
  return out ?? tags;
}
