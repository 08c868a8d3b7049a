// Movements after their members or leader: a listed one named by its word alone (مسلحي [القاعدة]), or an unlisted one by its head and name (القيادي في [حركة الفجر]).
import { wideCueBit } from './wideCues';
import { beginTag, insideTag, markSpan } from './tagger';
import { wordSet } from './wordSets';
import { ORG_LIST } from './nameMarks';
import { PERSON_TITLE_FORMS } from './triggers';

const B_ORG = beginTag('ORG');
/** Heads the lists name movements with (normalised); not حزب, whose `حزب الله` leaves a word that is no name alone. */
const MOVEMENT_HEADS = [...wordSet('تنظيم حركة جماعة')];
/**
 * Nouns of an armed or political movement's members, cells and leaders, normalised and clitic-free: in construct before
 * the movement's name without its head they name it (زعيم القاعدة، مسلحي الشباب، أنصار فتح).
 */
const MEMBERS = wordSet(`زعيم زعماء قائد قادة أمير مسلحي مسلحو مسلحين عناصر مقاتلي مقاتلو مقاتلين متشددي متشددو أنصار مناصري
  مؤيدي أتباع خلية خلايا معاقل معقل نشطاء ناشطي`);
/** tagMemberBodies' bit (wideCues.ts): a sentence without a member word is left as it is, so tagNamedBodyShapes skips it there. */
export const MEMBER_BODY_CUE = wideCueBit([MEMBERS]);

/**
 * A movement head and `w` make a listed organisation. A function of its own: a closure in tagMemberBodies' loop that read the loop's
 * k made V8 allocate a context for every token of every sentence.
 */
function movementListed(w: string, listsOf: (w: string) => string | undefined): boolean {
  return MOVEMENT_HEADS.some((h) => ORG_LIST.test(listsOf(`${h} ${w}`) ?? ''));
}

/**
 * A word the tagger left O after a member or leader noun, which with a movement head before it is a listed organisation
 * (`تنظيم القاعدة`، `حركة فتح`، `حركة الشباب`), is that movement: ORGANIZATION alone, the member noun outside (مسلحي
 * [القاعدة]، عناصر [فتح]). Such names are common words (القاعدة the base, فتح an opening), so the tagger and the one-word
 * list marks leave them; after these nouns they are the movement.
 */
export function tagMemberBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], listsOf: (w: string) => string | undefined): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== 0 || prefixes[k] || tags[k - 1] !== 0 || !MEMBERS.has(stems[k - 1])) continue;
    if (!movementListed(stems[k], listsOf)) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
  }
  return out ?? tags;
}

const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');
/**
 * Nouns of members, officials and leaders that a movement's full name follows, with في/من or ب written between or not
 * (القيادي في حركة …، عناصر من تنظيم …، عضو بجماعة …), normalised: MEMBERS and the office words of a political body.
 */
const MEMBERS_OF_NAMED = new Set([...MEMBERS, ...wordSet('قيادي القيادي قياديا قياديين قياديون عضو العضو عضوا أعضاء الأعضاء قيادة كوادر ناشط الناشط ناشطا مؤسس باسم')]);
/** tagMemberMovements' bits (wideCues.ts): it tags only a movement head after one of these nouns, so a sentence needs both. */
export const MOVEMENT_HEAD_CUE = wideCueBit([MOVEMENT_HEADS]);
export const MOVEMENT_MEMBER_CUE = wideCueBit([MEMBERS_OF_NAMED]);
/**
 * Definite verbal nouns of forms I فِعال and VI تفاعل (الدفاع، التضامن), normalised, and the prepositions they take their object
 * with (الدفاع عن، التضامن مع): together, what a movement does, not its name.
 */
