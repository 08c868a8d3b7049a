// Countries and cities playing in sports news: a place in a team's slot (subject of a result, opponent, a team noun's genitive) is the team.
import { normalizeArabic } from './normalize';
import { wordSet } from './wordSets';
import { beginTag, insideTag, spanEnd } from './tagger';
import { matchWordBefore, PLAY_VERBS, RESULT_VERBS } from './sportsNews';
import { countryAt } from './teamSlots';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** The place span that begins at k made a team (ORGANIZATION): its inside words follow. */
export function placeToTeam(out: number[], k: number): void {
  for (let e = k; e === k || (e < out.length && out[e] === I_LOC); e++) out[e] = e === k ? B_ORG : I_ORG;
}

/** Words before the opponent of a match that mean nothing else before a country (مشواره أمام [زامبيا]، ضد [فرنسا]). */
const FACING = new Set(['امام', 'ضد']);
/** Nouns whose genitive in a sports sentence is a team (مرمى [كولومبيا]، مدرب [الأردن]، لمواجهة [مصر]), normalised and clitic-free. */
const TEAM_OWNERS = new Set('مرمى شباك مدرب مدربا مواجهة مواجهه منتخبي لاعبي لاعبو حارس مهاجم مهاجمو هداف'.split(' ').map(normalizeArabic));
/** Words of TEAM_OWNERS that also mean a war's or a state's confrontation (وتستعد إسرائيل لمواجهة إيران). */
const CONFRONTING = new Set('مواجهة مواجهه'.split(' ').map(normalizeArabic));
/** A war's or a sanction's words right before أمام/ضد (الحرب ضد روسيا، العقوبات ضد إيران): a state's opponent, whatever match is near. */
const HOSTILITIES = new Set('الحرب حرب حربا العدوان عدوان العقوبات عقوبات الحصار حصار'.split(' ').map(normalizeArabic));
/**
 * A bid, a seat, a chair or a right won in sports news (المغرب يفوز على إسبانيا في سباق تنظيم المونديال، بعضوية المكتب): no match
 * is won, so the winner (a headline's) and the loser (standingSides' على حساب) are bidders, places.
 */
export const BIDS = wordSet('تنظيم بتنظيم استضافة باستضافة عضوية بعضوية مقعد بمقعد رئاسة برئاسة حق بحق');
/** Objects of a playing or result verb that make it no match (تلعب قطر [دورا]، تواجه قطر [انتقادات]، فازت قطر [بحق] تنظيم …). */
const NOT_MATCH_OBJECTS = new Set([...BIDS, ...wordSet(`دور دورا الدور أزمة أزمات انتقادات اتهامات عقوبات صعوبات تحديات ضغوط ضغوطا مشكلة مشاكل مشكلات خطر خطرا تهديدات
  سباق ثقة صفقة عقد`)]);

/** A national team's counterpart (منتخب زامبيا نظيره [الكونغو]): the country after it is the other team; a minister's is a person. */
const COUNTERPARTS = new Set('نظيره نظيرها ونظيره ونظيرها'.split(' '));
const NATIONAL_TEAMS = new Set('منتخب المنتخب منتخبنا منتخبها منتخبه'.split(' '));
/** How far before the counterpart the team's noun stands (يلتقي منتخب زامبيا نظيره: two words). */
const COUNTERPART_REACH = 4;
/** A role held in a team (مدرب المنتخب، رئيس بعثة المنتخب): the counterpart after it is the coach's or the head's, a person. */
const TEAM_ROLES = new Set('مدرب مدربا ومدرب رئيس ورئيس مدير قائد لاعب لاعبو لاعبي حارس مهاجم طبيب بعثة'.split(' ').map(normalizeArabic));
/** The team's noun within reach before the counterpart, not held by a role (مدرب المنتخب نظيره: the coach's counterpart). */
function counterpartAt(stems: readonly string[], k: number): boolean {
  if (k < 2 || !COUNTERPARTS.has(stems[k - 1])) return false;
  for (let j = Math.max(0, k - 1 - COUNTERPART_REACH); j < k - 1; j++) {
    if (NATIONAL_TEAMS.has(stems[j]) && !(j > 0 && TEAM_ROLES.has(stems[j - 1]))) return true;
  }
  return false;
}

/** Verbs of winning a title (يتوج، تحرز) and the result verbs whose subject a headline names first (قطر تحرز كأس الخليج). */
const CROWNS = new Set('يتوج تتوج توج توجت يحرز تحرز احرز احرزت'.split(' ').map(normalizeArabic));
/** What a crowned side wins: a cup, a title, a championship (not a medal: ليمنح المغرب ذهبيته, a country in a medal table is a place). */
const TITLES = new Set('كأس كاس بكأس بكاس لقب بلقب اللقب باللقب بطولة ببطولة البطولة بالبطولة درع بدرع الدرع'.split(' ').map(normalizeArabic));
/** Quotation marks a headline's or a quoted sentence's subject may stand behind. */
const OPENING_QUOTES = new Set(['"', '«', '“']);
/**
 * A headline's subject named first, then its win (قطر تحرز كأس الخليج، الكويت يتوج ببطولة الأندية، مصر تفوز على …): the place
 * at the sentence's start before a crowning verb and its title, or a result verb and على, is the team.
 */
