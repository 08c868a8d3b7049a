// A title's noun and its elative after a name (لطفي باشا [الصدر الأعظم]، المرشد الأعلى) are no part of the name.
import { beginTag, spanEnd } from './tagger';
import { PERSON_TITLE_FORMS } from './triggers';
import { wordSet as set } from './wordSets';

const B_PERS = beginTag('PERS');
/** Elatives that make a definite noun a rank (الصدر الأعظم، المرشد الأعلى، الحاخام الأكبر), normalised. */
const RANK_ELATIVES = set('الأعظم الأعلى الأكبر');
/**
 * Ranks an elative completes beside the titles (الصدر الأعظم، الحبر الأعظم، المفتي الأكبر), normalised. A family name before
 * an elative is the person compared (سالم الدوسري الأعلى أجرا، خالد الفيصل الأكبر بين إخوته): it stays in the name.
 */
const RANK_NOUNS = set('الصدر الحبر المفتي السلطان');
const rankNoun = (w: string) => RANK_NOUNS.has(w) || PERSON_TITLE_FORMS.has(w);

/**
 * A person span whose last word is a rank's noun (a title, الصدر) right before a rank's elative ends before that noun: the two are the
 * person's rank (لطفي باشا [الصدر] الأعظم); a span of that noun alone is the rank, no person (فاقترح [الصدر] الأعظم).
 * An indefinite or kinship word before the elative stays (جورج بوش الأب، كاتو الأكبر: the elative is outside the span).
 */
export function titleElatives(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    if (e < tags.length && tags[e] === 0 && RANK_ELATIVES.has(stems[e]) && rankNoun(stems[e - 1])) {
      if (out === tags) out = tags.slice();
      out[e - 1] = 0;
    }
    b = e - 1;
  }
  return out;
}
