// The rule passes over the tagger's decoded tags, in order: each sees the previous one's tags (tagParagraph runs them per sentence).
import { CLAUSE_STOPS, dropClauseVerbNames } from './clauseVerbs';
import { ScoredWord } from './wordScores';
import { tagNamesAfterTitles, tagSpeakersSplitAsClitics, TITLE_CUE } from './titleNames';
import { cueKind } from './quoteCues';
import { COMPETITION_CUE, MISC_LIST_CUE, tagCompetitions, tagMiscNames, tagNamedEvents, EVENT_CUE } from './miscNames';
import { applyNameRules, dropBareHeads, GOVERNMENT_CUE, tagGovernmentBodies, trimNationality } from './nameRules';
import { fillListedGaps, LISTED_GAP_MARKS } from './listedGaps';
import { BRACKET_CUE, DASH_CUE, LATIN_CUE, sentenceMarks } from './sentenceCues';
import { adjustPersonBounds, PERSON_LIST_MARKS } from './personBounds';
import { dropFutureVerbMentions, endBeforeConjoinedVerbs } from './verbMentions';
import { dropAgreeingNationalities, dropDescribedNouns, dropNationalityNumbers, dropNisbaAdverbs } from './nisbaAdverbs';
import { dropDualNouns, dropPronounNouns, KNOWN_FORM, titlesWithPronouns } from './pronounNouns';
import { dropWordReadPlaces } from './wordReadPlaces';
import { tagPlacesAfterPrepositions } from './prepositionPlaces';
import { splitTitlePlaceFromName } from './titlePlaceNames';
import { DEFINITE_BODY_CUE, STORM_CUE, dropSpeechVerbNames, dropTitleBodies, extendListedPlaces, LISTED_PLACE_MARKS, splitBodyFromPerson, endBodiesAtTitles, tagDefiniteBodies, tagLamPlaces, tagNamedStorms } from './namePatterns';
import { tagLatinProducts } from './latinNames';
import { endAtParticles, splitAtLeaders } from './particleEnds';
import { EXACT_NAME_LISTS, NAME_LISTS, NOT_NAME_LISTS, PERSON_WORD_LISTS, PLACE_LIST } from './nameMarks';
import { CONSTRUCT_BODY_CUE, extendBodyHeads, tagBracketedShortNames, tagConstructBodies, trimListedBodies } from './bodyNames';
import { BODY_CUE, coordinatedBodies, FOREIGN_BODY_CUE, dropVerbsAtBodyEnds, extendPurposeComplements, tagForeignBodies, extendSportComplements, tagBodiesByCue, takeInstitutionNationality } from './bodyCues';
import { extendMiscNames, FESTIVAL_CUE, tagFestivals, tagWorkTitles, WORK_CUE } from './contestNames';
import { tagDatelines } from './datelines';
import { joinHyphenatedNames } from './hyphenNames';
import { METAL_PRIZE_CUE, PRIZE_CUE, tagMetalPrizes, tagPrizes, tagTitlesWon, TITLE_WON_CUE } from './prizeNames';
import { PERSON_BODY_CUE, personNamedBodies } from './personNamedBodies';
import { joinConjunctNames, personsBeforeFeminineNationality } from './bodyConjuncts';
import { tagBodiesNamedByPlace } from './bodyPlaces';
import { dropObjectsAtBodyEnds, extendCoordinatedComplements, extendLamComplements, takeLegalForms } from './bodyComplements';
import { trimMiscSpans } from './miscBounds';
import { dropIndefiniteDescriptions, dropWordsBeforeBodies, splitDescribedCompanies } from './bodyDescriptors';
import { tagWireBodies } from './wireBodies';
import { MATCH_VERBS, SPORTS_CUE, tagSportsClubs } from './sportsClubs';
import { SIDE_ROLE_CUE, tagSidesByRole, tagTeamsAfterHead } from './sportsSides';
import { coordinatedPlaces, joinListedPlaces, placeHeadsOut, splitCoordinatedPlaces, tagCliticCountries } from './placeBounds';
import { LIST_HEAD_CUE, tagPlaceListsAfterHeads, tagPlacesAfterHeads, PLACE_HEAD_CUE } from './headedPlaces';
import { NerModel } from './model';
import { beginTag } from './tagger';
import { Token } from './tokenize';
import { titlesInsideNames } from './honorificTitles';
import { HONORIFIC_CUE, honorificStylesOut } from './honorificStyles';
import { tagOutletsAddressed } from './outletsAddressed';
import { tagPrefixedBodyHeads } from './prefixedBodyHeads';
import { countriesNotPersons } from './countryPersons';
import { joinInitials } from './personInitials';
import { dropAdjectivePersons, dropPluralOpeners } from './adjectivePersons';
import { splitBodySurnames } from './bodySurnames';
import { aliClosingNames, splitAtAla } from './aliNames';
import { FUTURE_VERB } from './triggers';
import { tagSecurityServices } from './securityServices';


