// An unseen word right after a person's nationality is that person (مع الثنائي الأرجنتيني [جاركا] والكازاخستاني [جيرل]), and
// so is a place the tagger guessed there that no list holds (السنغالي [سيدي بيه]).
import { hasMark, NOT_NAME_LISTS, RARE_WORD, onlyNameListed, surnameCount } from './nameMarks';
import { beginTag, insideTag, spanEnd, tagLabel } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { PERSON_TITLE_FORMS } from './triggers';
import { KNOWN_FORM, knownNounWithPronoun, numberOfKnownNoun } from './pronounNouns';
import { wordSet as set } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
const B_LOC = beginTag('LOC');
/** Players named as a pair or a team of a few (الثنائي الأرجنتيني، الزوجي الروسي), normalised. */
const GROUPS = set('الثنائي الثلاثي الرباعي الزوجي');

/**
 * After a masculine nationality the tagger left outside any span (الأرجنتيني، والتركي، النيجيري), a whole word the training
 * text has seen fewer than three times, in no place, nationality or body list, is the person news describes by his
 * nationality (results, squads, prize lists: الروسي بوزاني مع الثنائي الأرجنتيني [جاركا]): the wire names a foreigner so,
 * and the tagger has never seen him. The name takes up to two words after it that are as rare, or listed name parts the
 * training text knows little (والتركي [أورهان باموك]). A feminine nationality is left alone: it agrees with the body or
 * place before it (الحكومة السعودية). `isNationality(k)`: the word at k is a listed nationality; `wordFreq(w)`: w's training count.
 */
export function nationalityNames(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number, isNationality: (k: number) => boolean): number[] {
  const whole = (k: number) => normalizeArabic(text(k));
  const listedNot = (k: number) => hasMark(marks[k], NOT_NAME_LISTS);
  const named = (k: number) => onlyNameListed(marks[k]);
  // A known noun with his pronoun, the object of the verb before the title (الرئيس التونسي [ضيوفه]، الجزائري [ضيفه]): the
  // noun seen alone or with the article (الضيوف), ة spelled ت before the pronoun.
  const knownNoun = (w: string) => wordFreq(w) >= KNOWN_FORM || wordFreq('ال' + w) >= KNOWN_FORM;
  const withHisPronoun = (w: string) => w.endsWith('ه') && (knownNoun(w.slice(0, -1)) || (w.endsWith('ته') && knownNoun(w.slice(0, -2) + 'ه')));
  const word = (k: number) => whole(k) === stems[k] && !stems[k].startsWith('ال') && stems[k].length >= 3 && arabicFirst(text(k)) &&
    !PERSON_TITLE_FORMS.has(stems[k]) && !listedNot(k) && !knownNounWithPronoun(stems[k], wordFreq) &&
    !numberOfKnownNoun(stems[k], wordFreq) && !withHisPronoun(stems[k]);
  const rare = (k: number) => word(k) && wordFreq(stems[k]) < RARE_WORD;
  const surname = (k: number) => word(k) && surnameCount(wordFreq(stems[k]), named(k));
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    const nat = k - 1;
    if (tags[k] !== 0 || tags[nat] !== 0 || !isNationality(nat) || !stems[nat].startsWith('ال') || !stems[nat].endsWith('ي') || !rare(k)) continue;
    // The nationality describes a person, not the noun before it (الهجوم الإسرائيلي دانت، الطيران الإسرائيلي غاراته): it
    // follows a person, a title or a group of players, or و joins it to the list's last entry (والكازاخستاني جيرل).
    const prev = nat - 1;
    const titled = PERSON_TITLE_FORMS.has(stems[prev]);
    // With و, the entry before is a person (جاركا والكازاخستاني جيرل), not the first of two adjectives of one noun (الجانبان
    // المصري والسوداني [مبدئيا]، المنتخبان الإسباني والإيطالي [سلبيا]). Read in `out`: the entry may be the person this pass
    // has just named (الأرجنتيني [جاركا] والكازاخستاني جيرل).
    const listed = whole(nat).startsWith('و') && (prev < 0 || tagLabel(out[prev]) === 'PERSON');
    const ofPerson = listed || prev < 0 || !arabicFirst(text(prev)) || tagLabel(tags[prev]) === 'PERSON' || titled || GROUPS.has(stems[prev]);
    // Nor a verbal noun governing the definite word after it (رفض الرئيس السوري ترسيم الحدود).
    if (!ofPerson || (k + 1 < tags.length && tags[k + 1] === 0 && whole(k + 1).startsWith('ال'))) continue;
    // After a title alone, a word with the accusative's alif is how he acted (وقال الرئيس الأمريكي [ساخرا]، خرج اللاعب البرازيلي
    // [مصابا]); before a person the tagger began, the word is that person's given name or nothing (leftOutGivenNames decides),
    // never a person of its own beside him (الرئيس الأمريكي ساخرا [جو بايدن]).
    if ((titled && !whole(nat).startsWith('و') && stems[k].endsWith('ا')) || (k + 1 < tags.length && tags[k + 1] === B_PERS)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    let e = k + 1;
    for (; e < tags.length && e < k + 3 && tags[e] === 0 && surname(e); e++) out[e] = I_PERS;
    k = e - 1;
  }
  return guessedPlaces(stems, marks, out, text, isNationality);
}

/**
 * A place span the tagger guessed right after a masculine nationality (اللاعب السنغالي [سيدي بيه]، سيدي read as the
 * Maghreb's place head) is the person the nationality describes: a place after a nisba is its country's and listed (الرئيس
 * الفنزويلي سوريا), or behind a clitic (الاحتلال الأمريكي للعراق). Only where no word of the span is in a place, nationality,
 * body or club list and the first is written without a clitic.
 */
function guessedPlaces(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  isNationality: (k: number) => boolean): number[] {
  let out = tags;
  for (let k = 1; k < tags.length; k++) {
    const nat = k - 1;
    if (tags[k] !== B_LOC || tags[nat] !== 0 || !isNationality(nat) || !stems[nat].startsWith('ال') || !stems[nat].endsWith('ي')) continue;
    if (normalizeArabic(text(k)) !== stems[k] || !arabicFirst(text(k))) continue;
    const e = spanEnd(tags, k);
    if (marks.slice(k, e).some((m) => hasMark(m, NOT_NAME_LISTS))) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    for (let j = k + 1; j < e; j++) out[j] = I_PERS;
    k = e - 1;
  }
  return out;
}
