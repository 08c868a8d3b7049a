// A club named with its sport adjective and its seat (الهلال الرياضي بالشابة، النادي الرياضي بحمام الأنف): in sports news the seat after بـ is part of the name.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import type { TownClubReads } from './townClubs';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');

/** The sport adjective that closes a Tunisian club's name before its seat (normalised). */
const SPORT_ADJECTIVES = wordSet('الرياضي الرياضية');
/** A seat is at most this many words (حمام الأنف، بني خلاد). */
const MAX_SEAT = 3;
/** A word the training text has seen this often is a common noun after بـ (بالتعادل), not a seat the lists lack. */
const RARE_SEAT = 3;

/** What the pass reads of a one-word seat: a place list holds it, its training count, a person list holds it (a player's name). */
export type SeatReads = Pick<TownClubReads, 'place' | 'freq' | 'person'>;

/**
 * Where the seat opening at token s ends, or -1: a word with بـ that opens a place span the tagger read, or that a place
 * list holds (alone or as the first word of a listed place the tagger left O), or one word the training text hardly
 * knows and no person list holds. A common word the lists do not hold is the result's manner (اكتفى النادي الرياضي
 * بالتعادل), no seat.
 */
function seatEnd(prefixes: readonly string[], marks: readonly string[][], tags: readonly number[], s: number, reads: SeatReads): number {
  const n = tags.length;
  if (s >= n || prefixes[s] !== 'ب') return -1;
  if (tags[s] === B_LOC) return spanEnd(tags, s) - s <= MAX_SEAT ? spanEnd(tags, s) : -1;
  if (tags[s] !== 0) return -1;
  if (marks[s].includes('LOC-S') || reads.place(s) || (reads.freq(s) < RARE_SEAT && !reads.person(s))) return s + 1;
  if (!marks[s].includes('LOC-B')) return -1;
  let e = s + 1;
  while (e < n && e - s < MAX_SEAT && tags[e] === 0 && !prefixes[e] && marks[e].includes('LOC-I')) e++;
  return e < n && tags[e] === 0 && !prefixes[e] && marks[e].includes('LOC-E') ? e + 1 : -1;
}

/**
 * In a sports sentence, a club span with its sport adjective (inside the span or right after it) and then بـ + a place is
 * one club with the place: the seat names which club (الهلال الرياضي [بالشابة]). Only where the span opens with a
 * definite word (the club's name or النادي), so a place after some other word keeps its own tag.
 */
export function tagClubSeats(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[], sports: boolean,
  reads: SeatReads): number[] {
  if (!sports) return tags;
  let out = tags;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG || !stems[b].startsWith('ال')) continue;
    const e = spanEnd(out, b);
    let s = e;
    if (!SPORT_ADJECTIVES.has(stems[e - 1])) {
      if (e >= n || out[e] !== 0 || prefixes[e] || !SPORT_ADJECTIVES.has(stems[e])) continue;
      s = e + 1;
    }
    const end = seatEnd(prefixes, marks, out, s, reads);
    if (end < 0) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, end, B_ORG, I_ORG);
    b = end - 1;
  }
  return out;
}
