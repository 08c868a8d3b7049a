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
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (t.spec.kind !== 'time' || t.spec.day || t.spec.hour === undefined) continue;
    // Outward from the time: a candidate past a clause break or NEAR tokens leaves every one beyond it out too, so the
    // search is bounded however many times and SETs the paragraph holds (a one-line article's schedule: every candidate).
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < out.length && !t.spec.routine; j += step) {
        const s = out[j];
        if (!sameClause(tokens, s, t)) break;
        if (s.spec.kind === 'set' && (s.spec.unit === 'D' || s.spec.unit === 'W')) t.spec.routine = true;
      }
    }
  }
}

function sameClause(tokens: readonly Token[], a: DateCandidate, b: DateCandidate): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  // Only the tokens between the two are read, found by halving.
  let lo = 0;
  for (let hi = tokens.length; lo < hi;) { const mid = (lo + hi) >> 1; if (tokens[mid].start < first.end) lo = mid + 1; else hi = mid; }
  let between = 0;
  for (let k = lo; k < tokens.length && tokens[k].end <= second.start; k++) {
    if (CLAUSE_BREAKS.has(tokens[k].norm.replace(/^[وف](?=ان|الذي|التي|حيث)/, '')) || ++between > NEAR) return false;
  }
  return true;
}
