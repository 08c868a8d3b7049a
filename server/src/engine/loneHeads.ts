// A body's indefinite head tagged alone names nothing: it joins the body tagged right after it (`جريدة [الاتحاد]`) or is dropped.
import { beginTag, insideTag, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { ORGANIZATION_HEADS } from './triggers';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** Heads of papers the trigger list lacks (it names صحيفة). */
const PAPER_HEADS = wordSet('جريدة');

/**
 * An ORGANIZATION span that is an indefinite head alone once names stop at punctuation (`منتخب " السامبا "` read
 * through the quote, `اتحاد منتجي البرمجيات` cut after the head) is no name: the README keeps the head inside its body, so
 * right before an organisation span it opens that span (`وجريدة [الاتحاد]` → `جريدة الاتحاد`); otherwise it is dropped,
 * with whatever the tagger ran on into behind the mark (a span opening on a mark is never shown).
 */
export function loneHeadsOut(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 0; k < n; k++) {
    if (tags[k] !== B_ORG || stems[k].startsWith('ال') || !(ORGANIZATION_HEADS.has(stems[k]) || PAPER_HEADS.has(stems[k]))) continue;
    const end = spanEnd(tags, k);
    if (end > k + 1 && sentence[k + 1].kind !== 'punct') { k = end - 1; continue; }
    out ??= tags.slice();
    if (end === k + 1 && k + 1 < n && tags[k + 1] === B_ORG && sentence[k + 1].kind === 'word') { out[k + 1] = I_ORG; continue; }
    for (let e = k; e < end; e++) out[e] = 0;
    k = end - 1;
  }
  return out ?? tags;
}
