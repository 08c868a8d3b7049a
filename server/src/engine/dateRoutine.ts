// Clock times of a routine schedule (يفتح أبوابه يوميا الساعة 9 صباحا): a TIME of no particular day when a SET is beside it.
import { DateCandidate } from './dateCursor';
import { Token } from './tokenize';

/** Punctuation and words that open another clause: a SET beyond them is not the time's (الذي يعقده يوميا إن القصف توقف الساعة 4). */
const CLAUSE_BREAKS = new Set(['.', '!', '?', '؟', '؛', '،', ',', ':', 'ان', 'انه', 'انها', 'الذي', 'التي', 'الذين', 'حيث', 'بينما', 'فيما']);
/** How many tokens may separate the SET from the time (يوميا من الساعة التاسعة صباحا حتى الخامسة مساء). */
const NEAR = 8;

/**
 * A clock time with no day of its own, in the clause of a daily or weekly SET (يوميا، كل يوم، أيام الجمعة, not كل ثلاث
 * ساعات), is the hour of a routine: TIMEX3 gives it no date (XXXX-XX-XXT09:00; hard.txt h-09). Times with a day stay dated.
 */
export function markRoutineTimes(out: DateCandidate[], tokens: readonly Token[]): void {
  for (const t of out) {
    if (t.spec.kind !== 'time' || t.spec.day || t.spec.hour === undefined) continue;
    if (out.some((s) => s.spec.kind === 'set' && (s.spec.unit === 'D' || s.spec.unit === 'W') && sameClause(tokens, s, t))) t.spec.routine = true;
  }
}

function sameClause(tokens: readonly Token[], a: DateCandidate, b: DateCandidate): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  let between = 0;
  for (const t of tokens) {
    if (t.start < first.end || t.end > second.start) continue;
    if (CLAUSE_BREAKS.has(t.norm.replace(/^[وف](?=ان|الذي|التي|حيث)/, '')) || ++between > NEAR) return false;
  }
  return true;
}
