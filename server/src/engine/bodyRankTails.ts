// A named body takes the ordinal or federal/central rank after it that agrees with its head (محكمة جنايات X الثانية).
import { beginTag, insideTag, takeNextWords } from './tagger';
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
  return takeNextWords(tags, B_ORG, I_ORG, (b, e) => {
    const head = stems[b];
    if (e - b < 2 || prefixes[e] || head.startsWith('ال')) return false;
    const ranks = FEMININE_HEAD.test(head) ? FEMININE_RANKS : MASCULINE_RANKS;
    return ranks.has(stems[e]) && !PREDICATE_NEXT.has(e + 1 < tags.length ? stems[e + 1] : '');
  });
}
