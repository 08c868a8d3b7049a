// The rule passes over the tagger's decoded tags, in order: each sees the previous one's tags (tagParagraph runs them per sentence).
import { dropClauseVerbNames, dropOpeningPastVerbs, dropOpeningVerbNames } from './clauseVerbs';
import { ScoredWord } from './wordScores';
import { tagNamesAfterTitles, tagSpeakersSplitAsClitics, TITLE_CUE } from './titleNames';
import { applyNameRules, dropBareHeads, GOVERNMENT_CUE, tagGovernmentBodies, trimNationality } from './nameRules';
import { fillListedGaps, LISTED_GAP_MARKS } from './listedGaps';
import { BRACKET_CUE, DASH_CUE, sentenceMarks } from './sentenceCues';
import { dropCreditRatings } from './creditRatings';
import { adjustPersonBounds, PERSON_LIST_MARKS } from './personBounds';
import { titledSurnames } from './titledSurnames';
import { closedSurnames, COMMON_GIVEN_MARK } from './closedSurnames';
import { isTitle } from './quoteCues';
import { surnameRunOns } from './surnameRunOns';
import { verbRunOns } from './verbRunOns';
import { nisbaOpenersOut } from './nisbaOpeners';
import { womenNisbaSurnames } from './womenNisbaSurnames';
import { leftOutGivenNames } from './leftOutGivenNames';
import { nationalityNames } from './nationalityNames';
import { dayPartsEndNames } from './dayPartNames';
import { SAID_CUE, STATEMENT_CUE, tagNamesAfterSaid, tagSaidNames } from './saidNames';
import { speakerSubjects } from './speakerSubjects';
import { personSlotPlaces } from './personSlotPlaces';
import { splitWaldNames } from './waldNames';
import { endBeforeConjoinedVerbs } from './verbMentions';
import { endNamesBeforeDefiniteObjects } from './definiteObjects';
import { titlesWithPronouns } from './pronounNouns';
import { dropOrdinaryWords } from './ordinaryWordDrops';
import { ONE_WORD_PLACE_MARK, tagPlacesAfterPrepositions } from './prepositionPlaces';
import { splitTitlePlaceFromName } from './titlePlaceNames';
import { CLITIC_CUT_CUE, cliticCutPlaces } from './cliticCutPlaces';
import { envoyNames } from './envoyNames';
import { ENVOY_HOST_CUE, tagEnvoyHosts } from './envoyHosts';
import { splitTailHeadPersons } from './tailHeadPersons';
import { foreignSurnames } from './foreignSurnames';
import { wordSurnames } from './wordSurnames';
import { roleSpeakers, SAYING_CUE } from './roleSpeakers';
import { definiteSurnames } from './definiteSurnames';
import { REGNAL_CUE, regnalNumbersCloseNames } from './regnalNames';
import { divineNameHalves } from './divineNames';
import { indefiniteNisbas } from './indefiniteNisbas';
import { kinAppositions } from './kinAppositions';
import { KIN_CUE, kinNames } from './kinNames';
import { PERSON_NOUN_CUE, roleGivenNames } from './roleGivenNames';
import { RARE_GIVEN_CUE, rareGivenAfterRoles } from './rareGivenAfterRoles';
import { DEFINITE_BODY_CUE, dropSpeechVerbNames, dropTitleBodies, extendListedPlaces, LISTED_PLACE_MARKS, splitBodyFromPerson, endBodiesAtTitles, tagDefiniteBodies, tagLamPlaces } from './namePatterns';
import { endAtParticles, splitAtLeaders } from './particleEnds';
import { CONSTRUCT_BODY_CUE, extendBodyHeads, tagBracketedShortNames, tagConstructBodies, trimListedBodies } from './bodyNames';
import { BODY_CUE, coordinatedBodies, FOREIGN_BODY_CUE, dropVerbsAtBodyEnds, extendPurposeComplements, tagForeignBodies, extendSportComplements, tagBodiesByCue, takeInstitutionNationality } from './bodyCues';
import { extendMiscNames, PLACE_CONTEST_CUE, tagPlaceContests } from './contestNames';
import { tagBareCredits, tagBareDatelines, tagDashCredits, tagDatelines } from './datelines';
import { tagBylineNames } from './bylineNames';
import { dropConjoinedNouns, personConjuncts } from './personConjuncts';
import { conjoinedAdjectives } from './conjoinedAdjectives';
import { dropIndefiniteAdjectives } from './indefiniteAdjectives';
import { dropDefiniteAdjectives } from './definiteAdjectives';
import { dropKafPersons } from './kafPersons';
import { dropSpeakerNounPersons } from './speakerNounPersons';
import { roleNounsBeforeNames } from './roleNouns';
import { rankTitlesOut } from './rankTitles';
import { firstPersonVerbs } from './firstPersonVerbs';
import { joinHyphenatedNames } from './hyphenNames';
import { PERSON_BODY_CUE, personNamedBodies } from './personNamedBodies';
import { tagHonoreeBodies } from './honoreeBodies';
import { joinConjunctNames, personsBeforeFeminineNationality } from './bodyConjuncts';
import { tagBodiesNamedByPlace } from './bodyPlaces';
import { joinFirmPlaces } from './firmPlaceNames';
import { takeFirmTails } from './firmTails';
import { splitFirmChiefs } from './firmChiefNames';
import { takeStandingPurposes } from './lamPurposes';
import { dropObjectsAtBodyEnds, extendCoordinatedComplements, extendLamComplements, extendLamConstructs, takeLegalForms } from './bodyComplements';
import { endBodiesAtCommonWords } from './bodyRunOns';
import { trimMiscSpans } from './miscBounds';
import { extendQuotedDesignations } from './quotedDesignations';
import { dropCountWordMisc } from './countWordMisc';
import { squaresArePlaces } from './squarePlaces';
import { dropVerbMisc, sentenceVerb } from './miscVerbs';
import { dropReligionAdjectives } from './religionAdjectives';
import { dropGenericContests } from './genericContests';
import { cutMiscAtPlaces } from './miscPlaceEnds';
import { splitDescribedCompanies } from './bodyDescriptors';
import { dropLateBodies, tagLateBodies } from './lateBodyPasses';
import { correctClosingSpans } from './closingPasses';
import { tagWireBodies } from './wireBodies';
import { SPORTS_CUE } from './sportsNews';
import { bareHeadSides } from './facingSides';
import { correctSportsClubBounds, readSportsGate, tagClubNames, tagSportsSides } from './sportsPasses';
import { CALLED_CUE, tagCalledBodies } from './calledBodies';
import { dropForcesHeads, dropTradeDescriptions, splitObjectBodies } from './bodySplits';
import { tagShortNameConjuncts } from './shortNameConjuncts';
import { correctPlaceLists } from './placeListPasses';
import { placeHeadsOut } from './placeBounds';
import { tagCliticCountries } from './cliticCountries';
import { CONJOINED_CUE, tagConjoinedCountries } from './countryConjuncts';
import { tagCompassCountries } from './compassCountries';
import { WEAPON_HEAD_CUE, weaponsNotPersons } from './weaponNames';
import { QUOTED_WEAPON_CUE, quotedWeapons } from './quotedWeapons';
import { tagPlacesAfterHeads, PLACE_HEAD_CUE } from './headedPlaces';
import { NerModel } from './model';
import { BEGINS, forgetHeld, holds, IN_LOC, IN_MISC, IN_ORG, IN_PERS, INSIDE, LOC, MISC, ORG, PERS } from './tagHolds';
import { Token } from './tokenize';
import { tagTaSpelledCountries } from './taSpelledCountries';
import { tagPrefixedBodyHeads } from './prefixedBodyHeads';
import { countriesNotPersons } from './countryPersons';
import { extendMinistryPortfolios } from './ministryPortfolios';
import { relabelBodyTails } from './companyTails';
import { takeBodyNationalities, takeGenitiveAdjectives } from './bodyNationalTails';
import { takeScopeAdjectives } from './bodyScopeTails';
import { takeBodyRanks } from './bodyRankTails';
import { REGION_CUE, tagRegionGovernments } from './regionGovernments';
import { hospitalMiscAsBodies, tagUnseenHospitals } from './hospitalNames';
import { CALLED_NAME_CUE, tagCalledNames } from './calledNames';
import { splitCliticOutlets, splitCliticSurnames } from './cliticSurnames';
import { splitListedPairs } from './listedPairs';
import { syllableSurnames } from './syllableSurnames';
import { commaSetNames } from './commaSetNames';
import { correctLatePersons } from './latePersonPasses';
import { titleElatives } from './titleElatives';
import { correctMiscNames } from './miscPasses';
import { afterClauseStop, afterWord, firstNameList, bracketLists, clubWhole, commonWordAt, conjoinedVerbAt, freqAt, givenAt, givenWhole, haNounAt, hospitalNameAt, isListed, isNamePart, isNationality, isNationalityWord, isPlaceWord, isWordAt, knownNoun, leaderName, listedBody, listsOf, matchVerbAt, NATIONALITY_MARK, nameAfterHead, namedAt, unseenSurnameWhole, nameList, nameListedAt, nameMarkedAt, normAt, notNameAt, ownScoreAt, orgWhole, personWordAt, placeWordAt, pluralWord, prepositionAt, rareAt, articleGivenName, readSentence, releaseSentence, restFreq, speakerNameAt, Spelling, stemFreq, textAt, titleAt, unseenAt, verbAt, wordFreq } from './sentenceReads';
import { hasWideCue } from './wideCues';
import { CLITIC_COUNTRY_CUE, REGION_NAME_CUE, SPEAKER_VERB_CUE, TA_COUNTRY_CUE } from './formCueGates';
import { COMMA_SET_READS, GIVEN_OPENER_READS, ROLE_SPEAKER_READS, SLOT_READS, WORD_SURNAME_READS } from './passReads';

