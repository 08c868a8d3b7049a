// The passes that run last over a sentence's tags: seats and official names' complements, then titles, tails and run-ons cut.
import { Token } from './tokenize';
import { BEGINS, holds, IN_ORG, LOC, ORG, PERS } from './tagHolds';
import { dropDescribingAdjectives, dropWordsBeforeBodies } from './bodyDescriptors';
import { cutLateRunOns } from './lateBodyPasses';
import { royalTitlesOut, titlesInsideNames } from './honorificTitles';
import { HONORIFIC_CUE, honorificStylesOut } from './honorificStyles';
import { spacedSyllableNames } from './spacedSyllableNames';
import { dropPronounSpans } from './pronounSpans';
import { joinSpelledAcronyms } from './spelledAcronyms';
import { SEAT_CUE, takeBodySeats } from './bodySeats';
import { extendOfficialNames } from './officialNames';
import { tagBracketedShortNames } from './bodyNames';
import { BRACKET_CUE, DASH_CUE } from './sentenceCues';
import { hasWideCue } from './wideCues';
import { bracketLists, freqAt, isNationality, isPlaceWord, isWordAt, listedBody, placeWordAt, stemFreq, wordFreq } from './sentenceReads';

/**
 * Last over a sentence's tags (correctTags' tail): a body's seat and a long official name's complements, once the places are
 * read; then words before and describing words after a body, late run-ons, honorific styles and titles, spaced syllables,
 * pronouns behind a clitic and spelled acronyms, which every pass before reads names without.
 */
export function correctClosingSpans(sentence: Token[], stems: string[], prefixes: string[], marks: string[][], tags: number[], cues: number): number[] {
  // After the places are read: the seat after a court's name is one of them.
  if (holds(tags, ORG | LOC) && hasWideCue(SEAT_CUE)) tags = takeBodySeats(stems, prefixes, marks, tags, placeWordAt, stemFreq, isWordAt, isPlaceWord);
  // After the seats and the purposes cut: a long official name's complements are its own (بعثة الأمم المتحدة [لدعم اتفاق الحديدة]).
  if (holds(tags, ORG)) {
    const extended = extendOfficialNames(stems, prefixes, tags, { isWord: isWordAt, isNationality, placeWord: placeWordAt, listedWhole: listedBody });
    // A name extended up to a bracket has its short name there read now (… لدعم اتفاق الحديدة ( [أونمها] )).
    tags = extended !== tags && (cues & BRACKET_CUE) ? tagBracketedShortNames(sentence, extended, freqAt, bracketLists) : extended;
  }
  // Every pass above reads names without their titles.
  if (holds(tags, ORG)) tags = dropWordsBeforeBodies(sentence, stems, marks, tags);
  if (holds(tags, IN_ORG)) tags = dropDescribingAdjectives(stems, prefixes, tags);
  tags = cutLateRunOns(stems, prefixes, tags);
  if (cues & HONORIFIC_CUE) tags = honorificStylesOut(stems, tags);
  if (holds(tags, PERS)) tags = titlesInsideNames(stems, royalTitlesOut(stems, tags));
  if ((cues & DASH_CUE) && holds(tags, PERS)) tags = spacedSyllableNames(sentence, tags, wordFreq);
  if (holds(tags, BEGINS)) tags = dropPronounSpans(sentence, prefixes, tags);
  if (cues & DASH_CUE) tags = joinSpelledAcronyms(sentence, stems, tags);
  return tags;
}
