// In a list of full names joined by و, an item the tagger cut to its given name takes the word after it as its family name.
import { beginTag, insideTag, spanEnd } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Full names (two words or more) opening with و a list needs besides the cut item: then every item is a full name. */
const MIN_FULL_ITEMS = 3;

/**
 * `ووائل القباني [وطارق] السيد وتامر أبو جبل … [وحازم] امام وليد عبداللطيف`: in a list of players or members written as
 * full names joined by و, a one-word item is the given name of a full name whose family name is a common word the tagger
 * read as one (السيد، إمام). The word after it is its family name when the next item (a person opening with و) or a stop
 * follows it and the sentence holds MIN_FULL_ITEMS full names that open with و. `text(k)`: token k as written.
 */
export function listItemSurnames(tags: number[], text: (k: number) => string, isWord: (k: number) => boolean): number[] {
  // و on the name or written apart before it (و طارق).
  const item = (k: number) => text(k).startsWith('و') || (k > 0 && text(k - 1) === 'و');
  let full = 0;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    if (e - b >= 2 && item(b)) full++;
    b = e - 1;
  }
  if (full < MIN_FULL_ITEMS) return tags;
  let out: number[] | undefined;
  for (let b = 0; b + 2 < tags.length; b++) {
    if (tags[b] !== B_PERS || tags[b + 1] !== 0 || !item(b) || !isWord(b + 1) || text(b + 1).startsWith('و')) continue;
    const next = b + 2;
    const nextItem = (tags[next] === B_PERS && text(next).startsWith('و')) || (text(next) === 'و' && tags[next + 1] === B_PERS);
    if (!nextItem && isWord(next)) continue;
    (out ??= tags.slice())[b + 1] = I_PERS;
  }
  return out ?? tags;
}
