// A title's place or body and the holder's name read as one span (محافظ [نينوى عبد القادر الدخيل]، الناطق باسم [حماس حازم قاسم]): the place or body, then the person.
import { COMMON_WORD, EXACT_NAME_LISTS, hasMark, listMarks } from './nameMarks';
import { LOCATION_HEADS, ORGANIZATION_HEADS } from './triggers';
import { beginTag, insideTag, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { icuRegionNames } from './regionNames';
import { FREE_OPENERS } from './compoundOpeners';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const BODY_OR_PLACE_BEGIN = listMarks(['ORG', 'LOC'], { places: 'B' });

const B_LOC = beginTag('LOC');
const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Titles held over a place, whose holder news names right after it (محافظ البصرة أسعد العيداني، سفير فرنسا …); not وزير or
 * رئيس, whose complement is more often an office or a body. Indefinite only: a definite title (المحافظ، الوالي) takes no place
 * complement, the name follows it at once (المحافظ هفال أبو بكر). */
export const PLACE_TITLES = set('محافظ والي أمير حاكم عمدة مفتي مطران قائمقام سفير ملك');
/** Titles of an office over a body, and باسم of a spokesman, in construct with a one-word body before its holder's name (رئيس [فيفا]
 * جياني إنفانتينو، الناطق باسم [حماس] حازم قاسم، رئيس [الاتحاد] برند …): indefinite only, as above.
 * No feminine in ة: normalised it reads as the masculine with a pronoun (رئيسة، رئيسه أبكر …: the name is the title's apposition). */
const BODY_TITLES = set('رئيس زعيم مدير قائد مدرب مؤسس ناطق متحدث باسم رئاسة عاهل');
/** Heads of a movement whose one-word name the tagger ran into its leader's after it (لحركة [حماس خالد مشعل]): the head, the
 * name, then the person. Only for a person span: the tagger read the body's name as the person's first word. */
const MOVEMENT_HEADS = set('حركة جماعة تنظيم');
/** Words between such a title and its place: the place's head (والي ولاية الجزيرة). */
export const BETWEEN = set('ولاية محافظة منطقة إقليم مقاطعة بلدية');
/** Given-name marks and the lineage opener that begin a person's name after the place. */
const GIVEN = /^(FIRST|NAME|PER)-[SB]$/;
// The free openers and بن alone of KIN_OPENERS: after a place ام also reads as the particle أم (or); ابن/بنت are unmeasured here.
const NAME_OPENERS: ReadonlySet<string> = new Set([...FREE_OPENERS, ...set('بن')]);

/**
 * A person or place span right after a place title (and one place head) whose first word is in no name list and whose second opens a name (a listed given name, عبد، أبو) is the title's place and then its holder:
 * a place of one word is what the title names, and the tagger joined the two because names follow places there.
 * Three words at least, so a one-word place with a one-word name (الجزيرة محمد) is left to the tagger.
 */
export function splitTitlePlaceFromName(sentence: readonly Token[], stems: readonly string[], marks: readonly string[][], tags: number[],
  wordFreq: (w: string) => number = () => 0): number[] {
  let out: number[] | undefined;
  // The title as written too: the clitic splitter reads والي as و + الي.
  const title = (k: number) => PLACE_TITLES.has(stems[k]) || PLACE_TITLES.has(sentence[k].norm);
  const bodyTitle = (k: number) => BODY_TITLES.has(stems[k]) || BODY_TITLES.has(sentence[k].norm);
  for (let b = 1; b < tags.length; b++) {
    if (tags[b] !== B_PERS && tags[b] !== B_LOC && tags[b] !== B_ORG) continue;
    const e = spanEnd(tags, b);
    // After an office's title the word is its body, a place only where a place list holds it (عاهل [الأردن]) and the body
    // lists do not; a definite common word is no name at all (رئيس [الاتحاد] برند …: NewsFANE tags none).
    // A definite word after it goes on the body's name (رئيس [المجلس العسكري الانتقالي]), whatever lists hold it.
    // A body's head word names a body after a person, and a body or place the lists hold from here is one name (رئيس [جامعة محمد الخامس]، مدير [مؤسسة محمد بن راشد]): no split.
    const body = bodyTitle(b - 1) && !title(b - 1) && !(stems[b + 1] ?? '').startsWith('ال') && !ORGANIZATION_HEADS.has(stems[b]) &&
      !LOCATION_HEADS.has(stems[b]) && !hasMark(marks[b], BODY_OR_PLACE_BEGIN) &&
      // In a person span the word must be one the training text knows (حماس), not a rare given name the lists lack (أبكر).
      (tags[b] !== B_PERS || wordFreq(stems[b]) >= COMMON_WORD);
    const movement = tags[b] === B_PERS && tags[b - 1] === 0 && MOVEMENT_HEADS.has(stems[b - 1]) && !stems[b].startsWith('ال') &&
      !(stems[b + 1] ?? '').startsWith('ال') && wordFreq(stems[b]) >= COMMON_WORD;
    const titled = body || movement || ((tags[b] !== B_ORG) && (title(b - 1) || (b >= 2 && BETWEEN.has(stems[b - 1]) && tags[b - 1] === 0 && title(b - 2))));
    // The place's word is in no name list as spelled (نينوى, known to the tagger, is in no list at all), or a country ICU
    // names, which the name lists hold as a surname or name part too (ملك [بلجيكا] ألبير الثاني: PLAST, NAME) but which after a
    // place title names the realm, not its holder (countryPersons.ts: a lone country word is hardly ever a person).
    const place = !hasMark(marks[b], EXACT_NAME_LISTS) || icuRegionNames().has(sentence[b].norm);
    const opens = NAME_OPENERS.has(stems[b + 1] ?? '') || hasMark((marks[b + 1] ?? []), GIVEN);
    if (e - b >= 3 && titled && place && opens) {
      out ??= tags.slice();
      if (movement) { out[b - 1] = B_ORG; out[b] = insideTag('ORG'); } else out[b] = !body || (marks[b].includes('LOC-S') && !marks[b].includes('ORG-S')) ? B_LOC : stems[b].startsWith('ال') ? 0 : B_ORG;
      for (let k = b + 1; k < e; k++) out[k] = k === b + 1 ? B_PERS : I_PERS;
    }
    b = e - 1;
  }
  return out ?? tags;
}
