// A body the tagger opened on its adjective (اللجنة [الدولية للصليب الأحمر]): the definite head it left outside taken in.
import { beginTag, insideTag, spanEnd } from './tagger';
import { ORGANIZATION_HEADS } from './triggers';
import { endsAsNisba } from './namePatterns';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/** المتحدة names bodies as a nisba does (الشركة المتحدة، الحركة القومية المتحدة), though it does not end as one. */
const UNITED = 'المتحده';

/** A clitic-free definite adjective that can stand right after a body's head: a nisba of three letters or more, or المتحدة. */
const headAdjective = (w: string) => w === UNITED || (w.startsWith('ال') && endsAsNisba(w) && w.length >= 6);

/** Head and adjective agree in gender: both end in ة (written ه once normalised) or neither does (النادي الرياضي، اللجنة الدولية). */
const agree = (head: string, adjective: string) => head.endsWith('ه') === adjective.endsWith('ه');

/**
 * An ORG span whose first word is a definite adjective, right after a definite head of a body the tagger left O
 * (`اللجنة [الدولية للصليب الأحمر]`، `الشركة [المتحدة للخدمات الإعلامية]`، `الحركة [القومية المتحدة]`): an adjective names
 * nothing by itself, so the head is the name's first word. The read sets' gold keeps such a head inside 620 times and leaves
 * it out twice (`النادي [الأهلي]`, NewsFANE's club convention). The head may carry a clitic (للجنة); the adjective may not (a
 * clitic on it makes it no adjective of the head). Not a one-word span the lists hold as a body (`النادي [الأهلي]`, a club's own
 * name); a longer one may be a company's short name that gold still opens with its head (`الشركة [المتحدة للخدمات الإعلامية]`).
 * `listed(b, e)`: the lists hold tokens b..e-1 as one body.
 */
export function takeHeadsBeforeAdjectives(stems: readonly string[], prefixes: readonly string[], tags: number[],
  listed: (b: number, e: number) => boolean): number[] {
  let out = tags;
  for (let b = 1; b < tags.length; b++) {
    if (tags[b] !== B_ORG) continue;
    const head = stems[b - 1];
    const adjective = stems[b];
    if (tags[b - 1] !== 0 || prefixes[b] !== '' || !headAdjective(adjective) || !head.startsWith('ال') || !ORGANIZATION_HEADS.has(head)) continue;
    if (!agree(head, adjective) || (spanEnd(tags, b) === b + 1 && listed(b, b + 1))) continue;
    if (out === tags) out = tags.slice();
    out[b - 1] = B_ORG;
    out[b] = I_ORG;
  }
  return out;
}
