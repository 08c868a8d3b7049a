// Three-way merge of decisions by id, for a sidecar another writer changed since this one last read or wrote it.
import { Decision } from './decisions';
import { reanchor } from './reanchor';

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

/**
 * `base`: the file as this writer last read or wrote it; `mine`: this writer's decisions now;
 * `theirs`: the file on disk now. A side that did not change a decision yields to the side that
 * did; when both changed it, this writer's version wins and the conflict is reported. Decisions
 * taken from the other writer are re-anchored in this writer's `text` (orphaned if not found).
 */
export function mergeDecisions(base: Decision[], mine: Decision[], theirs: Decision[], text: string): Merged {
  const byId = (ds: Decision[]) => new Map(ds.map((d) => [d.id, d]));
  const [B, M, T] = [byId(base), byId(mine), byId(theirs)];
  const keep: Decision[] = [];
  const taken: Decision[] = [];
  const conflicts: MergeConflict[] = [];
  let fromThem = 0;
  const conflict = (m: Decision | undefined, t: Decision | undefined) => {
    const d = (m ?? t)!;
    conflicts.push({ text: d.text, label: d.label, mine: describe(m), theirs: describe(t) });
  };
  for (const id of new Set([...M.keys(), ...T.keys()])) {
    const [b, m, t] = [B.get(id), M.get(id), T.get(id)];
    const mineChanged = !b || !m || meaning(b) !== meaning(m);
    const theirsChanged = !b || !t || meaning(b) !== meaning(t);
    if (m && t) {
      if (!theirsChanged || meaning(m) === meaning(t)) keep.push(m);
      else if (!mineChanged) { taken.push(t); fromThem++; }
      else { keep.push(m); conflict(m, t); }
    } else if (m) {
      // Absent on disk: new here, removed there (yield unless changed here too).
      if (!b) keep.push(m);
      else if (mineChanged) { keep.push(m); conflict(m, undefined); }
      else fromThem++;
    } else if (t) {
      if (!b) { taken.push(t); fromThem++; }
      else if (theirsChanged) { taken.push(t); fromThem++; conflict(undefined, t); }
    }
  }
  // The other writer's decisions on spans this writer also decided (concurrently, different ids): keep this writer's.
  const live = keep.filter((d) => d.status !== 'orphaned');
  const accepted: Decision[] = [];
  for (const t of taken) {
    const clash = t.status !== 'orphaned' ? live.find((m) => overlap(m, t) && (!B.has(m.id) || meaning(B.get(m.id)!) !== meaning(m))) : undefined;
    if (clash) { conflicts.push({ text: t.text, label: t.label, mine: describe(clash), theirs: describe(t) }); fromThem--; } else accepted.push(t);
  }
  const { kept, orphaned } = reanchor(accepted, text, live);
  return { decisions: [...keep, ...kept, ...orphaned], fromThem, conflicts };
}

/**
 * Undo and redo states carried across another writer's change: each is merged with it as the decisions now are, so undoing
 * a command after their change takes back that command only — their additions, deletions and revived orphans stay. One
 * exception, as the merge decides a conflict: where a state changed a decision they changed too, undoing to it puts this
 * side's earlier version back over theirs. Orphans are not part of a state (they are kept beside the stacks).
 */
export function rebaseSnapshots(snapshots: Decision[][], base: Decision[], theirs: Decision[], text: string): Decision[][] {
  return snapshots.map((s) => mergeDecisions(base, s, theirs, text).decisions.filter((d) => d.status !== 'orphaned'));
}
