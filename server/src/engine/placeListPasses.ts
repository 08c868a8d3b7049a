// The passes over lists of places, in order: lists the tagger joined split, lists after a plural head, towns conjoined to a place (homograph towns at a list's end), listed places joined, places ended before a day.
import { Token } from './tokenize';
import { holds, IN_LOC, LOC } from './tagHolds';
import { coordinatedPlaces, joinListedPlaces, splitCoordinatedPlaces } from './placeBounds';
import { conjoinedNewsPlaces, placesBeforeConjoined } from './conjoinedNewsPlaces';
import { homographTownsInLists } from './homographTowns';
import { LIST_HEAD_CUE, tagPlaceListsAfterHeads } from './headedPlaces';
import { placesEndBeforeDays } from './placeRunOns';
import { freqAt, listsOf, placeWordAt, restFreq, verbAt, wordFreq } from './sentenceReads';

/**
 * Places in lists (`في حلب وإدلب و[سرمدا]`), read after the single places are: each pass here reads the places the passes
 * before it found, and the organisation passes after it read the lists' ends. `cues`: the sentence's pass cues (sentenceCues).
 */
export function correctPlaceLists(sentence: Token[], stems: string[], prefixes: string[], marks: string[][], tags: number[], cues: number): number[] {
  if (holds(tags, LOC)) tags = splitCoordinatedPlaces(sentence, stems, marks, tags, listsOf, restFreq);
  if (cues & LIST_HEAD_CUE) tags = tagPlaceListsAfterHeads(sentence, stems, marks, tags, freqAt, restFreq, verbAt, wordFreq);
  if (holds(tags, LOC | IN_LOC)) tags = coordinatedPlaces(sentence, marks, tags, restFreq, listsOf);
  if (holds(tags, LOC | IN_LOC)) tags = conjoinedNewsPlaces(sentence, tags, restFreq, freqAt);
  if (holds(tags, LOC | IN_LOC)) tags = homographTownsInLists(sentence, marks, tags);
  if (holds(tags, LOC)) tags = placesBeforeConjoined(sentence, stems, prefixes, tags, freqAt, wordFreq);
  if (holds(tags, LOC)) tags = joinListedPlaces(sentence, tags, listsOf);
  if (holds(tags, IN_LOC)) tags = placesEndBeforeDays(stems, marks, tags, placeWordAt);
  return tags;
}
