// Where two annotators of one article differ, span by span: the review items of a curation pass (pure; offsets as given).
import { AgreementSpan } from './agreement';
import { LABEL_KIND } from './analysis';
import { normalizeArabic } from './normalize';

/**
 * `label`: same offsets, other label; `boundary`: overlapping spans of the same kind with other offsets;
 * `onlyMine` / `onlyTheirs`: no overlapping span of that kind on the other side; `speaker`: the same
 * quotation with another speaker.
 */
export type DisagreementKind = 'label' | 'boundary' | 'onlyMine' | 'onlyTheirs' | 'speaker';

export interface Disagreement { kind: DisagreementKind; mine?: AgreementSpan; theirs?: AgreementSpan }

/** Entities, quotations and dates are compared within their own kind: a name inside a quotation is no conflict. */
const kindOf = (label: string): string => (LABEL_KIND as Record<string, string>)[label] ?? label;
const overlap = (x: AgreementSpan, y: AgreementSpan) => x.start < y.end && y.start < x.end;
const sameSpeaker = (x: AgreementSpan, y: AgreementSpan) => (!x.speaker && !y.speaker)
  || (!!x.speaker && !!y.speaker && ((x.speaker.start === y.speaker.start && x.speaker.end === y.speaker.end) || normalizeArabic(x.speaker.text) === normalizeArabic(y.speaker.text)));

/**
 * Every disagreement between `mine` and `theirs`, in text order. Identical spans (offsets and label) agree,
 * copy for copy, and only their speakers are compared (by the same rule as the agreement figures). Each
 * remaining span of mine is paired with the unpaired span of theirs of the same kind that overlaps it most;
 * what stays unpaired is only on one side.
 */
export function disagreements(mine: readonly AgreementSpan[], theirs: readonly AgreementSpan[]): Disagreement[] {
  const out: Disagreement[] = [];
  const pool = new Map<string, AgreementSpan[]>();
  const exact = (s: AgreementSpan) => `${s.start}:${s.end}:${s.label}`;
  for (const t of theirs) pool.set(exact(t), [...(pool.get(exact(t)) ?? []), t]);
  const restMine: AgreementSpan[] = [];
  for (const m of mine) {
    const same = pool.get(exact(m));
    const t = same?.shift();
    if (!t) { restMine.push(m); continue; }
    if (m.label === 'QUOTE' && !sameSpeaker(m, t)) out.push({ kind: 'speaker', mine: m, theirs: t });
  }
  const restTheirs = [...pool.values()].flat().sort((x, y) => x.start - y.start || x.end - y.end);
  const paired = new Set<AgreementSpan>();
  for (const m of [...restMine].sort((x, y) => x.start - y.start || x.end - y.end)) {
    let best: AgreementSpan | undefined;
    let bestOverlap = 0;
    for (const t of restTheirs) {
      if (t.start >= m.end) break;
      if (paired.has(t) || kindOf(t.label) !== kindOf(m.label) || !overlap(m, t)) continue;
      const o = Math.min(m.end, t.end) - Math.max(m.start, t.start);
      if (o > bestOverlap) { best = t; bestOverlap = o; }
    }
    if (!best) { out.push({ kind: 'onlyMine', mine: m }); continue; }
    paired.add(best);
    out.push({ kind: best.start === m.start && best.end === m.end ? 'label' : 'boundary', mine: m, theirs: best });
  }
  for (const t of restTheirs) if (!paired.has(t)) out.push({ kind: 'onlyTheirs', theirs: t });
  const at = (d: Disagreement) => Math.min(d.mine?.start ?? Infinity, d.theirs?.start ?? Infinity);
  return out.sort((x, y) => at(x) - at(y));
}
