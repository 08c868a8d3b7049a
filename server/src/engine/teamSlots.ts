// Clubs a sports sentence names by a team's slot: the genitive of a match noun (هدفي [العربي]) and a subject its masculine pronoun refers to.
import { beginTag, insideTag } from './tagger';
import { normalizeArabic } from './normalize';
import { PREPOSITIONS, wordSet } from './wordSets';
import { icuRegionNames } from './regionNames';
import { definite } from './namePatterns';
import { stripConj } from './quoteCues';
import { townNisbaAt } from './resultSides';
import { matchWordBefore, SPORTS_CUE_WORDS } from './sportsNews';
import { listMarks } from './nameMarks';

const B_ORG = beginTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');

/**
 * Nouns whose genitive in a sports sentence is a side (لمباراة [الجزيرة] الأخيرة، هدفي [العربي]، رصيد [الشمال]، في صفوف
 * [أياكس]), normalised and clitic-free. Not those that also govern a match's time or stage (مباراة [الإياب]): these are no
 * club or place the lists hold.
 */
const SIDE_OWNERS = wordSet(`مباراة لمباراة بمباراة مباراتي هدف هدفي اهداف أهداف رصيد برصيد صفوف بصفوف جماهير جمهور لجماهير
  مرمى شباك حارس مهاجم مدافع لاعب لاعبي لاعبو هداف مدرب منتخبا`);

/**
 * What else a side's slot holds that is no team's name: the game's nouns, stages, roles and times (هدف [الفوز]، مباراة
 * [الإياب]، مدرب [الحراس]، حارس [المرمى]، رصيد [النقاط]، جماهير [الكرة]), and a whole country's team (مدرب [المنتخب]).
 */
export const NOT_SIDES = wordSet(`الفوز التعادل الشرف السبق الذهاب الإياب النهائي القمة الافتتاح الختام اليوم الأمس الغد السوبر الموسم الوسط
  المرمى الحراس اللياقة الكرة الدفاع الهجوم الاحتياط الشباب الناشئين الأولمبي الفريق الفريقين المنتخب المنتخبات النادي الأندية
  البطولة الدوري المباراة المباريات الجولة المجموعة الأسبوع الخصم المنافس الضيوف المضيف الضيف الزوار أصحاب الفائز الخاسر البطل
  الوصيف النقاط الأهداف الجماهير الجمهور الملعب الأرض الاتحاد المسابقة التصفيات الدورة الأول الأولى الثاني الثانية الأخير الأخيرة
  الوحيد المحلي الوطني العالم الحسم التحدي العودة الترجيح الجزاء الأبطال الكأس الصدارة المقدمة القاع الهبوط التاريخي الحالي السابق
  الجديد الدولي`);
/** Adjectives after the side that describe its owner noun, not the side (لمباراة [الجزيرة] الأخيرة، هدفي [العربي] الباقيين). */
const OWNER_ADJECTIVES = wordSet('الأخيرة الأخير الأولى الأول الثاني الثانية الماضي الماضية المقبل المقبلة الباقيين الوحيد الوحيدة');

/**
 * The owners whose genitive is a side however unknown its word: not those with a sense outside the game (هدف المساواة: an
 * aim; في صفوف الشبان: ranks; رصيد، جماهير: a balance, the masses), nor the goal, often its keeper's (مرمى الحضري).
 */
const MATCH_OWNERS = wordSet('مباراة لمباراة بمباراة مباراتي هدفي حارس مهاجم مدافع لاعب لاعبي لاعبو هداف مدرب منتخبا');

/**
 * A club no list holds in a side's slot (مدرب [الكوكب]، لاعبو [الشعلة]): one definite word the tagger left O, no game's
 * word, no nationality, place or person any list knows, and no noun phrase going on (a bare definite word after it is its
 * adjective or genitive: جماهير الكرة المصرية).
 */
/** Marks of a nationality or person list, and of those or a place list: an unlisted side has none. */
const PERSON_LISTED = listMarks(['NAT', 'PER', 'FIRST', 'LAST', 'NAME']);
const PERSON_OR_PLACE_LISTED = listMarks(['NAT', 'PER', 'FIRST', 'LAST', 'NAME', 'LOC']);

