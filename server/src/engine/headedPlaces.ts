// Places named after a settlement, facility or installation head (بلدة [كفرنبل]، ميناء [الدقم]، منشأة [فوردو]) that the tagger left O.
import { beginTag, insideTag } from './tagger';
import { Token } from './tokenize';
import { cueBit } from './sentenceCues';
import { wordSet as set } from './wordSets';
import { DIRECTIONS, PLACE_FACILITIES, SETTLEMENT_HEADS } from './placeBounds';

const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/** Installations named after their village or town (`منشأة [فوردو]`, `مفاعل [ديمونا]`), beside the facilities above. */
const INSTALLATIONS = set('منشأة منشاة مفاعل');
const STATE_HEADS = set('ولاية محافظة إقليم');
/** Plural heads name no single place, and one is a verbal noun too (لإحياء: to revive). */
const PLURAL_HEADS = set('مدن قرى بلدات أحياء ولايات محافظات أقاليم مخيمات');

/** Heads of two letters with the ب the splitter leaves on them (بحي). Not و (وحي is revelation) nor ل (لحى, beards). */
const CLITIC_SHORT_HEADS: ReadonlySet<string> = new Set([...SETTLEMENT_HEADS].filter((h) => h.length === 2).map((h) => 'ب' + h));
/** tagPlacesAfterHeads starts at a settlement, facility or installation head (sentenceCues.ts). */
export const PLACE_HEAD_CUE = cueBit(SETTLEMENT_HEADS, PLACE_FACILITIES, INSTALLATIONS, CLITIC_SHORT_HEADS);

/**
 * A word right after a settlement, facility or installation head that the tagger left O is the place it names when the
 * training text never saw it and no list calls it anything but a place (`منشأة [فوردو]`، `ميناء [الدقم]`، `بلدة [كفرنبل]`),
 * or when the place list holds it as spelled and no other list does (`محافظتي [تعز]`). `freq(k)`: training count of token k (word and stem).
 */
export function tagPlacesAfterHeads(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number): number[] {
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    // A state named by its direction after an administrative head (ولاية [شمال دارفور]، محافظة [جنوب سيناء]).
    if (out[k] === B_LOC && k >= 2 && out[k - 1] === 0 && DIRECTIONS.has(stems[k - 1]) && STATE_HEADS.has(stems[k - 2])) {
      if (out === tags) out = tags.slice();
      out[k - 1] = B_LOC;
      out[k] = I_LOC;
      continue;
    }
    if (out[k] !== 0 || out[k - 1] !== 0 || sentence[k].kind !== 'word') continue;
    // The clitic splitter keeps its letter on a head of two letters (بحي): read off here.
    const head = CLITIC_SHORT_HEADS.has(stems[k - 1]) ? stems[k - 1].slice(1) : stems[k - 1];
    if ((!SETTLEMENT_HEADS.has(head) || PLURAL_HEADS.has(head)) && !PLACE_FACILITIES.has(head) && !INSTALLATIONS.has(head)) continue;
    const w = stems[k];
    const otherList = marks[k].some((m) => !/^f?LOC-/.test(m));
    const unseen = freq(k) === 0 && w.length >= 3 && /^[\u0621-\u064A]+$/.test(w) && !otherList && !/(ه|ها|هم)$/.test(sentence[k].text) && !w.endsWith('ا');
    // A place listed as spelled outweighs a folded match of another list (مديرية [كتاف]: the fold of a name part).
    const exactOther = marks[k].some((m) => !m.startsWith('f') && !m.startsWith('LOC-'));
    if (!unseen && !(marks[k].includes('LOC-S') && !exactOther)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_LOC;
  }
  return out;
}
