// The passes that drop a mention whose words the sentence reads as ordinary words (a verb, a noun with its pronoun, a dual, an adjective, a disease), in order.
import { dropFutureVerbMentions } from './verbMentions';
import { dropAgreeingNationalities, dropDescribedNouns, dropNationalityNumbers, dropNisbaAdverbs } from './nisbaAdverbs';
import { dropDualNouns, dropPronounNouns } from './pronounNouns';
import { dropWordReadPlaces } from './wordReadPlaces';
import { dropAccusativePlaces } from './accusativePlaces';
import { dropAdjectivePlaces } from './adjectivePlaces';
import { dropVerbPlaces } from './placeVerbs';
import { DISEASE_CUE, dropDiseaseNames } from './diseaseNames';
import { FUTURE_VERB_CUE } from './formCueGates';
import { listedMiscWord } from './miscNames';
import { BEGINS, holds, LOC, PERS } from './tagHolds';
import { Token } from './tokenize';
import { hasWideCue } from './wideCues';
import { givenAt, isBeginLoc, isListed, isNamePart, isNationalityWord, listedNameAt, locOrPersBegin, namedAt, normAt, Spelling, textAt, wordFreq } from './sentenceReads';

/**
 * Drops, in order, mentions that read as a future verb, a noun with its pronoun or a dual, places that read as an accusative,
 * a verb or a word, a nisba adverb or an agreeing nationality, places described or adjectival, disease names and
 * nationalities before numbers. Runs inside correctTags (tagCorrections), after readSentence set the sentence's reads.
 */
export function dropOrdinaryWords(sentence: readonly Token[], stems: string[], prefixes: string[], marks: string[][], tags: number[], spelling: Spelling): number[] {
  if (holds(tags, BEGINS) && hasWideCue(FUTURE_VERB_CUE)) tags = dropFutureVerbMentions(stems, marks, tags, wordFreq);
  // A listed MISC word ending like a pronoun is no noun with one (150 [جنيها]: not جني + ها; 15 [درهما]).
  if (holds(tags, BEGINS)) tags = dropPronounNouns(tags, textAt, wordFreq, spelling.ta, (w) => isListed(w) || listedMiscWord(w));
  if (holds(tags, BEGINS)) tags = dropDualNouns(stems, marks, tags, wordFreq);
  if (holds(tags, LOC)) tags = dropAccusativePlaces(stems, prefixes, tags, wordFreq, namedAt);
  if (holds(tags, LOC)) tags = dropWordReadPlaces(sentence, stems, prefixes, tags, wordFreq, spelling.ta, isListed);
  if (holds(tags, BEGINS)) tags = dropNisbaAdverbs(stems, sentence, marks, tags, isNationalityWord);
  if (holds(tags, LOC)) tags = dropAgreeingNationalities(stems, marks, tags, isBeginLoc);
  if (holds(tags, LOC)) tags = dropDescribedNouns(stems, marks, tags, isBeginLoc);
  if (holds(tags, LOC)) tags = dropAdjectivePlaces(sentence, stems, prefixes, marks, tags, wordFreq);
  if (holds(tags, LOC)) tags = dropVerbPlaces(marks, tags, textAt, wordFreq, isNamePart);
  if (holds(tags, PERS | LOC) && hasWideCue(DISEASE_CUE)) tags = dropDiseaseNames(stems, tags, normAt);
  if (holds(tags, PERS | LOC)) tags = dropNationalityNumbers(stems, tags, isNationalityWord, listedNameAt, locOrPersBegin, givenAt);
  return tags;
}
