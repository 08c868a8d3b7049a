// A body's head owned by "his/her country" (منتخب بلاده، حكومة بلادها) describes a body, it names none: no organisation.
import { beginTag, dropSpans } from './tagger';
import { wordSet } from './wordSets';
import { SPLIT_PRONOUNS } from './pronounNouns';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
/** بلاد with its attached pronoun, as raw news writes it (normalised). */
const HOMELAND = wordSet('بلاده بلادها بلادهم بلادهما بلادنا بلادي بلادك بلادكم');
/** dropHomelandBodies drops a span only at a stem of HOMELAND or بلاد (homelandAt): without one it changes nothing. */
export const HOMELAND_CUE = wideCueBit([HOMELAND, ['بلاد']]);

/** Whether the words from k are بلاد and its pronoun, attached or written apart as FANE writes it (بلاد ه). */
function homelandAt(stems: readonly string[], k: number): boolean {
  return HOMELAND.has(stems[k] ?? '') || (stems[k] === 'بلاد' && SPLIT_PRONOUNS.has(stems[k + 1] ?? ''));
}

/**
 * An ORGANIZATION span whose head is followed by بلاد with a pronoun (`مع منتخب بلاده لكرة القدم`، `انتقد حكومة بلادها`)
 * is dropped whole, its complement too: the phrase says whose body it is, as `حكومته` does, and names no body (the FANE
 * corpora leave `منتخب بلاده` and `حكومة بلاده` untagged 9 times in 9; the tagger and the sports complement pass read
 * `منتخب` + anything as a team). A place after بلاد (`بلاد الشام`) is no pronoun, and stays.
 */
export function dropHomelandBodies(stems: readonly string[], tags: number[]): number[] {
  return dropSpans(tags, B_ORG, (k, end) => end - k >= 2 && homelandAt(stems, k + 1));
}
