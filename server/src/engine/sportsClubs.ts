// Clubs in sports news: a word of the clubs list is a club (ORGANIZATION) when its sentence is about sport.
import { FilteredSet } from './keyFilter';
import { normalizeArabic } from './normalize';
import { wordSet as set } from './wordSets';
import { beginTag, insideTag, spanEnd } from './tagger';
import { ALL_CUES, cueBit, DASH_CUE, markBit } from './sentenceCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const I_LOC = insideTag('LOC');
const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** The place span that begins at k made a team (ORGANIZATION): its inside words follow. */
function placeToTeam(out: number[], k: number): void {
  for (let e = k; e === k || (e < out.length && out[e] === I_LOC); e++) out[e] = e === k ? B_ORG : I_ORG;
}

/** Words that make a sentence sports news (clitic-free, normalised; with and without ال). */
export const SPORTS_CUE_WORDS: ReadonlySet<string> = new Set(`
  مباراة مباريات الدوري دوري فاز يفوز تعادل خسر هدف هدفين أهداف المدرب مدرب لاعب اللاعب لاعبي فريق الفريق ملعب الملعب
  نادي النادي كأس الكأس بطولة البطولة الموسم ديربي المنتخب منتخب منتخبا منتخبي الجولة جولة ركلة ركلات الشوط تأهل التأهل نصف النهائي
  ضيفه مضيفه الصدارة المتصدر فازت خسرت تعادلت تغلب تغلبت هزم هزمت
  المباراة المباريات مباراتي التعادل الأهداف الهدف الحارس حارس المهاجم مهاجم هداف الهداف الديربي
  مرمى المرمى تصفيات التصفيات الترجيح مونديال المونديال مباراته مباراتها
`.split(/\s+/).filter(Boolean).map(normalizeArabic));
const SPORTS_CUES = new FilteredSet(SPORTS_CUE_WORDS);

/** Guard words of the cue list, and the words after them that make a bodyguard or a watchman of them (normalised). */
const GUARDS = set('الحارس حارس');
const NOT_GOALKEEPER = set('الشخصي الشخصيين الخاص الأمني الليلي الأمن المبنى العقار البوابة القصر السجن الحدود المنزل');

/** Words between two clubs of a match report (normalised: على → علي). */
export const OPPONENT: ReadonlySet<string> = new Set(['علي', 'امام', 'مع', 'ضد']);
/** Bits of the sentence summary (sentenceCues.ts): without either, only a scoreline makes the sentence sports news. */
export const SPORTS_CUE = cueBit(SPORTS_CUE_WORDS);
export const OPPONENT_CUE = cueBit(OPPONENT);
/** Any mark of the clubs list (sentenceMarks): two clubs facing each other need one. */
export const CLUB_MARKS = markBit('CLUB-S', 'CLUB-B', 'CLUB-I', 'CLUB-E');

