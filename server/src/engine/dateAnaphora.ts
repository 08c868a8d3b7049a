// Dates that count from one the paragraph named before: اليوم التالي، اليوم نفسه، العام نفسه، الشهر ذاته.
import { DateCandidate, DateSpec } from './dateCursor';

/** True when the earlier spec `d` names a point fine enough for a unit: a day for اليوم, a month for الشهر, a year for العام. */
function names(d: DateSpec, unit: string): boolean {
  if (d.kind === 'weekday') return unit === 'D';
  if (d.kind === 'relative') return d.unit === unit || (d.unit === 'D' && unit !== 'D');
  if (d.kind !== 'absolute') return false;
  return unit === 'D' ? d.day !== undefined : unit === 'M' ? d.month !== undefined : d.year !== undefined || d.month !== undefined;
}

/** اليوم التالي or اليوم نفسه counts from the last day (العام نفسه the last year…) the paragraph named, when there is one. */
export function linkNextDay(spec: DateSpec, out: DateCandidate[]): void {
  const rel = spec.kind === 'time' ? spec.day : spec;
  if (!rel || rel.kind !== 'relative' || !rel.next) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const p = out[k].spec;
    const d = p.kind === 'time' ? p.day : p;
    if (d && names(d, rel.unit)) { rel.from = d; return; }
  }
}
