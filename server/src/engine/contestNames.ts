// Contests, prizes, fairs and festivals the tagger cut short (their head, closing words and لـ complement), a product's model number, and the Gulf Cup by its edition.
import { beginTag as B, insideTag as I, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { COUNTING_TIMES, FEMININE_ORDINALS, RELATIVE_PRONOUNS, SCALE_WORDS, wordSet as set } from './wordSets';
import { ORDINALS } from './dateLexicon';
import { cueBit } from './sentenceCues';
import { isProductHead } from './nameRules';
import { endsAsNisba, isTitleWord } from './namePatterns';
import { ORGANIZATION_HEADS } from './triggers';
import { MODEL_HEAD } from './modelNames';
import { NOT_NAMING_TAIL } from './miscBounds';
import { POSSESSIVE_END } from './pronounNouns';
import { wideCueBit } from './wideCues';
import { TagDraft } from './tagDraft';
import { definiteBeforeOther } from './definiteHeads';
const DRAFT_EXTEND_MISC_NAMES = new TagDraft();

// Tag numbers looked up once: the passes test them on every token.
const B_MISC = B('MISC');
const I_MISC = I('MISC');
const B_LOC = B('LOC');

/** Heads of contests, prizes, fairs and festivals (with and without ال, normalised). */
const MISC_HEADS = set('دوري الدوري كأس بطولة البطولة جائزة الجائزة مهرجان المهرجان مهرجانات معرض المعرض دورة أولمبياد ماراثون');
/** Words that close such a name after its proper part (الدوري الإنجليزي [الممتاز]، مهرجان القاهرة [السينمائي الدولي]). */
const MISC_TAIL = set('الممتاز الكبرى الكبير المفتوحة المفتوح الدولي الدولية العالمي العالمية السينمائي السينمائية الأدبية العربية العربي للرجال للسيدات');
const MAX_MISC_WORDS = 8;
/** A championship's head: its sport in an indefinite construct is its name's (بطولة العالم [لكرة اليد]). */
const CHAMPIONSHIP_HEAD = set('بطولة');
/** A sport's first noun after ل (لكرة اليد، لرفع الأثقال، لألعاب القوى), normalised. */
const SPORT_NOUNS = set('كرة رفع ألعاب');
/** Devices named bare (miscNames.ts lists them): a model number after one is its own (آيفون [15]). */
const LISTED_DEVICES = set('آيفون آيباد ايفون ايباد بلايستيشن ويندوز');
/** A model number: one to three digits. */
const MODEL_NUMBER = /^[0-9]{1,3}$/;

/**
 * A contest, prize or festival the tagger cut short: a head left O right before a MISC span is taken in (`[دورة]
 * الألعاب الأولمبية`، `[بجائزة] …`), and a MISC span that opens with a head takes in the closing words after it
 * (`الدوري الإنجليزي [الممتاز]`) and a `لـ + definite` complement (`معرض الرياض الدولي [للكتاب]`، `كأس العالم [للأندية]`).
 */
export function extendMiscNames(sentence: Token[], stems: string[], tags: number[]): number[] {
  // Both steps start at a MISC begin tag: most sentences have none (one native scan, and no copy).
  if (tags.indexOf(B_MISC) < 0) return tags;
  const out = DRAFT_EXTEND_MISC_NAMES.begin(tags);
  const n = out.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0;
  for (let b = 1; b < n; b++) {
    if (out[b] === B_MISC && free(b - 1) && MISC_HEADS.has(stems[b - 1]) && !MISC_HEADS.has(stems[b]) && !definiteBeforeOther(sentence, stems, b - 1)) {
      out[b - 1] = B_MISC; out[b] = I_MISC;
    }
  }
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_MISC) continue;
    let e = spanEnd(out, b);
    if (MISC_HEADS.has(stems[b])) {
      while (e - b < MAX_MISC_WORDS && free(e) && MISC_TAIL.has(stems[e])) out[e++] = I_MISC;
      // One complement: the pass runs twice (after the name rules too), and a second لل word is the sentence's (جائزة الشيخ
      // زايد للكتاب [للروائي] المغربي).
      // The tagger may have opened a span of its own at the complement (معرض الرياض الدولي [للكتاب أبوابه]): it is this one's.
      const split = e < n && out[e] === B_MISC;
      if (!sentence.slice(b + 1, e).some((t) => t.norm.startsWith('لل')) && e - b < MAX_MISC_WORDS && (free(e) || split) && sentence[e].norm.startsWith('لل') &&
        sentence[e].norm.length > 4 && !COUNTING_TIMES.has(stems[e])) {
        if (split) for (let k = e + 1; k < n && out[k] === I_MISC; k++) out[k] = 0;
        out[e++] = I_MISC;
        // The complement's adjectives and the nouns joined to it by و (للحرية [الثقافية]، للثقافة [والفنون]).
        while (e - b < MAX_MISC_WORDS && free(e) && (MISC_TAIL.has(stems[e]) || complementWord(sentence, stems, e))) out[e++] = I_MISC;
      }
      // A championship's sport in an indefinite construct (بطولة العالم [لكرة اليد]، بطولة أمم أفريقيا [لكرة اليد]) is its
      // name's, as the news read sets tag it 7 times in 7; not after a cup or league inside it (بطولة كأس العالم لكرة القدم),
      // whose sport AQMAR leaves out 14 times in 14, as these sets do after كأس and الدوري.
      if (CHAMPIONSHIP_HEAD.has(stems[b]) && e + 1 < n && free(e) && free(e + 1) && e - b + 2 <= MAX_MISC_WORDS &&
        !stems.slice(b + 1, e).some((w) => MISC_HEADS.has(w)) && sentence[e].norm.startsWith('ل') && SPORT_NOUNS.has(sentence[e].norm.slice(1)) &&
        sentence[e + 1].norm === stems[e + 1] && stems[e + 1].startsWith('ال')) {
        out[e++] = I_MISC; out[e++] = I_MISC;
      }
    } else if (e < n && out[e] === 0 && MODEL_NUMBER.test(sentence[e].text) && (e === b + 1 && LISTED_DEVICES.has(stems[b]) ||
      b > 0 && (isProductHead(stems[b - 1]) || MODEL_HEAD.has(stems[b - 1]))) &&
      !countFollows(sentence, stems, e + 1)) {
      // A product's model number after its head (هاتف آيفون [16]، طراز شاهد [136]): the corpora keep a number after a product,
      // vehicle or weapon inside it 813 times in 822 (PlayStation 3، Windows 3 with no head too), so after a listed device's
      // bare name as well (آيفون [15]); not a year (four digits), one of a run of numbers (ISBN 0 440) or a
      // count (تطبيق إنستاباي [10] ملايين).
      out[e++] = I_MISC;
    }
    b = e - 1;
  }
  return DRAFT_EXTEND_MISC_NAMES.close(tags, out);
}

