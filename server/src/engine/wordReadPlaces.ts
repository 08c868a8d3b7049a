// One-word places the sentence reads as ordinary words: a verb before its object (القصف [تدمر] المنازل), a word with its pronoun (عاد إلى [ديره]، [وجدنا]) or a demonstrative (ذاك [الرباط]) or an elative (كأروع [مشهد]), a settlement head alone ([ريف] حلب).
import { WEEKDAYS } from './dateLexicon';
import { headForm, SETTLEMENT_HEADS } from './placeBounds';
import { COMMON_NOUN, KNOWN_FORM } from './pronounNouns';
import { icuRegionNames } from './regionNames';
import { beginTag, isInside } from './tagger';
import type { Token } from './tokenize';
import { PREPOSITIONS, RELATIVE_PRONOUNS, wordSet } from './wordSets';

const B_LOC = beginTag('LOC');

/** Particles a verb follows and a place name does not (normalised): negation, future, subjunctive, relative pronouns. */
const VERB_PARTICLES = new Set(['لا', 'لن', 'لم', 'لما', 'قد', 'وقد', 'فقد', 'ولا', 'ولم', 'ولن', 'كي', 'لكي', 'حتي', 'سوف', 'التي', 'الذي', 'الذين', 'اللتين', 'اللذين']);
/** Quantifiers an object may open with (تدمر [بعض] المنازل). */
const QUANTIFIERS = new Set(['بعض', 'كل', 'جميع', 'كافه', 'مختلف', 'معظم', 'اغلب']);
/**
 * Definite words that follow a place named as an object and never a verb's object (normalised), with the weekdays: when
 * (زار تونس [الأسبوع] الماضي، ضرب الزلزال تركيا [الاثنين]) and the capital (تونس [العاصمة]).
 */
const AFTER_PLACE = new Set(['اليوم', 'الليله', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'الصيف', 'الشتاء', 'الربيع', 'الخريف', 'الماضي',
  'المقبل', 'الجاري', 'الحالي', 'العاصمه']);

/**
 * An imperfect verb's shape (ت، ي، ن and a root of three to five letters) between a subject or a verb particle and a
 * definite object: [تدمر] in القصف تدمر المنازل, لا تدمر المنشآت; a place so placed is rare (in NewsFANE, WikiFANE, AQMAR
 * and the Wojood sample, 3 of some 30,000 one-word places stand so, two of them in lists of places). An object that is a
 * long feminine adjective (الأثرية) describes the place instead (استعاد الجيش تدمر الأثرية).
 */
function verbRead(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: readonly number[], k: number): boolean {
  if (k === 0 || k + 1 >= sentence.length || (prefixes[k] !== '' && prefixes[k] !== 'و' && prefixes[k] !== 'ف')) return false;
  const stem = stems[k];
  if (!/^[تين]/.test(stem) || stem.length < 4 || stem.length > 6) return false;
  const next = sentence[k + 1];
  if (next.kind !== 'word' || tags[k + 1] !== 0 || AFTER_PLACE.has(next.norm) || WEEKDAYS.has(next.norm)) return false;
  // A country ICU names is no verb in news however it is spelled (تونس، تركيا: يونس and يركي are no help).
  if (icuRegionNames().has(stem)) return false;
  const object = next.norm.startsWith('ال') ? !(next.norm.endsWith('يه') && next.norm.length >= 7) : QUANTIFIERS.has(next.norm);
  if (!object) return false;
  const prev = sentence[k - 1];
  return prev.kind === 'word' && (VERB_PARTICLES.has(prev.norm) || prev.norm.startsWith('ال') || tags[k - 1] !== 0);
}

/**
 * A word written with a final ه where the paragraph spells ة elsewhere, whose rest is a common word: a noun with its
 * pronoun (ديره: دير + ه, his monastery), not the place a list spells with ة (ديرة، Deira). News that writes ة as ه
 * writes its places so too, so the rule waits for a ة in the paragraph.
 */
function pronounRead(sentence: readonly Token[], k: number, stem: string, wordFreq: (w: string) => number, spellsTa: () => boolean): boolean {
  const token = sentence[k];
  if (!token.text.endsWith('ه') || stem.length < 4 || stem.startsWith('ال')) return false;
  // After a settlement head, or before a word in the feminine (الساحلية، تعرضت), it is the place spelled with ه (جبله).
  if (k > 0 && SETTLEMENT_HEADS.has(headForm(sentence[k - 1].norm))) return false;
  const next = sentence[k + 1];
  if (next && next.kind === 'word' && /(يه|ت)$/.test(next.norm)) return false;
  return wordFreq(stem.slice(0, -1)) >= COMMON_NOUN && wordFreq(stem) < COMMON_NOUN && spellsTa();
}

/**
 * A word ending in نا (us, our) whose rest is a common word of the training text and which it hardly saw whole: a verb or
 * noun with its pronoun (حتى [وجدنا] [أنفسنا] وسط مدينة), which raw text attaches and FANE splits off. A place ending so has
 * no common word before its نا (فيينا، غانا، أثينا: فيي، غا، أثي); a listed word stays.
 */
function usRead(sentence: readonly Token[], k: number, wordFreq: (w: string) => number, listed: (w: string) => boolean): boolean {
  const w = sentence[k].norm;
  if (!w.endsWith('نا') || wordFreq(w) >= KNOWN_FORM || listed(w)) return false;
  // The rest as written (وجد) or without its conjunction (وأنفسنا).
  const rest = w.slice(0, -2);
  return [rest, rest.replace(/^[وف]/, '')].some((r) => r.length >= 3 && wordFreq(r) >= COMMON_NOUN);
}

