// A listed place the clitic splitter cut into a preposition and a commoner rest (ب + ابل), read as a name where no clitic can stand.
import { beginTag, insideTag, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { PREPOSITIONS } from './wordSets';
import { BETWEEN, PLACE_TITLES } from './titlePlaceNames';
import { wideCueBit } from './wideCues';

const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** A preposition FANE writes apart (ب كابل): another preposition cannot follow it. */
const LONE_CLITICS = new Set(['ب', 'ل', 'ك']);
/** cliticCutPlaces needs a place title, its place head or a preposition before the word: without one it changes nothing. */
export const CLITIC_CUT_CUE = wideCueBit([PLACE_TITLES, BETWEEN, PREPOSITIONS], [PLACE_TITLES, LONE_CLITICS]);

/**
 * A word the lexicon read as a clitic and a commoner rest, that a place list holds as written while no place list holds the
 * rest, is the place where no clitic can open it: right after a place title or its place head (محافظ [بابل], not ب + ابل, a
 * name part the tagger read as the governor's name; رئيس بلدية [بعبدا]), or, read as a name, after a preposition (في [بابل]
 * حمزة …، ب [كابل]). The lists saw only the splitter's rest, so the whole word's listing never reached the tagger. A name the
 * tagger ran on after it is the holder's (محافظ [بابل] [حسن منديل]). The mention keeps its letter (mentionStart's listedWhole).
 */
export function cliticCutPlaces(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  isPlaceWord: (w: string) => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 1; b < tags.length; b++) {
    if (!prefixes[b] || (tags[b] !== 0 && tags[b] !== B_PERS) || stems[b].startsWith('ال') || sentence[b].kind !== 'word' || tags[b - 1] !== 0) continue;
    const title = PLACE_TITLES.has(stems[b - 1]) || PLACE_TITLES.has(sentence[b - 1].norm) || BETWEEN.has(stems[b - 1]);
    // After a preposition only a word the tagger read as a name: a bare common word there is left as it was.
    const preposition = tags[b] === B_PERS && ((!prefixes[b - 1] && PREPOSITIONS.has(stems[b - 1])) || LONE_CLITICS.has(sentence[b - 1].norm));
    if (!(title || preposition) || !isPlaceWord(sentence[b].norm) || isPlaceWord(stems[b])) continue;
    out ??= tags.slice();
    const e = tags[b] === B_PERS ? spanEnd(tags, b) : b + 1;
    out[b] = B_LOC;
    for (let k = b + 1; k < e; k++) out[k] = k === b + 1 ? B_PERS : I_PERS;
  }
  return out ?? tags;
}
