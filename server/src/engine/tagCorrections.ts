// The rule passes over the tagger's decoded tags, in order: each sees the previous one's tags (tagParagraph runs them per sentence).
import { CLAUSE_STOPS, dropClauseVerbNames } from './clauseVerbs';
import { ScoredWord } from './wordScores';
import { listedName, tagNamesAfterTitles, tagSpeakersSplitAsClitics, TITLE_CUE } from './titleNames';
import { cueKind } from './quoteCues';
import { COMPETITION_CUE, MISC_LIST_CUE, tagCompetitions, tagMiscNames, tagNamedEvents, EVENT_CUE } from './miscNames';
import { applyNameRules, dropBareHeads, GOVERNMENT_CUE, tagGovernmentBodies, trimNationality } from './nameRules';
import { fillListedGaps, LISTED_GAP_MARKS } from './listedGaps';
import { BRACKET_CUE, DASH_CUE, LATIN_CUE, sentenceMarks } from './sentenceCues';
import { adjustPersonBounds, PERSON_LIST_MARKS } from './personBounds';
import { titledSurnames } from './titledSurnames';
import { surnameRunOns } from './surnameRunOns';
import { verbRunOns } from './verbRunOns';
import { nisbaOpenersOut } from './nisbaOpeners';
import { rareGivenOpeners } from './rareGivenOpeners';
import { nationalityNames } from './nationalityNames';
import { dayPartsEndNames } from './dayPartNames';
import { tagSaidNames } from './saidNames';
import { splitWaldNames } from './waldNames';
import { dropFutureVerbMentions, endBeforeConjoinedVerbs } from './verbMentions';
import { dropAgreeingNationalities, dropDescribedNouns, dropNationalityNumbers, dropNisbaAdverbs } from './nisbaAdverbs';
import { COMMON_NOUN, dropDualNouns, dropPronounNouns, KNOWN_FORM, titlesWithPronouns } from './pronounNouns';
import { dropWordReadPlaces } from './wordReadPlaces';
import { tagPlacesAfterPrepositions } from './prepositionPlaces';
import { splitTitlePlaceFromName } from './titlePlaceNames';
import { envoyNames } from './envoyNames';
import { DEFINITE_BODY_CUE, STORM_CUE, dropSpeechVerbNames, dropTitleBodies, extendListedPlaces, LISTED_PLACE_MARKS, splitBodyFromPerson, endBodiesAtTitles, tagDefiniteBodies, tagLamPlaces, tagNamedStorms } from './namePatterns';
import { tagLatinProducts } from './latinNames';
import { endAtParticles, splitAtLeaders, splitPersonsAtWaw } from './particleEnds';
import { EXACT_NAME_LISTS, NAME_LISTS, NOT_NAME_LISTS, PERSON_WORD_LISTS, PLACE_LIST } from './nameMarks';
import { CONSTRUCT_BODY_CUE, extendBodyHeads, tagBracketedShortNames, tagConstructBodies, trimListedBodies } from './bodyNames';
import { BODY_CUE, coordinatedBodies, FOREIGN_BODY_CUE, dropVerbsAtBodyEnds, extendPurposeComplements, tagForeignBodies, extendSportComplements, tagBodiesByCue, takeInstitutionNationality } from './bodyCues';
import { extendMiscNames, FESTIVAL_CUE, tagFestivals, tagWorkTitles, WORK_CUE } from './contestNames';
import { tagDashCredits, tagDatelines } from './datelines';
import { joinHyphenatedNames } from './hyphenNames';
import { METAL_PRIZE_CUE, PRIZE_CUE, tagMetalPrizes, tagPrizes, tagTitlesWon, TITLE_WON_CUE } from './prizeNames';
import { PERSON_BODY_CUE, personNamedBodies } from './personNamedBodies';
import { joinConjunctNames, personsBeforeFeminineNationality } from './bodyConjuncts';
import { tagBodiesNamedByPlace } from './bodyPlaces';
import { dropObjectsAtBodyEnds, extendCoordinatedComplements, extendLamComplements, extendLamConstructs, takeLegalForms } from './bodyComplements';
import { trimMiscSpans } from './miscBounds';
import { dropAnaphoricBodies, dropIndefiniteDescriptions, dropWordsBeforeBodies, splitDescribedCompanies } from './bodyDescriptors';
import { tagWireBodies } from './wireBodies';
import { MATCH_VERBS, SPORTS_CUE, sportsWord, tagSportsClubs } from './sportsClubs';
import { tagTeamSlots } from './teamSlots';
import { dropForcesHeads, dropTradeDescriptions, splitObjectBodies } from './bodySplits';
import { PREPOSITIONS } from './wordSets';
import { tagShortNameConjuncts } from './shortNameConjuncts';
import { SIDE_ROLE_CUE, tagSidesByRole, tagTeamsAfterHead } from './sportsSides';
import { coordinatedPlaces, joinListedPlaces, placeHeadsOut, splitCoordinatedPlaces, tagCliticCountries } from './placeBounds';
import { LIST_HEAD_CUE, tagPlaceListsAfterHeads, tagPlacesAfterHeads, PLACE_HEAD_CUE } from './headedPlaces';
import { NerModel } from './model';
import { beginTag, insideTag, tagBits } from './tagger';
import { Token } from './tokenize';
import { royalTitlesOut, titlesInsideNames } from './honorificTitles';
import { HONORIFIC_CUE, honorificStylesOut } from './honorificStyles';
import { tagOutletsAddressed } from './outletsAddressed';
import { tagPlaceOutlets } from './placeOutlets';
import { tagTaSpelledCountries } from './taSpelledCountries';
import { tagOutletsNamed } from './outletsNamed';
import { tagPrefixedBodyHeads } from './prefixedBodyHeads';
import { countriesNotPersons } from './countryPersons';
import { joinInitials } from './personInitials';
import { dropAdjectivePersons, dropPluralOpeners } from './adjectivePersons';
import { splitBodySurnames } from './bodySurnames';
import { aliClosingNames, splitAtAla } from './aliNames';
import { FUTURE_VERB } from './triggers';
import { tagSecurityServices } from './securityServices';
import { relabelBodyTails } from './companyTails';
import { tagUnseenHospitals } from './hospitalNames';
import { placesEndBeforeDays } from './placeRunOns';