/** Verbs and nouns of a match result whose subject or opponent is a team (normalised, clitic-free). */
export const MATCH_VERBS = new Set(`
  فاز يفوز فازت تعادل يتعادل تعادلت خسر يخسر خسرت تغلب يتغلب تغلبت هزم يهزم هزمت تأهل يتأهل تأهلت توج تتوج يلتقي التقي يواجه واجه
  فوزه فوزا تعادله خسارته
`.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** A match result right before the opponent's slot (فوزه على، الخسارة أمام، تعادله مع): the side after it is a team. */
const RESULT_BEFORE_OPPONENT = new Set(`
  فاز فازت تعادل تعادلت خسر خسرت فوزه فوزها الفوز تعادله تعادلها خسارته خسارتها الخسارة هزيمته هزيمتها الهزيمة
`.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** Definite words after على/مع/أمام that are an adverb or a side's role, not its name (على الرغم، على الفور، مع الضيوف). */
const NOT_OPPONENTS = new Set(`
  الرغم الأقل الفور التوالي الإطلاق الأرجح الأغلب الأرض الضيوف المضيف المضيفين المنافس الخصم الخصوم المنافسين الزوار الجماهير
`.split(/\s+/).filter(Boolean).map(normalizeArabic));

/** A definite nisba plural (الكوريين، المحليين) is a people or a group of players, no club (NewsFANE: a people, untagged). */
const PEOPLE_PLURAL = /^ال.{2,}ي(ين|ون)$/;
/** A score right after the second side (2-0، 1 - 1). */
const SCORE = /^\d+ ?- ?(\d+|صفر)|^\d+ -/;

/** An ASCII digit, tested before the scoreline expression: most words fail it without running the expression. */
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A clubs-list word read as a place this often in the training text is the place (الإمارات: 80). */
const KNOWN_PLACE = 40;
/** A club name this frequent in the training text is mostly an ordinary word. */
const COMMON = 100;

// The tests that make a sentence sports news, as functions of it: most sentences fail them, and closures made for the
// test were garbage per sentence.
/** A scoreline (2 - 1، 4 - صفر) makes a results line sports news even without a cue word. */
function scoreline(stems: readonly string[]): boolean {
  return stems.some((s, k) => (s === '-' && k > 0 && /^\d+$/.test(stems[k - 1]) && k + 1 < stems.length && /^(\d+|صفر)$/.test(stems[k + 1])) ||
    (s.length >= 3 && s.length <= 5 && isDigit(s.charCodeAt(0)) && /^\d{1,2}-\d{1,2}$/.test(s)));
}

/** A draw's verbs and nouns: before مع/أمام a few words on they are a match's (تعادل مع [الكرخ]، وتعادله أمام …; the corpora's text 16 in 17). */
const DRAWS = set('تعادل يتعادل تعادلت تتعادل التعادل بتعادل تعادله تعادلها');
const DRAW_REACH = 3;

/** A guard with a word saying whose or of what (الحارس [الشخصي] للرئيس، حارس [الأمن]) is no goalkeeper. */
export function sportsWord(stems: readonly string[], cues: number): boolean {
  return (cues & SPORTS_CUE) !== 0 && stems.some((s, k) => (SPORTS_CUES.has(s) && !MATCH_VERBS.has(s) &&
    !(GUARDS.has(s) && k + 1 < stems.length && NOT_GOALKEEPER.has(stems[k + 1]))) ||
    (DRAWS.has(s) && stems.slice(k + 1, k + 1 + DRAW_REACH).some((w) => w === 'مع' || w === 'امام')));
}

/**
 * A result verb alone is no cue (خسر القطن المصري مكانته، التقى الوزير): it takes a sports noun, a scoreline, or listed
 * clubs on both sides of `على`/`مع`/`أمام`. Facing clubs need a word between them (على، مع، أمام، ضد). Two listed places
 * facing each other after a result verb (وتعادل [العراق] مع [السعودية]) are two teams. `على` and `مع` are in most
 * sentences: the scans behind them run only where a club mark or a result verb is too.
 */
function facing(stems: readonly string[], marks: readonly string[][], cues: number, listed: number): boolean {
  const club = (k: number) => k >= 0 && k < stems.length && marks[k].some((m) => m.startsWith('CLUB-'));
  const place = (k: number) => k < stems.length && marks[k].includes('LOC-S');
  return ((listed & CLUB_MARKS) !== 0 && stems.some((s, k) => OPPONENT.has(s) && club(k - 1) && club(k + 1))) ||
    ((cues & RESULT_VERB_CUE) !== 0 && stems.some((s, k) => RESULT_VERBS.has(s) && place(k + 1) && OPPONENT.has(stems[k + 2]) && place(k + 3)));
}

/**
 * In a sentence with a sports cue, a club-list match (single word or whole phrase) that the
 * tagger left O becomes ORGANIZATION (`الوحدات`, `النجم الساحلي`): alone these words are often
 * common nouns or places, next to a match report they are clubs.
 */
export function tagSportsClubs(stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number, prefixes: readonly string[] = [],
  cues: number = ALL_CUES, listed: number = ALL_CUES): number[] {
  if (!sportsWord(stems, cues) && ((cues & DASH_CUE) === 0 || !scoreline(stems)) && ((cues & OPPONENT_CUE) === 0 || !facing(stems, marks, cues, listed))) return tags;
  const out = [...tags];
  // The opponent's slot of a match report (فاز … على [العين]، تعادل … مع [الجزيرة]) holds a club even when its name is a common word or a place.
  const opponent = (i: number) => i > 1 && OPPONENT.has(stems[i - 1]) && (out[i - 2] === B_ORG || out[i - 2] === I_ORG || marks[i - 2].includes('CLUB-S') || marks[i - 2].includes('CLUB-E'));
  // Two listed clubs joined by و (بين [الهلال] والنصر، الوداد و[الرجاء]) are the two sides however common their names.
  const clubAt = (k: number) => k >= 0 && k < out.length && (marks[k].includes('CLUB-S') || marks[k].includes('CLUB-E')) && !marks[k].some((m) => m.startsWith('LOC'));
  const pairedClub = (i: number) => (prefixes[i + 1] === 'و' && clubAt(i + 1)) || (prefixes[i] === 'و' && clubAt(i - 1));
  for (let i = 0; i < out.length; i++) {
    // A word only the clubs list holds, read as a place (المريخ: Mars in the training text), is the club in sports news;
    // not a place the training text knows well that the lists lack as spelled (الإمارات).
    if (out[i] === B_LOC && spanEnd(out, i) === i + 1 && marks[i].includes('CLUB-S') && !marks[i].some((m) => /^(LOC|NAT|FIRST|PER)/.test(m)) && freq(i) < KNOWN_PLACE) { out[i] = B_ORG; continue; }
    if (out[i] !== 0) continue;
    // Not function words that share a club's spelling (كان) nor places, which the tagger decides.
    if (marks[i].includes('CLUB-S') && !SPORTS_CUES.has(stems[i]) && ((freq(i) < COMMON && !marks[i].some((m) => m.startsWith('LOC'))) || opponent(i) || pairedClub(i))) {
      // A nisba right after a body's name is its adjective, the body's own word (حزب المؤتمر الوطني [الأفريقي]), no club.
      out[i] = i > 0 && (out[i - 1] === B_ORG || out[i - 1] === I_ORG) && !prefixes[i] && /^ال..+ي$/.test(stems[i]) ? I_ORG : B_ORG;
      continue;
    }
    if (!marks[i].includes('CLUB-B')) continue;
    let e = i + 1;
    while (e < out.length && !marks[e].includes('CLUB-E')) e++;
    if (e >= out.length || out.slice(i, e + 1).some((t) => t !== 0)) continue;
    for (let k = i; k <= e; k++) out[k] = k === i ? B_ORG : I_ORG;
    i = e;
  }
  countriesAsTeams(stems, marks, out);
  // The slots of a match verb (تعادل [الفيصلي] مع [الوحدات]، فاز … فوزا كبيرا على [العربي]): a listed club there is a club
  // however common its name, as long as no place list holds it (countries and cities as teams are left to the tagger).
  const first = stems.findIndex((st) => MATCH_VERBS.has(st));
  if (first >= 0) {
    let verb = first;
    for (let i = first + 1; i < out.length; i++) {
      // The nearest result verb before the slot (تعادل … ، وفاز … بعد فوزه على [الوحدة]).
      if (MATCH_VERBS.has(stems[i - 1])) verb = i - 1;
      // Not a nationality (فاز [المصري] محمد …: the athlete's), place or given name.
      if (out[i] !== 0 || !marks[i].includes('CLUB-S') || marks[i].some((m) => /^(LOC|NAT|FIRST|PER)/.test(m)) || SPORTS_CUES.has(stems[i])) continue;
      // A word with its adjective or genitive after it (القطن المصري، العهد الجديد) is a noun phrase, not a team.
      if (i + 1 < out.length && stems[i + 1].startsWith('ال') && !prefixes[i + 1]) continue;
      if (i === verb + 1 || (OPPONENT.has(stems[i - 1]) && i - verb <= 5)) out[i] = B_ORG;
    }
  }
  // A country or city in the opponent's slot of a result (بعد فوزه على [هولندا]، الخسارة أمام [البحرين]) is the team; so is
  // one definite word there that no list knows (فوزه على [الوحدة]), unless a genitive or adjective follows it (على الصعيد المحلي).
  for (let i = 2; i < out.length; i++) {
    // A listed club there is the club though a given-name list holds it too (الفوز على [الهلال] في: هلال), a definite word being no given name.
    const listedClub = marks[i].includes('CLUB-S') && !marks[i].some((m) => /^(NAT|LOC|PER)/.test(m));
    if (out[i] === 0 && out[i - 1] === 0 && out[i - 2] === 0 && OPPONENT.has(stems[i - 1]) && RESULT_BEFORE_OPPONENT.has(stems[i - 2]) &&
      stems[i].startsWith('ال') && stems[i].length >= 5 && !prefixes[i] && !PEOPLE_PLURAL.test(stems[i]) && (listedClub || marks[i].every((m) => !/^(NAT|LOC|PER|FIRST)/.test(m))) &&
      !SPORTS_CUES.has(stems[i]) && !NOT_OPPONENTS.has(stems[i]) && (i + 1 >= out.length || !stems[i + 1].startsWith('ال')) &&
      // A nationality before a player's name (فاز على [البيروفي] لويس هورنا) describes the player.
      (listedClub || i + 1 >= out.length || !marks[i + 1].some((m) => /^f?(FIRST|PER|NAME)-/.test(m)))) out[i] = B_ORG;
    if (out[i] !== B_LOC || !OPPONENT.has(stems[i - 1]) || !RESULT_BEFORE_OPPONENT.has(stems[i - 2]) || out[i - 1] !== 0 || out[i - 2] !== 0) continue;
    placeToTeam(out, i);
  }
  // Both sides of a match (المريخ على الهلال، تونس أمام مالي) are teams: a place or listed club there is ORGANIZATION (also
  // a listed place the tagger left O: فازت [الغابون] على مدغشقر 4 - صفر; not a common word a place list also holds:
  // فوزا [كبيرا] على مانشستر يونايتد).
  const side = (b: number, e: number) => e > b && (out[b] === B_LOC || out[b] === B_ORG || (out[b] === 0 && e - b === 1 && (marks[b].includes('CLUB-S') || (marks[b].includes('LOC-S') && freq(b) < COMMON)))) && out.slice(b + 1, e).every((t) => t === out[b] + 1);
  for (let i = 1; i + 1 < out.length; i++) {
    if (!OPPONENT.has(stems[i]) || out[i] !== 0) continue;
    let lb = i - 1;
    while (lb > 0 && out[lb] !== 0 && out[lb] % 2 === 0 && out[lb] !== B_ORG && out[lb] !== B_LOC) lb--;
    const re = out[i + 1] === 0 ? i + 2 : (() => { let e = i + 2; while (e < out.length && out[e] === out[i + 1] + 1) e++; return e; })();
    // A place after في or ب is where the match was played (خسر الأهلي [في القاهرة] أمام الزمالك), not a side.
    if (!side(lb, i) || !side(i + 1, re) || (out[lb] === B_LOC && ((lb > 0 && stems[lb - 1] === 'في') || prefixes[lb] === 'ب'))) continue;
    if (out[lb] !== B_ORG && out[i + 1] !== B_ORG && !marks[lb].some((m) => m.startsWith('CLUB')) && !marks[i + 1].some((m) => m.startsWith('CLUB')) && !SCORE.test(stems.slice(re, re + 2).join(' '))) continue;
    for (let k = lb; k < i; k++) out[k] = k === lb ? B_ORG : I_ORG;
    for (let k = i + 1; k < re; k++) out[k] = k === i + 1 ? B_ORG : I_ORG;
  }
  if (sportsWord(stems, cues) || first >= 0 || scorelines(stems) > 1) sidesBeforeScores(stems, marks, out, freq, prefixes);
  coordinatedTeams(marks, out, prefixes);
  return out;
}

/** Result verbs whose subject right after them is a side of the match (not the nouns فوزه، تعادله: their owner comes before). */
const RESULT_VERBS = new Set(`
  فاز يفوز فازت تفوز تعادل يتعادل تعادلت تتعادل خسر يخسر خسرت تخسر تغلب يتغلب تغلبت تتغلب هزم يهزم هزمت تأهل يتأهل تأهلت تتأهل
`.split(/\s+/).filter(Boolean).map(normalizeArabic));
/** Verbs of playing a match whose subject is a side (ويلعب [المغرب] مباراة الافتتاح); not hosting (تستضيف قطر البطولة: the host country). */
/** A result verb in the sentence (sentenceCues.ts): two places facing each other after one are teams. */
const RESULT_VERB_CUE = cueBit(RESULT_VERBS);
const PLAY_VERBS = new Set('يلعب لعب تلعب لعبت يواجه واجه تواجه واجهت يلاقي لاقى تلاقي لاقت'.split(' ').map(normalizeArabic));
/** Words before the opponent of a match that mean nothing else before a country (مشواره أمام [زامبيا]، ضد [فرنسا]). */
const FACING = new Set(['امام', 'ضد']);
/** Nouns whose genitive in a sports sentence is a team (مرمى [كولومبيا]، مدرب [الأردن]، لمواجهة [مصر]), normalised and clitic-free. */
const TEAM_OWNERS = new Set('مرمى شباك مدرب مدربا مواجهة مواجهه منتخبي لاعبي لاعبو حارس مهاجم مهاجمو هداف'.split(' ').map(normalizeArabic));
/** Words of TEAM_OWNERS that also mean a war's or a state's confrontation (وتستعد إسرائيل لمواجهة إيران). */
const CONFRONTING = new Set('مواجهة مواجهه'.split(' ').map(normalizeArabic));
/** A match's words (مباراته، مشواره، خسارتها، سيلعب، المنتخب): one of them a few words before أمام/ضد/لمواجهة makes the country there an opponent. */
const MATCH_WORDS = new Set(`مشوار مشواره مشوارها مباراته مباراتها مباراتهم مباراة المباراة لقاء اللقاء الملحق منتخب المنتخب منتخبها منتخبه منتخبنا فريق الفريق
  فريقه فريقها لاعبو لاعبي مهاجم مدرب سيلعب سيواجه
  ${[...RESULT_BEFORE_OPPONENT].join(' ')}`.split(/\s+/).filter(Boolean).map(normalizeArabic));
const MATCH_REACH = 5;
/** A match's word or verb in the few words before k (مباراة اليوم [أمام]): what makes أمام/ضد there face a side. */
export const matchWordBefore = (stems: readonly string[], k: number) =>
  stems.slice(Math.max(0, k - MATCH_REACH), k).some((s) => MATCH_WORDS.has(s) || MATCH_VERBS.has(s) || PLAY_VERBS.has(s));
/** A war's or a sanction's words right before أمام/ضد (الحرب ضد روسيا، العقوبات ضد إيران): a state's opponent, whatever match is near. */
const HOSTILITIES = new Set('الحرب حرب حربا العدوان عدوان العقوبات عقوبات الحصار حصار'.split(' ').map(normalizeArabic));
/** Objects of a playing or result verb that make it no match (تلعب قطر [دورا]، تواجه قطر [انتقادات]، فازت قطر [بحق] تنظيم …). */
const NOT_MATCH_OBJECTS = new Set(`دور دورا الدور أزمة أزمات انتقادات اتهامات عقوبات صعوبات تحديات ضغوط ضغوطا مشكلة مشاكل مشكلات خطر خطرا تهديدات
  حق بحق تنظيم بتنظيم استضافة باستضافة عضوية بعضوية مقعد بمقعد رئاسة برئاسة سباق ثقة صفقة عقد`.split(/\s+/).filter(Boolean).map(normalizeArabic));

/**
 * In a sports sentence, a country or city read as a place is its team when it is the subject right after a result or
 * playing verb (وتعادل [العراق] مع السعودية، خسرت [فرنسا] أمام …، ويلعب [المغرب])، the opponent after أمام or ضد (مشواره
 * أمام [زامبيا]) or the genitive of a team noun (في مرمى [كولومبيا]، مدرب [الأردن]): as
 * NewsFANE and the benchmark tag countries playing. A place after في or ب is where the match was played, and is never
 * in these slots. A place the tagger ran into a name after a team noun (مدرب [الأردن الحسين] عموتة) is split from it.
 */
function countriesAsTeams(stems: readonly string[], marks: readonly string[][], out: number[]): void {
  // أمام/ضد and مواجهة also stand in a sports sentence's politics (عاجزة أمام إسرائيل، الحرب ضد روسيا، لمواجهة إيران): the
  // country there is the opponent only with a match's word shortly before (مشواره أمام، سيلعب ضد، المنتخب … لمواجهة).
  const matchBefore = (k: number) => matchWordBefore(stems, k);
  for (let k = 1; k < out.length; k++) {
    const before = stems[k - 1];
    const bare = before.startsWith('ل') && TEAM_OWNERS.has(before.slice(1)) ? before.slice(1) : before;
    // The lexicon may keep و on a frequent verb too (وتغلبت).
    const verb = before.startsWith('و') && !RESULT_VERBS.has(before) && !PLAY_VERBS.has(before) ? before.slice(1) : before;
    const subject = RESULT_VERBS.has(verb) || PLAY_VERBS.has(verb);
    const afterVerb = (subject || (FACING.has(before) && matchBefore(k - 1) && !(k > 1 && HOSTILITIES.has(stems[k - 2])))) && out[k - 1] === 0;
    // The lexicon may keep لـ on a frequent form (لمواجهة): the noun is read without it too.
    const afterOwner = TEAM_OWNERS.has(bare) && out[k - 1] === 0 && (!CONFRONTING.has(bare) || matchBefore(k - 1));
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
    if (out[k] !== B_LOC || !marks[k].some((m) => m.startsWith('LOC-'))) continue;
    placeToTeam(out, k);
  }
}

/**
 * A country joined by و to a country already read as a team (مباراتي أوزبكستان مع [تايلاند] [وكوريا الجنوبية]) is a team
 * too: in a sports sentence a place span after و right behind a team whose first word a place list holds is ORGANIZATION.
 */
function coordinatedTeams(marks: readonly string[][], out: number[], prefixes: readonly string[]): void {
  for (let k = 1; k < out.length; k++) {
    if (out[k] !== B_LOC || prefixes[k] !== 'و' || (out[k - 1] !== B_ORG && out[k - 1] !== I_ORG)) continue;
    let b = k - 1;
    while (b > 0 && out[b] === I_ORG) b--;
    if (out[b] !== B_ORG || !marks[b].some((m) => m.startsWith('LOC'))) continue;
    placeToTeam(out, k);
  }
}

/** A match score as the stems spell it: `4 - صفر`، `2 - 1` (three tokens) or `2-1`; years (2006 - 2007) are no score. */
function scoreAt(stems: readonly string[], k: number): boolean {
  const goals = (s: string | undefined) => s !== undefined && (/^\d{1,2}$/.test(s) || s === 'صفر');
  return (/^\d{1,2}$/.test(stems[k]) && stems[k + 1] === '-' && goals(stems[k + 2])) || /^\d{1,2}-\d{1,2}$/.test(stems[k]);
}

function scorelines(stems: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < stems.length; k++) if (isDigit(stems[k].charCodeAt(0)) && scoreAt(stems, k)) n++;
  return n;
}

/** What a score counts (بواقع أشواط 6 - 4، بفارق نقاط، نسبة الاستحواذ 60 - 40): no side of the match. */
const SCORE_NOUNS = new Set('أشواط اشواط نقاط أهداف اهداف جولات مجموعات أشواطا الاستحواذ استحواذ التسديدات الركنيات'.split(' ').map(normalizeArabic));
/** Training-text count below which a word right before a score is a team's name the lists lack (المرخية، مسيمير). */
const RARE_SIDE = 3;

/** A word in the opponent's slot of a person (تغلب [ديوكوفيتش] على نادال 6 - 4): a player, no team. */
function personsFacing(stems: readonly string[], out: readonly number[], j: number): boolean {
  if (j < 2 || !OPPONENT.has(stems[j - 1])) return false;
  let b = j - 2;
  while (b > 0 && out[b] === I_PERS) b--;
  return out[b] === B_PERS;
}

/**
 * The side right before a score in a sports sentence (هزم فيها [المرخية] 5 - صفر و[الأهلي] 4 - صفر، فازت الغابون على
 * [مدغشقر] 4 - صفر) is a team: a place span there is ORGANIZATION, and so is a word O that a place or club list holds or
 * that the training text hardly knows. Not a word behind a preposition (بنتيجة 2 - 1) nor a sports word (الشوط 1 - 0).
 */
function sidesBeforeScores(stems: readonly string[], marks: readonly string[][], out: number[], freq: (k: number) => number, prefixes: readonly string[]): void {
  for (let k = 1; k < stems.length; k++) {
    if (!isDigit(stems[k].charCodeAt(0)) || !scoreAt(stems, k)) continue;
    const j = k - 1;
    if (out[j] === B_LOC || out[j] === I_LOC) {
      let b = j;
      while (b > 0 && out[b] === I_LOC) b--;
      if (out[b] !== B_LOC) continue;
      for (let m = b; m <= j; m++) out[m] = m === b ? B_ORG : I_ORG;
    } else if (out[j] === 0 && !personsFacing(stems, out, j) && (!prefixes[j] || prefixes[j] === 'و') && stems[j].length >= 4 && /^[\u0621-\u064A]/.test(stems[j]) &&
      !SPORTS_CUES.has(stems[j]) && !MATCH_VERBS.has(stems[j]) && !SCORE_NOUNS.has(stems[j]) &&
      // A definite word right after a definite noun left O is its adjective (على البلد [المضيف] 2 - 0), no side.
      !(stems[j].startsWith('ال') && !prefixes[j] && out[j - 1] === 0 && stems[j - 1].startsWith('ال')) &&
      (marks[j].some((m) => m === 'CLUB-S' || m === 'LOC-S') || freq(j) < RARE_SIDE)) out[j] = B_ORG;
  }
}
