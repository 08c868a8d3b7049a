// Backoff for names the tagger misses right after a title phrase (وزير الخارجية الأمريكي أنتوني بلينكن).
import { FilteredSet } from './keyFilter';
import { Lexicon } from './clitics';
import { Gazetteer } from './gazetteer';
import { Token } from './tokenize';
import { PERSON_TITLES } from './triggers';
import { beginTag, insideTag } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Words rarer than this in the training text are unknown enough to be a foreign name. */
const RARE = 3;
/** Name lists whose words may continue a name after a title even when common. */
const PERSON_LISTS = new Set(['FIRST', 'LAST']);
/** A title with or without the article (`has(stem) || has(stem without ال)` in one probe, without slicing every word). */
const TITLE_STEMS = new FilteredSet(new Set([...PERSON_TITLES, ...[...PERSON_TITLES].map((w) => 'ال' + w)]));

/**
 * Marks as PERSON the rare words that follow a title and its complements (words with ال:
 * الخارجية الأمريكي), when the tagger left them all O. News introduces most foreign names this
 * way, and an unseen transliteration gives the statistical tagger nothing else to go on.
 */
export function tagNamesAfterTitles(sentence: Token[], stems: string[], tags: number[], lex: Lexicon, gaz: Gazetteer): number[] {
  const out = [...tags];
  for (let i = 0; i < sentence.length; i++) {
    if (!TITLE_STEMS.has(stems[i])) continue;
    let j = i + 1;
    while (j < sentence.length && j - i <= 3 && sentence[j].kind === 'word' && stems[j].startsWith('ال') && out[j] === 0) j++;
    const nameStart = j;
    while (j < sentence.length && j - nameStart < 3 && sentence[j].kind === 'word' && out[j] === 0 && !stems[j].startsWith('ال')) {
      const lists = gaz.phrases.get(stems[j])?.split('|') ?? [];
      const rare = lex.freq(sentence[j].norm) + lex.freq(stems[j]) < RARE;
      if (!rare && !lists.some((c) => PERSON_LISTS.has(c))) break;
      j++;
    }
    // One rare word alone is too weak (it may be a verb form the corpus never saw); two or more make a name.
    if (j - nameStart >= 2) for (let k = nameStart; k < j; k++) out[k] = k === nameStart ? B_PERS : I_PERS;
  }
  return out;
}