const GOVERNING_VERBAL_NOUN = /^ال(..ا.|ت.ا..)$/;
const GOVERNED = wordSet('عن مع');
/** Particles between the member noun and the movement (normalised). */
const OF = wordSet('في من');
/** Definite words after a name that date or point rather than name (زعيم حركة المهاجرون [السابق]). */
const NOT_NAMING = wordSet('الذي التي الذين السابق السابقة الحالي الحالية الجديد الجديدة نفسه نفسها ذاته ذاتها');
/** A nisba or a sound masculine plural (normalised): the adjectives a movement's name carries (الإسلامي، الإسلاميه، المسلمين). */
const NISBA_OR_PLURAL = /(ي|يه|ين|ون)$/;
/** Words a movement's name takes after its first word, at most (حركة [الجهاد الإسلامي]، جماعة [أنصار الشريعة]). */
const MAX_NAME_WORDS = 3;

/**
 * A movement's head right after a member or leader noun, with the word after it, all left O (`القيادي في [حركة فتح]`،
 * `عناصر من [تنظيم القاعدة]`، `قيادة [جماعة أنصار الشريعة]`), is the movement though no list holds its name: the corpora tag
 * the head and its name after these nouns 22 times and leave them O 5 (`أعضاء تنظيم الضباط الأحرار`). The name's first
 * word is definite or an indefinite noun (فتح، طالبان), not a describing word (عناصر من جماعة [مسلحة]: written ة or ي); the
 * name's genitive and nisbas after it are its own (الإسلامي، المسلمين), not its nationality, a word that dates (السابق),
 * a person's title or a word before a person (القيادي في حركة فتح [الدكتور] …). Not a derived verbal
 * noun or plural (عناصر من حركة [الاحتجاج]: `commonNoun`).
 */
export function tagMemberMovements(stems: readonly string[], prefixes: readonly string[], tags: number[], isWordAt: (k: number) => boolean,
  commonNoun: (w: string) => boolean, isNationality: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  for (let k = 1; k + 1 < n; k++) {
    if (tags[k] !== 0 || tags[k + 1] !== 0 || !MOVEMENT_HEADS.includes(stems[k]) || (prefixes[k] && !/^و?[بل]$/.test(prefixes[k]))) continue;
    const m = !prefixes[k] && OF.has(stems[k - 1]) && k > 1 && tags[k - 1] === 0 ? k - 2 : k - 1;
    if (tags[m] !== 0 || !MEMBERS_OF_NAMED.has(stems[m])) continue;
    const first = stems[k + 1];
    if (!isWordAt(k + 1) || prefixes[k + 1] || first.length < 3 || NOT_NAMING.has(first) || commonNoun(first) || (!first.startsWith('ال') && /[هي]$/.test(first))) continue;
    // A verbal noun with its object after عن or مع is what the movement does, not its name (ناشط في حركة الدفاع [عن] البيئة);
    // a name before a عن the verb governs stays (تحدث القيادي في حركة الفجر عن الانتخابات).
    if (k + 2 < n && GOVERNING_VERBAL_NOUN.test(first) && GOVERNED.has(stems[k + 2])) continue;
    const free = (j: number) => j < n && j - k - 1 < MAX_NAME_WORDS && tags[j] === 0 && isWordAt(j) && !prefixes[j] && stems[j].startsWith('ال') &&
      !NOT_NAMING.has(stems[j]) && !isNationality(j) && !PERSON_TITLE_FORMS.has(stems[j]) && (j + 1 >= n || tags[j + 1] !== B_PERS);
    let e = k + 2;
    // An indefinite first word takes its genitive (أنصار الشريعة، عدم الانحياز); then only a nisba or a plural goes on
    // (الجهاد [الإسلامي]، الإخوان [المسلمين]), not a describing word (الإخوان المسلمين [المحظورة]).
    if (!first.startsWith('ال') && free(e)) e++;
    // A second field joined by و is the name's too (حركة العدل [والمساواة]), as bodyConjuncts keeps a body's.
    else if (first.startsWith('ال') && e < n && tags[e] === 0 && prefixes[e] === 'و' && stems[e].startsWith('ال') && !NOT_NAMING.has(stems[e]) && !isNationality(e)) e++;
    while (free(e) && NISBA_OR_PLURAL.test(stems[e])) e++;
    out ??= tags.slice();
    markSpan(out, k, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out ?? tags;
}
