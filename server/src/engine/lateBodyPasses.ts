// The organisation passes that run after the person, place and MISC passes: bodies named by a shape, then bodies dropped.
import { Token } from './tokenize';
import { holds, IN_ORG, LOC, MISC, ORG, PERS } from './tagHolds';
import { LATIN_CUE } from './sentenceCues';
import { dropBareHeads } from './nameRules';
import { dropAnaphoricBodies, dropIndefiniteDescriptions } from './bodyDescriptors';
import { tagSecurityDirectorates, tagSecurityServices } from './securityServices';
import { FORCES_CUE, tagSecurityForces } from './securityForces';
import { PUBLISHING_HOUSE_CUE, tagPublishingHouses } from './publishingHouses';
import { tagNamedBodyShapes } from './namedBodyShapes';
import { joinConstructChains, takeConstructTails } from './constructChains';
import { derivedCommonNoun } from './derivedNouns';
import { tagMissions } from './missionNames';
import { ADDRESSED_CUE, tagOutletsAddressed } from './outletsAddressed';
import { tagPlaceOutlets } from './placeOutlets';
import { OUTLET_NAMED_CUE, tagOutletsNamed, tagUnlistedOutletsTold, TOLD_CUE } from './outletsNamed';
import { tagBracketedInitials, tagBracketOutlets } from './bracketOutlets';
import { BLOC_CUE, tagBlocMembers } from './blocMembers';
import { OUTLET_DUAL_CUE, tagOutletDuals } from './outletDuals';
import { tagNationalCompanies } from './nationalCompanies';
import { SHARE_CUE, tagShareCompanies } from './shareCompanies';
import { COMPANY_SUBJECT_CUE, tagCompanySubjects } from './companySubjects';
import { OFFICE_CUE, tagOfficeBodies } from './officeBodies';
import { TRADE_NAME_CUE, tagTradeNames } from './tradeNames';
import { presentVerb } from './verbRunOns';
import { FUTURE_VERB, PERSON_TITLE_FORMS } from './triggers';
import { HEADED_NAME_CUE, tagHeadedNames } from './headedNames';
import { COALITION_CUE, tagCoalitionNames } from './coalitionNames';
import { splitBodyBeforePersons } from './bodyBeforePersons';
import { endBodiesBeforeVerbs } from './bodyVerbEnds';
import { COMPANY_APPOSITION_CUE, tagCompanyAppositions } from './companyAppositions';
import { countryAt } from './teamSlots';
import { dropHomelandBodies, HOMELAND_CUE } from './homelandBodies';
import { dropCommonNounBodies } from './commonNounBodies';
import { dropPortfolioTitles } from './portfolioTitles';
import { loneHeadsOut } from './loneHeads';
import { dropAccusativeBodies } from './accusativeBodies';
import { dropFeelingBodies } from './bodyHomographs';
import { dropTechnicalAcronyms } from './techAcronyms';
import { endBodiesAtPurposes, PURPOSE_CUE } from './purposeClauses';
import { tagUnitedBodies } from './unitedBodies';
import { tagContinentUnions } from './continentUnions';
import { INTERNATIONAL_CUE, tagInternationalHeads } from './internationalHeads';
import { takeHeadsBeforeAdjectives } from './adjectiveOpenedBodies';
import { SECTOR_DIRECTORATE_CUE, tagSectorDirectorates } from './sectorDirectorates';
import { describesAt, freqAt, verbAt, titleAt, givenAt, isNamePart, isNationality, isPlaceWord, isWordAt, listedBody, listsOf, namedAt, NATIONALITY_MARK, never, normAt, notFutureAfter, placeWordAt, textAt, unseenAt, wordFreq } from './sentenceReads';
import { hasWideCue } from './wideCues';
import { SPORT_FEDERATION_CUE, tagSportFederations } from './sportFederations';
import { CAUSE_BODY_CUE, tagCauseBodies } from './causeBodies';
import { AIRLINE_CUE, tagAirlines } from './airlineNames';

/** A present verb, or a participle whose present verb is known (مسجل: يسجل): the sentence going on, no name. */
const predicateAt = (k: number) => { const w = normAt(k); return presentVerb(w, wordFreq, isNamePart) || (w[0] === 'م' && presentVerb('ي' + w.slice(1), wordFreq, isNamePart)); };

