// Name lists of the news the shipped model's lists lack (people, organisations; places in newsPlaces.ts), read and added to them when it loads; the model itself is unchanged.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import organizationsNews from '../../data/lists/organizations-news.txt';
import people2000s from '../../data/lists/people-2000s.txt';
import placesNews from '../../data/lists/places-news.txt';
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
export function addList(map: Map<string, string>, phrase: string, list: string): void {
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

/** A full name of the people lists as it joins the model's lists: phrase and last word, as written and transliteration-folded. */
export type PreparedName = [phrase: string, folded: string, last: string, foldedLast: string];

/** The news lists read, normalised and folded: what `npm run build` writes beside the bundle (NEWS_LISTS_FILE), for the lists' text of `source`. */
export interface NewsListNames { source: string; people: PreparedName[]; organizations: string[]; places: string[] }

/** Beside the bundle (dist/), written by scripts/build.mjs: each process would otherwise normalise and fold 3,700 names at start. */
export const NEWS_LISTS_FILE = 'news-lists.json';

const PEOPLE_TEXT = `${people2000s}\n${recentPeopleList}`;

function sourceHash(people: string, organizations: string, places: string): string {
  return crypto.createHash('sha256').update(people).update('\0').update(organizations).update('\0').update(places).digest('hex');
}

/** A list phrase in Arabic script (a Latin name is read by its shape), as the training lists put theirs. */
const arabicPhrase = (key: string) => key.length >= 2 && !/[a-zA-Z0-9]/.test(key);

/** The lists' names normalised and folded (all the work that does not depend on the model). */
export function prepareNewsLists(people: string = PEOPLE_TEXT, organizations: string = organizationsNews, places: string = placesNews): NewsListNames {
  const prepared: PreparedName[] = [];
  for (const name of names(people)) {
    if (name.length < 2) continue;
    const last = name[name.length - 1];
    prepared.push([name.join(' '), name.map(foldTransliteration).join(' '), last, foldTransliteration(last)]);
  }
  const orgs = names(organizations).map((name) => name.join(' ')).filter(arabicPhrase);
  // No place of several words begins or ends with a particle.
  const edge = (name: string[]) => name.length > 1 && (LIST_PARTICLES.has(name[0]) || LIST_PARTICLES.has(name[name.length - 1]));
  const placeNames = names(places).filter((name) => !edge(name)).map((name) => name.join(' ')).filter(arabicPhrase);
  return { source: sourceHash(people, organizations, places), people: prepared, organizations: orgs, places: placeNames };
}

/** The shipped lists prepared: from the file the build wrote beside the bundle when it was made from these lists' text, else here. */
export function shippedNewsLists(dir: string = __dirname): NewsListNames {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, NEWS_LISTS_FILE), 'utf8')) as NewsListNames;
    if (data.source === sourceHash(PEOPLE_TEXT, organizationsNews, placesNews)) return data;
  } catch {
    // Not built beside this bundle (tests, a source checkout): prepared below.
  }
  return prepareNewsLists();
}

/**
 * The full names of `people-2000s.txt` and `people-recent.txt` (server/data/lists: the project's own lists of public figures
 * of 2000–2012 and since 2010, whom the shipped ArWikiCats list mostly lacks: سلفا كير ميارديت، تبون، قيس سعيد) as PER phrases
 * and their last words as PLAST surnames (only words the training text never saw: seenWord), in `phrases` and, transliteration-folded, in `folded`: as the training lists put
 * people.tsv. The model learnt what these lists' marks are worth from the names it was trained with; the new names carry the same marks.
 * `people`: the lists prepared (shippedNewsLists), or the text of another list.
 */
export function addRecentPeople(phrases: Map<string, string>, folded: Map<string, string>, people: NewsListNames | string = PEOPLE_TEXT,
  wordFreq: (w: string) => number = () => 0): void {
  for (const [phrase, foldedPhrase, last, foldedLast] of typeof people === 'string' ? prepareNewsLists(people, '', '').people : people.people) {
    addList(phrases, phrase, 'PER');
    addList(folded, foldedPhrase, 'PER');
    // A name part (بن، عبد، أبو) is no surname either.
    if (last.length < 3 || LIST_PARTICLES.has(last) || NAME_PARTICLES.has(last) || seenWord(last, wordFreq)) continue;
    addList(phrases, last, 'PLAST');
    addList(folded, foldedLast, 'PLAST');
  }
}

/**
 * The names of `organizations-news.txt` (the project's own list of companies, media, national bodies and parties the
 * shipped organizations.txt lacks: ميديتل، فرنسبنك، دوزيم) as ORG phrases, as the training lists put organizations.txt: in
 * Arabic script only (a Latin name is read by its shape). `organizations`: the lists prepared (shippedNewsLists), or the text of another list.
 */
export function addNewsOrganizations(phrases: Map<string, string>, organizations: NewsListNames | string = organizationsNews): void {
  for (const key of typeof organizations === 'string' ? prepareNewsLists('', organizations, '').organizations : organizations.organizations) addList(phrases, key, 'ORG');
}
