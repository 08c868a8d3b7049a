// A body's name cut after a plural in construct (مجلس مفوضي | الهيئة العليا …): the plural needs its genitive, so one name.
import { beginTag, insideTag, spanEnd } from './tagger';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/** Training-text count from which the plural's free form (مفوضين، المفوضين) is a word of the language, not a name's letters. */
const KNOWN_PLURAL = 2;

/**
 * A sound masculine plural in construct drops its ن (مفوضين → مفوضي، موظفين → موظفي): it cannot end a name, its genitive
 * follows. A body span whose last word is one such (no article, the form with ين or ون known to the training text, the
 * construct form itself no name the text knows better; with or without the article) right before a body span that opens with the article is one body:
 * مجلس مفوضي [الهيئة العليا للانتخابات] is the commissioners' board of the commission. `wordFreq(w)`: w's training count.
 */
export function joinConstructChains(stems: readonly string[], tags: number[], wordFreq: (w: string) => number): number[] {
  let out = tags;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (tags[b] !== B_ORG) continue;
    const e = spanEnd(tags, b);
    if (e - b < 2 || e >= n || tags[e] !== B_ORG || !stems[e].startsWith('ال')) { b = e - 1; continue; }
    const w = stems[e - 1];
    if (w.length < 5 || !w.endsWith('ي') || w.startsWith('ال')) { b = e - 1; continue; }
    const stem = w.slice(0, -1);
    const free = Math.max(wordFreq(stem + 'ين'), wordFreq('ال' + stem + 'ين'), wordFreq(stem + 'ون'), wordFreq('ال' + stem + 'ون'));
    if (free < KNOWN_PLURAL || wordFreq(w) > free * 4) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    out[e] = I_ORG;
    b = e - 1;
  }
  return out;
}
