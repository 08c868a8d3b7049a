// Regnal numbers in person names: where a king's or pope's name ends (محمد السادس، بنديكتوس السادس عشر).
import { wideCueBit } from './wideCues';
import { normalizeArabic } from './normalize';
import { FEMININE_ORDINALS, MASCULINE_ORDINALS, wordSet } from './wordSets';
import { insideTag, spanEnd, beginTag } from './tagger';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Regnal numbers (normalised), masculine and feminine: محمد السادس، إليزابيث الثانية، بنديكتوس السادس عشر. */
export const REGNAL: ReadonlySet<string> = new Set([...MASCULINE_ORDINALS, ...FEMININE_ORDINALS, ...wordSet('الحادي الحادية')]);
/** regnalNumbersCloseNames' bit (wideCues.ts): a sentence without a regnal number is left as it is, so correctTags skips it there. */
export const REGNAL_CUE = wideCueBit([REGNAL]);
/**
 * 7b. A regnal number closes a name before a definite word or a given name: what follows is the sentence going on
 *     (الملك محمد السادس [الغزواني بفوزه], the congratulated man and his win; محمد السادس [شكيب بنموسى]). Lineage, tens and
 *     a house's name or a listed epithet go on (عبد الله الثاني بن الحسين، بنديكتوس السادس عشر، جيمس الأول ستيوارت،
 *     فيليب الثاني المقدوني). In the training corpora
 *     230 person spans end at the number, 26 go on with بن or عشر, 20 with a house or epithet (يوحنا الخامس باليولوج).
 */
export function regnalNumbersEndNames(stems: string[], marks: readonly string[][], out: number[]): void {
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    let e = spanEnd(out, b);
    for (let k = b + 1; k < e; k++) {
      if (!REGNAL.has(stems[k])) continue;
      const next = stems[k + 1] ?? '';
      // The tens the tagger left out are the number's (بنديكتوس السادس [عشر]).
      if (k + 1 === e && (next === 'عشر' || next === 'عشره')) out[e++] = I_PERS;
      // An epithet the people list ends a name with goes on (فيليب الثاني [المقدوني]، يوحنا الثالث [والعشرون]).
      else if (k + 1 < e && !marks[k + 1].includes('PLAST-S') && (next.startsWith('ال') || marks[k + 1].some((m) => m.startsWith('FIRST')))) out.fill(0, k + 1, e);
      break;
    }
    b = e - 1;
  }
}

/** Titles of reigning and religious rulers, normalised: the word after them is a ruler's name, which a regnal number may follow. */
const RULERS = new Set('الملك الملكة البابا الامبراطور الامبراطورة الشاه السلطان السلطانة القيصر'.split(' ').map(normalizeArabic));

/**
 * 7c. A regnal number the tagger left after a name (الملك [عبد الله] الثاني، الشاه [عباس] الأول) is the name's, and after a ruler's
 *     title an unknown one-word name with its number is a person (الملك [متان الأول]). Only after a ruler's title, or a name
 *     that is one given name (or عبد + its divine name) with no indefinite noun before it: a surname's ordinal is a rank and a
 *     noun before the name is what the ordinal counts (التشيلي فرناندو غونزاليز الثالث, the third seed; ترتيب محفوظ الثاني،
 *     طفلة أينشتاين الأولى). A feminine number needs a queen's title (بلغ محمد السادسة: an age). In the training corpora a
 *     person is followed by a regnal number inside its span 309 times and outside it 13 (those ranks, counts and the age).
 */
export function regnalNumbersCloseNames(stems: readonly string[], prefixes: readonly string[], tags: number[], given: (k: number) => boolean,
  unknownWord: (k: number) => boolean, noHead: (k: number) => boolean): number[] {
  let out = tags;
  // The title the name follows, if a ruler's; a feminine number (at k) only after a queen's. Made once, outside the loop: a
  // closure that read the loop's k made V8 allocate a context for every token of every sentence (about 4 % of a full analysis's garbage).
  const title = (b: number) => (b > 0 && RULERS.has(stems[b - 1]) ? stems[b - 1] : '');
  const agrees = (k: number, b: number) => !stems[k].endsWith('ه') || title(b).endsWith('ه');
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || prefixes[k] || !REGNAL.has(stems[k])) continue;
    if (tags[k - 1] === 0) {
      // الملك [متان الأول]: a ruler's title, one word no list or count makes a word of the language, and the number.
      if (!title(k - 1) || !agrees(k, k - 1) || !unknownWord(k - 1)) continue;
      if (out === tags) out = tags.slice();
      out[k - 1] = B_PERS;
      out[k] = I_PERS;
      continue;
    }
    if (tags[k - 1] !== B_PERS && tags[k - 1] !== I_PERS) continue;
    let b = k - 1;
    while (b > 0 && out[b] === I_PERS) b--;
    const oneName = k - b === 1 ? given(b) : k - b === 2 && stems[b] === 'عبد' && stems[b + 1].startsWith('ال');
    if (!agrees(k, b) || !(title(b) || (oneName && noHead(b)))) continue;
    if (out === tags) out = tags.slice();
    out[k] = I_PERS;
    if (stems[k + 1] === 'عشر' || stems[k + 1] === 'عشره') out[k + 1] = I_PERS;
  }
  return out;
}
