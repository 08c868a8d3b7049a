// A story's by-line or credit (`الرياض : [مساعد الزياني]`، `تصوير : [طالب الحسيني]`): the two words after the colon are the writer.
import { beginTag, insideTag, isInside, markSpan, spanEnd, spanStart, tagLabel } from './tagger';
import { Token } from './tokenize';
import { wordSet } from './wordSets';
import { COMMON_WORD, NAME_LISTS, NOT_NAME_LISTS, PERSON_WORD_LISTS, RARE_WORD, hasMark } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Credit words that head a by-line at a story's start: written by, photographed by, prepared, interview, follow-up, report. */
const CREDIT_WORDS = wordSet('كتب بقلم تصوير عدسة إعداد حوار متابعة تقرير ترجمة تحرير');
/** Longest place a by-line names before its colon (`تل أبيب`، `أديس أبابا`، `رام الله`). */
const MAX_PLACE = 3;
/** Name links after which the name goes on (`محمد بن راشد`، `أحمد أبو الغيط`). */
const LINKS = wordSet('بن ابن أبو عبد بو');

/**
 * Where a by-line's colon stands: a credit word opening the sentence, or a place the tagger read (up to MAX_PLACE words)
 * opening the sentence or following the writer of the by-line before it (`لندن : علي الصالح [تل أبيب] : نظير مجلي`).
 */
function bylineColon(sentence: readonly Token[], tags: readonly number[], c: number): boolean {
  if (sentence[c].text !== ':' || c === 0) return false;
  if (c === 1 && CREDIT_WORDS.has(sentence[0].norm) && tags[0] === 0) return true;
  const b = spanStart(tags, c - 1);
  if (tagLabel(tags[b]) !== 'LOCATION' || isInside(tags[b]) || spanEnd(tags, b) !== c || c - b > MAX_PLACE) return false;
  return b === 0 || tagLabel(tags[b - 1]) === 'PERSON';
}

/**
 * A by-line names its writer right after the colon, with no verb or title before the name, and the story follows with no
 * mark between (`الرياض : مساعد الزياني ذكرت شركة …`): a given name the name lists hold, then a family name that they hold
 * or the training text hardly knows, is one person, whatever the tagger read there (nothing, or the family name alone:
 * `[مجلي]`). A name the tagger began at the given name is left as it is; a name link carries the name one word on.
 * `marks`: the words' list marks; `count`: a normalised word's training count; `verb`: the word is a verb a cue list knows.
 */
export function tagBylineNames(sentence: readonly Token[], tags: number[], marks: readonly (readonly string[])[], prefixes: readonly string[],
  count: (w: string) => number, verb: (k: number) => boolean): number[] {
  let out = tags;
  const n = sentence.length;
  const word = (k: number) => k < n && sentence[k].kind === 'word' && !prefixes[k];
  const nameWord = (k: number) => word(k) && !verb(k);
  const named = (k: number) => hasMark(marks[k], NAME_LISTS);
  for (let c = 1; c + 2 < n; c++) {
    if (sentence[c].text !== ':' || !bylineColon(sentence, out, c)) continue;
    const g = c + 1;
    let e = g + 2;
    // After a credit word the name is the credit's whatever else it may read as (تصوير : طالب …, not "demanded").
    const credited = c === 1 && CREDIT_WORDS.has(sentence[0].norm);
    if (!(credited ? word(g) : nameWord(g)) || !nameWord(g + 1) || out[g] !== 0) continue;
    // A given name has no article (`تقرير : الباصات العربية` is a headline).
    if (!named(g) || sentence[g].norm.startsWith('ال') || hasMark(marks[g], NOT_NAME_LISTS)) continue;
    // After a place, a word only the Wikidata name parts hold that the text knows well is a headline's noun (غزة : عودة نازحين).
    if (!credited && !hasMark(marks[g], PERSON_WORD_LISTS) && count(sentence[g].norm) >= COMMON_WORD) continue;
    // The family name: what the tagger read as a person alone, or a listed or unseen word no other span holds.
    if (out[g + 1] === B_PERS) e = spanEnd(out, g + 1);
    else if (out[g + 1] !== 0 || !(named(g + 1) || count(sentence[g + 1].norm) < RARE_WORD)) continue;
    else if (LINKS.has(sentence[g + 1].norm) && nameWord(e) && out[e] === 0) e++;
    if (out === tags) out = tags.slice();
    markSpan(out, g, e, B_PERS, I_PERS);
  }
  return out;
}
