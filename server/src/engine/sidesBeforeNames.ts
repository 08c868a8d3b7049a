// A side named between a team's coach or player noun and that person (مدرب [الصفاقسي] الطاهر ماجري، لاعب [إنيمبا] ،).
import { beginTag, insideTag } from './tagger';
import { definite } from './namePatterns';
import { wordSet } from './wordSets';
import { hasMark, listMarks } from './nameMarks';
import { NOT_SIDES } from './teamSlots';
import { SPORTS_CUE_WORDS } from './sportsNews';

const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/**
 * A team's people without ال or a pronoun: an indefinite noun in construct, so the word after it is its genitive, the side
 * (مدرب الصفاقسي), never its adjective (المدرب الصفاقسي would be).
 */
const PEOPLE_OWNERS = wordSet('مدرب لاعب لاعبي لاعبو حارس مهاجم مدافع');
/** Those and a match noun, whose genitive is a side too (مباراة بتروجيت). */
const SIDE_OWNERS: ReadonlySet<string> = new Set([...PEOPLE_OWNERS, ...wordSet('مباراة لمباراة بمباراة')]);
/** Sports and positions a player's noun governs as well (لاعب التنس الإسباني رافائيل نادال، لاعب الارتكاز): no side. */
const DISCIPLINES = wordSet(`التنس الجولف الغولف الشطرنج السلة الطائرة اليد الجمباز الملاكمة المصارعة الجودو الكاراتيه التايكوندو
  الاسكواش السباحة الدراجات الرماية القوى الكريكيت الرغبي البيسبول الهوكي الارتكاز الطرف الجناح اللياقة`);
/**
 * Lists that say the word is a person, a given name, a place, a people or a body of another kind. Not Wikidata's name
 * parts (NAME), which hold many clubs' words (الصفاقسي), nor the clubs list.
 */
const OTHER_LISTED = listMarks(['PER', 'FIRST', 'LAST', 'PLAST', 'LOC', 'NAT', 'ORG'], { exact: true });
/** A word that may open a person's name (the coach's or player's after his side). */
const NAME_START = listMarks(['PER', 'NAME', 'FIRST']);
/** A word this frequent in the training text is an ordinary noun of the language, no club's name. */
const COMMON = 100;
/** An adjective's nisba ending (استثنائي، استثنائية), as the stems spell it. */
const NISBA_END = /ي[هة]?$/;
/** What closes an apposition (، لاعب إنيمبا ،) or a caption. */
const CLOSERS = wordSet('، , . ( ) : ؛ "');

/**
 * In a sports sentence (`sports`, and a sports word besides the owner), the side after an indefinite coach, player or
 * match noun, where the person's name or the sentence goes on right after it:
 * - a definite word no list names otherwise, before the person's name or his nationality and name (مدرب [الأهلي]
 *   البرتغالي مانويل جوزيه), also where the tagger took it into the name (مدرب [الصفاقسي] الطاهر ماجري);
 * - a word the training text never held, before a comma or a sentence's end (لاعب [إنيمبا] ، مقابل …؛ مباراة [بتروجيت] .).
 * A nationality after the side belongs to the person; the side's own words are left to the passes that read them.
 */
export function tagSidesBeforeNames(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  sports: boolean, freq: (k: number) => number, isNationality: (k: number) => boolean): number[] {
  if (!sports) return tags;
  let out = tags;
  const n = tags.length;
  // The sentence's sports words: the owner may be one (مباراة), and the side needs another besides it.
  let sportsWords = 0;
  for (const s of stems) if (SPORTS_CUE_WORDS.has(s)) sportsWords++;
  const write = (k: number, tag: number) => {
    if (out === tags) out = tags.slice();
    out[k] = tag;
  };
  for (let k = 1; k < n; k++) {
    const owner = stems[k - 1];
    if (!SIDE_OWNERS.has(owner) || prefixes[k] || hasMark(marks[k], OTHER_LISTED) || freq(k) >= COMMON) continue;
    if (sportsWords - (SPORTS_CUE_WORDS.has(owner) ? 1 : 0) === 0) continue;
    const nameAt = (j: number) => j < n && out[j] === B_PERS;
    if (definite(stems[k])) {
      const word = stems[k];
      if (!PEOPLE_OWNERS.has(owner) || word.length < 5 || NOT_SIDES.has(word) || SPORTS_CUE_WORDS.has(word) || DISCIPLINES.has(word)) continue;
      if (out[k] === 0 && (nameAt(k + 1) || (k + 1 < n && !prefixes[k + 1] && isNationality(k + 1) && nameAt(k + 2)))) write(k, B_ORG);
      else if (out[k] === B_PERS && k + 1 < n && out[k + 1] === I_PERS && hasMark(marks[k + 1], NAME_START)) {
        write(k, B_ORG);
        write(k + 1, B_PERS);
      }
      continue;
    }
    // An unknown word alone: the tagger may have read it as a one-word person (مدرب [كونكوري] ، الفرنسي جيروم دوبوا). Not a
    // nisba: an indefinite adjective agrees with the indefinite noun (بحارس استثنائي .).
    const alone = out[k] === 0 || (out[k] === B_PERS && (k + 1 >= n || out[k + 1] !== I_PERS));
    if (alone && freq(k) === 0 && stems[k].length >= 3 && !NISBA_END.test(stems[k]) && (k + 1 >= n || CLOSERS.has(stems[k + 1]))) write(k, B_ORG);
  }
  return out;
}
