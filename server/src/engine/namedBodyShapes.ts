// Bodies named by shapes the tagger leaves O (a numbered channel, a party's nisba, a movement after its members, head + genitive + nationality), in their order.
import { tagConstructNationalBodies } from './constructNationalBodies';
import { tagMemberBodies } from './memberBodies';
import { tagNumberedChannels } from './numberedChannels';
import { tagPartyNisbas } from './partyNisbas';

/** Each pass tags only tokens every earlier one left O, so the order decides nothing between them but who copies first. */
export function tagNamedBodyShapes(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean,
  listsOf: (w: string) => string | undefined): number[] {
  const channels = tagNumberedChannels(stems, prefixes, tags, isNationality);
  const parties = tagPartyNisbas(stems, prefixes, channels);
  return tagConstructNationalBodies(stems, prefixes, tagMemberBodies(stems, prefixes, parties, listsOf), isNationality);
}
