// In a list of full names joined by و, a two-word item the tagger left O after a full name is a person too, listed or not.
import { beginTag, insideTag } from './tagger';
import { Token } from './tokenize';
import { ANY_NAME_LIST, COMMON_WORD, GIVEN_LIST, NOT_NAME_LIST, RARE_WORD } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * `وتوفيق عبدالحميد واشرف عبدالغفور [وماجدة الخطيب] ،`، `فيصل ملكاوي [وغيث الطراونة] -`: after a full name (a person span
 * of two words or more), `وX Y` is the list's next full name when the item ends there (a stop, the end, or the next `و`
 * item follows) and both words read as name parts: X bare of its article, no verb, no place or body of the lists, and a
 * given name of the lists, a name part the text knows little or a word it has not seen; Y a name part or no common word.
 * personConjuncts, which tags a one-word conjunct, stops before a given name (`[وعبدالحليم] علي`) or a definite word (the
 * construct guard), both of which a family name often is. `count`: a normalised word's training count; `listsOf`: the lists
 * holding a normalised word; `verb(k)`: a reporting verb.
 */
export function fullNameListItems(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  count: (w: string) => number, listsOf: (w: string) => string | undefined, verb: (k: number) => boolean): number[] {
  let out = tags;
  const n = sentence.length;
  const isWord = (k: number) => sentence[k].kind === 'word';
  // The word after a joined و; a و the splitter left on only off a word the text and the lists do not know whole (وغيث).
  const conjoined = (k: number): string | undefined => {
    if (prefixes[k] === 'و') return stems[k];
    const norm = sentence[k].norm;
    if (!prefixes[k] && norm.startsWith('و') && norm.length >= 4 && count(norm) < RARE_WORD && !listsOf(norm)) return norm.slice(1);
    return undefined;
  };
  // The person span ending at token e opens with و.
  const itemOpens = (e: number) => {
    let b = e;
    while (b > 0 && out[b] === I_PERS) b--;
    return out[b] === B_PERS && conjoined(b) !== undefined;
  };
  for (let k = 2; k + 1 < n; k++) {
    // After a full name: the token before k closes a span of two words or more.
    if (out[k] !== 0 || out[k + 1] !== 0 || out[k - 1] !== I_PERS || !isWord(k) || !isWord(k + 1)) continue;
    if (prefixes[k + 1] || verb(k) || verb(k + 1)) continue;
    const x = conjoined(k);
    if (!x) continue;
    const y = stems[k + 1];
    if (x.length < 3 || x.startsWith('ال') || y.length < 3 || y.startsWith('و')) continue;
    // The item ends after Y: the next item opens with و, or a stop or the end comes.
    if (k + 2 < n && isWord(k + 2) && !(prefixes[k + 2] === 'و' || sentence[k + 2].norm === 'و')) continue;
    const xLists = listsOf(x) ?? '';
    const yLists = listsOf(y) ?? '';
    if (NOT_NAME_LIST.test(xLists) || NOT_NAME_LIST.test(yLists)) continue;
    const xCount = count(x);
    const yCount = count(y);
    // A common word opens the item only in a series of و items before an unseen family name (وصلاح بوسريف [وحسن نجمي]).
    const series = yCount < RARE_WORD && !y.startsWith('ال') && itemOpens(k - 1);
    if (!(GIVEN_LIST.test(xLists) || (ANY_NAME_LIST.test(xLists) && xCount < COMMON_WORD) || xCount < RARE_WORD || series)) continue;
    // After an unseen given name any word closing the item is its family name, a common one too (وعبدالحليم علي).
    if (!(ANY_NAME_LIST.test(yLists) || yCount < COMMON_WORD || xCount < RARE_WORD)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    out[k + 1] = I_PERS;
  }
  return out;
}
