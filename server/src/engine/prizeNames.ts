// Prizes named by what they honour (الجائزة العالمية للرواية العربية، جائزة كين للكتابة الأفريقية) or by a metal in festival news (التانيت الذهبي), and titles won in sport (لقب [الليغا]): MISC spans.
import { Token } from './tokenize';
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { cueBit } from './sentenceCues';
import { NOT_NAMING_TAIL } from './miscBounds';
import { wordSet as set } from './wordSets';
import { endsAsNisba } from './namePatterns';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

const PRIZE_HEADS = set('جائزة الجائزة');
/** tagPrizes starts at a prize head: without one it changes nothing (sentenceCues.ts). */
export const PRIZE_CUE = cueBit(PRIZE_HEADS);
/** Adjectives between a definite head and its complement (الجائزة [العالمية] للرواية): they describe, the complement names. */
const PRIZE_ADJECTIVES = set('العالمية الدولية العربية الكبرى الوطنية التقديرية التشجيعية');
/** Words after an indefinite head that rank or price a prize, not name it (جائزة أفضل لاعب، جائزة مالية، جائزة كبرى). */
const NOT_NAMES = set('أفضل أحسن أجمل أكبر أول كبرى قيمة قيمتها بقيمة مالية نقدية مقدارها جديدة كبيرة خاصة ثانية ثالثة أخرى ضخمة رمزية');
/** Words of a complement that only count or date the prize (للمرة الثانية، لعام 2024). */
const COUNTING = set('للمرة لعام للعام للموسم للسنة');
/** Complements naming the contest that gives the prize or who gets it (الجائزة الأولى [للمهرجان]، الجائزة الكبرى [للفائزين]): no prize's name. */
const GIVERS_AND_TAKERS = set('للمهرجان للمسابقة للسباق للبطولة للدورة للفائز للفائزة للفائزين للمشاركين للاعبين للفريق');
/** Ranks and times after a prize's head (جائزة [المركز الثاني]، جائزة [العام الدراسي]): the prize is ranked or dated, not named. */
const RANKS = set('المركز المرتبة الدرجة العام الموسم السنة الدورة');
const MAX_PRIZE_WORDS = 6;

/** A definite nisba that may close a name (العربية، الأفريقية، الذهبية): five letters at least, so الي (إلى) and الذي are none. */
const definiteNisba = (stem: string) => stem.length >= 5 && stem.startsWith('ال') && /(يه|ي)$/.test(stem) && !NOT_NAMING_TAIL.has(stem);

/** `tags` with b..e-1 one MISC span: a copy the first time (`out === tags`), else `out` itself. */
function markMisc(tags: number[], out: number[], b: number, e: number): number[] {
  const next = out === tags ? tags.slice() : out;
  markSpan(next, b, e, B_MISC, I_MISC);
  return next;
}

/**
 * A prize head the tagger left O, with what names the prize after it, is one MISC span (the project's convention, as
 * the benchmark tags prizes):
 * - definite head, describing adjectives, then a لل complement and its adjectives: `[الجائزة العالمية للرواية العربية]`;
 * - indefinite head, one word, then a لل complement: `[جائزة كين للكتابة الأفريقية]`;
 * - indefinite head, a definite word and its definite adjective: `[جائزة النجمة الذهبية]`, `[جائزة الدولة التقديرية]`.
 * Not a head followed by a word that ranks or prices it (جائزة أفضل لاعب، جائزة مالية), nor a complement that counts (للمرة).
 */
export function tagPrizes(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && out[k] === 0 && sentence[k].kind === 'word';
  const complement = (k: number) => free(k) && sentence[k].norm.startsWith('لل') && sentence[k].norm.length > 4 && !COUNTING.has(sentence[k].norm) &&
    !GIVERS_AND_TAKERS.has(sentence[k].norm);
  const adjective = (k: number) => free(k) && definiteNisba(stems[k]);
  for (let i = 0; i + 2 < n; i++) {
    if (!free(i) || !PRIZE_HEADS.has(stems[i])) continue;
    let e = i + 1;
    if (stems[i].startsWith('ال')) {
      while (e < n && PRIZE_ADJECTIVES.has(stems[e]) && free(e)) e++;
      if (e === i + 1 || !complement(e)) continue;
      e++;
    } else if (free(e) && !stems[e].startsWith('ال') && !NOT_NAMES.has(stems[e]) && !/(يه|ي)$/.test(stems[e]) && complement(e + 1)) {
      e += 2;
    } else if (free(e) && stems[e].startsWith('ال') && !NOT_NAMING_TAIL.has(stems[e]) && !RANKS.has(stems[e]) && stems[e].length > 4 && adjective(e + 1)) {
      e += 2;
    } else continue;
    while (e - i < MAX_PRIZE_WORDS && adjective(e)) e++;
    out = markMisc(tags, out, i, e);
    i = e - 1;
  }
  return out;
}

