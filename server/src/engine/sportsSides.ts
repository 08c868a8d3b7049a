// Sides a match report names by a role or a head (على ضيفه [ويجان]، أمام مضيفه [بنفيكا]، فريق [الكوكب]): teams.
import { normalizeArabic } from './normalize';
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import { cueBit } from './sentenceCues';
import { MATCH_VERBS, OPPONENT, SPORTS_CUE_WORDS } from './sportsNews';
import { wordSet as set } from './wordSets';
import { definitePlural, endsAsNisba } from './namePatterns';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const B_PERS = beginTag('PERS');

/**
 * A side's role with its owner's pronoun (ضيفه: his guest), as real text writes it (normalised), and its feminine, which a
 * country's national team takes (على مضيفتها [جورجيا]، مع ضيفتها [ليتوانيا]). Not a rival (منافسه): an election has one
 * too (فاز على منافسه [جايير بولسونارو]).
 */
const ROLES = new Set('ضيفه ضيفها مضيفه مضيفها ضيفته ضيفتها مضيفته مضيفتها'.split(' ').map(normalizeArabic));
/** The same nouns before a pronoun split off as its own token (ضيف ه، مضيفة ها، ضيفت ها), as the FANE corpora write them. */
const ROLE_STEMS = new Set('ضيف مضيف ضيفة مضيفة ضيفت مضيفت'.split(' ').map(normalizeArabic));
const PRONOUNS = new Set(['ه', 'ها']);
/** A team's head, indefinite and without a pronoun (فريق الكوكب); NewsFANE tags the name after it, the head outside. */
const TEAM_HEAD = normalizeArabic('فريق');
/** Only a sentence with a role noun or the team head can change (sentenceCues.ts). */
export const SIDE_ROLE_CUE = cueBit(ROLES, ROLE_STEMS, [TEAM_HEAD]);
/**
 * What a team of people is for (فريق العمل، فريق التحقيق، فريق الإنقاذ), and whose or which team it is (فريق العاصمة،
 * فريق الضيوف): no club's name, in sports news too.
 */
const WORK_TEAMS = set(`العمل التحقيق الإنقاذ البحث الخبراء المفتشين الأطباء الدفاع المحققين التفتيش الإطفاء الإسعاف الأحلام التحكيم
  العاصمة المدينة البلد البلاد الضيوف الضيف المضيف الخصم المنافس الزائر الفائز الخاسر`);
/** Words of the team's name after its head, at most. */
const MAX_TEAM_WORDS = 3;
/** Training-text count below which an untagged word after the role is a team's name the lists lack (ويجان، الخريطيات). */
const RARE = 3;

/** A definite word named alone (مضيفه [الخليج] بهدف): no noun with its adjective or genitive after it. */
const definiteAlone = (stems: readonly string[], k: number) => stems[k].startsWith('ال') && stems[k].length >= 5 && !(stems[k + 1] ?? '').startsWith('ال');

/**
 * In `على/أمام/مع + ضيفه/مضيفه + NAME` the name is the opposing team: a place or person span there is made
 * ORGANIZATION, and an untagged word the training text hardly knows, a clubs-list word or a definite name alone becomes one; NewsFANE tags the
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
    // The split pronoun first: normalised, مضيفة (ها) is spelled as مضيفه, his host.
    if (ROLE_STEMS.has(stems[k]) && PRONOUNS.has(stems[k + 1])) j = k + 2;
    else if (ROLES.has(stems[k])) j = k + 1;
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
      markSpan(out, j, e, B_ORG, I_ORG);
    } else if (t === 0 && (freq(j) < RARE || club(j) || definiteAlone(stems, j))) {
      if (out === tags) out = tags.slice();
      out[j] = B_ORG;
    }
  }
  return out;
}

/**
 * In sports news, the name right after the head فريق is the team's (يسعى فريق [الكوكب]، فريق [شباب المسيرة]، فريق
 * [الوداد البيضاوي]): NewsFANE tags it ORGANIZATION 31 times after an indefinite فريق, and leaves the head out; the 45
 * others are the head with a pronoun (فريقه), a work team (فريق العمل) or a nationality (فريق إفريقي). A place or person
 * span there is made the team; an untagged definite word, listed club or rare word becomes one, with the definite word
 * after an indefinite one (شباب [المسيرة]), a rare word (حسنية [أكادير]) or a city's nisba (الوداد [البيضاوي]).
 * `sportsWord`: the sentence has a sports word besides the head (the head alone names any team of people).
 */
export function tagTeamsAfterHead(stems: readonly string[], prefixes: readonly string[], tags: number[], freq: (k: number) => number,
  club: (k: number) => boolean, nationality: (k: number) => boolean): number[] {
  if (!stems.some((s) => s !== TEAM_HEAD && (SPORTS_CUE_WORDS.has(s) || MATCH_VERBS.has(s)) && s !== 'ال' + TEAM_HEAD)) return tags;
  let out = tags;
  const word = (k: number) => k < stems.length && /^[\u0621-\u064A]/.test(stems[k]) && !prefixes[k];
  for (let k = 0; k + 1 < stems.length; k++) {
    const j = k + 1;
    // Four letters at least: `إلا` folds to a definite-looking الا (ما حل في فريق إلا …).
    // A definite nisba can't describe the indefinite head: it is its genitive, a club named by it (فريق [العربي]، فريق [المصري]).
    if (stems[k] !== TEAM_HEAD || !word(j) || stems[j].length < 4 || (nationality(j) && !stems[j].startsWith('ال')) || WORK_TEAMS.has(stems[j])) continue;
    // The tagger's span over the head (فريق العربي) starts after it, as above; with the head inside, a nisba name is
    // later cut as the body's adjective and the bare head left dropped.
    if (out[k] === B_ORG && out[j] === I_ORG) {
      if (out === tags) out = tags.slice();
      out[k] = 0;
      out[j] = B_ORG;
      continue;
    }
    if (out[k] !== 0) continue;
    const t = out[j];
    if (t === B_LOC || t === B_PERS) {
      if (out === tags) out = tags.slice();
      const e = spanEnd(out, j);
      markSpan(out, j, e, B_ORG, I_ORG);
      continue;
    }
    const definite = stems[j].startsWith('ال');
    if (t !== 0 || !(definite || club(j) || freq(j) < RARE) || (!club(j) && definitePlural(stems[j]))) continue;
    if (out === tags) out = tags.slice();
    out[j] = B_ORG;
    for (let m = j + 1; m < stems.length && m - j < MAX_TEAM_WORDS && out[m] === 0 && word(m) && !nationality(m) &&
      // A nisba of five letters at least: إلى and الذي fold to definite-looking الي, الذي.
      (stems[m - 1].startsWith('ال') ? stems[m].startsWith('ال') && stems[m].length >= 5 && endsAsNisba(stems[m]) : stems[m].startsWith('ال') || freq(m) < RARE); m++) out[m] = I_ORG;
  }
  return out;
}
