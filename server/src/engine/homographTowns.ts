// Towns whose bare name is a common word (places-homographs.txt), read as places only as the last item of a list of places the tagger began.
import homographTownsText from '../../data/lists/places-homographs.txt';
import { beginTag, isInside, spanStart } from './tagger';
import { townAfterPlace } from './conjoinedNewsPlaces';
import type { Token } from './tokenize';
import { listPhrase } from './newsLists';
import { hasMark, listMarks } from './nameMarks';
import { DIRECTIONS, LIST_ENDS } from './placeBounds';
import { wordSet as set } from './wordSets';

const B_LOC = beginTag('LOC');
/** The given names' list as spelled (جاسم، سليمان), not folded. */
const GIVEN_SPELLED = listMarks(['FIRST'], { exact: true });

let towns: Set<string> | undefined;
/** The one-word names of places-homographs.txt, normalised as the other lists are (built on first use). */
function homographTowns(): Set<string> {
  if (towns) return towns;
  towns = new Set();
  for (const line of homographTownsText.split('\n')) {
    if (line.trim().startsWith('#')) continue;
    const name = listPhrase(line);
    if (name && !name.includes(' ')) towns.add(name);
  }
  return towns;
}
export const isHomographTown = (w: string): boolean => homographTowns().has(w);

/**
 * Words after which the list has ended: a preposition or a relative (LIST_ENDS; not `من`, which makes a quantity of the
 * word before it: الدوحة والعديد من المؤتمرات) or a time adverbial (`يوم السبت`، `أمس`، a weekday). A definite adjective
 * or a genitive after the word is none of these: the word is then the common noun of a phrase (مروي والقصر الرئاسي).
 */
const AFTER_LIST = set('يوم اليوم أمس امس الشهر الأسبوع الاسبوع السنة الليلة صباح مساء فجر ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت');
const PARTITIVE = set('من');
/**
 * `العام` is the year only with its time adjective (العام الماضي، العام المقبل); bare after a noun it is the adjective "general"
 * (القاهرة والأمين العام للجامعة: the secretary-general, not a town الأمين).
 */
const YEAR_ADJECTIVES = set('الماضي المقبل القادم الحالي الجاري المنصرم');

/**
 * The list's names that are also the generic word for a part a place has: its lake, coast, valley, port, countryside, villages,
 * citadel, gate, quarter, palace, base, factory (طبريا والبحيرة: the town and its lake). After a place and و they name that
 * part, not the town of the same name. Kept here only where the four training corpora tag the word O more often than a place,
 * in any context (O / place: الساحل 85/5، الوادي 22/7، الميناء 34/1، الريف 19/10، القرى 86/13، القلعة 77/1، المرفأ 4/0،
 * البحيرة 8/5، المصنع 25/0، القاعدة 35/0، القصر 106/1، الحي 39/3، الباب 37/0، البلد 53/0، الحمام 15/4، القبة 18/1،
 * الحصن 10/0، المزرعة 7/1، التل 4/0، الدير 3/0، الطور 4/1). `الجبل` (10/22: Mount Lebanon, the Jebel) stays a possible place.
 */
const PLACE_PARTS = set('الساحل الوادي الميناء الريف القرى القلعة المرفأ البحيرة المصنع القاعدة القصر الحي الباب البلد الحمام القبة الحصن المزرعة التل الدير الطور');
/**
 * The list's names that are also words of public life: a people, tribes, a revolution, a movement, a ministry, a party's
 * watchword, a title (بين دمشق والشعب، بين بغداد والداخلية، بين الجزائر والحراك). After a place and و they are the other party
 * of a relation, not a town. Kept here only where the training corpora tag the word O more often than a place (O / place:
 * الشعب 115/2، القبائل 84/0، الثورة 95/1، الحراك 2/0، الداخلية 91/0، الإصلاح 19/0، التضامن 5/0، الحرية 35/2، النهضة 21/0،
 * الكرامة 5/1، الفتح 21/0، الصحافة 49/0، الخليفة 74/0، الأمين 69/0، شيخ 42/1), and the flag a people raises or the science
 * a country teaches (تحدث عن فلسطين والعلم: العلم 112/0). `التحرير` (20 O, 26 a body, 10 a place or a road) is left as the list
 * has it.
 */
const PUBLIC_LIFE = set('الشعب القبائل الثورة الحراك الداخلية الإصلاح التضامن الحرية النهضة الكرامة الفتح الصحافة الخليفة الأمين شيخ العلم');

/**
 * A compass word or its adjective (الغرب، الشرق، الشمال، الشرقية، الغربية: in the list as regions and governorates): after a
 * place and و it names a direction or a part as often (اوروبا والغرب، اوروبا الوسطى والشرقية: the corpora 3 of 3 O).
 */
function compassWord(town: string): boolean {
  const bare = town.startsWith('ال') ? town.slice(2) : town;
  return DIRECTIONS.has(bare) || DIRECTIONS.has(bare.replace(/(يه|ي)$/, ''));
}

