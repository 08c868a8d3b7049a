// Styles of address (سماحة، فخامة، معالي، جلالة …) before a title or a name: outside the person, and where a name ran into one, its end.
import { beginTag, insideTag, tagLabel } from './tagger';
import { TITLES_INSIDE_NAMES } from './honorificTitles';
import { NAME_PARTICLES, PERSON_TITLE_FORMS } from './triggers';
import { wordSet } from './wordSets';
import { cueBit } from './sentenceCues';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * Styles, clitic-free and normalised. The training corpora tag every one of them O (جلالة 44 times, سمو 22, سعادة 22 of 23,
 * فضيلة 9, فخامة 4), but the tagger runs a name on into them when the lists know the word as a family name (ميشال سماحة،
 * أنطون سعادة): `[ميشال سليمان سماحة السيد حسن نصر الله]` was one person.
 */
const STYLES = wordSet('سماحة نيافة غبطة فخامة معالي سعادة سمو جلالة فضيلة');
/** A style that is a given name too (the actress معالي زايد): a style only before a title. */
const GIVEN_NAMES_TOO = wordSet('معالي');
/** `صاحب` + a definite style is one style of two words (صاحب السمو، صاحب الجلالة). */
const OWNER = wordSet('صاحب صاحبة');
const DEFINITE_STYLES = wordSet('السمو الجلالة السعادة الفخامة المعالي السماحة النيافة الغبطة');
/**
 * Religious and court titles a style introduces that the tagger's title feature (PERSON_TITLES, fixed with the shipped model)
 * lacks: after a style they are outside the name as every title is (نيافة [الأنبا] موسى، سماحة [المفتي] أحمد حسون).
 */
const MORE_TITLES = wordSet('أنبا الأنبا بطريرك البطريرك مفتي المفتي مرجع المرجع الإمام المطران الكاردينال الحاخام الأب القس الملكة الأميرة');
/** `ولي العهد` (crown prince) is a title of two words. */
const CROWN = ['ولي', 'العهد'];
/** At most this many titles between a style and the name (سمو [نائب رئيس] الدولة is a title and its genitive: the genitive stays). */
const MAX_TITLES = 3;

/**
 * Each style and owner word as a stem may spell it, to the word itself: with the conjunction the clitic splitter leaves on
 * words it does not know (وسماحة). Looked up whole, so no token is sliced on the way.
 */
const STYLE_OF = new Map([...STYLES, ...OWNER].flatMap((w) => ['', 'و', 'ف'].map((c): [string, string] => [c + w, w])));
/** honorificStylesOut starts at a style or its owner word: without one it changes nothing (sentenceCues.ts). */
export const HONORIFIC_CUE = cueBit(STYLE_OF.keys());
const isTitle = (w: string) => (PERSON_TITLE_FORMS.has(w) || MORE_TITLES.has(w)) && !TITLES_INSIDE_NAMES.has(w);

/**
 * A style is no part of a person: before a title it is O with the titles after it, and a name the tagger ran on into it
 * ends before it, the name after the titles starting again (`[ميشال سليمان] سماحة السيد [حسن نصر الله]`). A style
 * opening a person span (`و[سعادة محمد القباج]`) is O too, but for one that is a given name as well (`[معالي زايد]`).
 * `البابا` and `الشيخ` are not skipped: the benchmark keeps them inside the name (honorificTitles.ts). After a name
 * link (`أبو سعادة`) the word is a family name and is left.
 */
export function honorificStylesOut(stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 0; k < n; k++) {
    const style = STYLE_OF.get(stems[k]);
    if (style === undefined) continue;
    const owner = OWNER.has(style) && k + 1 < n && DEFINITE_STYLES.has(stems[k + 1]);
    if (!owner && !STYLES.has(style)) continue;
    if (k > 0 && NAME_PARTICLES.has(stems[k - 1])) continue;
    let j = owner ? k + 2 : k + 1;
    const first = j;
    while (j < n && j - first < MAX_TITLES) {
      if (isTitle(stems[j])) j++;
      else if (stems[j] === CROWN[0] && stems[j + 1] === CROWN[1]) j += 2;
      else break;
    }
    const titled = j > first;
    const opens = tags[k] === B_PERS;
    if (!titled && !(opens && !GIVEN_NAMES_TOO.has(style))) continue;
    let touched = false;
    for (let i = k; i < j; i++) if (tagLabel(tags[i]) === 'PERSON') touched = true;
    if (!touched) { k = j - 1; continue; }
    out ??= tags.slice();
    for (let i = k; i < j; i++) if (tagLabel(out[i]) === 'PERSON') out[i] = 0;
    if (j < n && out[j] === I_PERS) out[j] = B_PERS;
    k = j - 1;
  }
  return out ?? tags;
}