const B_LOC = beginTag('LOC');
/** A phrase's lists (`LOC|NAME`) include one of these: the word is listed so as spelled. */
const NATIONALITY_LIST = /(^|\|)NAT(\||$)/;
const NAME_PART_LIST = /(^|\|)(FIRST|NAME|PLAST)(\||$)/;
const GIVEN_NAME_LIST = /(^|\|)(FIRST|NAME)(\||$)/;
const B_PERS = beginTag('PERS');
const isBeginLoc = (t: number) => t === B_LOC;
/** What a paragraph's own spelling says of a doubtful final letter, computed on first ask. */
export interface Spelling { ya: () => boolean; ta: () => boolean; yi: () => boolean }

/** What `cur` holds between sentences (read by no one). */
const NO_SPELLING: Spelling = { ya: () => false, ta: () => false, yi: () => false };
const NONE: never[] = [];

/**
 * The sentence correctTags is working on, read by the helpers below: they are made once, not as closures per sentence
 * (about forty a sentence were garbage each time), and a pass that takes one always meets the same function.
 * correctTags runs to its end before the next sentence is set (nothing in it calls itself).
 */
const cur = { sentence: NONE as Token[], words: NONE as ScoredWord[], stems: NONE as string[], prefixes: NONE as string[], marks: NONE as string[][], model: undefined as unknown as NerModel, spelling: NO_SPELLING };
const inList = (lists: RegExp, w: string) => lists.test(cur.model.gazetteer.phrases.get(w) ?? '');
const isNationality = (k: number) => cur.marks[k].includes('NAT-S');
const isPlaceWord = (w: string) => inList(PLACE_LIST, w);
const isNationalityWord = (w: string) => inList(NATIONALITY_LIST, w);
const isNamePart = (w: string) => inList(NAME_PART_LIST, w);
// A word's count was looked up when it was first scored (wordInfo): two probes into the large lexicon saved a call.
const freqAt = (k: number) => {
  const f = cur.words[k].info.freq;
  return f >= 0 ? f : cur.model.lexicon.freq(cur.sentence[k].norm) + cur.model.lexicon.freq(cur.stems[k]);
};
const wordFreq = (w: string) => cur.model.lexicon.freq(w);
const isListed = (w: string) => cur.model.gazetteer.phrases.has(w);
const listsOf = (w: string) => cur.model.gazetteer.phrases.get(w);
const verbAt = (k: number) => cueKind(cur.sentence[k]) === 'verb';
const textAt = (k: number) => cur.sentence[k].text;
const isWordAt = (k: number) => cur.sentence[k].kind === 'word';
const titleAt = (k: number) => (cur.words[k].passCues & TITLE_CUE) !== 0;
const isFirstName = (k: number) => cur.marks[k].includes('FIRST-S') && !cur.marks[k].some((m) => m.startsWith('LOC') || m.startsWith('ORG'));
const clubSingle = (k: number) => cur.marks[k].includes('CLUB-S');
const clubAny = (k: number) => cur.marks[k].some((m) => m.startsWith('CLUB'));
const orgWhole = (b: number, e: number) => cur.marks[b].includes('ORG-B') && cur.marks[e - 1].includes('ORG-E');
const prepositionAt = (k: number) => !cur.prefixes[k] && PREPOSITIONS.has(cur.stems[k]);
const listedBody = (b: number, e: number) => (e - b === 1 ? cur.marks[b].includes('ORG-S') : orgWhole(b, e));
const clubWhole = (b: number, e: number) => cur.marks[b].includes('CLUB-B') && cur.marks[e - 1].includes('CLUB-E');
const normAt = (k: number) => cur.sentence[k].norm;
const leaderName = (k: number) => cur.marks[k].some((m) => NAME_LISTS.test(m)) && !cur.marks[k].some((m) => m.startsWith('LOC') || m.startsWith('ORG'));
// After a definite bare head an article-less word cannot be its complement: a word the name lists hold as spelled, and no
// place, people or body list, opens the person in apposition (المتحدث باسم الجيش [فيليب] أقوير، رئيس الهيئة [كمال] الجندوبي).
// A given name the clitic splitter cut (ك + مال) is read whole.
const nameAfterHead = (k: number) => isFirstName(k) || (!cur.stems[k].startsWith('ال') && cur.stems[k].length >= 3 &&
  (cur.prefixes[k] ? inList(GIVEN_NAME_LIST, cur.sentence[k].norm) : cur.marks[k].some((m) => EXACT_NAME_LISTS.test(m)) && !cur.marks[k].some((m) => NOT_NAME_LISTS.test(m))));
