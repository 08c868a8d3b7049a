// The side a match report names by its role (على ضيفه [ويجان]، أمام مضيفه [بنفيكا]): a team.
import { normalizeArabic } from './normalize';
import { beginTag, insideTag, spanEnd } from './tagger';
import { cueBit } from './sentenceCues';
import { MATCH_VERBS } from './sportsClubs';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');

/**
 * A side's role with its owner's pronoun (ضيفه: his guest), as real text writes it (normalised). Not a rival (منافسه):
 * an election has one too (فاز على منافسه [جايير بولسونارو]).
 */
const ROLES = new Set('ضيفه ضيفها مضيفه مضيفها'.split(' ').map(normalizeArabic));
/** The same nouns before a pronoun split off as its own token (ضيف ه), as the FANE corpora write them. */
const ROLE_STEMS = new Set('ضيف مضيف'.split(' ').map(normalizeArabic));
const PRONOUNS = new Set(['ه', 'ها']);
/** Words before the role that put it in a match's opponent slot (normalised: على → علي). */
const OPPONENT = new Set(['علي', 'امام', 'مع', 'ضد']);
/** Only a sentence with a role noun can change (sentenceCues.ts). */
export const SIDE_ROLE_CUE = cueBit(ROLES, ROLE_STEMS);
/** Training-text count below which an untagged word after the role is a team's name the lists lack (ويجان، الخريطيات). */
const RARE = 3;

/**
 * In `على/أمام/مع + ضيفه/مضيفه/منافسه + NAME` the name is the opposing team: a place or person span there is made
 * ORGANIZATION, and an untagged word the training text hardly knows (or a clubs-list word) becomes one; NewsFANE tags the
 * name after these roles a team 21 times in 22. Its nationality (ضيفه [البوروندي]) and a number stay out. A one-word
 * place or person read right after the result verb on the other side (وفاز [إيفرتون] على ضيفه) is the other team.
 * `freq(k)`: training count of token k; `club(k)`: a clubs list holds token k; `nationality(k)`: token k is a nationality.
 */
export function tagSidesByRole(stems: readonly string[], tags: number[], freq: (k: number) => number, club: (k: number) => boolean,
  nationality: (k: number) => boolean): number[] {
  // A host receives guests in politics too (بحث الرئيس مع ضيفه …): a match needs its result verb or noun in the sentence.
  if (!stems.some((s) => MATCH_VERBS.has(s))) return tags;
  let out = tags;
  for (let k = 1; k + 1 < stems.length; k++) {
    if (!OPPONENT.has(stems[k - 1]) || out[k] !== 0) continue;
    let j: number;
    if (ROLES.has(stems[k])) j = k + 1;
    else if (ROLE_STEMS.has(stems[k]) && PRONOUNS.has(stems[k + 1])) j = k + 2;
    else continue;
    // The side before it, right after the result verb (وفاز [إيفرتون] على ضيفه): a guest or host has a team for its other side.
    const before = k - 2;
    if (before >= 1 && out[k - 1] === 0 && (out[before] === B_LOC || out[before] === B_PERS) && MATCH_VERBS.has(stems[before - 1])) {
      if (out === tags) out = tags.slice();
      out[before] = B_ORG;
    }
    if (j >= stems.length || nationality(j) || !/^[\u0621-\u064Aa-zA-Z]/.test(stems[j])) continue;
    const t = out[j];
    if (t === B_LOC || t === B_PERS) {
      if (out === tags) out = tags.slice();
      const e = spanEnd(out, j);
      for (let m = j; m < e; m++) out[m] = m === j ? B_ORG : I_ORG;
    } else if (t === 0 && (freq(j) < RARE || club(j))) {
      if (out === tags) out = tags.slice();
      out[j] = B_ORG;
    }
  }
  return out;
}
