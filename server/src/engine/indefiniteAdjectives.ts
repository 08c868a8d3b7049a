// An indefinite word agreeing with the indefinite common noun before it is that noun's adjective (عيش [كريم]، [عقل سليم]): no person.
import { beginTag, dropSpans } from './tagger';
import { hasMark, OWN_NAME_LISTS, PERSON_PLACE_BODY_LISTS } from './nameMarks';
import { wordSet } from './wordSets';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const CLITIC_START = /^[وفبكل]/;

const B_PERS = beginTag('PERS');

/** What the test reads of the sentence: a normalised word's training-text count, a token as written, the title test, a cue verb, the list marks. */
export interface NounReads {
  count: (w: string) => number;
  text: (k: number) => string;
  titleAt: (k: number) => boolean;
  /** Token k is a verb the cue lists know (وكتب، قال): كتب is a noun too, but not where it reports. */
  verbAt: (k: number) => boolean;
  /** The list marks of token k (none where a caller has no lists: document consistency). */
  marksAt: (k: number) => readonly string[];
}
/** Links and kin that take a name in construct (ابن كريم، أم جميل، أبو نبيل), normalised. */
const LINKS = wordSet('بن ابن بنت ابنة أبو أبي أبا أم عبد آل ولد أخ أخو أخي أخت');

/**
 * The adjective's base (its masculine form) when word `adj` agrees with noun `noun` in gender and case: both feminine in ة
 * (normalised ه), both accusative in tanween ا, or both bare; undefined when they differ (زوجة [كريم] is Karim's wife).
 * `nounText`, the noun as written: a bare adjective after a noun in ه (وجه) agrees, after one written in ة it does not.
 */
function agreeingBase(noun: string, nounText: string, adj: string): string | undefined {
  if (adj.endsWith('ه')) return noun.endsWith('ه') ? adj.slice(0, -1) : undefined;
  if (nounText.endsWith('ة')) return undefined;
  if (noun.endsWith('ا') !== adj.endsWith('ا')) return undefined;
  return adj.endsWith('ا') ? adj.slice(0, -1) : adj;
}

/**
 * Token a is the adjective of the noun at a - 1: the noun indefinite (its clitic a preposition or و at most), a word the
 * training text knows bare and with the article (so a noun: no verb قال، أكد takes ال), in no name, place or body list,
 * no title, link (ابن، أبو) or cue verb (وكتب); the adjective bare, agreeing with it (agreeingBase), whose feminine the training text
 * holds at least half as often as its masculine. A given name that is an adjective (كريم، جميل، نبيل) passes there; one
 * that mostly names people (سعيد، خالد، حسن، عادل: the feminine under a fifth) and a surname in construct (إدارة بوش، عهد
 * مبارك: no feminine) do not. `alone`: the noun is outside the person; where the tagger took it in, it is in no name list
 * at all, for two given names that are adjectives (كريم سامي، رشيد رمزي) read so too.
 */
export function adjectiveAfterNounAt(stems: readonly string[], prefixes: readonly string[], a: number, reads: NounReads, alone: boolean): boolean {
  const { count, text, titleAt, verbAt, marksAt } = reads;
  const n = a - 1;
  if (n < 0 || prefixes[a] || stems[a].startsWith('ال') || stems[n].startsWith('ال') || prefixes[n].includes('ال')) return false;
  const noun = stems[n];
  // A clitic the splitter left on a word the text knows whole (بهدف) is read off for the article test.
  const known = (w: string) => w.length >= 3 && count('ال' + w) > 0;
  // An accusative in tanween (عزما اكيدا) takes the article without its ا.
  const bare = noun.endsWith('ا') && stems[a].endsWith('ا') ? noun.slice(0, -1) : noun;
  if (!known(bare) && !(CLITIC_START.test(bare) && known(bare.slice(1)))) return false;
  // Inside the person, every name list as spelled, the Wikidata name parts too (إيمان، رشيد، كريم are in them).
  if (hasMark(marksAt(n), alone ? PERSON_PLACE_BODY_LISTS : OWN_NAME_LISTS) || titleAt(n) || verbAt(n) || LINKS.has(noun)) return false;
  const base = agreeingBase(noun, text(n), stems[a]);
  if (!base || base.length < 3) return false;
  const feminine = count(base + 'ه');
  // The masculine a word of the text too, bare or with the article: a name in ة has none (دياكيه), an adjective does (آمنة).
  const masculine = count(base);
  return masculine + count('ال' + base) > 0 && feminine > 0 && 2 * feminine >= masculine;
}

/**
 * Drops a person that is a noun's adjective (adjectiveAfterNounAt): a one-word person after an untagged noun (لباس
 * [صحراوي]، رجل [حكيم])، or a two-word person that is the noun and its adjective (`[عقل سليم]`، `ب[هدف نظيف]`).
 */
export function dropIndefiniteAdjectives(stems: readonly string[], prefixes: readonly string[], tags: number[], reads: NounReads): number[] {
  return dropSpans(tags, B_PERS, (b, e) => {
    const alone = e === b + 1 && b > 0 && tags[b - 1] === 0;
    return (alone || e === b + 2) && adjectiveAfterNounAt(stems, prefixes, alone ? b : b + 1, reads, alone);
  });
}
