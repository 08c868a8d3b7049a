// A definite word agreeing with the definite thing-noun before it is that noun's adjective (السلوك [الحسن]، العنف [الجامعي]): no person.
import { beginTag, dropSpans } from './tagger';
import { hasMark, PERSON_PLACE_BODY_LISTS, RARE_WORD } from './nameMarks';
import { NounReads } from './indefiniteAdjectives';
import { wordSet } from './wordSets';

const B_PERS = beginTag('PERS');
/**
 * Definite nouns of people no title list holds, after which a definite name is the person they describe (الراحل [الحسن]
 * الثاني، والد، المغفور له): normalised, with the article.
 */
const PERSON_NOUNS = wordSet('الراحل الفقيد المرحوم الشهيد الشاب الطفل الفتى الزميل المواطن الكاتب الفنان الممثل اللاعب الحكم الخليفه السلطان الامام الامير الملك الشيخ السيد');

/** The word at k without its article, when it has one (the splitter keeps ال on the stem: بالسلوك is ب + السلوك). */
const bareDefinite = (stems: readonly string[], k: number): string | undefined => (stems[k].startsWith('ال') ? stems[k].slice(2) : undefined);

/**
 * Token a is the adjective of the definite noun at a - 1: the noun a common word of the training text with its article
 * (RARE_WORD and more), in no person, place or body list, no title, person noun or cue verb, and no nisba (الشيعي، العباسي name
 * people themselves); the word at a definite, its article in the stem, agreeing with the noun in gender (both in ة or
 * neither), and its other gender a word of the text with the article (الحسنة، الجامعية): an adjective inflects, a name
 * (الأسد، الرضا، الونسو) does not.
 */
export function adjectiveAfterDefiniteNounAt(stems: readonly string[], prefixes: readonly string[], a: number, reads: NounReads): boolean {
  const { count, titleAt, verbAt, marksAt } = reads;
  const n = a - 1;
  if (n < 0 || prefixes[a] || !stems[a].startsWith('ال')) return false;
  const noun = bareDefinite(stems, n);
  if (noun === undefined || noun.length < 3 || noun.endsWith('ي') || count('ال' + noun) < RARE_WORD) return false;
  if (hasMark(marksAt(n), PERSON_PLACE_BODY_LISTS) || titleAt(n) || verbAt(n) || PERSON_NOUNS.has('ال' + noun)) return false;
  const adj = stems[a].slice(2);
  if (adj.length < 3 || noun.endsWith('ه') !== adj.endsWith('ه')) return false;
  const other = adj.endsWith('ه') ? adj.slice(0, -1) : adj + 'ه';
  return count('ال' + other) > 0;
}

/** Drops a one-word definite person right after an untagged definite noun it is the adjective of (adjectiveAfterDefiniteNounAt). */
export function dropDefiniteAdjectives(stems: readonly string[], prefixes: readonly string[], tags: number[], reads: NounReads): number[] {
  return dropSpans(tags, B_PERS, (b, e) => e === b + 1 && b > 0 && tags[b - 1] === 0 && adjectiveAfterDefiniteNounAt(stems, prefixes, b, reads));
}