/** Words b..e the place lists hold whole, as written or as stems (`رأس الخيمة`): the caller asks of three words at most. */
const placePhrase = (b: number, e: number, stems: readonly string[]) => {
  const written: string[] = [];
  for (let k = b; k < e; k++) written.push(normAt(k));
  return isPlaceWord(written.join(' ')) || isPlaceWord(stems.slice(b, e).join(' '));
};

/** Bodies named by their shape (forces, publishers, missions, outlets), after every other pass has placed its names; bodies cut after a plural in construct joined. */
export function tagLateBodies(sentence: Token[], stems: string[], prefixes: string[], marks: string[][], tags: number[], listed: number): number[] {
  // hasWideCue: whether a word of the sentence is the head of the pass behind it (read off the words): most sentences hold none.
  if (holds(tags, ORG)) tags = takeConstructTails(stems, prefixes, joinConstructChains(stems, tags, wordFreq), wordFreq, (k) => verbAt(k) || predicateAt(k), isWordAt, listedBody,
    (k) => givenAt(k) || titleAt(k) || PERSON_TITLE_FORMS.has(stems[k]));
  tags = tagSecurityDirectorates(stems, prefixes, tagSecurityServices(stems, tags));
  if (hasWideCue(FORCES_CUE)) tags = tagSecurityForces(stems, prefixes, tags, isNationality);
  if (hasWideCue(PUBLISHING_HOUSE_CUE)) tags = tagPublishingHouses(stems, prefixes, tags, freqAt);
  tags = tagUnitedBodies(stems, prefixes, marks, tags, isNationality);
  tags = tagContinentUnions(stems, tags);
  if (hasWideCue(INTERNATIONAL_CUE)) tags = tagInternationalHeads(stems, prefixes, tags);
  tags = tagNamedBodyShapes(stems, prefixes, tags, isNationality, listsOf, normAt, isWordAt, (w) => derivedCommonNoun(w, wordFreq), textAt, wordFreq);
  if (hasWideCue(SECTOR_DIRECTORATE_CUE)) tags = tagSectorDirectorates(stems, prefixes, tags, placeWordAt, (k) => isPlaceWord(normAt(k)),
    (b, e) => placePhrase(b, e, stems));
  if (listed & NATIONALITY_MARK) tags = tagNationalCompanies(stems, prefixes, tagMissions(stems, tags, isNationality), isNationality, freqAt, namedAt);
  if (hasWideCue(SHARE_CUE)) tags = tagShareCompanies(stems, prefixes, tags, (k) => namedAt(k) && !listedBody(k, k + 1), freqAt, isNationality);
  if (hasWideCue(COMPANY_SUBJECT_CUE)) tags = tagCompanySubjects(stems, prefixes, tags, namedAt, wordFreq, isNationality);
  if (hasWideCue(OFFICE_CUE)) tags = tagOfficeBodies(stems, prefixes, tags, isWordAt);
  if (hasWideCue(TRADE_NAME_CUE)) tags = tagTradeNames(stems, prefixes, tags, isWordAt, textAt, predicateAt);
  if (hasWideCue(HEADED_NAME_CUE)) tags = tagHeadedNames(stems, prefixes, tags, isWordAt, namedAt, isNationality, wordFreq, freqAt);
  if (hasWideCue(COALITION_CUE)) tags = tagCoalitionNames(stems, prefixes, tags, isWordAt, (k) => isNationality(k) || isPlaceWord(stems[k]) || isPlaceWord(normAt(k)));
  if (holds(tags, PERS)) tags = splitBodyBeforePersons(stems, prefixes, marks, tags, unseenAt, givenAt, textAt);
  if (hasWideCue(BLOC_CUE)) tags = tagBlocMembers(stems, tags, isWordAt, freqAt, (k) => isNationality(k) || isPlaceWord(normAt(k)) || isPlaceWord(stems[k]));
  if (hasWideCue(COMPANY_APPOSITION_CUE) && holds(tags, LOC | MISC)) tags = tagCompanyAppositions(stems, prefixes, tags, (k) => countryAt(stems, marks, k));
  if (hasWideCue(ADDRESSED_CUE)) tags = tagOutletsAddressed(sentence, stems, tags);
  if (hasWideCue(OUTLET_NAMED_CUE)) tags = tagOutletsNamed(sentence, stems, tags);
  if (hasWideCue(TOLD_CUE)) tags = tagUnlistedOutletsTold(sentence, stems, tags, wordFreq, isNamePart);
  tags = tagBracketedInitials(sentence, tagBracketOutlets(sentence, stems, tags));
  if (holds(tags, LOC)) tags = tagPlaceOutlets(sentence, stems, tags, listsOf);
  tags = hasWideCue(OUTLET_DUAL_CUE) ? tagOutletDuals(sentence, stems, tags, (k) => listedBody(k, k + 1)) : tags;
  if (holds(tags, ORG)) tags = takeHeadsBeforeAdjectives(stems, prefixes, tags, listedBody);
  if (hasWideCue(SPORT_FEDERATION_CUE)) tags = tagSportFederations(sentence, stems, prefixes, tags, isNationality);
  if (hasWideCue(AIRLINE_CUE)) tags = tagAirlines(stems, prefixes, tags, isNationality);
  return hasWideCue(CAUSE_BODY_CUE) ? tagCauseBodies(sentence, stems, prefixes, marks, tags, isNationality, placeWordAt, unseenAt, listedBody) : tags;
}

