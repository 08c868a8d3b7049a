// A mention's word that is a future-tense verb (`سيزور`, `وسيقاتل`, `[المملكة] ستوفر`) is the sentence's verb, never part of a name.
import { isInside, spanEnd, tagLabel } from './tagger';
import { FUTURE_VERB } from './triggers';
import { hasMark } from './nameMarks';

/** Training-text count of the present form (`يزور` for `سيزور`) from which the word is read as the verb. */
const COMMON_VERB = 2;
/** Any name, place, body or people list, spelled as listed: `ستيفن`, `سيدني`, `سيمنس` stay what the lists say (a
 * transliteration-folded match is too loose here: `سيزور` folds like a listed name part). */
const LISTED = /^(PER|NAME|FIRST|LAST|PLAST|LOC|ORG|CLUB|NAT)-/;
const BODY_OR_PLACE = /^(LOC|ORG|CLUB|NAT)-/;
/** The lists but the Wikidata name parts, which hold verbs spelled as surnames (`ستوفر`, Stover). */
const PERSON_OR_PLACE = /^(PER|FIRST|LAST|PLAST|LOC|ORG|CLUB|NAT)-/;

/**
 * Training count of a present form with its person prefix read either way (ستقاتل: تقاتل 0 + يقاتل 5): news writes
 * more of one person than the other, and the training text may hold only the other.
 */
function presentFreq(present: string, wordFreq: (w: string) => number): number {
  const other = present[0] === 'ت' ? 'ي' : present[0] === 'ي' ? 'ت' : '';
  return wordFreq(present) + (other ? wordFreq(other + present.slice(1)) : 0);
}

/**
 * The verb as the splitter should have left it: a و or ف it kept on a form the training text never saw whole (وسيتوجه،
 * وسيترك: neither it nor سيتوجه is counted, so no split is better attested) is the conjunction.
 */
const JOINED_FUTURE = /^[وف]س[يتن]/;
const futureForm = (stem: string) => (JOINED_FUTURE.test(stem) && FUTURE_VERB.test(stem.slice(1)) ? stem.slice(1) : stem);
/** The stem has a future verb's shape as the pass reads it (its verb test's first condition): formCueGates' FUTURE_VERB_CUE. */
export const futureVerbShape = (stem: string) => FUTURE_VERB.test(futureForm(stem));

export function dropFutureVerbMentions(stems: readonly string[], marks: readonly string[][], tags: number[], wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  // At the end of a longer place or body, only a place or body list says the word is no verb: a name part is not enough
  // (`ستوفر`, Stover, in the Wikidata name parts).
  // A lone person that is such a verb is no name either (أن السلطات [ستوفر] مقرات): news names a person of that surname
  // in full, so a name part alone does not keep it, where a person or place list does.
  const verb = (k: number, longer: boolean, lone = false) => { const s = futureForm(stems[k]); return FUTURE_VERB.test(s) &&
    !hasMark(marks[k], longer ? BODY_OR_PLACE : lone ? PERSON_OR_PLACE : LISTED) && presentFreq(s.slice(1), wordFreq) >= COMMON_VERB; };
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === 0 || isInside(tags[b])) continue;
    const e = spanEnd(tags, b);
    const person = tagLabel(tags[b]) === 'PERSON';
    // A longer span does not end in the verb either: its subject's name ends before it (أن [المملكة] ستوفر اللقاح), nor
    // run on through it to the verb's object (أن [الاتحاد] سيرسل مراقبين).
    let m = e - b > 1 ? b + 1 : b;
    while (m < e - 1 && !verb(m, !person)) m++;
    if (m < e && verb(m, e - b > 1 && !person, person && e - b === 1)) { out ??= tags.slice(); for (let k = m; k < e; k++) out[k] = 0; }
    // Nor does a person's name open with it (ميركل [سيلتقي المالكي]): the name after it begins there.
    else if (person && e - b > 1 && verb(b, false)) { out ??= tags.slice(); out[b] = 0; out[b + 1] = tags[b]; }
    // Nor a place, body or MISC (وسيبدأ [الاكتتاب]، سيوفر [300]): what follows the verb is its subject or object, a name only
    // when a list holds it as spelled (سيزور [باريس]). A noun of that shape ends in ة (سيارة: يارة has the count of تارة).
    else if (!person && e - b > 1 && !stems[b].endsWith('ه') && verb(b, false)) {
      out ??= tags.slice();
      out[b] = 0;
      if (hasMark(marks[b + 1], LISTED)) out[b + 1] = tags[b]; else for (let k = b + 1; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out ?? tags;
}

/**
 * A person's name does not run on into a verb joined by و or ف (`ماكرون [وفاز] الفريق`، `بوتين [وأكد]`): the name ends before
 * it. `conjoinedVerb(k)`: token k is و/ف + a reporting or match verb (quoteCues.ts, sportsClubs.ts).
 */
export function endBeforeConjoinedVerbs(tags: number[], conjoinedVerb: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === 0 || isInside(tags[b])) continue;
    const e = spanEnd(tags, b);
    if (tagLabel(tags[b]) === 'PERSON') {
      for (let k = b + 1; k < e; k++) if (conjoinedVerb(k)) { out ??= tags.slice(); for (let j = k; j < e; j++) out[j] = 0; break; }
    }
    b = e - 1;
  }
  return out ?? tags;
}