const B_LOC = beginTag('LOC');
/** A phrase's lists (`LOC|NAME`) include one of these: the word is listed so as spelled. */
const NATIONALITY_LIST = /(^|\|)NAT(\||$)/;
const NAME_PART_LIST = /(^|\|)(FIRST|NAME|PLAST)(\||$)/;
const GIVEN_NAME_LIST = /(^|\|)(FIRST|NAME)(\||$)/;
const B_PERS = beginTag('PERS');
const isBeginLoc = (t: number) => t === B_LOC;
/** What a paragraph's own spelling says of a doubtful final letter, computed on first ask. */
export interface Spelling { ya: () => boolean; ta: () => boolean; yi: () => boolean }

/**
 * The corrections after decoding, in order: names after titles, listed names the tagger left out,
 * clubs in sports news, public bodies and leagues with a nationality adjective, listed places cut
 * short, bodies named by head + adjective + لـ complement or by a construct head, Latin product names,
 * MISC phrases and their heads and tails, the general name rules, person boundaries, bracketed short
 * names of bodies, wire datelines. Each step sees the previous one's tags.
 */
export function correctTags(sentence: Token[], words: ScoredWord[], stems: string[], prefixes: string[], marks: string[][], decoded: number[], model: NerModel, cues: number, spelling: Spelling): number[] {
  const isNationality = (k: number) => marks[k].includes('NAT-S');
  const inList = (lists: RegExp) => (w: string) => lists.test(model.gazetteer.phrases.get(w) ?? '');
  const isPlaceWord = inList(PLACE_LIST);
  // A word's count was looked up when it was first scored (wordInfo): two probes into the large lexicon saved a call.
  const freqAt = (k: number) => {
    const f = words[k].info.freq;
    return f >= 0 ? f : model.lexicon.freq(sentence[k].norm) + model.lexicon.freq(stems[k]);
  };
  // One function of each kind per sentence for the passes that take it: written inline, each was a closure made per pass.
  const wordFreq = (w: string) => model.lexicon.freq(w);
  const isListed = (w: string) => model.gazetteer.phrases.has(w);
  const listsOf = (w: string) => model.gazetteer.phrases.get(w);
  const verbAt = (k: number) => cueKind(sentence[k]) === 'verb';
  const textAt = (k: number) => sentence[k].text;
  const titleAt = (k: number) => (words[k].passCues & TITLE_CUE) !== 0;
  const isNationalityWord = inList(NATIONALITY_LIST);
  const isFirstName = (k: number) => marks[k].includes('FIRST-S') && !marks[k].some((m) => m.startsWith('LOC') || m.startsWith('ORG'));
  // `cues`: which passes' cue words the sentence holds (sentenceCues): a pass without its cue would change nothing.
  // (Every pass copies before it writes, so a skipped pass passing its input on is safe.)
  const listed = sentenceMarks(marks);
  let tags = cues & TITLE_CUE ? tagNamesAfterTitles(sentence, stems, decoded, model.lexicon, model.gazetteer, spelling.ya, titleAt) : decoded;
  if (cues & DASH_CUE) tags = joinHyphenatedNames(sentence, tags, marks);
  if (listed & LISTED_GAP_MARKS) tags = fillListedGaps(marks, tags);
  tags = tagSportsClubs(stems, marks, tags, freqAt, prefixes, cues, listed);
  if (cues & SIDE_ROLE_CUE) {
    tags = tagSidesByRole(stems, tags, freqAt, (k) => marks[k].includes('CLUB-S'), isNationality);
    tags = tagTeamsAfterHead(stems, prefixes, tags, freqAt, (k) => marks[k].some((m) => m.startsWith('CLUB')), isNationality);
  }
  if (cues & GOVERNMENT_CUE) tags = tagGovernmentBodies(stems, tags, isNationality);
  tags = trimNationality(stems, tags, isNationality, (b, e) => marks[b].includes('ORG-B') && marks[e - 1].includes('ORG-E'),
    (b, e) => marks[b].includes('CLUB-B') && marks[e - 1].includes('CLUB-E'));
  // After "led by", a word the name lists hold and no place or body list does opens the leader's name (عبد العزيز الحكيم).
  tags = splitAtLeaders(tags, (k) => sentence[k].norm, (k) => marks[k].some((m) => NAME_LISTS.test(m)) && !marks[k].some((m) => m.startsWith('LOC') || m.startsWith('ORG')));
  // After a definite bare head an article-less word cannot be its complement: a word the name lists hold as spelled, and no
  // place, people or body list, opens the person in apposition (المتحدث باسم الجيش [فيليب] أقوير، رئيس الهيئة [كمال] الجندوبي).
  // A given name the clitic splitter cut (ك + مال) is read whole.
  const nameAfterHead = (k: number) => isFirstName(k) || (!stems[k].startsWith('ال') && stems[k].length >= 3 &&
    (prefixes[k] ? inList(GIVEN_NAME_LIST)(sentence[k].norm) : marks[k].some((m) => EXACT_NAME_LISTS.test(m)) && !marks[k].some((m) => NOT_NAME_LISTS.test(m))));
  tags = dropBareHeads(stems, tags, nameAfterHead);
  tags = dropTitleBodies(stems, tags);
  tags = splitBodyFromPerson(stems, prefixes, marks, tags);
  if (listed & LISTED_PLACE_MARKS) tags = extendListedPlaces(stems, marks, tags);
  tags = tagLamPlaces(sentence, tags, listsOf, (cues & SPORTS_CUE) !== 0);
  if (cues & DEFINITE_BODY_CUE) tags = tagDefiniteBodies(sentence, stems, prefixes, tags);
  if (cues & CONSTRUCT_BODY_CUE) tags = tagConstructBodies(sentence, stems, prefixes, marks, tags);
  tags = extendBodyHeads(stems, prefixes, sentence, tags, isNationality);
  if (cues & BODY_CUE) tags = tagBodiesByCue(sentence, stems, prefixes, tags, isNationality);
  tags = tagPrefixedBodyHeads(sentence, stems, prefixes, tags, isNationality);
  if (cues & FOREIGN_BODY_CUE) tags = tagForeignBodies(sentence, stems, prefixes, tags, freqAt);
  tags = extendSportComplements(sentence, stems, prefixes, tags);
  tags = extendPurposeComplements(sentence, stems, prefixes, marks, tags);
  tags = extendLamComplements(sentence, stems, prefixes, marks, tags);
  tags = extendCoordinatedComplements(stems, prefixes, tags, textAt, (k) => sentence[k].kind === 'word');
  tags = dropObjectsAtBodyEnds(stems, tags, wordFreq, isListed);
  tags = takeInstitutionNationality(stems, marks, tags, isNationality, isNationalityWord);
  tags = dropVerbsAtBodyEnds(sentence, stems, prefixes, tags, (k) => MATCH_VERBS.has(stems[k]) || cueKind(sentence[k]) === 'verb', isListed,
    isPlaceWord);
  // After the verb is dropped from a span's start (وصوت [حزب الأصالة]): the head must open the span.
  tags = joinConjunctNames(sentence, stems, prefixes, marks, tags, isNationality);
  tags = endBodiesAtTitles(stems, tags);
  // A Latin product name needs a word whose first letter is Latin, so a word of Latin shape.
  if (cues & LATIN_CUE) tags = tagLatinProducts(sentence, tags, verbAt, isNationality);
  if (cues & STORM_CUE) tags = tagNamedStorms(sentence, stems, tags, (k) => freqAt(k) < 3);
  if (cues & MISC_LIST_CUE) tags = tagMiscNames(sentence, stems, tags);
  if (cues & COMPETITION_CUE) tags = tagCompetitions(sentence, stems, tags);
  if (cues & EVENT_CUE) tags = tagNamedEvents(sentence, stems, tags, freqAt, wordFreq);
  if (cues & PRIZE_CUE) tags = tagPrizes(sentence, stems, tags);
  if (cues & METAL_PRIZE_CUE) tags = tagMetalPrizes(sentence, stems, tags);
  if (cues & FESTIVAL_CUE) tags = tagFestivals(sentence, stems, tags);
  // A title won is sport's where the sentence has a sports word or a listed club (حقق أتلتيكو مدريد لقب الليغا).
  if ((cues & TITLE_WON_CUE) && ((cues & SPORTS_CUE) || marks.some((m) => m.some((x) => x.startsWith('CLUB'))))) tags = tagTitlesWon(sentence, stems, tags);
  tags = extendMiscNames(sentence, stems, tags);
  if (cues & WORK_CUE) tags = tagWorkTitles(sentence, stems, tags, freqAt);
  tags = applyNameRules(sentence, stems, tags, model.lexicon, cues);
  // Again for the competitions the name rules just made (`مهرجان [البندقية]` → MISC): their closing words and لـ complement.
  tags = extendMiscNames(sentence, stems, tags);
  if (listed & PERSON_LIST_MARKS || tags.indexOf(B_PERS) >= 0) tags = adjustPersonBounds(stems, marks, tags, freqAt, textAt, wordFreq,
    inList(NAME_PART_LIST), spelling.ta, listed);
  tags = titlesWithPronouns(stems, tags, textAt, spelling.ta);
  tags = dropSpeechVerbNames(sentence, stems, marks, tags);
  tags = dropClauseVerbNames(stems, prefixes, tags, (k) => model.lexicon.freq(stems[k]), (k) => k > 0 && sentence[k - 1].kind !== 'punct',
    (k) => marks[k].some((m) => PERSON_WORD_LISTS.test(m)), (k) => marks[k].some((m) => NAME_LISTS.test(m)), (k) => CLAUSE_STOPS.has(sentence[k - 1].text));
  tags = personsBeforeFeminineNationality(stems, prefixes, marks, tags, isNationality);
  // A given-name list (FIRST) or the Wikidata name parts (NAME: بسمة); four letters at least, so `لي` (me) is no `Lee`.
  const nameList = inList(GIVEN_NAME_LIST);
  const givenWhole = (k: number) => { const w = sentence[k].norm.replace(/^[وف]/, ''); return w.length >= 4 && nameList(w) && !nameList(stems[k]); };
  tags = tagSpeakersSplitAsClitics(sentence, prefixes, tags, verbAt, givenWhole);
  // After the person bounds: the name is whole when the body takes it.
  if (cues & PERSON_BODY_CUE) tags = personNamedBodies(sentence, stems, tags);
  tags = trimListedBodies(stems, prefixes, marks, tags);
  // After the lists' cut: a legal form is in no list (مجموعة طلعت مصطفى [القابضة]).
  tags = takeLegalForms(stems, prefixes, tags);
  tags = placeHeadsOut(stems, marks, tags, freqAt, wordFreq);
  if (cues & PLACE_HEAD_CUE) tags = tagPlacesAfterHeads(sentence, stems, marks, tags, freqAt, wordFreq);
  tags = tagPlacesAfterPrepositions(sentence, stems, prefixes, marks, tags, freqAt, wordFreq);
  tags = splitTitlePlaceFromName(sentence, stems, marks, tags);
  tags = tagCliticCountries(sentence, marks, tags);
  tags = countriesNotPersons(sentence, stems, tags);
  const restFreq = (k: number) => freqAt(k) + model.lexicon.freq(sentence[k].norm.slice(1));
  tags = splitCoordinatedPlaces(sentence, stems, marks, tags, listsOf, restFreq);
  if (cues & LIST_HEAD_CUE) tags = tagPlaceListsAfterHeads(sentence, stems, marks, tags, freqAt, restFreq, verbAt, wordFreq);
  tags = coordinatedPlaces(sentence, marks, tags, restFreq);
  tags = joinListedPlaces(sentence, tags, listsOf);
  tags = coordinatedBodies(sentence, tags, restFreq, isListed, isNationality,
    (k) => sentence[k].text.endsWith('ه') && spelling.ta() && wordFreq(sentence[k].norm.slice(1, -1)) >= KNOWN_FORM);
  if (cues & BRACKET_CUE) tags = tagBracketedShortNames(sentence, tags, freqAt, (k) => [model.gazetteer.phrases.get(stems[k]), model.gazetteer.phrases.get(sentence[k].norm)].filter(Boolean).join('|'));
  tags = tagWireBodies(sentence, stems, tags, cues, isNationality, isPlaceWord, wordFreq);
  tags = dropFutureVerbMentions(stems, marks, tags, wordFreq);
  tags = dropPronounNouns(tags, textAt, wordFreq, spelling.ta, isListed);
  tags = dropDualNouns(stems, marks, tags, wordFreq);
  tags = dropWordReadPlaces(sentence, stems, prefixes, tags, wordFreq, spelling.ta);
  tags = dropNisbaAdverbs(stems, sentence, marks, tags, isNationalityWord);
  tags = dropAgreeingNationalities(stems, marks, tags, isBeginLoc);
  tags = dropDescribedNouns(stems, marks, tags, isBeginLoc);
  tags = dropNationalityNumbers(stems, tags, isNationalityWord, (k) => marks[k].some((m) => /^f?(PER|FIRST|LAST|PLAST|LOC|ORG|CLUB)-/.test(m)),
    (t) => t === B_LOC || t === B_PERS);
  tags = trimMiscSpans(sentence, stems, marks, tagDatelines(sentence, tags, isNationality), freqAt);
  tags = tagBodiesNamedByPlace(sentence, stems, tags, isNationality);
  tags = splitDescribedCompanies(sentence, stems, marks, tags, freqAt);
  tags = joinInitials(sentence, endAtParticles(tags, textAt));
  tags = dropAdjectivePersons(stems, prefixes, marks, tags, titleAt);
  tags = splitBodySurnames(stems, marks, dropPluralOpeners(stems, marks, tags), freqAt);
  tags = aliClosingNames(sentence, splitAtAla(sentence, tags, spelling.yi));
  tags = tagSecurityServices(stems, tags);
  tags = tagOutletsAddressed(sentence, stems, tags);
  tags = endBeforeConjoinedVerbs(tags, (k) => /^[وف]$/.test(prefixes[k]) && (MATCH_VERBS.has(stems[k]) || cueKind(sentence[k]) === 'verb'));
  // A body cut down to its bare head by the future verb after it (الحزب [سيقاطع الانتخابات]) is no name either; cut by an
  // object it may be a club named by its head (الاتحاد [فوزا ثمينا]: Al-Ittihad).
  tags = dropBareHeads(stems, tags, () => false, (k) => !FUTURE_VERB.test(stems[k + 1] ?? ''));
  tags = dropIndefiniteDescriptions(stems, tags, isNationality, (k) => marks[k].some((m) => /^(PER|NAME|FIRST|LAST|PLAST|LOC|ORG|CLUB)-/.test(m)));
  // Last: every pass above reads names without their titles.
  tags = dropWordsBeforeBodies(sentence, stems, marks, tags);
  if (cues & HONORIFIC_CUE) tags = honorificStylesOut(stems, tags);
  return titlesInsideNames(stems, tags);
}