/** The middle's adjective, which a compass adjective after و can share a noun with (أوروبا الوسطى والشرقية). */
const MIDDLE = set('الوسطى الوسطي');
/** Feminine elative adjectives that close a place of two words or more (آسيا الصغرى، مصر العليا): a noun a compass adjective can share. */
const ELATIVES = set('الوسطى الصغرى الكبرى العليا السفلى الدنيا');
/** The prepositions that link a place to the noun it is a part of when written apart (الأحياء الشرقية من حلب). */
const GENITIVE_LINKS = set('من ل');
/** A compass adjective or الوسطى: an adjective a compass adjective after و can be coordinated with. */
const compassAdjective = (w: string): boolean => (compassWord(w) && w.endsWith('يه')) || MIDDLE.has(w);
/**
 * A feminine compass adjective (الشرقية، الغربية، الشمالية، الجنوبية) after a place and و is the region or governorate of that
 * name (القاهرة [والشرقية]، الدقهلية [والغربية]) unless it shares a noun with an adjective before it:
 * - the place before the و ends in a compass adjective itself (أوروبا الوسطى والشرقية، الناصرية الشمالية والغربية), or, being two
 *   words or more, in any definite feminine adjective (آسيا الصغرى والغربية، أفريقيا الاستوائية والغربية; one-word الإسكندرية is a
 *   governorate);
 * - an untagged compass adjective stands right before the place or before its من/ل: the place is the genitive of a noun that
 *   adjective describes, and the second adjective describes that noun too (الأحياء الشرقية لحلب والغربية، المناطق الشمالية من
 *   العراق والشرقية). Not before في: السواحل الشمالية في الإسكندرية والغربية lists two governorates.
 * Session 55's second reader: 7 probes read as a governorate (5 after a noun's compass adjective, 2 after an adjective).
 * The corpora hold 1 such governorate (القاهرة والاسكندرية والغربية) and 2 shared adjectives, both after an adjective; a
 * compass noun (والغرب) or a masculine adjective (والشرقي) names no governorate and stays out.
 * `last`: the last token of the place before the و.
 */
function compassRegion(town: string, sentence: readonly Token[], tags: readonly number[], last: number): boolean {
  if (!town.endsWith('يه')) return false;
  const before = sentence[last].norm;
  if (compassWord(before) || MIDDLE.has(before)) return false;
  const b = spanStart(tags, last);
  if (b < last && before.startsWith('ال') && (before.endsWith('يه') || ELATIVES.has(before))) return false;
  const j = b > 0 && GENITIVE_LINKS.has(sentence[b - 1].norm) ? b - 2 : b - 1;
  return !(j >= 0 && tags[j] === 0 && compassAdjective(sentence[j].norm));
}

/** Whether token k ends a list of places: the sentence's end, punctuation, a next item after و, or a word that follows a list. */
function listEndsAt(sentence: readonly Token[], tags: readonly number[], k: number): boolean {
  if (k >= sentence.length || sentence[k].kind === 'punct') return true;
  if (isInside(tags[k])) return false;
  const w = sentence[k].norm;
  if (w === 'العام') return k + 1 < sentence.length && YEAR_ADJECTIVES.has(sentence[k + 1].norm);
  return w[0] === 'و' || AFTER_LIST.has(w) || (LIST_ENDS.has(w) && !PARTITIVE.has(w));
}

/**
 * `ولد علي في بغداد وجاسم في البصرة`: the word a given name of the list (جاسم، سليمان), the preposition after it repeating the one
 * before the place (span ending at `last`) and a place after that: و joins two clauses of the same shape (P place, X P place)
 * and the word is the second clause's subject, not a town. The training corpora and the read sets hold `P place وX P` 8 times,
 * X a place once, with a time after the second P (في الجزائر والعراق في الثمانينات; a place there: X the person 2 of 2,
 * واختى في أفغانستان وعمى فى لبنان). A town no given-name list holds stays the list's town: the place after the second P is
 * then as often the region holding both (قتلى في الموصل وحديثة في العراق، في حرستا ودوما في ريف دمشق: session 55's second
 * reader, 6 probes). `marks`: the word's gazetteer marks.
 */
function parallelClause(sentence: readonly Token[], tags: readonly number[], marks: readonly string[], last: number, next: number): boolean {
  if (next + 1 >= sentence.length || !LIST_ENDS.has(sentence[next].norm) || tags[next + 1] !== B_LOC) return false;
  const b = spanStart(tags, last);
  return b > 0 && sentence[b - 1].norm === sentence[next].norm && hasMark(marks, GIVEN_SPELLED);
}

/**
 * `البصرة [والعمارة] يوم السبت`، `تعز [واب] .`، `صلالة [وعبري] وصور`: a word `وX` (or X after a و written apart) right after
 * a place the tagger read, X a town of places-homographs.txt, where the list ends after it, is the list's next place. The
 * news list leaves these names out because alone they are common words (العمارة the building, الزرقاء blue); joined by و to
 * a place, closing the list, the corpora read them as the town (the four training corpora: 29 LOC, 9 O and 1 facility in
 * this context; 3 of the O are compass words, kept out: compassWord). Nothing else makes them places.
 */
export function homographTownsInLists(sentence: readonly Token[], marks: readonly string[][], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    const cur = out ?? tags;
    if (cur[k] !== 0 || sentence[k].kind !== 'word') continue;
    const t = townAfterPlace(sentence, cur, k);
    if (!t || (t.glued && t.town.length < 2)) continue;
    const town = t.town;
    const last = t.glued ? k - 1 : k - 2;
    if (!isHomographTown(town) || (compassWord(town) && !compassRegion(town, sentence, cur, last)) || PLACE_PARTS.has(town) || PUBLIC_LIFE.has(town)) continue;
    if (!listEndsAt(sentence, cur, k + 1) || parallelClause(sentence, cur, marks[k], last, k + 1)) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
