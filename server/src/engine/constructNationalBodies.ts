// Public bodies named by an indefinite head, its definite genitive and a nationality (سلطة المياه الفلسطينية): one organisation.
import { wideCueBit } from './wideCues';
import { beginTag, insideTag } from './tagger';
import { RELATIVE_PRONOUNS, wordSet } from './wordSets';
import { PANEL_HEAD, PANELS } from './commonNounBodies';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');
/** Heads of public bodies and agencies (normalised, clitic-free), feminine but for the three masculine ones below. */
const HEADS = wordSet('سلطة هيئة مؤسسة مديرية وكالة مصلحة دائرة ديوان جهاز وزارة مفوضية صندوق');
/** The pass's bit (wideCues.ts): a sentence without one of its heads is left as it is, so tagNamedBodyShapes skips it there. */
export const CONSTRUCT_NATIONAL_CUE = wideCueBit([HEADS]);
const MASCULINE_HEADS = wordSet('ديوان جهاز صندوق');

/**
 * An indefinite body head, a definite genitive and a listed nationality adjective, all three left O by the tagger, are one
 * ORGANIZATION (سلطة المياه الفلسطينية، مؤسسة البترول الكويتية، جهاز المخابرات المصري), as the README tags a generic
 * institution with its nationality; the corpora tag the shape whole 189 times, O 51 (mostly companies and committees
 * described by their trade, `شركة السيارات الألمانية`, whose heads are not here). The nationality agrees with the head
 * (a feminine one after a feminine head), so it is the body's, not the genitive's people; one before a person's name is
 * the person's.
 */
export function tagConstructNationalBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k + 2 < tags.length; k++) {
    if (!HEADS.has(stems[k]) || tags[k] !== 0) continue;
    const g = k + 1;
    const a = k + 2;
    if (tags[g] !== 0 || prefixes[g] || !stems[g].startsWith('ال') || stems[g].length < 4 || isNationality(g) || RELATIVE_PRONOUNS.has(stems[g])) continue;
    // A panel is no body, whatever its nationality (هيئة المحلفين الإنكليزية: the English jury).
    if (stems[k] === PANEL_HEAD && PANELS.has(stems[g])) continue;
    if (tags[a] !== 0 || prefixes[a] || !stems[a].startsWith('ال') || !isNationality(a)) continue;
    if (stems[a].endsWith('ه') === MASCULINE_HEADS.has(stems[k])) continue;
    if (a + 1 < tags.length && tags[a + 1] === B_PERS) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
    out[g] = I_ORG;
    out[a] = I_ORG;
    k = a;
  }
  return out ?? tags;
}
