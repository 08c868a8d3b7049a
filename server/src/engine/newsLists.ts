// Name lists of the news the shipped model's lists lack (people, organisations), added to them when it loads; the model itself is unchanged.
import organizationsNews from '../../data/lists/organizations-news.txt';
import people2000s from '../../data/lists/people-2000s.txt';
import recentPeopleList from '../../data/lists/people-recent.txt';
import { normalizeArabic } from './normalize';
import { NAME_PARTICLES } from './triggers';
import { foldTransliteration } from './transliterationFold';

/** Particles that never begin or end a multi-word name of a list, nor stand as a surname (the training lists' rule too). */
export const LIST_PARTICLES = new Set('في من ان الي علي عن مع هذه هذا ذلك التي الذي او ثم قد لا ما و'.split(' '));

/** A list row as the name lists hold it: normalised, a bracketed note and quote marks dropped, words joined by one space. */
export function listPhrase(s: string): string {
  return normalizeArabic(s).replace(/\([^)]*\)/g, ' ').replace(/[«»"]/g, ' ').trim().split(/\s+/).join(' ');
}

/**
 * Whether the training text has seen a name's last word, with or without ال (`wordFreq`: its count of a normalised word):
 * what the model learnt of a seen word stands (`عون` is also `العون`, aid; `كامل`, whole), and a surname mark from these
 * lists would make persons of it wherever it stands; an unseen one (`تبون`، `ميارديت`) the mark alone can vouch for. The
 * full name is listed all the same.
 */
function seenWord(last: string, wordFreq: (w: string) => number): boolean {
  const bare = last.startsWith('ال') ? last.slice(2) : last;
  return wordFreq(last) > 0 || wordFreq(bare) > 0 || wordFreq('ال' + bare) > 0;
}

/** Adds `list` to the lists of `phrase` in `map`, keeping the lists sorted and unique as the model file writes them. */
function addList(map: Map<string, string>, phrase: string, list: string): void {
  const prev = map.get(phrase);
  if (!prev) { map.set(phrase, list); return; }
  const lists = prev.split('|');
  if (!lists.includes(list)) map.set(phrase, [...lists, list].sort().join('|'));
}

/** The names of a list file, normalised as the training lists are (words joined by one space); comment lines skipped. */
function names(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('#')) continue;
    const words = listPhrase(line).split(' ').filter(Boolean);
    if (words.length) out.push(words);
  }
  return out;
}

/**
 * The full names of `people-2000s.txt` and `people-recent.txt` (server/data/lists: the project's own lists of public figures
 * of 2000–2012 and since 2010, whom the shipped ArWikiCats list mostly lacks: سلفا كير ميارديت، تبون، قيس سعيد) as PER phrases
 * and their last words as PLAST surnames (only words the training text never saw: seenWord), in `phrases` and, transliteration-folded, in `folded`: as the training lists put
 * people.tsv. The model learnt what these lists' marks are worth from the names it was trained with; the new names carry the same marks.
 */
export function addRecentPeople(phrases: Map<string, string>, folded: Map<string, string>, text: string = `${people2000s}\n${recentPeopleList}`,
  wordFreq: (w: string) => number = () => 0): void {
  for (const name of names(text)) {
    if (name.length < 2) continue;
    addList(phrases, name.join(' '), 'PER');
    addList(folded, name.map(foldTransliteration).join(' '), 'PER');
    const last = name[name.length - 1];
    // A name part (بن، عبد، أبو) is no surname either.
    if (last.length < 3 || LIST_PARTICLES.has(last) || NAME_PARTICLES.has(last) || seenWord(last, wordFreq)) continue;
    addList(phrases, last, 'PLAST');
    addList(folded, foldTransliteration(last), 'PLAST');
  }
}

/**
 * The names of `organizations-news.txt` (the project's own list of companies, media, national bodies and parties the
 * shipped organizations.txt lacks: ميديتل، فرنسبنك، دوزيم) as ORG phrases, as the training lists put organizations.txt: in
 * Arabic script only (a Latin name is read by its shape).
 */
export function addNewsOrganizations(phrases: Map<string, string>, text: string = organizationsNews): void {
  for (const name of names(text)) {
    const key = name.join(' ');
    if (key.length < 2 || /[a-zA-Z0-9]/.test(key)) continue;
    addList(phrases, key, 'ORG');
  }
}
