// آل and آيت before a family name continue the person before them (محمد بن زايد [آل نهيان]، هشام آيت [منا]): the family word is the name's.
import { beginTag, insideTag, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const isPerson = (t: number) => tagLabel(t) === 'PERSON';
/** آل as normalised (the madda folded). */
const FAMILY = 'ال';
/** A family name has three letters at least; FANE's splitter writes إلي as ال + ي (قلاوون ال ي). */
const MIN_FAMILY = 3;

/**
 * آل written apart, right after a person span, and the word after it: the family name the tagger left out or opened a
 * second person with (`حمدان بن محمد | [آل مكتوم]`). News writes آل apart only before a family (the article is never
 * a word of its own); no list need hold the family, which a new name is in none. `out` is changed in place.
 */
export function familyParts(text: (k: number) => string, out: number[]): void {
  for (let k = 1; k + 1 < out.length; k++) {
    if (!isPerson(out[k - 1]) || normalizeArabic(text(k)) !== FAMILY) continue;
    // آل closing a person's span before the verb's subject is the verb (فهد [آل] العرش إلى): it goes out of the name.
    if (out[k] === I_PERS && !isPerson(out[k + 1]) && passedTo(text, out.length, k + 1)) out[k] = 0;
    if (out[k] !== 0 && out[k] !== B_PERS) continue;
    // The family word is in no other entity (a person's, or none).
    const free = out[k + 1] === 0 || isPerson(out[k + 1]);
    if (!free || !familyWord(text, k + 1)) continue;
    // Another ال written apart right after is the source's split article on a row of adjectives (ال ديكتاتوري ال شمولي).
    if (k + 2 < out.length && normalizeArabic(text(k + 2)) === FAMILY) continue;
    if (passedTo(text, out.length, k + 1)) continue;
    out[k] = I_PERS;
    out[k + 1] = I_PERS;
  }
}

/** Token k may be a family word: an Arabic word of MIN_FAMILY letters or more, not و opening a second person. */
function familyWord(text: (k: number) => string, k: number): boolean {
  const family = normalizeArabic(text(k));
  return arabicFirst(text(k)) && family.length >= MIN_FAMILY && family[0] !== 'و';
}

/** إلى as normalised. */
const TO = normalizeArabic('إلى');
/** Words a definite subject of the verb آل may carry before its إلى (آل الحكم [الملكي] إلى). */
const MAX_SUBJECT_WORDS = 2;

/**
 * آل before a definite word with إلى after it is the verb "passed to" and its subject (قابوس آل [الحكم] إلى ابن عمه، آل
 * الأمر الملكي إلى): a family name seldom takes the article, and the verb آل always takes إلى. `j`: the word after آل.
 */
function passedTo(text: (k: number) => string, n: number, j: number): boolean {
  if (!normalizeArabic(text(j)).startsWith('ال')) return false;
  for (let k = j + 1; k < n && k - j <= MAX_SUBJECT_WORDS; k++) {
    const w = normalizeArabic(text(k));
    if (w === TO) return true;
    if (!w.startsWith('ال')) return false;
  }
  return false;
}

/** آيت / أيت / ايت as normalised: the Amazigh "sons of", written apart before a family word. */
const SONS_OF = 'ايت';

/**
 * A person span closing on آيت (a Moroccan or Kabyle family name: `فاطمة أيت [بوهو]`، `[أيت] بوهو`) takes the word after it:
 * آيت never ends a name, it always opens the family word. Only an Arabic word of three letters or more that no other
 * entity holds (a person's span after it is the same name, cut in two), and not one opening with و (a second person).
 */
export function sonsOfParts(text: (k: number) => string, out: number[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    if (!isPerson(out[k]) || out[k + 1] === I_PERS || normalizeArabic(text(k)) !== SONS_OF) continue;
    if ((out[k + 1] !== 0 && out[k + 1] !== B_PERS) || !familyWord(text, k + 1)) continue;
    out[k + 1] = I_PERS;
  }
}
