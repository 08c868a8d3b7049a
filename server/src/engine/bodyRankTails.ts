// A named body takes the ordinal or federal/central rank after it that agrees with its head (محكمة جنايات X الثانية).
import { beginTag, insideTag, spanEnd } from './tagger';
import { FEMININE_ORDINALS, MASCULINE_ORDINALS, wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Ranks that number or qualify the body itself, never its genitive: a court, chamber or bank of one seat is told from its
 * siblings by an ordinal (محكمة جنايات X الثانية، بنك X الأول), and a federal or central body from the regional one of the same
 * name (هيئة النزاهة الاتحادية). Normalised; feminine and masculine kept apart for the agreement test.
 */
const FEMININE_RANKS: ReadonlySet<string> = new Set([...FEMININE_ORDINALS, ...wordSet('الاتحادية المركزية')]);
const MASCULINE_RANKS: ReadonlySet<string> = new Set([...MASCULINE_ORDINALS, ...wordSet('الاتحادي المركزي')]);
/** A feminine head, normalised (ة is written ه). */
const FEMININE_HEAD = /ه$/;
/**
 * A rank followed by these ranks the body among others (بنك X الأول عربيا، الثانية من حيث): a predicate, not the name's end.
 * An indefinite accusative adverb ends in ا.
 */
const PREDICATE_NEXT = wordSet('من في على بين عالميا عربيا إقليميا محليا أفريقيا');

/**
 * An organisation span of two words or more whose head is indefinite (the construct head of a name) and the rank word left
 * out right after it, agreeing in gender with the head, takes the rank in; not when a ranking follows (الأول عالميا).
 */
export function takeBodyRanks(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (tags[b] !== B_ORG) continue;
    const e = spanEnd(tags, b);
    const head = stems[b];
    const start = b;
    b = e - 1;
    if (e >= n || e - start < 2 || tags[e] !== 0 || prefixes[e] || head.startsWith('ال')) continue;
    const ranks = FEMININE_HEAD.test(head) ? FEMININE_RANKS : MASCULINE_RANKS;
    if (!ranks.has(stems[e])) continue;
    const next = e + 1 < n ? stems[e + 1] : '';
    if (PREDICATE_NEXT.has(next)) continue;
    out ??= tags.slice();
    out[e] = I_ORG;
  }
  return out ?? tags;
}
