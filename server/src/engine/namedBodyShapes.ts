// Bodies named by shapes the tagger misses (a numbered channel, a party's nisba, feminine or masculine noun (a party described by an adjective is dropped), a movement after its members, a movement's head and name after them, head + genitive + nationality, a city's institution, a results line's sides), in their order.
import { tagCityInstitutions } from './cityInstitutions';
import { CONSTRUCT_NATIONAL_CUE, tagConstructNationalBodies } from './constructNationalBodies';
import { MEMBER_BODY_CUE, MOVEMENT_HEAD_CUE, MOVEMENT_MEMBER_CUE, tagMemberBodies, tagMemberMovements } from './memberBodies';
import { CHANNEL_CUE, tagNumberedChannels } from './numberedChannels';
import { hasWideCue } from './wideCues';
import { dropAdjectiveParties, PARTY_CUE, tagFeminineNamedParties, tagMasculineNamedParties, tagPartyNisbas } from './partyNisbas';
import { tagResultLines } from './resultLines';

/** The first four tag only tokens every earlier pass left O; the last two relabel a place or person span that its head and complement, or a results line, make a body. */
export function tagNamedBodyShapes(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean,
  listsOf: (w: string) => string | undefined, norms: (k: number) => string, isWordAt: (k: number) => boolean,
  commonNoun: (w: string) => boolean, textAt: (k: number) => string, wordFreq: (w: string) => number): number[] {
  const channels = hasWideCue(CHANNEL_CUE) ? tagNumberedChannels(stems, prefixes, tags, isNationality) : tags;
  const feminine = hasWideCue(PARTY_CUE) ? tagFeminineNamedParties(stems, prefixes, tagPartyNisbas(stems, prefixes, channels), textAt, isNationality) : channels;
  const parties = hasWideCue(PARTY_CUE) ? dropAdjectiveParties(stems, prefixes, tagMasculineNamedParties(stems, prefixes, feminine, textAt, wordFreq), textAt, wordFreq) : feminine;
  const members = hasWideCue(MEMBER_BODY_CUE) ? tagMemberBodies(stems, prefixes, parties, listsOf) : parties;
  const movements = hasWideCue(MOVEMENT_HEAD_CUE) && hasWideCue(MOVEMENT_MEMBER_CUE) ? tagMemberMovements(stems, prefixes, members, isWordAt, commonNoun, isNationality) : members;
  const bodies = hasWideCue(CONSTRUCT_NATIONAL_CUE) ? tagConstructNationalBodies(stems, prefixes, movements, isNationality) : movements;
  return tagResultLines(stems, tagCityInstitutions(stems, prefixes, norms, bodies));
}
