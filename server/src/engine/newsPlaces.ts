// The news places list (server/data/lists/places-news.txt, read with the other news lists) added to the model's place list when it loads; the model itself is unchanged.
import { addList, NewsListNames, prepareNewsLists } from './newsLists';

/**
 * Lists whose phrases keep their reading: a club, body, competition or person named after a place (الوكرة، الأناضول،
 * هو تشي منه). The model's lists decided these; a place mark beside them would make the club rules (sportsClubs.ts) read
 * a club as the town wherever sports news names it alone.
 */
const KEPT_READINGS = new Set(['CLUB', 'ORG', 'COMP', 'PER']);

/** Training-text count from which a word is common (placeBounds.ts's COMMON_NAME has the same bound). */
const FREQUENT = 20;

/**
 * Whether a one-word place is a frequent word of the training text (`wordFreq`: its count of a normalised word), as the
 * word itself, with ال, or without the ال it is listed with (الطوال: طوال, throughout; الرماح الطوال, the long spears):
 * what the model learnt of such a word stands, and a place mark would make a place of it wherever it stands (حديثة
 * modern, القائم existing, العمارة the building). The list leaves such words out already; this keeps a
 * later entry from slipping through.
 */
function frequentWord(word: string, wordFreq: (w: string) => number): boolean {
  const bare = word.startsWith('ال') ? word.slice(2) : '';
  return wordFreq(word) >= FREQUENT || (bare ? wordFreq(bare) >= FREQUENT : wordFreq('ال' + word) >= FREQUENT);
}

/**
 * The places of `places-news.txt` (the project's own list of towns, districts, regions and natural features Arabic news
 * names that the shipped ArWikiCats place list lacks: تلعفر، الفاشر، نيالا، سديروت) as LOC phrases in `phrases`, as the
 * training lists put places.tsv. A phrase the model's lists hold as a club, body or person keeps that reading alone, and
 * a frequent word of the training text stays a word. `places`: the lists prepared (shippedNewsLists: Arabic script only,
 * no phrase that begins or ends with a particle), or the text of another list.
 */
/** The one-word places addNewsPlaces added, for rules that trust this curated list more than the shipped place list (prepositionPlaces.ts). */
const addedWords = new Set<string>();
export const isNewsPlace = (w: string): boolean => addedWords.has(w);

export function addNewsPlaces(phrases: Map<string, string>, wordFreq: (w: string) => number, places: NewsListNames | string): void {
  for (const key of typeof places === 'string' ? prepareNewsLists('', '', places).places : places.places) {
    if (!key.includes(' ') && frequentWord(key, wordFreq)) continue;
    const prev = phrases.get(key);
    if (prev && prev.split('|').some((l) => KEPT_READINGS.has(l))) continue;
    addList(phrases, key, 'LOC');
    if (!key.includes(' ')) addedWords.add(key);
  }
}
