// Towns whose bare name is a common word (places-homographs.txt), read as places only as the last item of a list of places the tagger began.
import homographTownsText from '../../data/lists/places-homographs.txt';
import { beginTag, isInside, tagLabel } from './tagger';
import type { Token } from './tokenize';
import { listPhrase } from './newsLists';
import { DIRECTIONS, LIST_ENDS } from './placeBounds';
import { wordSet as set } from './wordSets';

const B_LOC = beginTag('LOC');

let towns: Set<string> | undefined;
/** The one-word names of places-homographs.txt, normalised as the other lists are (built on first use). */
function homographTowns(): Set<string> {
  if (towns) return towns;
  towns = new Set();
  for (const line of homographTownsText.split('\n')) {
    if (line.trim().startsWith('#')) continue;
    const name = listPhrase(line);
    if (name && !name.includes(' ')) towns.add(name);
  }
  return towns;
}
export const isHomographTown = (w: string): boolean => homographTowns().has(w);

/**
 * Words after which the list has ended: a preposition or a relative (LIST_ENDS; not `من`, which makes a quantity of the
 * word before it: الدوحة والعديد من المؤتمرات) or a time adverbial (`يوم السبت`، `أمس`، a weekday). A definite adjective
 * or a genitive after the word is none of these: the word is then the common noun of a phrase (مروي والقصر الرئاسي).
 */
const AFTER_LIST = set('يوم اليوم أمس امس الشهر الأسبوع الاسبوع العام السنة الليلة صباح مساء فجر ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت');
const PARTITIVE = set('من');

/**
 * A compass word or its adjective (الغرب، الشرق، الشمال، الشرقية، الغربية: in the list as regions and governorates): after a
 * place and و it names a direction or a part as often (اوروبا والغرب، اوروبا الوسطى والشرقية: the corpora 3 of 3 O).
 */
function compassWord(town: string): boolean {
  const bare = town.startsWith('ال') ? town.slice(2) : town;
  return DIRECTIONS.has(bare) || DIRECTIONS.has(bare.replace(/(يه|ي)$/, ''));
}

/** Whether token k ends a list of places: the sentence's end, punctuation, a next item after و, or a word that follows a list. */
function listEndsAt(sentence: readonly Token[], tags: readonly number[], k: number): boolean {
  if (k >= sentence.length || sentence[k].kind === 'punct') return true;
  if (isInside(tags[k])) return false;
  const w = sentence[k].norm;
  return w[0] === 'و' || AFTER_LIST.has(w) || (LIST_ENDS.has(w) && !PARTITIVE.has(w));
}

/**
 * `البصرة [والعمارة] يوم السبت`، `تعز [واب] .`، `صلالة [وعبري] وصور`: a word `وX` (or X after a و written apart) right after
 * a place the tagger read, X a town of places-homographs.txt, where the list ends after it, is the list's next place. The
 * news list leaves these names out because alone they are common words (العمارة the building, الزرقاء blue); joined by و to
 * a place, closing the list, the corpora read them as the town (the four training corpora: 29 LOC, 9 O and 1 facility in
 * this context; 3 of the O are compass words, kept out: compassWord). Nothing else makes them places.
 */
export function homographTownsInLists(sentence: readonly Token[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    const cur = out ?? tags;
    if (cur[k] !== 0 || sentence[k].kind !== 'word') continue;
    const w = sentence[k].norm;
    let town: string;
    if (tagLabel(cur[k - 1]) === 'LOCATION') {
      if (w[0] !== 'و' || w.length < 3) continue;
      town = w.slice(1);
    } else if (k >= 2 && sentence[k - 1].norm === 'و' && cur[k - 1] === 0 && tagLabel(cur[k - 2]) === 'LOCATION') {
      town = w;
    } else continue;
    if (!isHomographTown(town) || compassWord(town) || !listEndsAt(sentence, cur, k + 1)) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
