// A country's mission abroad named by its nationality (السفارة البريطانية، القنصلية الفرنسية): one organisation.
import { beginTag, insideTag } from './tagger';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** The heads of a country's missions, definite (clitics are off the stems: للسفارة → السفارة). */
const MISSIONS = wordSet('السفارة القنصلية');

/**
 * A definite embassy or consulate followed by a definite, feminine nationality adjective the tagger left O is one
 * ORGANIZATION (`[السفارة البريطانية] في بغداد`، `للسفارة الإيرانية`), as the project tags every generic institution with
 * its nationality (README: `الجيش السوداني`) and as bodyCues.ts completes one read as its bare head. NewsFANE and
 * WikiFANE tag the phrase ORG 4 times, as a building 2 and not at all 4: the building is no label of ours, and the
 * benchmark's conventions follow the institution. A masculine adjective agrees with some other noun (`مبنى السفارة
 * المصري`), not the mission.
 */
export function tagMissions(stems: readonly string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (!MISSIONS.has(stems[k])) continue;
    const adj = stems[k + 1];
    if (!adj.startsWith('ال') || !adj.endsWith('يه') || !isNationality(k + 1)) continue;
    const cur = out ?? tags;
    if (cur[k] !== 0 || cur[k + 1] !== 0) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
    out[k + 1] = I_ORG;
    k++;
  }
  return out ?? tags;
}
