// The news places list (server/data/lists/places-news.txt) added to the model's place list when it loads; the model itself is unchanged.
import placesNews from '../../data/lists/places-news.txt';
import { LIST_PARTICLES, listPhrase } from './newsLists';

/**
 * Lists whose phrases keep their reading: a club, body, competition or person named after a place (الوكرة، الأناضول،
 * هو تشي منه). The model's lists decided these; a place mark beside them would make the club rules (sportsClubs.ts) read
 * a club as the town wherever sports news names it alone.
 */
const KEPT_READINGS = new Set(['CLUB', 'ORG', 'COMP', 'PER']);

/** Adds `list` to the lists of `phrase` in `map`, keeping the lists sorted and unique as the model file writes them. */
function addList(map: Map<string, string>, phrase: string, list: string): void {
  const prev = map.get(phrase);
  if (!prev) { map.set(phrase, list); return; }
  const lists = prev.split('|');
  if (!lists.includes(list)) map.set(phrase, [...lists, list].sort().join('|'));
}

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
 * training lists put places.tsv: Arabic script only, no phrase that begins or ends with a particle. A phrase the model's
 * lists hold as a club, body or person keeps that reading alone, and a frequent word of the training text stays a word.
 */
export function addNewsPlaces(phrases: Map<string, string>, wordFreq: (w: string) => number = () => 0, text: string = placesNews): void {
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('#')) continue;
    const key = listPhrase(line);
    if (key.length < 2 || /[a-zA-Z0-9]/.test(key)) continue;
    const words = key.split(' ');
    if (words.length > 1 && (LIST_PARTICLES.has(words[0]) || LIST_PARTICLES.has(words[words.length - 1]))) continue;
    if (words.length === 1 && frequentWord(key, wordFreq)) continue;
    const prev = phrases.get(key);
    if (prev && prev.split('|').some((l) => KEPT_READINGS.has(l))) continue;
    addList(phrases, key, 'LOC');
  }
}
