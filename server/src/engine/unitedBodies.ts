// A body named as "the united X" (الأمم المتحدة، القبائل المتحدة) that no list holds: a definite noun and المتحدة the tagger left O.
import { beginTag, insideTag, markSpan } from './tagger';
import { wordSet } from './wordSets';
import { listMarks } from './nameMarks';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/** Marks of a place or people list: الولايات المتحدة and المملكة المتحدة are states, held by the place list. */
const PLACE_MARK = listMarks(['LOC', 'NAT']);
/** Nouns of what people do or hold together, no group of them (الجهود المتحدة، المواقف المتحدة): المتحدة is their adjective. */
const JOINT_ACTS = wordSet('الجهود المساعي المواقف الموقف الصفوف الصف الأصوات الصوت القرارات القرار الآراء الرؤى الرؤية الإرادة الكلمة');

/**
 * A definite noun followed by المتحدة, both left O, with no place or nationality mark on either: a union named by what it
 * unites (the UN when the lists do not hold it; in NewsFANE every "X المتحدة" that names no state is ORG). A nationality
 * before it (العربية المتحدة) is the tail of a state's name, and a clitic on المتحدة makes it no adjective of the noun.
 */
export function tagUnitedBodies(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  let out = tags;
  for (let k = 0; k + 1 < stems.length; k++) {
    if (stems[k + 1] !== 'المتحده' || prefixes[k + 1] !== '' || !stems[k].startsWith('ال') || stems[k].length < 5) continue;
    if (tags[k] !== 0 || tags[k + 1] !== 0 || isNationality(k) || JOINT_ACTS.has(stems[k])) continue;
    if (marks[k].some((m) => PLACE_MARK.test(m)) || marks[k + 1].some((m) => PLACE_MARK.test(m))) continue;
    if (out === tags) out = [...tags];
    markSpan(out, k, k + 2, B_ORG, I_ORG);
  }
  return out;
}