/** Heads of festivals named by a place or word and an art (مهرجان كان السينمائي، أيام قرطاج السينمائية), normalised. */
const FESTIVAL_HEADS = set('مهرجان');
const DAYS_HEADS = set('أيام');
/** The art or reach that closes such a name; after أيام the plural's feminine (أيام قرطاج [المسرحية]). */
const FESTIVAL_ARTS = set('السينمائي المسرحي الموسيقي الدولي السينمائية المسرحية الموسيقية الدولية');
const DAYS_ARTS = set('السينمائية المسرحية الموسيقية الشعرية');
const MAX_FESTIVAL_PLACE_WORDS = 3;
/** tagFestivals starts at one of the heads: without one it changes nothing (sentenceCues.ts). */
export const FESTIVAL_CUE = cueBit(FESTIVAL_HEADS, DAYS_HEADS, set('المهرجان'));

/**
 * A festival named by its head, a place or word, and its art (`مهرجان [كان] السينمائي`، `لمهرجان الجونة السينمائي`، `أيام
 * قرطاج السينمائية`) is one MISC span whatever the tagger read in the middle (the verb كان، a place): the art closing it
 * says it is a name, as it does for `مهرجان القاهرة السينمائي`. The middle words are no person's or body's, and no span
 * runs into them from outside.
 */
