// `بطولة` before a cast member's name is the credit "starring", not a contest named after the person.
import { beginTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';

const B_PERS = beginTag('PERS');
/** The credit's word (normalised): before a cast member's name or the work itself (بطولة [نور الشريف]، بطولة المسلسل). */
export const STARRING = wordSet('بطولة البطولة');

/**
 * Token i is `بطولة` and a person span the tagger read follows it that names no contest: the credit "starring"
 * (`بطولة [نور الشريف] و[معالي زايد]` was one MISC span with the cast). A contest named after a person closes with its own
 * words after the name (بطولة محمد السادس [الدولية]، … [للتنس]). A cast member is named by two words at least.
 */
export function starring(stems: readonly string[], tags: readonly number[], i: number): boolean {
  if (!STARRING.has(stems[i]) || tags[i + 1] !== B_PERS) return false;
  const end = spanEnd(tags, i + 1);
  // A cast member is named in full; one word the tagger took for a person is more often the contest's place (بطولة ويمبلدون).
  if (end - i - 1 < 2) return false;
  const after = stems[end] ?? '';
  return !after.startsWith('لل') && !/^ال.*(ي|يه)$/.test(after);
}