const matchVerbAt = (k: number) => MATCH_VERBS.has(cur.stems[k]) || cueKind(cur.sentence[k]) === 'verb';
const rareAt = (k: number) => freqAt(k) < 3;
// After a speech verb, a word ending in ي is a role (دبلوماسي، مصرفي) only if the training text knows it or its base, or a
// native of a listed place (وقال بلوشستاني), or a plural in construct with the definite noun after it (وقال محللي السوق).
const speakerNameAt = (k: number) => namePartWhole(k) || (rareAt(k) && wordFreq(cur.stems[k].slice(0, -1)) < 3 &&
  !isPlaceWord(cur.stems[k].slice(0, -1)) && !(k + 1 < cur.stems.length && !cur.prefixes[k + 1] && cur.stems[k + 1].startsWith('ال')));
const stemFreq = (k: number) => cur.model.lexicon.freq(cur.stems[k]);
const afterWord = (k: number) => k > 0 && cur.sentence[k - 1].kind !== 'punct';
const personWordAt = (k: number) => cur.marks[k].some((m) => PERSON_WORD_LISTS.test(m));
const nameListedAt = (k: number) => cur.marks[k].some((m) => NAME_LISTS.test(m));
const afterClauseStop = (k: number) => CLAUSE_STOPS.has(cur.sentence[k - 1].text);
// A given-name list (FIRST) or the Wikidata name parts (NAME: بسمة); four letters at least, so `لي` (me) is no `Lee`.
const nameList = (w: string) => inList(GIVEN_NAME_LIST, w);
const givenWhole = (k: number) => { const w = cur.sentence[k].norm.replace(/^[وف]/, ''); return w.length >= 4 && nameList(w) && !nameList(cur.stems[k]); };
const restFreq = (k: number) => freqAt(k) + cur.model.lexicon.freq(cur.sentence[k].norm.slice(1));
const bracketLists = (k: number) => [cur.model.gazetteer.phrases.get(cur.stems[k]), cur.model.gazetteer.phrases.get(cur.sentence[k].norm)].filter(Boolean).join('|');
const listedNameAt = (k: number) => cur.marks[k].some((m) => /^f?(PER|FIRST|LAST|PLAST|LOC|ORG|CLUB)-/.test(m));
const locOrPersBegin = (t: number) => t === B_LOC || t === B_PERS;
const conjoinedVerbAt = (k: number) => /^[وف]$/.test(cur.prefixes[k]) && (MATCH_VERBS.has(cur.stems[k]) || cueKind(cur.sentence[k]) === 'verb');
const never = () => false;
// A word the training text knows well with a word after it (إعمار لبنان، ب حماس عن); before a mark it is named (بنته إعمار ،).
const commonWordAt = (k: number) => k + 1 < cur.sentence.length && cur.sentence[k + 1].kind !== 'punct' && stemFreq(k) >= COMMON_NOUN;
const namePartWhole = (k: number) => cur.prefixes[k] !== '' && isNamePart(cur.sentence[k].norm);
const notNameAt = (k: number) => cur.marks[k].some((m) => NOT_NAME_LISTS.test(m));
const givenAt = (k: number) => !cur.stems[k].startsWith('ال') && (isFirstName(k) || inList(GIVEN_NAME_LIST, cur.stems[k]));
const nameMarkedAt = (k: number) => listedName(cur.marks[k].join('|').replace(/-[BIES]/g, ''));
const notFutureAfter = (k: number) => !FUTURE_VERB.test(cur.stems[k + 1] ?? '');
const haNounAt = (k: number) => cur.sentence[k].text.endsWith('ه') && cur.spelling.ta() && wordFreq(cur.sentence[k].norm.slice(1, -1)) >= KNOWN_FORM;
const hospitalNameAt = (k: number) => (cur.prefixes[k] ? nameList(cur.sentence[k].norm.replace(/^[وف]/, '')) : namedAt(k));
// Which labels' spans the tags hold, summed again only when a pass changed them (a pass returns its input when it changes
// nothing): a pass that acts only on one label's spans, or on its spans of two words or more (IN_…), is skipped without one.
const PERS = 1 << B_PERS, LOC = 1 << B_LOC, ORG = 1 << beginTag('ORG'), MISC = 1 << beginTag('MISC'), BEGINS = PERS | LOC | ORG | MISC;
const IN_PERS = 1 << insideTag('PERS'), IN_LOC = 1 << insideTag('LOC'), IN_ORG = 1 << insideTag('ORG'), IN_MISC = 1 << insideTag('MISC');
const INSIDE = IN_PERS | IN_LOC | IN_ORG | IN_MISC;
let summed: number[] = NONE, summedBits = 0;
const holds = (tags: number[], bits: number) => ((tags === summed ? summedBits : (summed = tags, summedBits = tagBits(tags))) & bits) !== 0;
/** Training count from which an adjective after a body's head is a word of the language, not a name (ميدانية: 4). */
const SEEN_ADJECTIVE = 3;
// After an indefinite head, a word that describes the body instead of naming it: an indefinite nisba adjective the training
// text has seen, of a noun it knows (إسلامي: إسلام، ميدانية: ميدان; not أبوظبي), or a لل complement (للعيون).
const describesAt = (k: number) => cur.sentence[k].kind === 'word' && (cur.sentence[k].norm.startsWith('لل') ||
  (!cur.prefixes[k] && !cur.stems[k].startsWith('ال') && /(ي|يه)$/.test(cur.stems[k]) && stemFreq(k) >= SEEN_ADJECTIVE &&
    wordFreq(cur.stems[k].replace(/يه?$/, '')) >= KNOWN_FORM));
