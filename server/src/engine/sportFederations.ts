// A sports federation named by its head, its adjectives and its game (الاتحاد الأفريقي لكرة اليد، الاتحادية الجزائرية للملاكمة): one body.
import { beginTag as B, insideTag as I, isInside, markIfChanged } from './tagger';
import { definite } from './namePatterns';
import { wordSet as set } from './wordSets';
import { Token } from './tokenize';
import { wideCueBit } from './wideCues';

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/**
 * Definite heads of a federation, league or sports body (normalised stems). Not المنتخب, الفريق or النادي: a team's game is
 * no part of its name in the project's sets (المنتخب العراقي لكرة القدم), and NewsFANE's gold splits on teams 56 : 31.
 */
const FEDERATION_HEADS = set('الاتحاد الاتحاديه الجامعه الرابطه العصبه');
/** لـ + a game, before its definite genitive (لكرة القدم، لألعاب القوى، لرياضة السيارات). */
const GAME_BEFORE_GENITIVE = set('لكره لالعاب لرياضه');
/** A game in one word after لل (للملاكمة، للسباحة، للجودو): the sports a federation is named for. */
const ONE_WORD_GAME = /^لل(ملاكمه|سباحه|تنس|جودو|كاراتيه|مصارعه|فروسيه|دراجات|جمباز|تايكواندو|رمايه|شطرنج|غولف|هوكي|رغبي|تجديف|كريكت|سيارات|العاب)$/;
/** Adjective endings (normalised): الأفريقي، الجزائرية، الملكية. */
const ADJECTIVE = /(ي|يه)$/;
const MAX_ADJECTIVES = 3;
/** A league's division, not a body (الرابطة الثانية لكرة القدم، الرابطة المحترفة الأولى): MISC in the project's sets. */
const DIVISION = /^ال(اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|ممتاز|ممتازه|محترف|محترفه|عليا)$/;

/** tagSportFederations starts at a federation head: a sentence without one is left as it is (wideCues.ts). */
export const SPORT_FEDERATION_CUE = wideCueBit([FEDERATION_HEADS]);

/**
 * A definite federation head, one to three definite adjectives without a clitic and the game it governs after them are one
 * ORG, whatever the passes before made of its words (`[الاتحاد الأفريقي] لكرة اليد` cut short, `الاتحادية الجزائرية
 * للملاكمة` left O, `الاتحاد العماني` read as a place): the training corpora tag the shape as one body 19 times, leave the
 * game outside 5 times (AQMAR only) and the whole O 4 times. A span running in from before the head or on past the game is
 * left alone: the words are another name's.
 */
export function tagSportFederations(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  const n = tags.length;
  let out: number[] | undefined;
  const adjective = (k: number) => k < n && !prefixes[k] && definite(stems[k]) && (ADJECTIVE.test(stems[k]) || isNationality(k));
  const division = (b: number, e: number) => { for (let k = b; k < e; k++) if (DIVISION.test(stems[k])) return true; return false; };
  for (let i = 0; i + 2 < n; i++) {
    if (!FEDERATION_HEADS.has(stems[i]) || isInside(tags[i])) continue;
    let j = i + 1;
    while (j - i <= MAX_ADJECTIVES && adjective(j)) j++;
    if (j === i + 1 || j >= n) continue;
    let e: number;
    if (GAME_BEFORE_GENITIVE.has(sentence[j].norm) && j + 1 < n && !prefixes[j + 1] && definite(stems[j + 1])) e = j + 2;
    else if (ONE_WORD_GAME.test(sentence[j].norm)) e = j + 1;
    else continue;
    if ((e < n && isInside(tags[e])) || division(i + 1, j)) continue;
    out = markIfChanged(tags, out, i, e, B_ORG, I_ORG);
    i = e - 1;
  }
  return out ?? tags;
}
