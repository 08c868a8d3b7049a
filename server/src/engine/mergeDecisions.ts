// Three-way merge of decisions by id, for a sidecar another writer changed since this one last read or wrote it.
import { Decision } from './decisions';
import { anchorStarts, AnchorPlan, planAnchors, placeAnchors, reanchor } from './reanchor';

export interface MergeConflict { text: string; label: string; mine?: string; theirs?: string }

export interface Merged {
  decisions: Decision[];
  /** Decisions added, changed or removed by the other writer and taken over. */
  fromThem: number;
  /** Spans both writers changed; this writer's version is kept, the other is described here. */
  conflicts: MergeConflict[];
}

/** What a decision says, ignoring where it currently sits (offsets move with edits) and whether it is orphaned. */
function meaning(d: Decision): string {
  return JSON.stringify([d.status === 'orphaned' ? d.was : d.status, d.kind, d.label, d.text, d.speaker ?? null]);
}
const describe = (d: Decision | undefined) => (d ? `${d.status === 'orphaned' ? `${d.was}, orphaned` : d.status} ${d.label}` : 'removed');
const overlap = (a: Decision, b: Decision) => a.kind === b.kind && a.start < b.end && b.start < a.end;

/** What the merge does with one id: keep this side's decision, take theirs, or neither (a removal taken over); a conflict to tell. */
interface Verdict { keep?: Decision; take?: Decision; fromThem: number; conflict?: [Decision | undefined, Decision | undefined] }

/** The three-way rule for one id (b: base, m: mine, t: theirs). */
function verdict(b: Decision | undefined, m: Decision | undefined, t: Decision | undefined): Verdict {
  const mineChanged = !b || !m || meaning(b) !== meaning(m);
  const theirsChanged = !b || !t || meaning(b) !== meaning(t);
  if (m && t) {
    if (!theirsChanged || meaning(m) === meaning(t)) return { keep: m, fromThem: 0 };
    if (!mineChanged) return { take: t, fromThem: 1 };
    return { keep: m, fromThem: 0, conflict: [m, t] };
  }
  if (m) {
    // Absent on disk: new here, removed there (yield unless changed here too).
    if (!b) return { keep: m, fromThem: 0 };
    if (mineChanged) return { keep: m, fromThem: 0, conflict: [m, undefined] };
    return { fromThem: 1 };
  }
  if (t && !b) return { take: t, fromThem: 1 };
  if (t && theirsChanged) return { take: t, fromThem: 1, conflict: [undefined, t] };
  return { fromThem: 0 };
}

/** The other writer's decisions kept after the clash check, with the conflicts it finds, then placed in the text. */
function settle(keep: Decision[], taken: Decision[], B: Map<string, Decision>, conflicts: MergeConflict[], place: (accepted: Decision[], live: Decision[]) => { kept: Decision[]; orphaned: Decision[] }): { decisions: Decision[]; refused: number } {
  // The other writer's decisions on spans this writer also decided (concurrently, different ids): keep this writer's.
  const live = keep.filter((d) => d.status !== 'orphaned');
  const accepted: Decision[] = [];
  let refused = 0;
  for (const t of taken) {
    const clash = t.status !== 'orphaned' ? live.find((m) => overlap(m, t) && (!B.has(m.id) || meaning(B.get(m.id)!) !== meaning(m))) : undefined;
    // Both made the same decision on the same span: nothing to tell, and one of the two is enough (ours, as for a conflict).
    const same = clash && clash.start === t.start && clash.end === t.end && meaning(clash) === meaning(t);
    if (same) refused++;
    else if (clash) { conflicts.push({ text: t.text, label: t.label, mine: describe(clash), theirs: describe(t) }); refused++; } else accepted.push(t);
  }
  const { kept, orphaned } = accepted.length ? place(accepted, live) : { kept: [], orphaned: [] };
  return { decisions: [...keep, ...kept, ...orphaned], refused };
}

const byId = (ds: Decision[]) => new Map(ds.map((d) => [d.id, d]));

/**
 * `base`: the file as this writer last read or wrote it; `mine`: this writer's decisions now;
 * `theirs`: the file on disk now. A side that did not change a decision yields to the side that
 * did; when both changed it, this writer's version wins and the conflict is reported. Decisions
 * taken from the other writer are re-anchored in this writer's `text` (orphaned if not found).
 */
export function mergeDecisions(base: Decision[], mine: Decision[], theirs: Decision[], text: string): Merged {
  const [B, M, T] = [byId(base), byId(mine), byId(theirs)];
  const keep: Decision[] = [];
  const taken: Decision[] = [];
  const conflicts: MergeConflict[] = [];
  let fromThem = 0;
  for (const id of new Set([...M.keys(), ...T.keys()])) {
    const v = verdict(B.get(id), M.get(id), T.get(id));
    if (v.keep) keep.push(v.keep);
    if (v.take) taken.push(v.take);
    fromThem += v.fromThem;
    if (v.conflict) { const [m, t] = v.conflict; const d = (m ?? t)!; conflicts.push({ text: d.text, label: d.label, mine: describe(m), theirs: describe(t) }); }
  }
  const { decisions, refused } = settle(keep, taken, B, conflicts, (accepted, live) => reanchor(accepted, text, live));
  return { decisions, fromThem: fromThem - refused, conflicts };
}

/**
 * Undo and redo states carried across another writer's change: each is merged with it as the decisions now are, so undoing
 * a command after their change takes back that command only — their additions, deletions and revived orphans stay. One
 * exception, as the merge decides a conflict: where a state changed a decision they changed too, undoing to it puts this
 * side's earlier version back over theirs. Orphans are not part of a state (they are kept beside the stacks).
 *
 * The same result as merging each state with mergeDecisions, at a cost in proportion to what they changed: an id they
 * left as it was keeps each state's own decision, so only the ids they changed are looked at, and their decisions are
 * searched for in the text once for all states (a sync tool brings a change a second while undo holds up to 200 states).
 */
export function rebaseSnapshots(snapshots: Decision[][], base: Decision[], theirs: Decision[], text: string): Decision[][] {
  const [B, T] = [byId(base), byId(theirs)];
  const changed = new Set<string>();
  for (const t of theirs) { const b = B.get(t.id); if (!b || meaning(b) !== meaning(t)) changed.add(t.id); }
  for (const b of base) if (!T.has(b.id)) changed.add(b.id);
  const live = (s: Decision[]) => s.filter((d) => d.status !== 'orphaned');
  if (!changed.size) return snapshots.map(live);
  const onlyTheirs = theirs.filter((t) => changed.has(t.id));
  const plans = new Map<Decision, AnchorPlan>(planAnchors(onlyTheirs, text).map((p) => [p.d, p]));
  const starts = anchorStarts([...plans.values()], text);
  const place = (accepted: Decision[], held: Decision[]) => placeAnchors(accepted.map((t) => plans.get(t)!), text, held, starts);
  return snapshots.map((s) => {
    const keep: Decision[] = [];
    const taken: Decision[] = [];
    const seen = new Set<string>();
    const apply = (id: string, m: Decision | undefined) => {
      const v = verdict(B.get(id), m, T.get(id));
      if (v.keep) keep.push(v.keep);
      if (v.take) taken.push(v.take);
    };
    for (const m of s) {
      if (!changed.has(m.id)) keep.push(m);
      else if (!seen.has(m.id)) { seen.add(m.id); apply(m.id, m); }
    }
    for (const t of onlyTheirs) if (!seen.has(t.id)) { seen.add(t.id); apply(t.id, undefined); }
    return live(settle(keep, taken, B, [], place).decisions);
  });
}
