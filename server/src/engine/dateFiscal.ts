// Fiscal years (السنة المالية 2025/2026، العام المالي الجاري): TIMEX2-style `FY` values named by their first calendar year.
import { Cursor, Gate, Match, num } from './dateCursor';
import { DIRECTIONS } from './dateLexicon';
import { YMD } from './hijri';

const HEAD = new Map([['السنه', 1], ['العام', 1], ['سنه', 1], ['عام', 1]]);

/** fiscalYear's start gate (see Gate). */
export const fiscalStarts: Gate = (c, i) => !!c.lookup(HEAD, i, true);

/** `السنة المالية 2025/2026`, `العام المالي 2024-2025`, `السنة المالية السابقة`. */
export function fiscalYear(c: Cursor, i: number): Match | undefined {
  if (!c.lookup(HEAD, i, true) || !c.is(i + 1, 'المالي', 'الماليه')) return undefined;
  const at = i + 2;
  const pair = /^(\d{4})[-/–](\d{4})$/.exec(c.norm(at));
  if (pair && +pair[2] === +pair[1] + 1) return { end: at + 1, type: 'DATE', spec: { kind: 'fiscal', year: +pair[1] } };
  const y = num(c, at);
  if (y !== undefined && y >= 1900 && y <= 2100) {
    const spaced = ['/', '-'].includes(c.norm(at + 1)) && num(c, at + 2) === y + 1;
    return { end: spaced ? at + 3 : at + 1, type: 'DATE', spec: { kind: 'fiscal', year: y } };
  }
  const dir = c.lookup(DIRECTIONS, at, false);
  if (dir && !c.is(at, 'هذا', 'هذه')) return { end: at + 1, type: 'DATE', spec: { kind: 'fiscal', direction: dir.value } };
  return undefined;
}

/**
 * `FY2025`, `FY2025-Q1`. Without a year the current fiscal year is taken to start in July (Egypt, and
 * most Arab budgets that do not follow the calendar year): a document in October 2025 is in FY2025.
 */
export function fiscalValue(spec: { year?: number; direction?: number; code?: string }, ref: YMD | undefined): string {
  const year = spec.year ?? (ref ? (ref.month >= 7 ? ref.year : ref.year - 1) + (spec.direction ?? 0) : undefined);
  return `FY${year ?? 'XXXX'}${spec.code ? '-' + spec.code : ''}`;
}
