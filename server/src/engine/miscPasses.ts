// The passes that name MISC by their cue words, in order: Latin products, storms, satellites, listed kinds, currency units, competitions, events, prizes, festivals, titles won, landmarks, works, national plans by year, statutes, quoted apps.
import { Token } from './tokenize';
import { holds, MISC } from './tagHolds';
import { DIGIT_CUE, LATIN_CUE } from './sentenceCues';
import { tagLatinProducts, tagModelLetters } from './latinNames';
import { dropLatinInscriptions } from './latinInscriptions';
import { tagHeadedLatinCompanies } from './latinCompanyHeads';
import { STORM_CUE, tagNamedStorms } from './stormNames';
import { SATELLITE_CUE, tagSatellites } from './satelliteNames';
import { COMPETITION_CUE, EVENT_CUE, MISC_LIST_CUE, tagCompetitions, tagMiscNames, tagNamedEvents } from './miscNames';
import { tagConferences } from './conferenceNames';
import { EXCHANGE_CUE, tagCurrencyUnits, tagExchangedCurrencies } from './currencyUnits';
import { tagStockIndices } from './stockIndices';
import { LANDMARK_CUE, tagNationalLandmarks } from './nationalLandmarks';
import { METAL_PRIZE_CUE, PRIZE_CUE, tagMetalPrizes, tagPrizes, tagTitlesWon, TITLE_WON_CUE } from './prizeNames';
import { extendMiscNames, FESTIVAL_CUE, GULF_CUP_CUE, tagConstructFestivals, tagFestivals, tagGulfCups } from './contestNames';
import { tagWorkTitles, WORK_CUE } from './workTitles';
import { tagProgrammeTitles } from './programmeTitles';
import { tagOperationNames } from './operationNames';
import { tagVisionPlans, VISION_CUE } from './visionNames';
import { STATUTE_CUE, tagStatutes } from './statuteNames';
import { APP_CUE, tagQuotedApps } from './appNames';
import { SPORTS_CUE } from './sportsNews';
import { freqAt, isNamePart, isNationality, namedAt, placeWordAt, rareAt, verbAt, wordFreq } from './sentenceReads';
import { hasWideCue } from './wideCues';
import { hasMark, listMarks, PERSON_PLACE_BODY_SPELLED } from './nameMarks';

/** A listed club's mark: its letter is its side (برشلونة B). */
const CLUB_MARK = listMarks(['CLUB']);

/**
 * Names of things other than persons, places and bodies, each found by the words that introduce it (`جائزة`، `مهرجان`، `كأس`),
 * read after the bodies are (a prize's giver is a body) and before the general name rules. `cues`: the sentence's pass cues
 * (sentenceCues); a pass without its cue would change nothing.
 */
export function correctMiscNames(sentence: Token[], stems: string[], marks: string[][], tags: number[], cues: number): number[] {
  // A Latin product name needs a word whose first letter is Latin, so a word of Latin shape.
  if (cues & LATIN_CUE) {
    tags = tagModelLetters(sentence, dropLatinInscriptions(sentence, tagHeadedLatinCompanies(sentence, tagLatinProducts(sentence, tags, verbAt, isNationality))), (k) => hasMark(marks[k], CLUB_MARK));
  }
  if (cues & STORM_CUE) tags = tagNamedStorms(sentence, stems, tags, rareAt, (k) => isNamePart(sentence[k].norm));
  if (hasWideCue(SATELLITE_CUE)) tags = tagSatellites(sentence, stems, tags, freqAt);
  if (cues & MISC_LIST_CUE) tags = tagMiscNames(sentence, stems, tags);
  // A unit ICU names needs an amount before it, a number.
  if (cues & DIGIT_CUE) tags = tagCurrencyUnits(sentence, stems, tags);
  if (hasWideCue(EXCHANGE_CUE)) tags = tagExchangedCurrencies(sentence, stems, tags);
  if (cues & COMPETITION_CUE) tags = tagCompetitions(sentence, stems, tags);
  if (hasWideCue(GULF_CUP_CUE)) tags = tagGulfCups(sentence, stems, tags);
  if (cues & EVENT_CUE) {
    tags = tagNamedEvents(sentence, stems, tags, freqAt, wordFreq, placeWordAt);
    tags = tagConferences(sentence, stems, tags, freqAt, wordFreq, namedAt);
    tags = tagStockIndices(sentence, stems, tags, freqAt, wordFreq, namedAt);
  }
  if (cues & PRIZE_CUE) tags = tagPrizes(sentence, stems, tags);
  if (cues & METAL_PRIZE_CUE) tags = tagMetalPrizes(sentence, stems, tags);
  if (cues & FESTIVAL_CUE) tags = tagConstructFestivals(sentence, stems, tagFestivals(sentence, stems, tags));
  // A title won is sport's where the sentence has a sports word or a listed club (حقق أتلتيكو مدريد لقب الليغا).
  if ((cues & TITLE_WON_CUE) && ((cues & SPORTS_CUE) || marks.some((m) => m.some((x) => x.startsWith('CLUB'))))) tags = tagTitlesWon(sentence, stems, tags);
  if (hasWideCue(LANDMARK_CUE)) tags = tagNationalLandmarks(sentence, stems, tags, isNationality);
  if (holds(tags, MISC)) tags = extendMiscNames(sentence, stems, tags);
  if (cues & WORK_CUE) {
    tags = tagProgrammeTitles(sentence, stems, tagWorkTitles(sentence, stems, tags, freqAt));
    tags = tagOperationNames(sentence, stems, tags, freqAt, wordFreq, isNamePart, (k) => hasMark(marks[k], PERSON_PLACE_BODY_SPELLED));
  }
  if (hasWideCue(VISION_CUE)) tags = tagVisionPlans(sentence, stems, tags);
  if (hasWideCue(STATUTE_CUE)) tags = tagStatutes(sentence, stems, tags);
  if (hasWideCue(APP_CUE)) tags = tagQuotedApps(sentence, stems, tags, wordFreq, isNamePart);
  return tags;
}
