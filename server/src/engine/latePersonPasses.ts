// The person passes that run after places, datelines and MISC are read: predicates, و and initials, adjectives, علي, list items.
import { Token } from './tokenize';
import { holds, IN_PERS, ORG, PERS } from './tagHolds';
import { splitPersonsAtWaw } from './particleEnds';
import { particlePredicates } from './particlePredicates';
import { walSurnames } from './walSurnames';
import { joinInitials } from './personInitials';
import { dropAdjectivePersons, dropPluralOpeners } from './adjectivePersons';
import { splitBodySurnames } from './bodySurnames';
import { aliAfterPrepositions, aliClosingNames, aliOpeningNames, endNamesAtPlatforms, splitAtAla, splitVerbAla } from './aliNames';
import { listItemSurnames } from './personLists';
import { fullNameListItems } from './listedFullNames';
import { PARTICLE_CUE, particleSurnames } from './particleSurnames';
import { hasWideCue } from './wideCues';
import { syllableTails } from './syllableTails';
import { bodyGivenNames } from './bodyGivenNames';
import { dropScorerOrdinals } from './scorerOrdinals';
import { BODY_HEAD_CUE, splitBodyHeadPersons } from './bodyHeadPersons';
import { tagNicknamePersons } from './nicknamePersons';
import { endNamesAtMannerAdverbs } from './mannerAdverbs';
import { endNamesAtFirstPersonPrepositions } from './firstPersonPrepositions';
import { sayyidNames } from './sayyidNames';
import { sharePersonsAsCompanies } from './sharePersons';
import { SHARE_CUE } from './shareCompanies';
import { freqAt, givenAt, isWordAt, listsOf, normAt, Spelling, textAt, titleAt, verbAt, wordFreq } from './sentenceReads';

/**
 * Person spans' ends and splits, read once every other name of the sentence is placed: a manner adverb or مني، سيد opening a name, a company after a share's noun, a predicate after a name, two persons
 * joined by و, a surname a body took, علي closing or opening a name (the paragraph's `spelling` says how it writes ي/ى),
 * surnames in lists, a body's definite head run into a person, an ordinal after a scorer's name, a person's nickname. In this order: each reads the spans the one before left.
 */
export function correctLatePersons(sentence: Token[], stems: string[], prefixes: string[], marks: string[][], tags: number[], spelling: Spelling): number[] {
  if (holds(tags, IN_PERS)) tags = endNamesAtMannerAdverbs(tags, textAt);
  if (holds(tags, IN_PERS)) tags = endNamesAtFirstPersonPrepositions(tags, textAt);
  if (holds(tags, PERS)) tags = sayyidNames(tags, textAt);
  if (holds(tags, PERS) && hasWideCue(SHARE_CUE)) tags = sharePersonsAsCompanies(stems, tags);
  if (holds(tags, PERS)) tags = particlePredicates(tags, textAt);
  if (holds(tags, IN_PERS)) tags = splitPersonsAtWaw(tags, textAt, stems, givenAt);
  if (holds(tags, PERS)) tags = walSurnames(sentence, tags, wordFreq, givenAt, listsOf);
  if (holds(tags, PERS)) tags = joinInitials(sentence, tags);
  if (holds(tags, PERS)) tags = dropAdjectivePersons(stems, prefixes, marks, tags, titleAt);
  if (holds(tags, IN_PERS)) tags = dropPluralOpeners(stems, marks, tags);
  if (holds(tags, ORG)) tags = splitBodySurnames(stems, marks, tags, freqAt);
  if (holds(tags, IN_PERS)) tags = endNamesAtPlatforms(sentence, tags);
  if (holds(tags, IN_PERS)) tags = splitAtAla(sentence, tags, spelling.yi);
  if (holds(tags, PERS | IN_PERS)) tags = aliClosingNames(sentence, tags);
  tags = aliAfterPrepositions(sentence, tags, spelling.ya);
  if (holds(tags, PERS)) tags = aliOpeningNames(sentence, tags, spelling.ya, verbAt, givenAt, titleAt);
  if (holds(tags, IN_PERS)) tags = splitVerbAla(sentence, tags, givenAt, titleAt);
  if (holds(tags, PERS)) tags = listItemSurnames(tags, textAt, isWordAt);
  if (holds(tags, IN_PERS)) tags = fullNameListItems(sentence, stems, prefixes, tags, wordFreq, listsOf, verbAt);
  if (holds(tags, PERS) && hasWideCue(PARTICLE_CUE)) tags = particleSurnames({ stems, marks, text: textAt, wordFreq }, tags);
  if (holds(tags, PERS)) tags = syllableTails(sentence, stems, tags);
  if (holds(tags, ORG) && hasWideCue(BODY_HEAD_CUE)) tags = splitBodyHeadPersons(stems, prefixes, marks, tags, { text: textAt, given: givenAt, freq: freqAt, title: titleAt });
  if (holds(tags, ORG) && holds(tags, PERS)) tags = bodyGivenNames(marks, tags, textAt);
  if (holds(tags, IN_PERS)) tags = dropScorerOrdinals(stems, tags, normAt);
  if (holds(tags, PERS)) tags = tagNicknamePersons(stems, prefixes, tags, textAt, freqAt);
  return tags;
}
