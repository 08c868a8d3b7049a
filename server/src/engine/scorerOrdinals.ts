// An ordinal after a player's name counts his goals or ranks him (أضاف [كريم زعيتر] الثاني، [حمدوش] ثالث لاعب): no part of the name.
import { beginTag, insideTag, spanEnd } from './tagger';
import { REGNAL } from './regnalNames';
import { BARE_ORDINALS, hasBehindConjunction, wordSet as set } from './wordSets';
import { IN, STATEMENTS } from './saidNames';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Words before a family's name (آل ثاني، محمد بن ثاني), normalised: the ordinal's letters are that family's. */
const LINEAGE = set('آل بن ابن بنت');
/** Verbs that score a goal, as the stem before the scorer's name (سجل، يحرز), read behind the و/ف the stems keep (وأضاف). */
const SCORING_VERBS = set('سجل يسجل أضاف يضيف أحرز يحرز أحرزه زاد يزيد');
/** Words of a goal in the sentence: with them a regnal-looking ordinal after a scorer counts goals. */
const GOAL_WORDS = set('هدف هدفا هدفين الهدف أهداف الأهداف ركلة الدقيقة مرمى شباك الشباك تسديدة رأسية الشوط');
/**
 * Titles of rulers before a name, definite or heading a construct (ملك إسبانيا): a king's or pope's ordinal is his (الملك محمد
 * السادس), right before the name or one word before it (العاهل الأردني عبدالله الثاني، ملك إسبانيا فيليبي السادس).
 */
const RULERS = set('الملك الملكة البابا الإمبراطور السلطان العاهل ملك ملكة بابا إمبراطور سلطان عاهل');
/** What opens the words said (normalised): after them أضاف and زاد report a statement, no goal (وزاد الحسن الثاني أن الهدف). */
const THAT = set('أن إن');

/**
 * Drops an ordinal the tagger took as a person's last word: a bare ordinal, written whole and after no آل or بن (ويعد [حجازي] ثاني لاعب; [حمد بن خليفة آل ثاني] and [محمد بن ثاني] stay); a definite one
 * (regnal in shape) where a scoring verb stands one to three words before the span (the given name may be read into it later: أضاف البديل سعيد [عمارة الثالث]), no ruler's title is right before it, and
 * the sentence speaks of goals (قبل أن يضيف [كريم زعيتر] الثاني من ركلة جزاء). Kings' numbers stay (الملك [عبد الله الثاني]).
 */
export function dropScorerOrdinals(stems: readonly string[], tags: number[], norm: (k: number) => string): number[] {
  let out = tags;
  const goals = stems.some((s) => GOAL_WORDS.has(s));
  // أن right after the name, or في and where it was said (في خطاب): the verb reports what the man said, the goal is an aim.
  const saidAfter = (e: number) => e < stems.length && (THAT.has(norm(e)) || (IN.has(norm(e)) && e + 1 < stems.length && STATEMENTS.has(norm(e + 1))));
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    const last = stems[e - 1];
    const scorer = goals && REGNAL.has(last) && ![1, 2].some((d) => b >= d && RULERS.has(stems[b - d])) &&
      [1, 2, 3].some((d) => b >= d && hasBehindConjunction(SCORING_VERBS, stems[b - d])) && !saidAfter(e);
    // The bare ordinal as written whole (باول is no أول behind ب), and no family's name (آل ثاني).
    const bare = BARE_ORDINALS.has(norm(e - 1)) && !LINEAGE.has(norm(e - 2));
    if (e - b >= 2 && tags[e - 1] === I_PERS && (bare || scorer)) {
      if (out === tags) out = tags.slice();
      out[e - 1] = 0;
    }
    b = e - 1;
  }
  return out;
}
