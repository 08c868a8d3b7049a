// Clubs named by a town and a club word (ريال مدريد، دينامو كييف، مانشستر سيتي): the word that opens or closes many listed clubs around a place.
import { Gazetteer } from './gazetteer';
import { beginTag, insideTag, isInside, markSpan, spanEnd } from './tagger';
import { SPORTS_CUE_WORDS } from './sportsNews';
import { countryAt } from './teamSlots';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');

/**
 * Club words: heads open a place's club (ريال، دينامو، سبورتينغ), tails close one (يونايتد، روفرز). Shared tails close as
 * many listed places as clubs or more (سيتي: مكسيكو سيتي، مانشستر سيتي): they join a town unless the lists hold the whole
 * phrase as a place (`place`).
 */
export interface ClubAffixes { heads: ReadonlySet<string>; tails: ReadonlySet<string>; sharedTails: ReadonlySet<string>; place: (phrase: string) => boolean }

/** A word opening (closing) this many listed clubs around a place, and more clubs than places, is a club word. */
const MIN_CLUBS = 3;
/** Shorter words are letters of initials (سي، اف). */
const MIN_LENGTH = 3;

const cache = new WeakMap<Gazetteer, ClubAffixes>();

/**
 * The club words of the clubs list (the shipped sports-clubs list and clubs.txt: `CLUB`), counted once per gazetteer: a word
 * before (after) a place in at least MIN_CLUBS clubs that opens (closes) more clubs than places (not سانت، نيو، which open
 * سانت بطرسبرغ، نيو دلهي), is no place itself and is no sports word (نادي: the head the other passes read).
 */
export function clubAffixes(gaz: Gazetteer): ClubAffixes {
  const known = cache.get(gaz);
  if (known) return known;
  const place = (w: string) => (gaz.phrases.get(w) ?? '').split('|').includes('LOC');
  const clubHeads = new Map<string, number>();
  const clubTails = new Map<string, number>();
  const placeHeads = new Map<string, number>();
  const placeTails = new Map<string, number>();
  const add = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const [phrase, lists] of gaz.phrases) {
    const cut = phrase.indexOf(' ');
    if (cut < 0) continue;
    const last = phrase.lastIndexOf(' ');
    const first = phrase.slice(0, cut);
    const final = phrase.slice(last + 1);
    const all = lists.split('|');
    if (all.includes('LOC')) { add(placeHeads, first); add(placeTails, final); }
    if (!all.includes('CLUB')) continue;
    if (place(phrase.slice(cut + 1))) add(clubHeads, first);
    if (place(phrase.slice(0, last))) add(clubTails, final);
  }
  const words = (clubs: Map<string, number>, places: Map<string, number>, shared = false) => new Set([...clubs].filter(([w, n]) =>
    n >= MIN_CLUBS && (n > (places.get(w) ?? 0)) !== shared && w.length >= MIN_LENGTH && !place(w) && !SPORTS_CUE_WORDS.has(w)).map(([w]) => w));
  const made = { heads: words(clubHeads, placeHeads), tails: words(clubTails, placeTails), sharedTails: words(clubTails, placeTails, true), place };
  cache.set(gaz, made);
  return made;
}

/**
 * In a sports sentence, a club word right before a place span (وعزز [ريال مدريد]، وكاد [دينامو كييف]) or right after one
 * ([مانشستر سيتي]) makes the two one club: the place alone is no side. The club word may stand O or as one word of its own
 * (ريال read as the currency, يونايتد as a body), and the place be read as a body of its own; the place takes no clitic.
 */
export function tagAffixedClubs(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[], affixes: ClubAffixes): number[] {
  let out = tags;
  const alone = (k: number) => out[k] === 0 || (!isInside(out[k]) && spanEnd(out, k) === k + 1);
  for (let k = 0; k + 1 < out.length; k++) {
    // The tagger may have read the town alone as a body (مانشستر): a place list holds its first word.
    if ((out[k + 1] !== B_LOC && (out[k + 1] !== B_ORG || !marks[k + 1].some((m) => m.startsWith('LOC-')))) || prefixes[k + 1]) continue;
    const e = spanEnd(out, k + 1);
    // A club word names a club by its town, never by its country (استقلال [لبنان]: a country's independence).
    const head = affixes.heads.has(stems[k]) && alone(k) && !(e === k + 2 && countryAt(stems, marks, k + 1));
    const tail = e < out.length && !prefixes[e] && alone(e) && (affixes.tails.has(stems[e]) ||
      (affixes.sharedTails.has(stems[e]) && !affixes.place(stems.slice(k + 1, e + 1).join(' '))));
    if (!head && !tail) continue;
    if (out === tags) out = tags.slice();
    const b = head ? k : k + 1;
    const end = tail ? e + 1 : e;
    markSpan(out, b, end, B_ORG, I_ORG);
    k = end - 1;
  }
  return out;
}