/** A future verb (ستخفض، سيلتحقون) whose present the language knows: not a name's letters (ستاندرد). */
const futureAt = (stems: readonly string[], k: number) => FUTURE_VERB.test(stems[k]) && presentVerb(stems[k].slice(1), wordFreq, isNamePart);

/** Bodies run on past their names into a verb or أي, cut there: after every pass that extends a body's span. */
export function cutLateRunOns(stems: string[], prefixes: string[], tags: number[]): number[] {
  return holds(tags, IN_ORG) ? endBodiesBeforeVerbs(stems, prefixes, tags, isWordAt, (k) => predicateAt(k) || futureAt(stems, k),
    (k) => isPlaceWord(stems[k]) || isPlaceWord(normAt(k)), listedBody, textAt) : tags;
}

/** Bodies that are none after all: bare heads, descriptions, common nouns, portfolios, accusatives, technical acronyms; purposes cut off. */
export function dropLateBodies(sentence: Token[], stems: string[], prefixes: string[], tags: number[], cues: number): number[] {
  // A body cut down to its bare head by the future verb after it (الحزب [سيقاطع الانتخابات]) is no name either; cut by an
  // object it may be a club named by its head (الاتحاد [فوزا ثمينا]: Al-Ittihad).
  if (holds(tags, ORG)) tags = dropBareHeads(stems, tags, never, notFutureAfter);
  if (holds(tags, ORG)) tags = dropIndefiniteDescriptions(stems, tags, isNationality, namedAt, describesAt);
  if (holds(tags, ORG)) tags = dropAnaphoricBodies(stems, prefixes, tags, namedAt);
  if (hasWideCue(HOMELAND_CUE) && holds(tags, IN_ORG)) tags = dropHomelandBodies(stems, tags);
  if (holds(tags, IN_ORG)) tags = dropCommonNounBodies(stems, prefixes, tags, wordFreq, namedAt, listedBody, isNationality);
  if (holds(tags, IN_ORG)) tags = dropPortfolioTitles(stems, prefixes, tags, isNationality, listedBody);
  if (holds(tags, ORG)) tags = loneHeadsOut(sentence, stems, tags);
  if (holds(tags, ORG)) tags = dropAccusativeBodies(stems, prefixes, tags, wordFreq, namedAt);
  if (holds(tags, ORG)) tags = dropFeelingBodies(stems, tags, wordFreq, givenAt);
  if ((cues & LATIN_CUE) && holds(tags, ORG)) tags = dropTechnicalAcronyms(sentence, tags);
  if (hasWideCue(PURPOSE_CUE) && holds(tags, IN_ORG)) tags = endBodiesAtPurposes(stems, prefixes, tags);
  return tags;
}
