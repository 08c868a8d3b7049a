// A national plan named by its horizon year (رؤية 2030، رؤية مصر 2030، رؤية قطر الوطنية 2030) is a programme: MISC with its head.
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { definite, endsAsNisba } from './namePatterns';
import { wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';

const B_PERS = beginTag('PERS');
const B_ORG = beginTag('ORG');
const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

/** The head, indefinite (construct): `الرؤية` is someone's view, not a plan's name. */
const VISION = set('رؤية');
const YEAR = /^(?:19|20)\d\d$/;
/** The most words between `رؤية` and its year: a place and an adjective (رؤية قطر الوطنية 2030). */
const MAX_VISION_WORDS = 2;

export const VISION_CUE = wideCueBit([VISION]);

/**
 * Tags `رؤية` + up to two words the tagger read as a name or a definite nisba + a year as one MISC span (the news sets'
 * `[رؤية 2030]`): the place inside loses its own label, it is part of the plan's name. Not a person's or body's view
 * (رؤية الرئيس … 2030), nor a year after other words (رؤية جديدة للفريق في موسم 2024).
 */
export function tagVisionPlans(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let h = 0; h + 1 < n; h++) {
    if (!VISION.has(stems[h]) || sentence[h].kind !== 'word' || tags[h] !== 0) continue;
    let k = h + 1;
    // A nisba the tagger left O only when definite: the place's name (رؤية السعودية) or its adjective (قطر الوطنية), not
    // an indefinite adjective describing a view (رؤية اقتصادية 2030).
    while (k < n && k - h - 1 < MAX_VISION_WORDS && sentence[k].kind === 'word' && (tags[k] !== 0 || (definite(sentence[k].norm) && endsAsNisba(sentence[k].norm)))) {
      k = tags[k] !== 0 ? spanEnd(tags, k) : k + 1;
    }
    if (k >= n || sentence[k].kind !== 'number' || !YEAR.test(sentence[k].text) || tags[k] !== 0) continue;
    let named = true;
    for (let j = h + 1; j < k && named; j++) named = tags[j] !== B_PERS && tags[j] !== B_ORG;
    if (!named) continue;
    out ??= tags.slice();
    markSpan(out, h, k + 1, B_MISC, I_MISC);
    h = k;
  }
  return out ?? tags;
}
