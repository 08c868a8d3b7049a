// Clubs named by a club word and their town (اتحاد بسكرة، مولودية العلمة، شباب عين فكرون): in sports news the pair is one club, not a place.
import { Gazetteer } from './gazetteer';
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { SPORTS_CUE_WORDS } from './sportsNews';
import { countryAt, NOT_SIDES } from './teamSlots';
import { definite } from './namePatterns';
import { PREPOSITIONS } from './wordSets';
import { icuRegionNames } from './regionNames';
import { PLACE_LIST, PLACE_OR_PEOPLE_LIST } from './nameMarks';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/** A word opening this many multi-word clubs of the lists (bare or with ال: النجم الساحلي counts for نجم) is a club word. */
const MIN_CLUBS = 2;
/** Shorter words are letters of initials (اف، سي). */
const MIN_LENGTH = 3;
/** The gazetteer phrase labels (`LOC|CLUB`) that make a word a town, a people or a club of its own (العربي، أرسنال): it names something by itself, it opens no club. */
const OWN_NAME_LABELS = /(^|\|)(LOC|NAT|CLUB)(\||$)/;
/** A club word opens more than this many times as many clubs as places (not لوس: لوس انجلوس and its clubs). */
const PLACE_MARGIN = 2;
/** A town is at most this many words (عين فكرون، سيدي بوزيد). */
const MAX_TOWN = 3;
/** A word the training text has seen this often is a common noun after the club word (شباب المنطقة), not a town. */
const RARE_TOWN = 3;
/** An owner's pronoun at a word's end (مدينتنا، قريتهم). */
const OWNED = /(نا|ها|هم|هما|كم|هن)$/;

/**
 * The club words, and the words that open multi-word places without being one (سان، نيو): a town of that one word is a
 * place cut short (نجم سان [انطونيو سبيرز]: a player, the star of a club the lists lack).
 */
export interface TownClubWords { clubs: ReadonlySet<string>; placeOpeners: ReadonlySet<string> }

const cache = new WeakMap<Gazetteer, TownClubWords>();

/**
 * The club words of the clubs lists (sports-clubs-and-leagues and clubs.txt: `CLUB`): the indefinite first words of
 * multi-word clubs (اتحاد، شباب، مولودية، أولمبيك), counting a definite first word for its bare form (النجم الساحلي: نجم),
 * in at least MIN_CLUBS clubs and over twice as many clubs as places (not بني، لوس: بني سويف، لوس انجلوس); not a place,
 * nationality or club itself (نيويورك، أرسنال: a club's own name, which the next word does not join), nor a sports word
 * (نادي، ملعب: the heads other passes read).
 */
export function townClubWords(gaz: Gazetteer): TownClubWords {
  const known = cache.get(gaz);
  if (known) return known;
  const counts = new Map<string, number>();
  const places = new Map<string, number>();
  for (const [phrase, lists] of gaz.phrases) {
    const cut = phrase.indexOf(' ');
    if (cut < 0) continue;
    const first = phrase.slice(0, cut);
    if (PLACE_LIST.test(lists)) places.set(first, (places.get(first) ?? 0) + 1);
    if (!lists.split('|').includes('CLUB')) continue;
    const bare = first.startsWith('ال') ? first.slice(2) : first;
    counts.set(bare, (counts.get(bare) ?? 0) + 1);
  }
  // With ال only a place or people counts (المغرب، العربي): a club's own name there is the club word's common bare club
  // (الاتحاد، الأهلي).
  const clubWord = (w: string, n: number) => n >= MIN_CLUBS && n > PLACE_MARGIN * (places.get(w) ?? 0) && w.length >= MIN_LENGTH &&
    !SPORTS_CUE_WORDS.has(w) && !SPORTS_CUE_WORDS.has('ال' + w) && !OWN_NAME_LABELS.test(gaz.phrases.get(w) ?? '') &&
    !PLACE_OR_PEOPLE_LIST.test(gaz.phrases.get('ال' + w) ?? '');
  const placeOpener = (w: string, n: number) => n >= MIN_CLUBS && !PLACE_OR_PEOPLE_LIST.test(gaz.phrases.get(w) ?? '');
  const clubs = new Set([...counts].filter(([w, n]) => clubWord(w, n)).map(([w]) => w));
  const placeOpeners = new Set([...places].filter(([w, n]) => placeOpener(w, n)).map(([w]) => w));
  const made = { clubs, placeOpeners };
  cache.set(gaz, made);
  return made;
}

