// A body span run on past its last definite word into the sentence going on (محكمة التمييز [تؤيد]، وكالة الأناضول [أي]) ends at that word.
import { beginTag, insideTag, spanEnd } from './tagger';
import { wordSet } from './wordSets';
import { definite } from './namePatterns';
import { allBaseArabic } from './normalize';
import { PERSON_TITLE_FORMS } from './triggers';
import { BODY_TAILS } from './companyTails';
import { OUTLET_TAILS } from './titleNames';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Definite words that are a person's title inside a body's name (جامعة الملك عبد العزيز، مستشفى الشيخ زايد، جامعة القاضي
 * عياض، جامعة السلطان قابوس): the indefinite words after them are the name the body bears, not a run-on.
 */
const NAMED_FOR_TITLES = wordSet('السلطان القاضي القديس الخليفة الشريف المؤسس الحاج الإمام');
/** Name connectors that go on with a patron's name inside a body's name (المستشفى الجامعي ابن الجزار، مستشفى الشيخ زايد آل نهيان: آل reads as an article). */
const NAME_CONNECTORS = wordSet('ابن بن آل أبو ابو أبي ابي');
/** Particles that open the sentence's next phrase after a body (وكالة الأناضول أي تواصل: "any contact"). */
const PHRASE_PARTICLES = wordSet('أي اي');
/** The particle is never written with a hamza below: إي is a name's letters (مجموعة الاتصالات إي آند), though it normalises to اي. */
const NAME_LETTERS = /^إ/;

/**
 * An ORGANIZATION span whose last definite word (d) is followed inside it by indefinite words without clitics, in Arabic
 * letters, with no name of the body among them (no patron after a title word, no ابن، no place, no body tail such as نيوز):
 * when the first of them is a present or future verb or أي (`predicate(k)`), the sentence has gone on and the body ends
 * at d; the rest is O. `isWord(k)`: token k is a word; `placeAt(k)`: a listed place; `listedBody(b, e)`: tokens b..e-1 are
 * a body the lists hold (their names are kept as written); `written(k)`: token k as written. `out` is a copy when changed.
 */
export function endBodiesBeforeVerbs(stems: readonly string[], prefixes: readonly string[], tags: number[], isWord: (k: number) => boolean,
  predicate: (k: number) => boolean, placeAt: (k: number) => boolean, listedBody: (b: number, e: number) => boolean = () => false,
  written: (k: number) => string = (k) => stems[k]): number[] {
  if (tags.indexOf(I_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    let d = e - 1;
    while (d >= b && !definite(stems[d])) d--;
    const r = d + 1;
    if (d < b || r >= e || NAMED_FOR_TITLES.has(stems[d]) || PERSON_TITLE_FORMS.has(stems[d]) || NAME_CONNECTORS.has(stems[d])) { b = e - 1; continue; }
    let plain = true;
    for (let k = r; k < e && plain; k++) {
      plain = isWord(k) && !prefixes[k] && allBaseArabic(stems[k]) && !NAME_CONNECTORS.has(stems[k]) && !BODY_TAILS.has(stems[k]) &&
        !OUTLET_TAILS.has(stems[k]) && !placeAt(k);
    }
    if (plain && !listedBody(b, e) && !listedBody(r, e) && (predicate(r) || PHRASE_PARTICLES.has(stems[r]) && !NAME_LETTERS.test(written(r)))) {
      if (out === tags) out = tags.slice();
      for (let k = r; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}