function unlistedSideAt(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], out: readonly number[], k: number, freq: (k: number) => number, places = false): boolean {
  if (out[k] !== 0 || !definite(stems[k]) || stems[k].length < 5 || NOT_SIDES.has(stems[k]) || SPORTS_CUE_WORDS.has(stems[k])) return false;
  // A place the tagger left O facing a side (مباراة اليوم أمام [الجزيرة]) is a team as a country playing is.
  const listed = places ? PERSON_LISTED : PERSON_OR_PLACE_LISTED;
  if (marks[k].some((m) => listed.test(m))) return false;
  const next = k + 1 < stems.length ? stems[k + 1] : '';
  // A town's nisba after it names the club with it (أمام [الطليعة الجديدي]: sportsClubs takes the nisba in).
  return prefixes[k + 1] !== '' || !definite(next) || OWNER_ADJECTIVES.has(next) || townNisbaAt(stems, prefixes, marks, out, freq, k + 1) ||
    leaderAt(stems, k);
}

/** A match's other side named by its role (على منافسه، أمام ضيفه), the pronoun split off (منافس ه) or not. */
const RIVALS = wordSet('منافس ضيف مضيف غريم');
/** The same roles with the pronoun attached (منافسه، ضيفها). */
const RIVALS_OWNED: ReadonlySet<string> = new Set([...RIVALS].flatMap((r) => [r + 'ه', r + 'ها']));
/** The rival's slot after على/أمام (فوزه على منافسه [الشمال]): what follows the role is the side's name. */
const rivalAt = (stems: readonly string[], j: number) => (RIVALS_OWNED.has(stems[j]) && j >= 1 && (stems[j - 1] === 'علي' || stems[j - 1] === 'امام')) ||
  ((stems[j] === 'ه' || stems[j] === 'ها') && j >= 2 && RIVALS.has(stems[j - 1]) && (stems[j - 2] === 'علي' || stems[j - 2] === 'امام'));

/**
 * Verbs of meeting a side (الذي سيلاقي [الشعلة]، وسيواجه [الكوكب]): the object is the other side. Not the present of
 * facing (وتواجه المرأة …: faces, of troubles more than of teams).
 */
const MEETS = wordSet('يلاقي سيلاقي تلاقي ستلاقي سيواجه ستواجه');
/** Verbs that raise a side's points (رفع [الكوكب] رصيده): the subject between them and رصيد with its pronoun is a side. */
const RAISERS = wordSet('رفع يرفع عزز يعزز');
const BALANCE = wordSet('رصيد');
const BALANCE_OWNED = wordSet('رصيده رصيدها');
const balanceAt = (stems: readonly string[], j: number) => j < stems.length &&
  (BALANCE_OWNED.has(stems[j]) || (BALANCE.has(stems[j]) && (stems[j + 1] === 'ه' || stems[j + 1] === 'ها')));

/** Verbs of leading a table (ويتصدر [الكوكب] الترتيب) and the tables led: the word between them is the leading side. The
 * lexicon keeps و on ويتصدر, so it comes off before the lookup. */
const LEADERS = wordSet('يتصدر تصدر تتصدر');
const TABLES = wordSet('الترتيب ترتيب جدول المجموعة الدوري');
const leaderAt = (stems: readonly string[], k: number) => k >= 1 && k + 1 < stems.length && LEADERS.has(stripConj(stems[k - 1])) && TABLES.has(stems[k + 1]);

let countries: Set<string> | undefined;
/** ICU's one-word country names, also without the qualifier ICU adds to tell two apart (الكونغو - كينشاسا: الكونغو). */
function oneWordCountries(): Set<string> {
  countries ??= new Set([...icuRegionNames()].map((n) => n.split(' - ')[0]).filter((n) => !n.includes(' ')));
  return countries;
}

/** A one-word country: ICU's, or a place the lists hold that is also a nationality's feminine (السعودية). */
export const countryAt = (stems: readonly string[], marks: readonly string[][], k: number) =>
  oneWordCountries().has(stems[k]) || (marks[k].includes('LOC-S') && marks[k].includes('NAT-S'));

/**
 * What a slot's word may be: a single listed club or place, or a country the tagger left O or read as a place the lists
 * lack (مدرب [السعودية] البرازيلي، لاعبي [الكونغو]), and nothing the tagger read as a person or body.
 */