/** What the pass reads of the sentence's words besides stems, clitics and tags. */
export interface TownClubReads {
  /** Token k is a word (no number or mark). */
  word: (k: number) => boolean;
  /** A place list holds token k. */
  place: (k: number) => boolean;
  /** Training count of token k. */
  freq: (k: number) => number;
  /** A person list holds token k (a given name or a surname): a player's name, not a town. */
  person: (k: number) => boolean;
  /** A clubs list holds token k alone (برشلونة): the word before it is no club word but a noun (نجم برشلونة: a player). */
  club: (k: number) => boolean;
}

/**
 * In a sports sentence, a club word (townClubWords) with no clitic but و، ل or ب, followed by its town, is one club with it
 * (ORGANIZATION): the tagger reads the town alone as the place (اتحاد [بسكرة]) or the pair as one (لاتحاد بسكرة), or leaves
 * both O (مولودية العلمة). The town is a place span the tagger read (three words at most, one bare indefinite word before it
 * allowed: شباب [عين] فكرون), or one word with no clitic that a place list holds or the training text hardly knows (no
 * person's name then, nor a noun with its owner's pronoun), with no definite word after it but a nationality (شباب المدينة
 * القديمة: a noun phrase). Never a game's word (شباب الفريق، اتحاد الكرة), a function word, a club the lists hold alone or a
 * country (نجم برشلونة، نجم جنوب أفريقيا: a player), nor one word that opens longer places (نجم سان [انطونيو …]).
 */
export function tagTownClubs(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  words: TownClubWords, reads: TownClubReads): number[] {
  let out = tags;
  const n = tags.length;
  const bare = (k: number) => k < n && !prefixes[k] && reads.word(k);
  const gameWord = (k: number) => SPORTS_CUE_WORDS.has(stems[k]) || NOT_SIDES.has(stems[k]);
  // A club word names a club by its town, never by its country (نجم جنوب أفريقيا: a player, the country's star).
  const country = (b: number, e: number) => e - b === 1 ? countryAt(stems, marks, b) : icuRegionNames().has(stems.slice(b, e).join(' '));
  const notTown = (b: number, e: number) => country(b, e) || (e - b === 1 && words.placeOpeners.has(stems[b]));
  const placeSpan = (k: number) =>
    bare(k) && out[k] === B_LOC && spanEnd(out, k) - k <= MAX_TOWN && !notTown(k, spanEnd(out, k)) ? spanEnd(out, k) : -1;
  // Where the town after the club word at h ends, or -1.
  const townEnd = (h: number) => {
    const t = h + 1;
    // The tagger ran the club word into the town's span (لاتحاد بسكرة as one place).
    if (out[h] === B_LOC && spanEnd(out, h) > t) return spanEnd(out, h) - h <= MAX_TOWN + 1 && !notTown(t, spanEnd(out, h)) ? spanEnd(out, h) : -1;
    // Not a function word (نيويورك الى), nor a club or country of its own: نجم برشلونة، نجم جنوب أفريقيا are a player.
    if (!bare(t) || gameWord(t) || PREPOSITIONS.has(stems[t]) || reads.club(t) || country(t, t + 1)) return -1;
    const span = placeSpan(t);
    if (span > 0) return span;
    if (out[t] !== 0) return -1;
    // The town's second word may look clitic-led to the splitter (عين فكرون: ف + كرون); و would join a new word instead.
    const second = t + 1;
    if (!stems[t].startsWith('ال') && second < n && out[second] === B_LOC && prefixes[second] !== 'و' && reads.word(second) && !gameWord(second) &&
      spanEnd(out, second) - second <= MAX_TOWN) return spanEnd(out, second);
    // A definite word after the town makes it a noun phrase (شباب المدينة القديمة: the old city's youth), unless it is the
    // club's nationality (ريال بانجول الغامبي).
    if (t + 1 < n && !prefixes[t + 1] && definite(stems[t + 1]) && !marks[t + 1].includes('NAT-S')) return -1;
    // A rare word with an owner's pronoun is a noun (اتحاد مدينتنا), no town.
    return !notTown(t, t + 1) && (reads.place(t) || (reads.freq(t) < RARE_TOWN && !reads.person(t) && !OWNED.test(stems[t]))) ? t + 1 : -1;
  };
  for (let h = 0; h + 1 < n; h++) {
    if (!words.clubs.has(stems[h]) || (prefixes[h] && prefixes[h] !== 'و' && prefixes[h] !== 'ل' && prefixes[h] !== 'ب')) continue;
    // The club word stands alone: O, or a one-word span of its own (اتحاد read as a body), or opening a place span.
    if (out[h] !== 0 && out[h] !== B_LOC && !(out[h] === B_ORG && spanEnd(out, h) === h + 1)) continue;
    const e = townEnd(h);
    if (e < 0) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, h, e, B_ORG, I_ORG);
    // A place span the tagger ran on past the town is cut there.
    if (e < n && out[e] === I_LOC) out[e] = B_LOC;
    h = e - 1;
  }
  return out;
}
