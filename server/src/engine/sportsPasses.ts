// The club and side passes of sports news, in tagCorrections' order: clubs with their places and towns, the sides of a result, nicknames, nationalities, bounds.
import type { Gazetteer } from './gazetteer';
import { DASH_CUE } from './sentenceCues';
import { holds, LOC } from './tagHolds';
import { OPPONENT_CUE, SPORTS_CUE, SportsGate, sportsSentence, sportsWord } from './sportsNews';
import { tagSportsClubs } from './sportsClubs';
import { clubAffixes, tagAffixedClubs } from './clubAffixes';
import { tagTeamSlots } from './teamSlots';
import { tagFacingSides } from './facingSides';
import { tagSidesBeforeNames } from './sidesBeforeNames';
import { tagClubLists } from './clubLists';
import { STANDING_CUE, tagStandingSides } from './standingSides';
import { tagDualTeams } from './dualTeams';
import { tagTownClubs, TownClubReads, townClubWords } from './townClubs';
import { tagTeamNicknames } from './teamNicknames';
import { SIDE_ROLE_CUE, tagSidesByRole, tagTeamsAfterHead } from './sportsSides';
import { tagClubNationalities, tagFeminineNamedClubs } from './clubNationalities';
import { correctClubBounds } from './clubBounds';
import { clubAny, clubSingle, freqAt, isNationality, isWordAt, personWordAt, placeWordAt, rareAt, Spelling, textAt, verbAt } from './sentenceReads';
import { hasWideCue } from './wideCues';

const TOWN_CLUB_READS: TownClubReads = { word: isWordAt, place: placeWordAt, freq: freqAt, person: personWordAt, club: clubSingle };

/** The sentence's sports gate, read once: the stems and marks it reads are the same for every pass. */
export function readSportsGate(stems: readonly string[], marks: readonly string[][], cues: number, listed: number): SportsGate {
  const word = sportsWord(stems, cues);
  return { word, sentence: word || ((cues & (DASH_CUE | OPPONENT_CUE)) !== 0 && sportsSentence(stems, marks, cues, listed, word)) };
}

/**
 * The clubs and the sides of a result, before the body passes read them. A club word and a place (ريال مدريد) first: the
 * result and slot passes after it read the club as one side.
 */
export function tagSportsSides(stems: string[], prefixes: string[], marks: string[][], tags: number[], gazetteer: Gazetteer, cues: number, listed: number,
  gate: SportsGate, spelling: Spelling): number[] {
  if (gate.sentence) tags = tagAffixedClubs(stems, prefixes, marks, tags, clubAffixes(gazetteer));
  if (gate.sentence) tags = tagTownClubs(stems, prefixes, marks, tags, townClubWords(gazetteer), TOWN_CLUB_READS);
  if (cues & SPORTS_CUE) {
    tags = tagTeamSlots(stems, prefixes, marks, tags, textAt, gate.word, spelling.ta, freqAt);
    tags = tagSidesBeforeNames(stems, prefixes, marks, tags, gate.word, freqAt, isNationality);
  }
  tags = tagSportsClubs(stems, marks, tags, freqAt, prefixes, cues, listed, gate);
  tags = tagFacingSides(stems, prefixes, marks, tags, gate.sentence);
  if (gate.sentence) tags = tagDualTeams(stems, prefixes, tags, isWordAt, placeWordAt, rareAt);
  if (holds(tags, LOC) && (gate.sentence || hasWideCue(STANDING_CUE))) tags = tagStandingSides(stems, prefixes, marks, tags, gate.sentence);
  return tags;
}

/** Clubs named by a nickname, a nationality or a feminine name, and the sides named by their role (المضيف، الضيف). */
export function tagClubNames(stems: string[], prefixes: string[], marks: string[][], tags: number[], cues: number, gate: SportsGate, spelling: Spelling): number[] {
  if (gate.sentence) tags = tagTeamNicknames(stems, prefixes, tags);
  if (gate.word) {
    tags = tagFeminineNamedClubs(stems, prefixes, tagClubNationalities(stems, prefixes, marks, tags, freqAt, isNationality, textAt), isNationality, textAt, verbAt, isWordAt, spelling.ta);
    tags = tagClubLists(stems, prefixes, marks, tags, freqAt, isNationality, textAt);
  }
  if (cues & SIDE_ROLE_CUE) {
    tags = tagSidesByRole(stems, tags, freqAt, clubSingle, isNationality);
    tags = tagTeamsAfterHead(stems, prefixes, tags, freqAt, clubAny, isNationality);
  }
  return tags;
}

/** A club's bounds once the body passes have drawn them: its seat taken in, a player's name cut off (clubBounds.ts). */
export function correctSportsClubBounds(stems: string[], prefixes: string[], marks: string[][], tags: number[], gate: SportsGate, gazetteer: Gazetteer): number[] {
  return correctClubBounds(stems, prefixes, marks, tags, gate.sentence, townClubWords(gazetteer), TOWN_CLUB_READS);
}
