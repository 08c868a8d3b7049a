// سيد written bare right before a person's name is the name's first word (Sayed: وقال المشجع [سيد عبد المنعم]), not a title left outside; so are سيدي، أمير، أمين.
import { beginTag, insideTag } from './tagger';
import { normalizeArabic } from './normalize';
import { wordSet } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * The title lists hold سيد (as they hold السيد), so the tagger leaves it before the name it opens. In the four training
 * corpora a bare سيد right before a person's name is inside it 16 times (a given name, or a middle name: محمد سيد طنطاوي)
 * and outside it never; the read sets agree (8 of 8). With the article it is the title (السيد, O 74 times before a name) and
 * stays out, and so before a definite word, where it is "lord of" (سيد الشهداء، سيد المسلمين: O 11 of 12 in the corpora).
 * After a person span سيد is the middle name, and the two spans are one person (المصارع [بشير سيد عزارة]).
 * The other given names a title or noun list holds behave alike: bare before a person's name the corpora put سيدي inside 8
 * times (Mauritania's Sidi: [سيدي محمد ولد أعمر]; before a place it is Sidi Bouzid, which the tagger does not open as a
 * person), أمين 18 and أمير 4 (the prince with a definite land after him, أمير المؤمنين، stays out), each outside never;
 * the read sets put them inside 19 times (before a word without the article) and outside never (الممثل [أمير كرارة]).
 * `text(k)`: token k as written.
 */
const TITLE_GIVEN_NAMES = wordSet('سيد سيدي أمير أمين');
export function sayyidNames(tags: number[], text: (k: number) => string): number[] {
  let out = tags;
  for (let k = 0; k + 1 < tags.length; k++) {
    if (tags[k] !== 0 || tags[k + 1] !== B_PERS || !TITLE_GIVEN_NAMES.has(normalizeArabic(text(k))) || text(k + 1).startsWith('ال')) continue;
    if (out === tags) out = tags.slice();
    const middle = k > 0 && (tags[k - 1] === B_PERS || tags[k - 1] === I_PERS);
    out[k] = middle ? I_PERS : B_PERS;
    out[k + 1] = I_PERS;
  }
  return out;
}