export function tagFestivals(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let i = 0; i + 2 < n; i++) {
    const days = DAYS_HEADS.has(stems[i]);
    if (!days && !FESTIVAL_HEADS.has(stems[i])) continue;
    if (isInside(out[i]) || (out[i] !== 0 && tagLabel(out[i]) !== 'MISC')) continue;
    let j = i + 1;
    while (j < n && j - i <= MAX_FESTIVAL_PLACE_WORDS && sentence[j].kind === 'word' && !(days ? DAYS_ARTS : FESTIVAL_ARTS).has(stems[j]) &&
      (out[j] === 0 || tagLabel(out[j]) === 'LOCATION' || tagLabel(out[j]) === 'MISC')) j++;
    if (j === i + 1 || j >= n || !(days ? DAYS_ARTS : FESTIVAL_ARTS).has(stems[j]) || (j + 1 < n && isInside(out[j + 1]) && out[j] === 0)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, i, j + 1, B_MISC, I_MISC);
    i = j;
  }
  return out;
}

/** Time nouns after a festival head date it (مهرجان [العام] الماضي): NOT_NAMING_TAIL holds the days and الموسم. */
const FESTIVAL_TIMES = set('العام الشهر الأسبوع السنة الصيف الشتاء الربيع الخريف');
/**
 * A verbal noun of the derived forms II, VI, VII, VIII, X (التأبين، التضامن، الانطلاقة، الافتتاح، الاستقبال), normalised: what
 * the gathering does, a rally or a ceremony (مهرجان التضامن مع …), not the art or crop a festival is named by.
 */
const RALLY_ACT = /^ال(ت..ي.|ت.ا..|ان..ا.|ا.ت.ا.|است..ا.)ه?$/;
/** A campaign's or a crowd's words: مهرجان is then a political rally (مهرجان الحملة الانتخابية، مهرجان النصر الجماهيري). */
const RALLY_WORDS = set('الحملة الانتخابي الانتخابية الخطابي الخطابية الجماهيري الجماهيرية');
/** Most definite adjectives after a festival's noun (مهرجان الموسيقى [الروحية]، مهرجان الأغنية [الشعبية الدولي]). */
const MAX_FESTIVAL_ADJECTIVES = 2;

/**
 * An indefinite festival head in construct with a definite noun the tagger left O names the festival with its noun and the
 * definite adjectives after it (`مهرجان الزعفران`، `لمهرجان الموسيقى الروحية`), as the guide tags festivals with their head.
 * The noun is bare (no clitic), no masculine nisba agreeing with the head (مهرجان الخطابي is no name; a feminine one is a
 * noun: الأغنية), no body's head (مهرجان الحزب is the party's rally) and no time word (مهرجان العام الماضي).
 */
export function tagConstructFestivals(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  const bareDefinite = (k: number) => k < n && out[k] === 0 && sentence[k].kind === 'word' && sentence[k].norm === stems[k] &&
    stems[k].startsWith('ال') && stems[k].length > 3;
  // An indefinite noun of the chain, read as written (normalised أ is ا: ألوان is no definite الوان) (مهرجان [أصوات] الواحة، مهرجان [قوارب] التنين): not an adjective of a rally (مهرجان [حاشد]
  // الجمعة), a nisba, a pronoun's noun or a verbal noun of what the gathering does (مهرجان [تكريم] الفائزين).
  const bareIndefinite = (k: number, taken: boolean) => k < n && (taken || out[k] === 0) && sentence[k].kind === 'word' && sentence[k].norm === stems[k] &&
    !sentence[k].text.startsWith('ال') && stems[k].length > 2 && !endsAsNisba(stems[k]) && !POSSESSIVE_END.test(stems[k]) && !RALLY_ADJECTIVES.has(stems[k]) && !NOT_NAMING_TAIL.has(stems[k]) &&
    !RALLY_ACT.test('ال' + stems[k]) && !ORGANIZATION_HEADS.has(stems[k]) && !MISC_HEADS.has(stems[k]) && !isTitleWord(stems[k]);
  for (let i = 0; i + 1 < n; i++) {
    // The chain's first noun read as a one-word name, alone or with the head (مهرجان [ألوان] الصحراء), which the name rules
    // would make the festival without its definite noun: the chain goes on to that noun.
    const taken = i + 2 < n && ((out[i] === B_MISC && out[i + 1] === I_MISC && spanEnd(out, i) === i + 2) ||
      (out[i] === 0 && out[i + 1] !== 0 && !isInside(out[i + 1]) && spanEnd(out, i + 1) === i + 2 && tagLabel(out[i + 1]) !== 'ORGANIZATION'));
    if (out[i] !== 0 && !taken) continue;
    if (stems[i] === 'المهرجان') {
      const e = reachArtFestival(sentence, stems, out, i);
      if (e > 0) { if (out === tags) out = tags.slice(); markSpan(out, i, e, B_MISC, I_MISC); i = e - 1; }
      continue;
    }
    if (!FESTIVAL_HEADS.has(stems[i])) continue;
    const lead = bareIndefinite(i + 1, taken) && bareDefinite(i + 2) ? 1 : 0;
    if (taken && !lead) continue;
    if (!bareDefinite(i + 1 + lead)) continue;
    const noun = stems[i + 1 + lead];
    if (noun.endsWith('ي') || NOT_NAMING_TAIL.has(noun) || FESTIVAL_TIMES.has(noun) || ORGANIZATION_HEADS.has(noun) || MISC_HEADS.has(noun) || isTitleWord(noun) ||
      RALLY_ACT.test(noun)) continue;
    let e = i + 2 + lead;
    // Not an edition's ordinal (مهرجان الشعر الفلسطيني [الثاني]): the count is the sentence's, as a year is.
    while (e - i - 2 - lead < MAX_FESTIVAL_ADJECTIVES && bareDefinite(e) && (endsAsNisba(stems[e]) || FESTIVAL_ARTS.has(stems[e])) &&
      !ORDINALS.has(stems[e]) && !FEMININE_ORDINALS.has(stems[e])) e++;
    if (stems.slice(i + 1, e).some((w) => RALLY_WORDS.has(w))) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, i, e, B_MISC, I_MISC);
    i = e - 1;
  }
  return out;
}

