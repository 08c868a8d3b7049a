// A club span in sports news whose bounds the tagger drew wrong: its seat after the sport adjective left out (الهلال الرياضي بالشابة), or a player's name run into it (لاعب أولمبيك سيدي بوزيد ماهر الجبالي).
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import type { TownClubReads, TownClubWords } from './townClubs';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

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
  return marks[s].includes('LOC-B') ? listedPlaceEnd(marks, s, MAX_SEAT, (e) => tags[e] === 0 && !prefixes[e]) : -1;
}

/** The end of the listed place opening at s (LOC-B … LOC-I … LOC-E) within `max` words, each `free`; -1 without its LOC-E. */
export function listedPlaceEnd(marks: readonly string[][], s: number, max: number, free: (e: number) => boolean): number {
  let e = s + 1;
  while (e < marks.length && e - s < max && free(e) && marks[e].includes('LOC-I')) e++;
  return e < marks.length && free(e) && marks[e].includes('LOC-E') ? e + 1 : -1;
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

/** Club words that also name a player: the name after the town is then the star himself (نجم سان أنطونيو توني باركر). */
const PLAYER_NOUNS = wordSet('نجم');
/** A listed town is at most this many words (سيدي بوزيد، عين فكرون). */
const MAX_TOWN = 3;

/**
 * Where the town after the club word at h ends, or -1: a place the lists hold from h + 1 (سيدي بوزيد), or one bare word
 * before a listed place word (عين فكرون, whose second word the splitter may take for a clitic and its rest).
 */
function townEnd(prefixes: readonly string[], marks: readonly string[][], h: number): number {
  const n = marks.length;
  const t = h + 1;
  if (t >= n || prefixes[t]) return -1;
  if (marks[t].includes('LOC-S')) return t + 1;
  if (marks[t].includes('LOC-B')) return listedPlaceEnd(marks, t, MAX_TOWN, () => true);
  return t + 1 < n && marks[t].length === 0 && marks[t + 1].includes('LOC-S') ? t + 2 : -1;
}

/**
 * In a sports sentence, a person span the tagger ran from a club word (townClubWords) or its town into a given name
 * after the town ([أولمبيك سيدي بوزيد ماهر الجبالي]، شباب عين [فكرون عمار بوغرارة]) is cut there: the club word and its
 * town are one club (ORGANIZATION), the name from the given name on the person. The person keeps two words at least.
 */
export function splitClubPlayers(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  words: TownClubWords, sports: boolean): number[] {
  if (!sports) return tags;
  let out = tags;
  const n = tags.length;
  for (let h = 0; h + 3 < n; h++) {
    if (!words.clubs.has(stems[h]) || PLAYER_NOUNS.has(stems[h]) || (prefixes[h] && prefixes[h] !== 'و' && prefixes[h] !== 'ل') || (out[h] !== 0 && out[h] !== B_PERS)) continue;
    const t = townEnd(prefixes, marks, h);
    if (t < 0 || t + 1 >= n || !marks[t].some((m) => m === 'FIRST-S' || m === 'NAME-S') || out[t] !== I_PERS || out[t + 1] !== I_PERS) continue;
    // The person span opens at the club word or inside the town, with nothing but the town's words O before it.
    let b = t - 1;
    while (b > h && out[b] === I_PERS) b--;
    if (out[b] !== B_PERS || out.slice(h, b).some((x) => x !== 0)) continue;
    const e = spanEnd(out, b);
    if (out === tags) out = tags.slice();
    markSpan(out, h, t, B_ORG, I_ORG);
    markSpan(out, t, e, B_PERS, I_PERS);
    h = e - 1;
  }
  return out;
}

/** Both passes, in a sports sentence only: the club cut from the person first, then the seat taken in. */
export function correctClubBounds(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  sports: boolean, words: TownClubWords, reads: SeatReads): number[] {
  if (!sports) return tags;
  return tagClubSeats(stems, prefixes, marks, splitClubPlayers(stems, prefixes, marks, tags, words, true), true, reads);
}
