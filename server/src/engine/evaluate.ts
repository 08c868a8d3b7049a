// Entity-level scoring (CoNLL-2003 style exact match, plus overlap match for time expressions).
import { TaggedSpan } from './conll';

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Report { perLabel: Record<string, Score>; micro: Record<string, Score> }

/**
 * Scores predicted against gold spans sentence by sentence. `overlap` counts a prediction
 * as correct when it shares a token with an unmatched gold span of the same label.
 */
export function scoreSpans(gold: TaggedSpan[][], pred: TaggedSpan[][], groups: Record<string, string[]>, overlap = false): Report {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const c = (l: string) => { let x = counts.get(l); if (!x) { x = { tp: 0, fp: 0, fn: 0 }; counts.set(l, x); } return x; };
  gold.forEach((g, i) => {
    const p = pred[i] ?? [];
    const used = new Set<number>();
    for (const s of p) {
      const j = g.findIndex((t, k) => !used.has(k) && t.label === s.label &&
        (overlap ? t.start < s.end && s.start < t.end : t.start === s.start && t.end === s.end));
      if (j >= 0) { used.add(j); c(s.label).tp++; } else c(s.label).fp++;
    }
    g.forEach((t, k) => { if (!used.has(k)) c(t.label).fn++; });
  });
  const perLabel: Record<string, Score> = {};
  for (const [l, x] of [...counts].sort()) perLabel[l] = score(x.tp, x.fp, x.fn);
  const micro: Record<string, Score> = {};
  for (const [name, labels] of Object.entries(groups)) {
    let tp = 0, fp = 0, fn = 0;
    for (const l of labels) { const x = counts.get(l); if (x) { tp += x.tp; fp += x.fp; fn += x.fn; } }
    micro[name] = score(tp, fp, fn);
  }
  return { perLabel, micro };
}

export function formatReport(r: Report): string {
  const row = (name: string, s: Score) => `${name.padEnd(14)} ${s.precision.toFixed(4)}  ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}  ${String(s.tp + s.fn).padStart(6)}`;
  return [`${'label'.padEnd(14)} precision recall  f1      gold`, ...Object.entries(r.perLabel).map(([l, s]) => row(l, s)),
    ...Object.entries(r.micro).map(([l, s]) => row(l, s))].join('\n');
}
