// A speaker named by a given name alone after his title takes the word before the إن of his words as his family name.
import { beginTag, insideTag, spanEnd, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { Token } from './tokenize';
import { cueKind, isTitle, TIME_WORDS } from './quoteCues';
import { NAME_LISTS, NOT_NAME_LISTS, hasMark } from './nameMarks';
import { WEEKDAYS } from './dateLexicon';
import { RELATIVE_DAYS } from './dateParsers';
import { PREPOSITIONS, THAT_PARTICLES } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Words a title may run to between the speech verb and the name (قال وكيل المحافظة لشؤون التعليم …). */
const TITLE_REACH = 7;
/** باسم after a spokesman's title is "on behalf of" (المتحدث باسم الجيش أن), not the given name; so is a preposition (ممثلو السائقين [في بيان] إن). */
const ON_BEHALF = 'باسم';

/**
 * `وقال رئيس البلدية عدلي [يعيش] إن`، `وأوضح نائب الرئيس التنفيذي عماد [الثاقب] أن`: between a speech verb's titled
 * subject and the إن of his words comes nothing but his name, and news names a titled speaker in full; the tagger
 * stops after the given name where the family name is local and unseen, or a common word (يعيش). Only for a span of
 * listed name parts, right after the title or the definite word that ends one, before a word that is no day, time
 * word, verb, title, place or clitic-joined word (أمس، الخميس، لرويترز). (Without the speech verb, ان after a name
 * is as often أن after the next verb: الكاردينال بوليكاربو [بعد] أن، كوفي أنان [اعتبر] أن.)
 */
export function titledSurnames(sentence: readonly Token[], stems: string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  givenName: (w: string) => boolean = () => false): number[] {
  let out = tags;
  const n = tags.length;
  for (let b = 1; b < n; b++) {
    // The tagger missed both words (وقالت مديرة المهرجان سنية [الشامخي] إن): a listed name part so placed opens the name;
    // so does a given name the clitic splitter cut, listed whole (النائب [فراس] العجلوني إن: not ف + راس).
    if (out[b] === 0 && b + 2 < n && out[b + 1] === 0 && THAT_PARTICLES.has(stems[b + 2]) && stems[b].length >= 3 && !PREPOSITIONS.has(stems[b]) && stems[b] !== ON_BEHALF && !stems[b].startsWith('ال') && !hasMark(marks[b], NOT_NAME_LISTS) &&
      listedOpener(stems, marks, text, givenName, b) && spokenByTitle(sentence, stems, text, out, b) && surnameShape(sentence, stems, marks, text, b + 1)) {
      if (out === tags) out = tags.slice();
      out[b] = B_PERS;
      out[b + 1] = I_PERS;
      continue;
    }
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    if (e + 1 < n && out[e] === 0 && THAT_PARTICLES.has(stems[e + 1]) && partsOnly(stems, marks, b, e) && spokenByTitle(sentence, stems, text, out, b) &&
      surnameShape(sentence, stems, marks, text, e)) {
      if (out === tags) out = tags.slice();
      out[e] = I_PERS;
    }
    b = e - 1;
  }
  return out;
}

const named = (marks: readonly string[][], k: number) => hasMark(marks[k], NAME_LISTS);
/** Word k is a listed name part as written: its marks, or for a word the splitter cut, the whole word's given-name listing. */
function listedOpener(stems: string[], marks: readonly string[][], text: (k: number) => string, givenName: (w: string) => boolean, k: number): boolean {
  const whole = normalizeArabic(text(k));
  return whole === stems[k] ? named(marks, k) : givenName(whole);
}

/** Every word a listed name part, the first without ال. */
function partsOnly(stems: string[], marks: readonly string[][], b: number, e: number): boolean {
  if (stems[b].startsWith('ال')) return false;
  for (let k = b; k < e; k++) if (!named(marks, k)) return false;
  return true;
}

/** A title or the definite word that ends one right before the name, and a speech verb before the title, with no person between. */
function spokenByTitle(sentence: readonly Token[], stems: string[], text: (k: number) => string, out: readonly number[], b: number): boolean {
  const k = b - 1;
  if (!isTitle(sentence[k]) && !(stems[k].startsWith('ال') && normalizeArabic(text(k)).startsWith('ال'))) return false;
  let title = isTitle(sentence[k]);
  for (let j = k - 1; j >= 0 && j >= k - TITLE_REACH; j--) {
    if (tagLabel(out[j]) === 'PERSON' || sentence[j].kind !== 'word') return false;
    if (cueKind(sentence[j]) === 'verb') return title;
    title ||= isTitle(sentence[j]);
  }
  return false;
}

function surnameShape(sentence: readonly Token[], stems: string[], marks: readonly string[][], text: (k: number) => string, k: number): boolean {
  const w = stems[k];
  // Nor a word with a pronoun (ماكرون [حينها] إن) or an indefinite accusative, the sentence's adverb (ترامب [مرارا] إن، [مجددا]).
  return arabicFirst(text(k)) && normalizeArabic(text(k)) === w && w.length >= 3 && !/(ها|هم|هما|ا)$/.test(w) && !hasMark(marks[k], NOT_NAME_LISTS) &&
    !WEEKDAYS.has(w) && !RELATIVE_DAYS.has(w) && !TIME_WORDS.has(w) && !isTitle(sentence[k]) && cueKind(sentence[k]) === undefined;
}