/** Demonstratives (normalised), with a conjunction written on them: a definite word right after one is a common noun. */
const DEMONSTRATIVE = /^[وف]?(هذا|هذه|ذلك|تلك|ذاك|هاتان|هاتين|هذان|هذين|هولاء|اوليك)$/;
/**
 * Words before ذلك that make it a pronoun pointing back, with the name after it standing alone: "among them" (بما في ذلك
 * العراق) and a preposition or a time word (وزار بعد ذلك [العراق]، ورغم ذلك [المغرب] يواصل), normalised, without و/ف.
 */
const POINTS_BACK: ReadonlySet<string> = new Set([...PREPOSITIONS, ...wordSet('بما بعد قبل رغم برغم عقب إثر إضافة علاوة فضلا')]);

/**
 * A definite word right after a demonstrative is the noun it points at (ذاك [الرباط] القدسي، هذه [الكوكبات] الخمس، هذا
 * [الجنين]): a name takes no demonstrative. Not a country ICU names (هذا العراق الجديد), nor after a ذلك that points back
 * (بما في ذلك العراق، بعد ذلك الأردن), nor a listed place a relative clause describes (هذه القاهرة التي عرفناها). NewsFANE, the
 * Wojood sample and our dev sets tag no name in that slot.
 */
function demonstrativeRead(sentence: readonly Token[], prefixes: readonly string[], k: number, listed: (w: string) => boolean): boolean {
  if (k === 0 || prefixes[k] !== '' || !sentence[k].norm.startsWith('ال')) return false;
  // A country's name is no common noun: the demonstrative points at the country as it is now (هذا [العراق] الجديد).
  if (icuRegionNames().has(sentence[k].norm)) return false;
  // A listed place a relative clause describes is the place seen as it was or is (هذه [القاهرة] التي عرفناها).
  if (k + 1 < sentence.length && RELATIVE_PRONOUNS.has(sentence[k + 1].norm) && listed(sentence[k].norm)) return false;
  const prev = sentence[k - 1];
  return prev.kind === 'word' && DEMONSTRATIVE.test(prev.norm) &&
    !(k >= 2 && prev.norm.endsWith('ذلك') && POINTS_BACK.has(sentence[k - 2].norm.replace(/^[وف](?=..)/, '')));
}

/**
 * Elatives that take the noun after them in construct (normalised): كأروع [مشهد]، أكبر [الكوكبات]، أقدم [البقاع] (the
 * oldest places). Not أبعد or أقدم's verb readings alone: أبعد is "expelled" too (أبعد لبنان لاجئين), so it is left out.
 */
const ELATIVES = wordSet('أكبر أصغر أهم أجمل أروع أكثر أقل أفضل أسوأ أعلى أدنى أقرب أطول أقصر أغنى أفقر أقدم أحدث أخطر أسرع أعظم أشهر');

/**
 * A word right after an elative is the noun it ranks (كأروع مشهد: the finest scene): a name does not stand there. Not a
 * country ICU names: no country is ranked, and the elative's shape is then a verb's with its subject (أقدم [العراق] على،
 * أسرع [لبنان] إلى، أشهر [الأردن] موقفه).
 */
function elativeRead(sentence: readonly Token[], prefixes: readonly string[], k: number): boolean {
  if (k === 0 || prefixes[k] !== '' || icuRegionNames().has(sentence[k].norm)) return false;
  const prev = sentence[k - 1];
  return prev.kind === 'word' && ELATIVES.has(prev.norm.replace(/^[وفك](?=...)/, ''));
}

/**
 * The sun, the moon and the earth are words in news, no places: NewsFANE tags none of their 138 mentions (WikiFANE tags
 * about half, as celestial bodies). A name of several words keeps them (جزر القمر).
 */
const SKY_WORDS = new Set(['الشمس', 'القمر', 'الارض']);

/**
 * A settlement head alone, without the article, is a head whose name follows or is left unsaid (في [ريف] حلب، قصفت [مدينة]
 * قريبة): the head stays outside the place by the project's convention (placeBounds), so alone it is no place. The
 * definite word may be a name (المدينة: Medina), so it is not taken.
 */
const headRead = (stem: string) => !stem.startsWith('ال') && SETTLEMENT_HEADS.has(stem);

/** Drops a one-word place that reads as a verb before its object, a noun with its pronoun or after a demonstrative or an elative, a bare settlement head, or names the sun, moon or earth. `listed(w)`: a list holds normalised w. */
export function dropWordReadPlaces(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  wordFreq: (w: string) => number, spellsTa: () => boolean, listed: (w: string) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_LOC || (k + 1 < tags.length && isInside(tags[k + 1]))) continue;
    if (verbRead(sentence, stems, prefixes, tags, k) || pronounRead(sentence, k, stems[k], wordFreq, spellsTa) || usRead(sentence, k, wordFreq, listed) ||
      demonstrativeRead(sentence, prefixes, k, listed) || elativeRead(sentence, prefixes, k) || SKY_WORDS.has(stems[k]) || headRead(stems[k])) (out ??= tags.slice())[k] = 0;
  }
  return out ?? tags;
}