function headlineWinnerAt(stems: readonly string[], out: readonly number[], k: number): boolean {
  if (stems.some((s) => BIDS.has(s))) return false;
  const e = spanEnd(out, k);
  const verb = stems[e] ?? '';
  const object = stems[e + 1] ?? '';
  return (CROWNS.has(verb) && TITLES.has(object)) || (RESULT_VERBS.has(verb) && object === 'علي');
}

/**
 * In a sports sentence, a country or city read as a place is its team when it is the subject right after a result or
 * playing verb (وتعادل [العراق] مع السعودية، خسرت [فرنسا] أمام …، ويلعب [المغرب])، the opponent after أمام or ضد (مشواره
 * أمام [زامبيا]) or the genitive of a team noun (في مرمى [كولومبيا]، مدرب [الأردن]) or a national team's counterpart (منتخب زامبيا نظيره [الكونغو]), or a headline's winner named first ([قطر] تحرز كأس الخليج): as
 * NewsFANE and the benchmark tag countries playing. A place after في or ب is where the match was played, and is never
 * in these slots. A place the tagger ran into a name after a team noun (مدرب [الأردن الحسين] عموتة) is split from it.
 */
export function countriesAsTeams(stems: readonly string[], marks: readonly string[][], out: number[]): void {
  // أمام/ضد and مواجهة also stand in a sports sentence's politics (عاجزة أمام إسرائيل، الحرب ضد روسيا، لمواجهة إيران): the
  // country there is the opponent only with a match's word shortly before (مشواره أمام، سيلعب ضد، المنتخب … لمواجهة).
  const matchBefore = (k: number) => matchWordBefore(stems, k);
  // The headline's subject stands first, behind its opening quotes if any (« [الجزائر] تحرز لقب …).
  let first = 0;
  while (first < out.length && OPENING_QUOTES.has(stems[first])) first++;
  if (out.length > first + 2 && out[first] === B_LOC && marks[first].some((m) => m.startsWith('LOC-')) && headlineWinnerAt(stems, out, first)) placeToTeam(out, first);
  for (let k = 1; k < out.length; k++) {
    const before = stems[k - 1];
    const bare = before.startsWith('ل') && TEAM_OWNERS.has(before.slice(1)) ? before.slice(1) : before;
    // The lexicon may keep و on a frequent verb too (وتغلبت).
    const verb = before.startsWith('و') && !RESULT_VERBS.has(before) && !PLAY_VERBS.has(before) ? before.slice(1) : before;
    const subject = RESULT_VERBS.has(verb) || PLAY_VERBS.has(verb);
    const afterVerb = (subject || (FACING.has(before) && matchBefore(k - 1) && !(k > 1 && HOSTILITIES.has(stems[k - 2])))) && out[k - 1] === 0;
    // The lexicon may keep لـ on a frequent form (لمواجهة): the noun is read without it too.
    const afterOwner = (TEAM_OWNERS.has(bare) && out[k - 1] === 0 && (!CONFRONTING.has(bare) || matchBefore(k - 1))) || counterpartAt(stems, k);
    if (!afterVerb && !afterOwner) continue;
    // A verb's country whose object is a role, a trouble or a right won (تلعب قطر دورا، تواجه قطر انتقادات، فازت قطر بحق …) plays no match.
    const after = spanEnd(out, k);
    if (subject && !afterOwner && (NOT_MATCH_OBJECTS.has(stems[after] ?? '') || (stems[after] === 'علي' && NOT_MATCH_OBJECTS.has(stems[after + 1] ?? '')))) continue;
    if (out[k] === B_PERS && afterOwner && k + 1 < out.length && out[k + 1] === I_PERS && stems[k].startsWith('ال') &&
      marks[k].includes('LOC-S') && !marks[k].includes('FIRST-S')) {
      out[k] = B_ORG;
      out[k + 1] = B_PERS;
      continue;
    }
    // A counterpart's country may be one the place lists hold only in a longer name (الكونغو): ICU's name is enough there.
    if (out[k] !== B_LOC || !(marks[k].some((m) => m.startsWith('LOC-')) || (counterpartAt(stems, k) && countryAt(stems, marks, k)))) continue;
    placeToTeam(out, k);
  }
}

/**
 * A country joined by و to a country already read as a team (مباراتي أوزبكستان مع [تايلاند] [وكوريا الجنوبية]) is a team
 * too: in a sports sentence a place span after و right behind a team whose first word a place list holds is ORGANIZATION.
 */
export function coordinatedTeams(marks: readonly string[][], out: number[], prefixes: readonly string[]): void {
  for (let k = 1; k < out.length; k++) {
    if (out[k] !== B_LOC || prefixes[k] !== 'و' || (out[k - 1] !== B_ORG && out[k - 1] !== I_ORG)) continue;
    let b = k - 1;
    while (b > 0 && out[b] === I_ORG) b--;
    if (out[b] !== B_ORG || !marks[b].some((m) => m.startsWith('LOC'))) continue;
    placeToTeam(out, k);
  }
}
