// Sorts entity-level differences between gold and predicted spans into kinds (missed, spurious, label, bounds) for `eval --errors`.
import { TaggedSpan } from './conll';

export type ErrorKind = 'missed' | 'spurious' | 'label' | 'bounds' | 'label+bounds';

export interface EntityError {
  kind: ErrorKind;
  sentence: number;
  gold?: TaggedSpan;
  pred?: TaggedSpan;
}

const same = (a: TaggedSpan, b: TaggedSpan) => a.start === b.start && a.end === b.end;
const overlaps = (a: TaggedSpan, b: TaggedSpan) => a.start < b.end && b.start < a.end;

/**
 * One sentence's differences. An exact match (span and label) is no error; a gold span and a prediction
 * that share a token are paired once (a wrong label on the same span is `label`, a shifted edge `bounds`),
 * so a cut-short name counts as one error, not as one missed plus one spurious.
 */
export function sentenceErrors(sentence: number, gold: TaggedSpan[], pred: TaggedSpan[]): EntityError[] {
  const exact = (x: TaggedSpan, ys: TaggedSpan[]) => ys.some((y) => same(x, y) && x.label === y.label);
  const g = gold.filter((x) => !exact(x, pred));
  const p = pred.filter((x) => !exact(x, gold));
  const paired = new Set<TaggedSpan>();
  const out: EntityError[] = [];
  for (const x of g) {
    // Prefer a prediction of the same label, then the one with the same span.
    const cands = p.filter((y) => !paired.has(y) && overlaps(x, y));
    const y = cands.find((c) => c.label === x.label) ?? cands.find((c) => same(c, x)) ?? cands[0];
    if (!y) { out.push({ kind: 'missed', sentence, gold: x }); continue; }
    paired.add(y);
    const kind: ErrorKind = y.label === x.label ? 'bounds' : same(x, y) ? 'label' : 'label+bounds';
    out.push({ kind, sentence, gold: x, pred: y });
  }
  for (const y of p) if (!paired.has(y)) out.push({ kind: 'spurious', sentence, pred: y });
  return out;
}

/** Short name of an error's kind with its labels: `missed ORG`, `label LOC→ORG` (gold → predicted). */
export function errorKey(e: EntityError): string {
  if (e.kind === 'missed') return `missed ${e.gold!.label}`;
  if (e.kind === 'spurious') return `spurious ${e.pred!.label}`;
  if (e.kind === 'bounds') return `bounds ${e.gold!.label}`;
  return `${e.kind} ${e.gold!.label}→${e.pred!.label}`;
}

/** Counts per kind, most frequent first, then the errors one per line with their sentence around them. */
export function formatErrors(tokens: string[][], errors: EntityError[]): string[] {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(errorKey(e), (counts.get(errorKey(e)) ?? 0) + 1);
  const span = (s: string[], x: TaggedSpan) => s.slice(x.start, x.end).join(' ');
  const lines = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`);
  lines.push('');
  for (const e of [...errors].sort((a, b) => errorKey(a).localeCompare(errorKey(b)) || a.sentence - b.sentence)) {
    const s = tokens[e.sentence];
    const lo = Math.min(e.gold?.start ?? Infinity, e.pred?.start ?? Infinity);
    const hi = Math.max(e.gold?.end ?? 0, e.pred?.end ?? 0);
    const what = [e.gold ? `gold «${span(s, e.gold)}»` : '', e.pred ? `ours «${span(s, e.pred)}»` : ''].filter(Boolean).join(' ');
    lines.push(`  ${errorKey(e).padEnd(20)} ${what}  | #${e.sentence} ${s.slice(Math.max(0, lo - 6), hi + 4).join(' ')}`);
  }
  return lines;
}