/**
 * The corrections after decoding, in order: names after titles, listed names the tagger left out,
 * clubs in sports news, public bodies and leagues with a nationality adjective, listed places cut
 * short, bodies named by head + adjective + لـ complement or by a construct head, Latin product names,
 * MISC phrases and their heads and tails, the general name rules, person boundaries, bracketed short
 * names of bodies, wire datelines. Each step sees the previous one's tags.
 */
export function correctTags(sentence: Token[], words: ScoredWord[], stems: string[], prefixes: string[], marks: string[][], decoded: number[], model: NerModel, cues: number, spelling: Spelling): number[] {
  readSentence(sentence, words, stems, prefixes, marks, model, spelling);
  // `cues`: which passes' cue words the sentence holds (sentenceCues): a pass without its cue would change nothing.
  // (Every pass copies before it writes, so a skipped pass passing its input on is safe.)
  const listed = sentenceMarks(marks, words);
  let tags = cues & TITLE_CUE ? tagNamesAfterTitles(sentence, stems, decoded, model.lexicon, model.gazetteer, spelling.ya, titleAt, nameMarkedAt) : decoded;
  if (cues & TITLE_CUE) tags = commaSetNames(sentence, stems, prefixes, tags, COMMA_SET_READS);
  if (cues & DASH_CUE) tags = joinHyphenatedNames(sentence, tags, marks);
  if (listed & LISTED_GAP_MARKS) tags = fillListedGaps(marks, tags, commonWordAt, prepositionAt);
  // Scans of the sentence's stems and marks, which no pass changes: read once for the passes that ask.
  const gate = readSportsGate(stems, marks, cues, listed);
  tags = tagSportsSides(stems, prefixes, marks, tags, model.gazetteer, cues, listed, gate, spelling);
  if (hasWideCue(CALLED_CUE)) tags = tagCalledBodies(stems, prefixes, tags);
  tags = tagClubNames(stems, prefixes, marks, tags, cues, gate, spelling);
  if (cues & GOVERNMENT_CUE) tags = tagGovernmentBodies(stems, tags, isNationality);
  if (holds(tags, ORG)) tags = trimNationality(stems, tags, isNationality, orgWhole, clubWhole);
  // After "led by", a word the name lists hold and no place or body list does opens the leader's name (عبد العزيز الحكيم).
  if (holds(tags, BEGINS)) tags = splitAtLeaders(tags, normAt, leaderName);
  if (holds(tags, ORG)) tags = splitObjectBodies(stems, prefixes, tags, listedBody);
  // A club named by a body's head stays where a result names its sides (تعادل الهلال مع [الاتحاد]).
  if (holds(tags, ORG)) tags = dropBareHeads(stems, tags, nameAfterHead, gate.sentence ? bareHeadSides(stems, prefixes) : undefined);
  if (holds(tags, ORG)) tags = dropTitleBodies(stems, tags);
  if (holds(tags, ORG)) tags = splitBodyFromPerson(stems, prefixes, marks, tags);
  if (listed & LISTED_PLACE_MARKS) tags = extendListedPlaces(stems, marks, tags);
  tags = tagLamPlaces(sentence, tags, listsOf, (cues & SPORTS_CUE) !== 0);
  if (cues & DEFINITE_BODY_CUE) tags = tagDefiniteBodies(sentence, stems, prefixes, tags);
  if (cues & CONSTRUCT_BODY_CUE) tags = tagConstructBodies(sentence, stems, prefixes, marks, tags);
  if (holds(tags, ORG)) tags = extendBodyHeads(stems, prefixes, sentence, tags, isNationality);
  if (cues & BODY_CUE) tags = tagBodiesByCue(sentence, stems, prefixes, tags, isNationality);
  tags = tagPrefixedBodyHeads(sentence, stems, prefixes, tags, isNationality);
  if (cues & FOREIGN_BODY_CUE) tags = tagForeignBodies(sentence, stems, prefixes, tags, freqAt, wordFreq);
  if (holds(tags, ORG)) tags = extendSportComplements(sentence, stems, prefixes, tags);
  if (holds(tags, ORG)) tags = extendPurposeComplements(sentence, stems, prefixes, marks, tags);
  if (holds(tags, ORG)) tags = extendLamComplements(sentence, stems, prefixes, marks, tags, knownNoun, isNationality);
  if (holds(tags, ORG)) tags = extendCoordinatedComplements(stems, prefixes, tags, textAt, isWordAt);
  if (holds(tags, ORG)) tags = extendMinistryPortfolios(sentence, stems, prefixes, tags, isNationality, wordFreq);
  if (holds(tags, ORG)) tags = takeStandingPurposes(sentence, stems, prefixes, tags, isNationality);
  if (holds(tags, ORG)) tags = extendLamConstructs(sentence, stems, prefixes, tags, knownNoun, isNationality, namedAt);
  if (holds(tags, ORG)) tags = dropObjectsAtBodyEnds(stems, tags, wordFreq, isListed);
  if (holds(tags, ORG)) tags = endBodiesAtCommonWords(stems, prefixes, tags, isWordAt, normAt, stemFreq, namedAt);
  if (holds(tags, ORG)) tags = takeInstitutionNationality(stems, marks, tags, isNationality, isNationalityWord);
  if (holds(tags, ORG)) tags = takeBodyNationalities(stems, prefixes, marks, tags, isNationality);
  if (holds(tags, ORG)) tags = takeGenitiveAdjectives(stems, prefixes, marks, tags, isNationality);
  if (holds(tags, ORG)) tags = takeBodyRanks(stems, prefixes, tags);
  if (hasWideCue(REGION_CUE)) tags = tagRegionGovernments(stems, prefixes, tags);
  if (holds(tags, ORG)) tags = dropForcesHeads(stems, tags, listedBody);
  if (holds(tags, ORG)) tags = dropVerbsAtBodyEnds(sentence, stems, prefixes, tags, matchVerbAt, isListed, isPlaceWord);
  // After the verb is dropped from a span's start (وصوت [حزب الأصالة]): the head must open the span.
  if (holds(tags, ORG)) tags = joinConjunctNames(sentence, stems, prefixes, marks, tags, isNationality);
  if (holds(tags, ORG | MISC)) tags = endBodiesAtTitles(stems, tags);
  if (holds(tags, ORG)) tags = dropTradeDescriptions(stems, prefixes, marks, tags);
  tags = correctSportsClubBounds(stems, prefixes, marks, tags, gate, model.gazetteer);
  tags = correctMiscNames(sentence, stems, marks, tags, cues);
  tags = applyNameRules(sentence, stems, tags, model.lexicon, cues);
  // Again for the competitions the name rules just made (`مهرجان [البندقية]` → MISC): their closing words and لـ complement.
  if (holds(tags, MISC)) tags = extendMiscNames(sentence, stems, tags);
  if (listed & PERSON_LIST_MARKS || holds(tags, PERS)) tags = adjustPersonBounds(stems, marks, tags, freqAt, textAt, wordFreq,
    isNamePart, spelling.ta, listed, hasWideCue);
  if (holds(tags, IN_PERS)) tags = roleNounsBeforeNames(stems, marks, tags, textAt, cues & SAID_CUE ? verbAt : () => false, articleGivenName);
  if (holds(tags, PERS) || listed & COMMON_GIVEN_MARK) tags = closedSurnames({ stems, marks, text: textAt, wordFreq, nameWord: isNamePart, verb: verbAt, title: (k) => isTitle(sentence[k]) }, tags);
  if (holds(tags, PERS)) tags = leftOutGivenNames(stems, marks, tags, textAt, GIVEN_OPENER_READS);
  if (listed & NATIONALITY_MARK) tags = nationalityNames(stems, marks, tags, textAt, wordFreq, isNationality);
  if (holds(tags, PERS)) tags = foreignSurnames(stems, marks, tags, textAt, wordFreq, isNamePart, isNationality);
  if (holds(tags, IN_PERS)) tags = syllableSurnames(sentence, stems, tags, wordFreq, isNationality);
  if (holds(tags, PERS)) tags = definiteSurnames(stems, marks, tags, textAt, wordFreq);
  if (holds(tags, PERS)) tags = divineNameHalves(stems, prefixes, tags);
  if (hasWideCue(REGNAL_CUE)) tags = regnalNumbersCloseNames(stems, prefixes, tags, givenAt, (k) => rareAt(k) && !stems[k].startsWith('ال'),
    (k) => k === 0 || !isWordAt(k - 1) || stems[k - 1].startsWith('ال') || verbAt(k - 1));
  if (holds(tags, IN_PERS)) tags = splitWaldNames(stems, tags, givenAt);
  if (holds(tags, IN_PERS)) tags = splitListedPairs(stems, tags, listsOf, wordFreq, normAt);
  if (holds(tags, PERS | ORG)) tags = dayPartsEndNames(stems, tags, titleAt);
  if (holds(tags, IN_PERS)) tags = verbRunOns(stems, marks, tags, textAt, wordFreq, isNamePart);
  if (holds(tags, IN_PERS)) tags = nisbaOpenersOut(stems, marks, tags, textAt, isNamePart);
  if (cues & TITLE_CUE) tags = womenNisbaSurnames(stems, tags, textAt, titleAt, (k) => givenAt(k) || givenWhole(k));
  if (holds(tags, PERS)) tags = indefiniteNisbas(stems, tags, textAt, isNationality, givenAt);
  if (holds(tags, IN_PERS)) tags = kinAppositions(stems, tags, normAt);
  if (hasWideCue(KIN_CUE)) tags = kinNames(stems, marks, tags, textAt, normAt, wordFreq, isNamePart, ownScoreAt);
  const roleReads = { stems, marks, text: textAt, norm: normAt, wordFreq, nameWord: isNamePart, verb: verbAt, own: ownScoreAt };
  if (hasWideCue(PERSON_NOUN_CUE)) tags = roleGivenNames(roleReads, tags);
  if (hasWideCue(RARE_GIVEN_CUE)) tags = rareGivenAfterRoles(roleReads, tags);
  if (holds(tags, PERS)) tags = titleElatives(stems, tags);
  if (cues & SAID_CUE) tags = titledSurnames(sentence, stems, marks, tags, textAt, nameList);
  if (holds(tags, IN_PERS)) tags = surnameRunOns(stems, marks, tags, textAt, wordFreq, isNamePart);
  if (holds(tags, IN_PERS)) tags = splitCliticSurnames(stems, prefixes, tags, listsOf, wordFreq);
  if (holds(tags, INSIDE)) tags = splitCliticOutlets(stems, prefixes, tags, listsOf, wordFreq);
  if (holds(tags, PERS)) tags = titlesWithPronouns(stems, tags, textAt, spelling.ta, wordFreq);
  if (holds(tags, PERS)) tags = dropSpeechVerbNames(sentence, stems, marks, tags, speakerNameAt);
  if (holds(tags, PERS)) tags = dropClauseVerbNames(stems, prefixes, tags, stemFreq, afterWord, personWordAt, nameListedAt, afterClauseStop);
  if (holds(tags, PERS)) tags = dropOpeningVerbNames(stems, tags, afterClauseStop);
  if (holds(tags, IN_PERS)) tags = dropOpeningPastVerbs(stems, tags, wordFreq, nameListedAt, afterClauseStop);
  if (holds(tags, PERS)) tags = firstPersonVerbs(sentence, stems, tags, wordFreq, (k) => marks[k].includes('FIRST-S'));
  if (holds(tags, PERS)) tags = personsBeforeFeminineNationality(stems, prefixes, marks, tags, isNationality);
  if (holds(tags, PERS)) tags = wordSurnames(sentence, stems, prefixes, tags, WORD_SURNAME_READS);
  if (holds(tags, PERS | LOC | ORG)) tags = relabelBodyTails(stems, tags);
  if (hasWideCue(SPEAKER_VERB_CUE)) tags = tagSpeakersSplitAsClitics(sentence, prefixes, tags, verbAt, givenWhole);
  if ((cues & SAID_CUE) || hasWideCue(STATEMENT_CUE)) tags = tagSaidNames(sentence, stems, prefixes, tags, verbAt, freqAt, notNameAt, unseenSurnameWhole, pluralWord);
  if (cues & SAID_CUE) tags = tagNamesAfterSaid(sentence, stems, prefixes, tags, verbAt, givenAt, isNationality);
  if (hasWideCue(SAYING_CUE)) tags = roleSpeakers(sentence, stems, prefixes, tags, ROLE_SPEAKER_READS);
  if (hasWideCue(SPEAKER_VERB_CUE)) tags = speakerSubjects(sentence, stems, prefixes, tags, verbAt, ownScoreAt, notNameAt, pluralWord, isPlaceWord, nameListedAt);
  if (holds(tags, LOC)) tags = personSlotPlaces({ stems, prefixes, ...SLOT_READS }, tags);
  if (holds(tags, PERS)) tags = personConjuncts(sentence, stems, prefixes, tags, wordFreq, listsOf, verbAt);
  if (holds(tags, PERS)) tags = dropConjoinedNouns(sentence, stems, tags, wordFreq, listsOf);
  if (holds(tags, PERS)) tags = conjoinedAdjectives(sentence, stems, prefixes, tags, wordFreq);
  if (holds(tags, PERS)) {
    const adjectiveReads = { count: wordFreq, text: textAt, titleAt, verbAt, marksAt: (k: number) => marks[k] };
    tags = dropIndefiniteAdjectives(stems, prefixes, tags, adjectiveReads);
    if (holds(tags, PERS)) tags = dropDefiniteAdjectives(stems, prefixes, tags, adjectiveReads);
  }
  if (holds(tags, PERS)) tags = dropKafPersons(prefixes, tags, (k) => wordFreq(normAt(k)));
  if (holds(tags, PERS)) tags = dropSpeakerNounPersons(sentence, marks, tags);
  // After the person bounds: the name is whole when the body takes it.
  if (cues & PERSON_BODY_CUE) {
    tags = personNamedBodies(sentence, stems, tags);
    tags = tagUnseenHospitals(sentence, stems, prefixes, hospitalMiscAsBodies(stems, prefixes, tags), freqAt, hospitalNameAt);
  }
  if (holds(tags, PERS)) tags = tagHonoreeBodies(stems, prefixes, tags);
  if (holds(tags, ORG)) tags = trimListedBodies(stems, prefixes, marks, tags);
  // After the lists' cut: a legal form is in no list (مجموعة طلعت مصطفى [القابضة]).
  if (holds(tags, ORG)) tags = takeFirmTails(sentence, stems, prefixes, takeLegalForms(stems, prefixes, tags));
  if (holds(tags, ORG)) tags = takeScopeAdjectives(stems, prefixes, marks, tags);
  if (holds(tags, IN_LOC | IN_MISC)) tags = placeHeadsOut(stems, marks, tags, freqAt, wordFreq);
  if (holds(tags, IN_MISC | LOC)) tags = squaresArePlaces(stems, tags);
  if (cues & PLACE_HEAD_CUE) tags = tagPlacesAfterHeads(sentence, stems, marks, tags, freqAt, wordFreq);
  if (listed & ONE_WORD_PLACE_MARK) tags = tagPlacesAfterPrepositions(sentence, stems, prefixes, marks, tags, freqAt, wordFreq);
  if (holds(tags, IN_PERS | IN_LOC | IN_ORG)) tags = splitTitlePlaceFromName(sentence, stems, marks, tags, wordFreq);
  if (hasWideCue(CLITIC_CUT_CUE)) tags = cliticCutPlaces(sentence, stems, prefixes, tags, isPlaceWord);
  if (holds(tags, LOC | ORG)) tags = envoyNames(stems, marks, tags, textAt, wordFreq);
  if (hasWideCue(ENVOY_HOST_CUE)) tags = tagEnvoyHosts(stems, prefixes, marks, tags, rareAt);
  if (holds(tags, IN_ORG)) tags = splitTailHeadPersons(stems, marks, tags);
  if (hasWideCue(CLITIC_COUNTRY_CUE)) tags = tagCliticCountries(sentence, marks, tags);
  if (hasWideCue(CONJOINED_CUE)) tags = tagConjoinedCountries(sentence, tags, gate.sentence || gate.word, (k) => isWordAt(k) && sentenceVerb(textAt(k), wordFreq, isNamePart));
  // Gated on a country, not a compass word: a clause-opening verb before مالي reads it too (openingVerb).
  if (hasWideCue(REGION_NAME_CUE)) tags = tagCompassCountries(sentence, tags, wordFreq);
  if (hasWideCue(TA_COUNTRY_CUE)) tags = tagTaSpelledCountries(sentence, stems, tags, unseenAt);
  if (holds(tags, PERS)) tags = countriesNotPersons(sentence, stems, tags);
  if (holds(tags, PERS) && hasWideCue(WEAPON_HEAD_CUE)) tags = weaponsNotPersons(sentence, marks, tags);
  if (hasWideCue(QUOTED_WEAPON_CUE)) tags = quotedWeapons(sentence, marks, tags, freqAt);
  tags = correctPlaceLists(sentence, stems, prefixes, marks, tags, cues);
  if (holds(tags, ORG | IN_ORG)) tags = coordinatedBodies(sentence, tags, restFreq, isListed, isNationality, haNounAt);
  if (holds(tags, ORG)) tags = tagShortNameConjuncts(stems, prefixes, tags, isWordAt, listsOf);
  if (cues & BRACKET_CUE) tags = tagBracketedShortNames(sentence, tags, freqAt, bracketLists);
  tags = tagWireBodies(sentence, stems, tags, cues, isNationality, isPlaceWord, wordFreq);
  tags = dropOrdinaryWords(sentence, stems, prefixes, marks, tags, spelling);
  tags = tagDashCredits(sentence, tagBareDatelines(sentence, tagDatelines(sentence, tags, isNationality), placeWordAt, (k) => wordFreq(normAt(k))));
  tags = tagBareCredits(sentence, tags, placeWordAt, isNationality);
  // After the datelines: a by-line's place is read before its writer is. Its colon sets the said-words cue.
  if (cues & SAID_CUE) tags = tagBylineNames(sentence, tags, marks, prefixes, wordFreq, verbAt);
  if (holds(tags, MISC)) tags = dropVerbMisc(marks, trimMiscSpans(sentence, stems, marks, tags, freqAt), textAt, wordFreq, isNamePart);
  if (holds(tags, MISC)) tags = dropReligionAdjectives(sentence, stems, tags);
  if (holds(tags, MISC | ORG)) tags = dropCreditRatings(sentence, tags);
  if (holds(tags, MISC)) tags = dropGenericContests(stems, tags);
  if (holds(tags, MISC)) tags = extendQuotedDesignations(sentence, stems, dropCountWordMisc(sentence, stems, tags));
  if (holds(tags, MISC)) tags = cutMiscAtPlaces(sentence, tags, isPlaceWord);
  if (hasWideCue(CALLED_NAME_CUE)) tags = tagCalledNames(sentence, stems, prefixes, tags, freqAt);
  if (holds(tags, LOC) && hasWideCue(PLACE_CONTEST_CUE)) tags = tagPlaceContests(sentence, stems, tags);
  if (holds(tags, LOC)) tags = tagBodiesNamedByPlace(sentence, stems, tags, isNationality, (cues & SPORTS_CUE) !== 0, marks);
  if (holds(tags, LOC)) tags = joinFirmPlaces(sentence, stems, marks, tags, isNationality, freqAt);
  if (holds(tags, ORG)) tags = splitDescribedCompanies(sentence, stems, marks, tags, freqAt);
  if (holds(tags, INSIDE)) tags = endAtParticles(tags, textAt);
  tags = correctLatePersons(sentence, stems, prefixes, marks, tags, spelling);
  // After the speaker passes, which read a rank after a verb of saying as a one-word name (وقال [الأدميرال] كوبر).
  if (holds(tags, PERS)) tags = rankTitlesOut(stems, tags);
  // After the said-words and role passes, which begin many of the names whose given name it reads.
  if (holds(tags, PERS)) tags = leftOutGivenNames(stems, marks, tags, textAt, GIVEN_OPENER_READS);
  tags = tagLateBodies(sentence, stems, prefixes, marks, tags, listed);
  if (holds(tags, PERS)) tags = splitFirmChiefs(sentence, stems, tags, firstNameList, givenAt, nameList);
  if (holds(tags, IN_PERS)) tags = endBeforeConjoinedVerbs(tags, conjoinedVerbAt);
  if (holds(tags, IN_PERS)) tags = endNamesBeforeDefiniteObjects(stems, marks, tags, { norm: normAt, isWord: isWordAt, wordFreq });
  tags = dropLateBodies(sentence, stems, prefixes, tags, cues);
  // Last: the seats, official names' complements, and what every pass above reads without (titles, tails).
  tags = correctClosingSpans(sentence, stems, prefixes, marks, tags, cues);
  // Nothing of the sentence is held once it is corrected (its paragraph's tokens, through the spelling's closures).
  releaseSentence(); forgetHeld();
  return tags;
}