// A word never seen; a one-word listed place, clitic or not (باكو).
const unseenAt = (k: number) => wordFreq(cur.sentence[k].norm) === 0 && stemFreq(k) === 0;
const placeWordAt = (k: number) => isPlaceWord(cur.sentence[k].norm) || isPlaceWord(cur.stems[k]);
const knownNoun = (w: string) => wordFreq(w) >= KNOWN_FORM;
const namedAt = (k: number) => cur.marks[k].some((m) => /^(PER|NAME|FIRST|LAST|PLAST|LOC|ORG|CLUB)-/.test(m));

/**
 * The corrections after decoding, in order: names after titles, listed names the tagger left out,
 * clubs in sports news, public bodies and leagues with a nationality adjective, listed places cut
 * short, bodies named by head + adjective + لـ complement or by a construct head, Latin product names,
 * MISC phrases and their heads and tails, the general name rules, person boundaries, bracketed short
 * names of bodies, wire datelines. Each step sees the previous one's tags.
 */
export function correctTags(sentence: Token[], words: ScoredWord[], stems: string[], prefixes: string[], marks: string[][], decoded: number[], model: NerModel, cues: number, spelling: Spelling): number[] {
  cur.sentence = sentence; cur.words = words; cur.stems = stems; cur.prefixes = prefixes; cur.marks = marks; cur.model = model; cur.spelling = spelling;
  // `cues`: which passes' cue words the sentence holds (sentenceCues): a pass without its cue would change nothing.
  // (Every pass copies before it writes, so a skipped pass passing its input on is safe.)
  const listed = sentenceMarks(marks);
  let tags = cues & TITLE_CUE ? tagNamesAfterTitles(sentence, stems, decoded, model.lexicon, model.gazetteer, spelling.ya, titleAt, nameMarkedAt) : decoded;
  if (cues & DASH_CUE) tags = joinHyphenatedNames(sentence, tags, marks);
  if (listed & LISTED_GAP_MARKS) tags = fillListedGaps(marks, tags, commonWordAt, prepositionAt);
  if (cues & SPORTS_CUE) tags = tagTeamSlots(stems, prefixes, marks, tags, textAt, sportsWord(stems, cues), cur.spelling.ta);
  tags = tagSportsClubs(stems, marks, tags, freqAt, prefixes, cues, listed);
  if (cues & SIDE_ROLE_CUE) {
    tags = tagSidesByRole(stems, tags, freqAt, clubSingle, isNationality);
    tags = tagTeamsAfterHead(stems, prefixes, tags, freqAt, clubAny, isNationality);
  }
  if (cues & GOVERNMENT_CUE) tags = tagGovernmentBodies(stems, tags, isNationality);
  if (holds(tags, ORG)) tags = trimNationality(stems, tags, isNationality, orgWhole, clubWhole);
  // After "led by", a word the name lists hold and no place or body list does opens the leader's name (عبد العزيز الحكيم).
  if (holds(tags, BEGINS)) tags = splitAtLeaders(tags, normAt, leaderName);
  if (holds(tags, ORG)) tags = splitObjectBodies(stems, prefixes, tags, listedBody);
  if (holds(tags, ORG)) tags = dropBareHeads(stems, tags, nameAfterHead);
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
  if (holds(tags, ORG)) tags = extendLamComplements(sentence, stems, prefixes, marks, tags);
  if (holds(tags, ORG)) tags = extendCoordinatedComplements(stems, prefixes, tags, textAt, isWordAt);
  if (holds(tags, ORG)) tags = extendLamConstructs(sentence, stems, prefixes, tags, knownNoun, isNationality, namedAt);
  if (holds(tags, ORG)) tags = dropObjectsAtBodyEnds(stems, tags, wordFreq, isListed);
  if (holds(tags, ORG)) tags = takeInstitutionNationality(stems, marks, tags, isNationality, isNationalityWord);
  tags = dropForcesHeads(stems, tags, listedBody);
  if (holds(tags, ORG)) tags = dropVerbsAtBodyEnds(sentence, stems, prefixes, tags, matchVerbAt, isListed, isPlaceWord);
  // After the verb is dropped from a span's start (وصوت [حزب الأصالة]): the head must open the span.
  if (holds(tags, ORG)) tags = joinConjunctNames(sentence, stems, prefixes, marks, tags, isNationality);
  if (holds(tags, ORG | MISC)) tags = endBodiesAtTitles(stems, tags);
  if (holds(tags, ORG)) tags = dropTradeDescriptions(stems, prefixes, marks, tags);
  // A Latin product name needs a word whose first letter is Latin, so a word of Latin shape.
  if (cues & LATIN_CUE) tags = tagLatinProducts(sentence, tags, verbAt, isNationality);
  if (cues & STORM_CUE) tags = tagNamedStorms(sentence, stems, tags, rareAt);
  if (cues & MISC_LIST_CUE) tags = tagMiscNames(sentence, stems, tags);
  if (cues & COMPETITION_CUE) tags = tagCompetitions(sentence, stems, tags);
  if (cues & EVENT_CUE) tags = tagNamedEvents(sentence, stems, tags, freqAt, wordFreq);
  if (cues & PRIZE_CUE) tags = tagPrizes(sentence, stems, tags);
  if (cues & METAL_PRIZE_CUE) tags = tagMetalPrizes(sentence, stems, tags);
  if (cues & FESTIVAL_CUE) tags = tagFestivals(sentence, stems, tags);
  // A title won is sport's where the sentence has a sports word or a listed club (حقق أتلتيكو مدريد لقب الليغا).
  if ((cues & TITLE_WON_CUE) && ((cues & SPORTS_CUE) || marks.some((m) => m.some((x) => x.startsWith('CLUB'))))) tags = tagTitlesWon(sentence, stems, tags);
  if (holds(tags, MISC)) tags = extendMiscNames(sentence, stems, tags);
  if (cues & WORK_CUE) tags = tagWorkTitles(sentence, stems, tags, freqAt);
  tags = applyNameRules(sentence, stems, tags, model.lexicon, cues);
  // Again for the competitions the name rules just made (`مهرجان [البندقية]` → MISC): their closing words and لـ complement.
  if (holds(tags, MISC)) tags = extendMiscNames(sentence, stems, tags);
  if (listed & PERSON_LIST_MARKS || holds(tags, PERS)) tags = adjustPersonBounds(stems, marks, tags, freqAt, textAt, wordFreq,
    isNamePart, spelling.ta, listed);
  tags = rareGivenOpeners(stems, marks, tags, textAt, wordFreq, isNationality, isNamePart);
  tags = nationalityNames(stems, marks, tags, textAt, wordFreq, isNationality);
  if (holds(tags, IN_PERS)) tags = splitWaldNames(stems, tags, givenAt);
  if (holds(tags, PERS)) tags = dayPartsEndNames(stems, tags, titleAt);
  if (holds(tags, IN_PERS)) tags = verbRunOns(stems, marks, tags, textAt, wordFreq, isNamePart);
  if (holds(tags, IN_PERS)) tags = nisbaOpenersOut(stems, marks, tags, textAt, isNamePart);
  tags = titledSurnames(sentence, stems, marks, tags, textAt, nameList);
  if (holds(tags, IN_PERS)) tags = surnameRunOns(stems, marks, tags, textAt, wordFreq, isNamePart);
  if (holds(tags, PERS)) tags = titlesWithPronouns(stems, tags, textAt, spelling.ta);
  if (holds(tags, PERS)) tags = dropSpeechVerbNames(sentence, stems, marks, tags, speakerNameAt);
  if (holds(tags, PERS)) tags = dropClauseVerbNames(stems, prefixes, tags, stemFreq, afterWord, personWordAt, nameListedAt, afterClauseStop);
  if (holds(tags, PERS)) tags = personsBeforeFeminineNationality(stems, prefixes, marks, tags, isNationality);
  tags = relabelBodyTails(stems, tags);
  tags = tagSpeakersSplitAsClitics(sentence, prefixes, tags, verbAt, givenWhole);
  tags = tagSaidNames(sentence, stems, prefixes, tags, verbAt, freqAt, notNameAt);
  // After the person bounds: the name is whole when the body takes it.
  if (cues & PERSON_BODY_CUE) {
    tags = personNamedBodies(sentence, stems, tags);
    tags = tagUnseenHospitals(sentence, stems, prefixes, tags, freqAt, hospitalNameAt);
  }
  if (holds(tags, ORG)) tags = trimListedBodies(stems, prefixes, marks, tags);
  // After the lists' cut: a legal form is in no list (مجموعة طلعت مصطفى [القابضة]).
  if (holds(tags, ORG)) tags = takeLegalForms(stems, prefixes, tags);
  if (holds(tags, IN_LOC | IN_MISC)) tags = placeHeadsOut(stems, marks, tags, freqAt, wordFreq);
  if (cues & PLACE_HEAD_CUE) tags = tagPlacesAfterHeads(sentence, stems, marks, tags, freqAt, wordFreq);
  tags = tagPlacesAfterPrepositions(sentence, stems, prefixes, marks, tags, freqAt, wordFreq);
  if (holds(tags, IN_PERS | IN_LOC)) tags = splitTitlePlaceFromName(sentence, stems, marks, tags);
  tags = envoyNames(stems, marks, tags, textAt, wordFreq);
  tags = tagCliticCountries(sentence, marks, tags);
  tags = tagTaSpelledCountries(sentence, stems, tags, unseenAt);
  if (holds(tags, PERS)) tags = countriesNotPersons(sentence, stems, tags);
  if (holds(tags, LOC)) tags = splitCoordinatedPlaces(sentence, stems, marks, tags, listsOf, restFreq);
  if (cues & LIST_HEAD_CUE) tags = tagPlaceListsAfterHeads(sentence, stems, marks, tags, freqAt, restFreq, verbAt, wordFreq);
  if (holds(tags, LOC | IN_LOC)) tags = coordinatedPlaces(sentence, marks, tags, restFreq);
  if (holds(tags, LOC)) tags = joinListedPlaces(sentence, tags, listsOf);
  tags = placesEndBeforeDays(stems, marks, tags, placeWordAt);
  if (holds(tags, ORG | IN_ORG)) tags = coordinatedBodies(sentence, tags, restFreq, isListed, isNationality, haNounAt);
  if (holds(tags, ORG)) tags = tagShortNameConjuncts(stems, prefixes, tags, isWordAt, listsOf);
  if (cues & BRACKET_CUE) tags = tagBracketedShortNames(sentence, tags, freqAt, bracketLists);
  tags = tagWireBodies(sentence, stems, tags, cues, isNationality, isPlaceWord, wordFreq);
  if (holds(tags, BEGINS)) tags = dropFutureVerbMentions(stems, marks, tags, wordFreq);
  if (holds(tags, BEGINS)) tags = dropPronounNouns(tags, textAt, wordFreq, spelling.ta, isListed);
  if (holds(tags, BEGINS)) tags = dropDualNouns(stems, marks, tags, wordFreq);
  if (holds(tags, LOC)) tags = dropWordReadPlaces(sentence, stems, prefixes, tags, wordFreq, spelling.ta);
  if (holds(tags, BEGINS)) tags = dropNisbaAdverbs(stems, sentence, marks, tags, isNationalityWord);
  if (holds(tags, LOC)) tags = dropAgreeingNationalities(stems, marks, tags, isBeginLoc);
  if (holds(tags, LOC)) tags = dropDescribedNouns(stems, marks, tags, isBeginLoc);
  if (holds(tags, PERS | LOC)) tags = dropNationalityNumbers(stems, tags, isNationalityWord, listedNameAt, locOrPersBegin);
  tags = tagDashCredits(sentence, tagDatelines(sentence, tags, isNationality));
  if (holds(tags, MISC)) tags = trimMiscSpans(sentence, stems, marks, tags, freqAt);
  if (holds(tags, LOC)) tags = tagBodiesNamedByPlace(sentence, stems, tags, isNationality, (cues & SPORTS_CUE) !== 0, marks);
  if (holds(tags, ORG)) tags = splitDescribedCompanies(sentence, stems, marks, tags, freqAt);
  if (holds(tags, INSIDE)) tags = endAtParticles(tags, textAt);
  tags = splitPersonsAtWaw(tags, textAt, stems, givenAt);
  if (holds(tags, PERS)) tags = joinInitials(sentence, tags);
  if (holds(tags, PERS)) tags = dropAdjectivePersons(stems, prefixes, marks, tags, titleAt);
  if (holds(tags, IN_PERS)) tags = dropPluralOpeners(stems, marks, tags);
  if (holds(tags, ORG)) tags = splitBodySurnames(stems, marks, tags, freqAt);
  if (holds(tags, IN_PERS)) tags = splitAtAla(sentence, tags, spelling.yi);
  if (holds(tags, PERS | IN_PERS)) tags = aliClosingNames(sentence, tags);
  tags = tagSecurityServices(stems, tags);
  tags = tagOutletsNamed(sentence, stems, tagOutletsAddressed(sentence, stems, tags));
  tags = tagPlaceOutlets(sentence, stems, tags, listsOf);
  if (holds(tags, IN_PERS)) tags = endBeforeConjoinedVerbs(tags, conjoinedVerbAt);
  // A body cut down to its bare head by the future verb after it (الحزب [سيقاطع الانتخابات]) is no name either; cut by an
  // object it may be a club named by its head (الاتحاد [فوزا ثمينا]: Al-Ittihad).
  if (holds(tags, ORG)) tags = dropBareHeads(stems, tags, never, notFutureAfter);
  if (holds(tags, ORG)) tags = dropIndefiniteDescriptions(stems, tags, isNationality, namedAt, describesAt);
  if (holds(tags, ORG)) tags = dropAnaphoricBodies(stems, prefixes, tags, namedAt);
  // Last: every pass above reads names without their titles.
  if (holds(tags, ORG)) tags = dropWordsBeforeBodies(sentence, stems, marks, tags);
  if (cues & HONORIFIC_CUE) tags = honorificStylesOut(stems, tags);
  if (holds(tags, PERS)) tags = titlesInsideNames(stems, royalTitlesOut(stems, tags));
  // Nothing of the sentence is held once it is corrected (its paragraph's tokens, through the spelling's closures).
  cur.sentence = NONE; cur.words = NONE; cur.stems = NONE; cur.prefixes = NONE; cur.marks = NONE; cur.spelling = NO_SPELLING; summed = NONE;
  return tags;
}
