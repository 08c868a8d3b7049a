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

/** The day a date names, or the day of a time, when it names one: what a following clock time can be on. */
function dayOf(d: DateSpec): DateSpec | undefined {
  const p = d.kind === 'time' ? d.day : d;
  return p && (p.kind === 'weekday' || (p.kind === 'relative' && p.unit === 'D') || (p.kind === 'absolute' && p.day !== undefined)) ? p : undefined;
}

/**
 * The spec to resolve for candidate k: a clock time with no day of its own in the first sentence of a paragraph whose
 * first date it is (وتنطلق المباراة الساعة الثامنة مساء) is on the day the paragraph just before ended on (ويلتقي المنتخب
 * نظيره الخميس). Dates are found one paragraph at a time, so findDates's same-sentence link cannot see that day. A copy is
 * returned, so the paragraph's cached candidates stay as found.
 */
export function clockDayAcrossParagraph(candidates: readonly DateCandidate[], k: number, text: string): DateSpec {
  const spec = candidates[k].spec;
  if (spec.kind !== 'time' || spec.day || spec.routine || spec.hour === undefined || k === 0) return spec;
  const prev = candidates[k - 1];
  const lines = text.slice(prev.end, candidates[k].start).split('\n');
  // One paragraph break (blank lines aside), and no sentence end before the time in its own paragraph.
  if (lines.length < 2 || lines.slice(1, -1).some((l) => l.trim() !== '') || /[.!?؟؛]/.test(lines[lines.length - 1])) return spec;
  const day = dayOf(prev.spec);
  return day && onlyDayOfParagraph(candidates, k - 1, text) ? { ...spec, day } : spec;
}

/**
 * True when candidate j is the one date naming a day in its paragraph. A paragraph naming two days (the news day and a day
 * ahead, مساء اليوم الخميس … يوم غد الجمعة) leaves open which one the next paragraph's clock time is on: news then goes
 * back to the news day, so the time keeps the article's day. Looks at most 50 dates back.
 */
function onlyDayOfParagraph(candidates: readonly DateCandidate[], j: number, text: string): boolean {
  for (let i = j - 1; i >= Math.max(0, j - 50); i--) {
    if (text.slice(candidates[i].end, candidates[i + 1].start).includes('\n')) return true;
    if (dayOf(candidates[i].spec)) return false;
  }
  return true;
}