/** A title won (لقب); the sentence must be sports news as well (a sports word or a listed club), or it is a rank (لقب ولي العهد). */
export const TITLE_WON_CUE = cueBit(set('لقب بلقب'));
/** Definite words after لقب that name no contest alone (لقب الدوري، لقب الهداف), only with an adjective after them. */
const GENERIC_TITLES = set('الدوري البطولة الكأس المسابقة البطل الموسم');
const NO_CONTEST = set('الهداف الأفضل أفضل الهدافين');
/** Verbs of naming before لقب: what follows is a nickname (أطلقت الجماهير على المهاجم لقب [الظاهرة]، عرف بلقب [الجنرال]), no contest. */
const NAMING_VERBS = set('أطلق أطلقت أطلقوا يطلق تطلق يطلقون يطلقه أطلقه عرف عرفت يعرف تعرف اشتهر اشتهرت يلقب تلقب يلقبه لقبه لقبته منح منحت منحه منحته يمنح تمنح');
const NAMING_REACH = 5;

/**
 * In sports news, the contest whose title a team won is a MISC span (لقب [الليغا]، بلقب [السوبر الأفريقي]، لقب [النخبة
 * الآسيوية]، لقب [البطولة الاحترافية]): a definite word after لقب, untagged or a one-word name the lists misread there (the
 * club الأفريقي), with the definite adjectives after it; a generic contest word only with an adjective (لقب الدوري stays O).
 */
export function tagTitlesWon(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && out[k] === 0 && sentence[k].kind === 'word';
  // A one-word name the lists misread there may close it too (the club الأفريقي).
  const adjective = (k: number) => k < n && sentence[k].kind === 'word' && definiteNisba(stems[k]) &&
    (out[k] === 0 || (tagLabel(out[k]) !== undefined && spanEnd(out, k) === k + 1 && !isInside(out[k])));
  for (let i = 0; i + 1 < n; i++) {
    if (!free(i) || stems[i] !== 'لقب') continue;
    if (sentence.slice(Math.max(0, i - NAMING_REACH), i).some((t) => NAMING_VERBS.has(t.norm) || (t.norm.startsWith('و') && NAMING_VERBS.has(t.norm.slice(1))))) continue;
    const w = i + 1;
    if (sentence[w].kind !== 'word' || !stems[w].startsWith('ال') || stems[w].length < 5 || NO_CONTEST.has(stems[w]) || NOT_NAMING_TAIL.has(stems[w])) continue;
    // The word itself: untagged, or a one-word span (a club list's الأفريقي read alone).
    if (out[w] !== 0 && !(spanEnd(out, w) === w + 1 && !isInside(out[w]))) continue;
    let e = w + 1;
    while (e - w < MAX_PRIZE_WORDS && adjective(e)) e++;
    if (GENERIC_TITLES.has(stems[w]) && e === w + 1) continue;
    out = markMisc(tags, out, w, e);
    i = e - 1;
  }
  return out;
}


/** Metals a festival's prizes are named by (التانيت الذهبي، النجمة الذهبية، الدب الفضي), normalised. */
const METALS = set('الذهبي الذهبية الفضي الفضية البرونزي البرونزية');
/** tagMetalPrizes starts at a metal: without one it changes nothing (sentenceCues.ts). */
export const METAL_PRIZE_CUE = cueBit(METALS);
/** Words that put the sentence in film festival news, normalised, clitic-free or as written. */
const FILM_WORDS = set('فيلم فيلمه فيلمها لفيلم الفيلم أفلام فيلما مهرجان المهرجان لمهرجان السينمائي السينمائية');
/** Golden things that are no prize (الميدالية الذهبية is the medal, not a festival's name), normalised. */
const NOT_PRIZES = set('الميدالية الفرصة العصر الحقبة الفترة القاعدة المعادلة الأيام السنوات المرحلة الساعة');

/**
 * In film festival news a definite noun and a metal (`[التانيت الذهبي] لفيلم …`، `[بالنجمة الذهبية] للدورة …`) is the
 * festival's prize: MISC, as the other prizes. Outside such news a golden thing stays a phrase (الفرصة الذهبية، the medal).
 */
export function tagMetalPrizes(sentence: Token[], stems: string[], tags: number[]): number[] {
  const n = tags.length;
  if (!stems.some((s, k) => FILM_WORDS.has(s) || FILM_WORDS.has(sentence[k].norm))) return tags;
  let out = tags;
  for (let k = 1; k < n; k++) {
    if (!METALS.has(stems[k]) || out[k] !== 0 || out[k - 1] !== 0 || sentence[k - 1].kind !== 'word') continue;
    const noun = stems[k - 1];
    if (!noun.startsWith('ال') || noun.length < 4 || endsAsNisba(noun) || NOT_PRIZES.has(noun) || isInside(out[k + 1] ?? 0)) continue;
    out = markMisc(tags, out, k - 1, k + 1);
  }
  return out;
}