function sideAt(stems: readonly string[], marks: readonly string[][], out: readonly number[], k: number): boolean {
  if (out[k] !== 0 && !(out[k] === B_LOC && out[k + 1] !== I_LOC)) return false;
  return marks[k].includes('CLUB-S') || (out[k] === B_LOC && marks[k].some((m) => m.startsWith('LOC'))) || countryAt(stems, marks, k);
}

/**
 * In a sports sentence (`sports`), a club or place in a side's slot is the team (ORGANIZATION):
 * - the genitive of a noun of SIDE_OWNERS (وعودة لمباراة [الجزيرة] الأخيرة، وسجل هدفي [العربي]، مباراة [الإمارات]), a club the
 *   lists hold however common its word, or a place the tagger read; after a noun of MATCH_OWNERS also one definite word no
 *   list holds (unlistedSideAt), when the sentence names the game by another word too;
 * - a club or town spelled with ة as the subject a masculine pronoun refers back to (واصل [الجزيرة] أداءه، ليؤكد [الجزيرة]
 *   تفوق ه): an island or a town is referred to by ها, a club (النادي، الفريق) by ه. The paragraph must
 *   spell ة elsewhere (`spellsTa`), or a final ه may be ة written without its dots; not after a preposition (في [الجزيرة]).
 * NewsFANE tags these sides ORGANIZATION: on its two out-of-fold sets (1,604 sentences) 6 were missed, none is tagged wrongly.
 */
export function tagTeamSlots(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  text: (k: number) => string, sports: boolean, spellsTa: () => boolean, freq: (k: number) => number): number[] {
  if (!sports) return tags;
  let out = tags;
  const n = tags.length;
  const toTeam = (k: number) => {
    if (out === tags) out = tags.slice();
    out[k] = B_ORG;
  };
  for (let k = 1; k < n; k++) {
    if (prefixes[k]) continue;
    const listed = sideAt(stems, marks, out, k);
    const owner = stems[k - 1];
    const owners = listed ? SIDE_OWNERS : MATCH_OWNERS;
    // The owner is itself a sports word (مرمى البصر: the line of sight): an unknown side needs the game named elsewhere too.
    // The opponent after أمام with a match's word just before it (مباراة اليوم أمام [الجزيرة]) is a side as a match noun's genitive is.
    // So is the object of a verb of meeting (سيلاقي [الشعلة]), the subject whose points a verb raises (رفع [الكوكب] رصيده)
    // and the one leading a table (ويتصدر [الكوكب] الترتيب).
    const facing = !listed && ((owner === 'امام' && matchWordBefore(stems, k - 1)) || rivalAt(stems, k - 1) || MEETS.has(owner) ||
      (RAISERS.has(owner) && balanceAt(stems, k + 1)) || leaderAt(stems, k));
    if (!listed && !((owners.has(owner) || facing) && unlistedSideAt(stems, prefixes, marks, out, k, freq, facing) && stems.some((s, j) => j !== k - 1 && SPORTS_CUE_WORDS.has(s)))) continue;
    if (out[k - 1] === 0 && (facing || owners.has(owner) || owners.has(normalizeArabic(text(k - 1))))) { toTeam(k); continue; }
    if (!listed) continue;
    // A masculine pronoun on the noun right after a definite ة word, its verb before it. The noun after has no clitic: `لوحده` after a town (إدارة شؤون الجزيرة لوحده) is an adverb of the sentence's subject.
    if (!stems[k].startsWith('ال') || !text(k).endsWith('ة') || k + 1 >= n || out[k + 1] !== 0 || out[k - 1] !== 0 || prefixes[k + 1]) continue;
    // ل before a present verb is its particle (ليؤكد), before a noun a preposition.
    if (PREPOSITIONS.has(stems[k - 1]) || prefixes[k - 1] === 'ب' || (prefixes[k - 1] === 'ل' && !stems[k - 1].startsWith('ي')) || stems[k - 1].startsWith('ال')) continue;
    const next = text(k + 1);
    const pronoun = (!stems[k + 1].startsWith('ال') && next.length >= 4 && next.endsWith('ه') && !next.endsWith('اه')) ||
      (k + 2 < n && text(k + 2) === 'ه' && !stems[k + 1].startsWith('ال'));
    if (pronoun && spellsTa()) toTeam(k);
  }
  return out;
}
