// Where a new version's speaker memory differs from the last one's: the tokens its differing entries are kept at.
import type { AttributionPlan } from './attributionMemo';
import { Mutation, sameMutations } from './quoteState';

/**
 * The token an entry of the memory is kept at: every lookup of it reads that token (a sentence's start, a quotation's
 * close, where a title introduced someone), so a pair whose reading avoids it did not see it. Undefined for a person
 * named without an entity: a lone surname is looked up among all of them, wherever they were named.
 */
function keyOf(m: Mutation): number | undefined {
  if (m.k === 'named') return undefined;
  return m.k === 'introduced' ? m.tok : m.at;
}

/**
 * After a pair (or the pairs an edit added and removed) changed the memory in this version (`now`) otherwise than in
 * the last (`before`, the last version's): marks the tokens where the memories may now differ as changed in `plan`,
 * so the later pairs that read them are attributed again and the others keep their attribution. False when that
 * cannot be told by token (persons named without an entity differ): then no later pair may be reused.
 */
export function markDiffering(now: readonly Mutation[], before: readonly Mutation[], plan: AttributionPlan): boolean {
  if (!sameMutations(now.filter((m) => m.k === 'named'), before.filter((m) => m.k === 'named'), plan)) return false;
  for (const m of now) { const k = keyOf(m); if (k !== undefined) plan.markChanged(k, k + 1); }
  for (const m of before) {
    const was = keyOf(m);
    if (was === undefined) continue;
    const k = plan.tok(was);
    // Kept at a token the edit changed: wherever that is now.
    if (Number.isNaN(k)) { const { from, to } = plan.changedTokens(); plan.markChanged(from, to); } else plan.markChanged(k, k + 1);
  }
  return true;
}