/** Adjectives of a rally right after its head (مهرجان حاشد): no festival is named by them. */
const RALLY_ADJECTIVES = set('كبير ضخم حاشد حافل جديد كبيرة ضخمة حاشدة حافلة جديدة');
/** The reach a national or international festival is named by, before its art (المهرجان [الوطني] للفيلم). */
const FESTIVAL_REACH = set('الوطني الدولي العربي الأفريقي الافريقي المغاربي المغاربي الخليجي المتوسطي');

/** Words an art takes after it at most (للتراث الشعبي، للإذاعة والتلفزيون). */
const MAX_ART_TAIL = 2;

/**
 * The end of `المهرجان + reach + لل art` at head i (المهرجان الوطني للفيلم، المهرجان الدولي للمسرح), or -1: the reach and the art
 * name one festival, where المهرجان alone is the article's festival, not a name. The art bare of an edition's count (للمرة).
 */
function reachArtFestival(sentence: Token[], stems: string[], out: number[], i: number): number {
  const n = out.length;
  if (i + 2 >= n || out[i + 1] !== 0 || out[i + 2] !== 0 || !FESTIVAL_REACH.has(stems[i + 1]) || sentence[i + 1].norm !== stems[i + 1]) return -1;
  const art = sentence[i + 2].norm;
  if (sentence[i + 2].kind !== 'word' || !art.startsWith('لل') || art.length <= 4 || COUNTING_TIMES.has(stems[i + 2]) || /^لل(مره|عام|موسم|سنه)$/.test(art)) return -1;
  // The art goes on with its adjective or a second art after و (للتراث [الشعبي]، للإذاعة [والتلفزيون]): one name, not cut inside.
  let e = i + 3;
  const artTail = (k: number) => k < n && out[k] === 0 && sentence[k].kind === 'word' && !RELATIVE_PRONOUNS.has(stems[k]) &&
    ((sentence[k].norm === stems[k] && stems[k].startsWith('ال') && endsAsNisba(stems[k])) || (sentence[k].norm === 'و' + stems[k] && stems[k].startsWith('ال')));
  while (e - i - 3 < MAX_ART_TAIL && artTail(e)) e++;
  return e;
}

/** A contest's head that takes a named contest ending in its place (مسابقة إبداع مصر), normalised. */
const PLACE_CONTEST_HEADS = set('مسابقة');
/** tagPlaceContests' bit (wideCues.ts): the contest's head, without which it names nothing. */
export const PLACE_CONTEST_CUE = wideCueBit([PLACE_CONTEST_HEADS]);
/** Most words between the head and the place. */
const MAX_CONTEST_WORDS = 2;

