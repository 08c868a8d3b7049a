// Teams called by their colour or as the dean (الأحمر، الأزرق، العميد) in sports news: the epithet stands for the team.
import { beginTag, tagLabel } from './tagger';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');

/**
 * Shirt colours and the dean (the oldest club), the epithets sports news gives a team or club alone (الأزرق خسر، ويواجه
 * الأخضر): no list of teams, only the ways of naming one. Normalised.
 */
const EPITHETS = wordSet('الأحمر الأزرق الأخضر الأبيض الأصفر العنابي البرتقالي البنفسجي العميد');

/** Words after العميد that make it an officer's rank (العميد الركن، العميد المتحدث), normalised. */
const RANK_TAILS = wordSet('الركن ركن المتقاعد متقاعد المتحدث قائد مدير رئيس');
/** Verbs of wearing, after which a colour is clothes (يرتدي الأحمر), normalised. */
const WEARING = wordSet('ارتدى ارتدت ارتدوا يرتدي ترتدي يرتدون لبس لبست يلبس تلبس');

/**
 * In a sports sentence, an epithet alone is the team: not an adjective after a definite noun or a name (البحر الأحمر،
 * الكارت الأصفر، الهلال الأحمر), not a colour after ب (باللون …، بالأخضر: in green), not a rank before a person's name
 * (العميد خالد …), and not one of colours listed together (شعاره الأصفر والأزرق).
 */
export function tagTeamNicknames(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let k = 0; k < stems.length; k++) {
    if (tags[k] !== 0 || !EPITHETS.has(stems[k]) || (prefixes[k] !== '' && prefixes[k] !== 'و' && prefixes[k] !== 'ل')) continue;
    if (k > 0 && (tags[k - 1] !== 0 || (prefixes[k] === '' && stems[k - 1].startsWith('ال')))) continue;
    if (k + 1 < stems.length && tagLabel(tags[k + 1]) === 'PERSON') continue;
    // An officer's rank with his office after it (العميد المتحدث باسم الشرطة), and a colour worn (يرتدي الأحمر), are no team.
    if (stems[k] === 'العميد' && k + 1 < stems.length && RANK_TAILS.has(stems[k + 1])) continue;
    if (k > 0 && WEARING.has(stems[k - 1])) continue;
    // Colours listed together are the colours (شعاره الأصفر والأزرق), no team.
    if (listedWithAnother(stems, k)) continue;
    if (out === tags) out = [...tags];
    out[k] = B_ORG;
  }
  return out;
}

/** Another epithet within two words either side of k (الأصفر و الأزرق). */
function listedWithAnother(stems: readonly string[], k: number): boolean {
  for (let j = Math.max(0, k - 2); j <= k + 2 && j < stems.length; j++) if (j !== k && EPITHETS.has(stems[j])) return true;
  return false;
}