/**
 * An indefinite contest head, one or two bare indefinite words the tagger left O, then a place it tagged is one contest named
 * with its place (`مسابقة إبداع مصر`، `مسابقة هاكاثون الأردن`): the place alone is no contest's name. Not a nisba between
 * (مسابقة دولية …) nor a word behind a clitic or preposition (مسابقة [في] مصر).
 */
export function tagPlaceContests(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  // Not a verb with its object's pronoun (مسابقة [تستضيفها] الدوحة) nor a day (مسابقة [أمس]): the place is then the host.
  const bareWord = (k: number) => out[k] === 0 && sentence[k].kind === 'word' && sentence[k].norm === stems[k] && !stems[k].startsWith('ال') &&
    !endsAsNisba(stems[k]) && stems[k].length > 2 && !POSSESSIVE_END.test(stems[k]) && !NOT_NAMING_TAIL.has(stems[k]);
  for (let i = 0; i + 2 < n; i++) {
    if (out[i] !== 0 || !PLACE_CONTEST_HEADS.has(stems[i])) continue;
    let j = i + 1;
    while (j < n && j - i <= MAX_CONTEST_WORDS && bareWord(j)) j++;
    // The place bare: behind a clitic it is where the contest is held (مسابقة أمس [ب]المغرب).
    if (j === i + 1 || j >= n || out[j] !== B_LOC || sentence[j].norm !== stems[j]) continue;
    const e = spanEnd(out, j);
    if (out === tags) out = tags.slice();
    markSpan(out, i, e, B_MISC, I_MISC);
    i = e - 1;
  }
  return out;
}

/** A word continuing a لل complement: a definite nisba adjective (الثقافية) or و + a definite noun (والفنون), not a head, title or nisba. */
function complementWord(sentence: Token[], stems: string[], k: number): boolean {
  const norm = sentence[k].norm;
  // A nisba after و is a person's description more often than the complement's noun (للكتاب [والروائي] المغربي …).
  if (norm.startsWith('وال')) return !endsAsNisba(stems[k]) && !MISC_HEADS.has(stems[k]) && !ORGANIZATION_HEADS.has(stems[k]) && !isTitleWord(stems[k]) && !isTitleWord(stems[k].slice(2));
  return norm === stems[k] && norm.startsWith('ال') && endsAsNisba(norm);
}

/** A share's sign after a number (60 %، 20 بالمئة), normalised: the number counts. */
const SHARE_WORDS = set('% بالمئة بالمائة');

/**
 * Token k makes the number before it a count, not a model's or an edition's: another number, a scale word (15 [مليون]), a
 * share (60 [%]) or a run of numbers joined by و or a dash (2 [و] 3، 2 [-] 1).
 */
function countFollows(sentence: Token[], stems: string[], k: number): boolean {
  if (k >= sentence.length) return false;
  const t = sentence[k];
  if (t.kind === 'number' || SCALE_WORDS.has(stems[k]) || SHARE_WORDS.has(t.norm)) return true;
  return (t.norm === 'و' || t.text === '-') && k + 1 < sentence.length && sentence[k + 1].kind === 'number';
}

/** The Gulf Cup's short name, normalised: with its edition's number it is the cup (خليجي 26)، alone a nisba (لاعب خليجي). */
const GULF_CUP = set('خليجي');
/** tagGulfCups' bit (wideCues.ts): without the word it names nothing. */
export const GULF_CUP_CUE = wideCueBit([GULF_CUP]);
/** An edition's number: one or two digits (a year is the sentence's, كأس العالم 2030). */
const EDITION_NUMBER = /^[0-9]{1,2}$/;

/**
 * `خليجي` and the edition's number the tagger left O is the Gulf Cup, one MISC span with its number (`هداف خليجي 17`،
 * `العراق يتوج بخليجي 25`), as a number that is part of a contest's name is inside it (دوري أبطال آسيا 2). Not a count (خليجي
 * 3 مليارات) nor one of a run of numbers.
 */
export function tagGulfCups(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let i = 0; i + 1 < n; i++) {
    if (out[i] !== 0 || out[i + 1] !== 0 || !GULF_CUP.has(stems[i]) || sentence[i + 1].kind !== 'number' || !EDITION_NUMBER.test(sentence[i + 1].text)) continue;
    if (countFollows(sentence, stems, i + 2)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, i, i + 2, B_MISC, I_MISC);
  }
  return out;
}
