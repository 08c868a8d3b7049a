// The one word between a reporting verb and the إن or colon of what was said is the speaker (وقال [تريباثي] إن): a person.
import { definiteNisba } from './namePatterns';
import { beginTag, insideTag } from './tagger';
import { Token } from './tokenize';
import { cueBit } from './sentenceCues';
import { PREPOSITIONS, wordSetWithArticle } from './wordSets';
import { wideCueBit } from './wideCues';
import { arabicFirst } from './normalize';

const B_PERS = beginTag('PERS');
/** Training-text count below which the word is unknown enough to be a name the tagger could not read. */
const RARE = 3;
/** What opens the words said after the speaker, as written. */
const SAID_OPENERS = new Set(['إن', 'ان', 'أن', ':']);
/** Their stems (normalised): a sentence without one has no said words for tagSaidNames or titledSurnames to read, nor a by-line's colon. */
export const SAID_CUE = cueBit(['ان', ':']);
/** Where a thing is said, after في (وقال [شو] في خطاب، في بيان، في اتصال هاتفي), bare and with the article (normalised). */
export const STATEMENTS = wordSetWithArticle('بيان خطاب اتصال مؤتمر تصريح تصريحات حديث مقابلة كلمة رسالة تغريدة منشور لقاء');
/** في as written, with its dotless ى too: a token's text, or a normalised stem (only the first). */
export const IN = new Set(['في', 'فى']);
/** tagSaidNames' second bit (wideCues.ts): a sentence with no such word and no إن or colon has no speaker for it to read. */
export const STATEMENT_CUE = wideCueBit([STATEMENTS]);

/** Training count of a definite singular's forms (الرجل، الرجله، الرجلين) from which a definite word in ان is its dual. */
const KNOWN_SINGULAR = 5;

/**
 * A plural or a definite dual: a nisba's (دبلوماسيون، الإسلاميين), a participle's (مسلحون، متمردون) or a فاعل's (ناشطون)
 * sound plural, a feminine plural, any definite one (الظالمون) or الرجلان; not a foreign name in ـون (جونسون، كلينتون).
 * A definite word in ان is a dual only when the training text knows its singular (`wordFreq`, normalised): a name in ان
 * has none (وقال [البرهان] إن: no البره). Without `wordFreq` every such word is read as a dual.
 */
export const plural = (w: string, wordFreq?: (w: string) => number) => /(يون|ين|ات)$/.test(w) || /^(م|.ا).+ون$/.test(w) ||
  (w.startsWith('ال') && (w.endsWith('ون') || (w.endsWith('ان') && (!wordFreq || singularKnown(w.slice(0, -2), wordFreq)))));

function singularKnown(x: string, wordFreq: (w: string) => number): boolean {
  return wordFreq(x) + wordFreq(x + 'ه') + wordFreq(x + 'ين') >= KNOWN_SINGULAR;
}

/**
 * A word the tagger left O between a reporting verb and إن/أن or a colon (من جانبها قالت [ليفني] ان، وقال [كينيون] :), في
 * and where it was said (وقال [شو] في خطاب), or a ل-phrase of whom it was said to before them (saidNext), is the
 * speaker, when the training text has seen it fewer than RARE times, no clitic was cut from it, no list holds it as a place, people,
 * body or club, and it is no plural or definite dual (وقال [دبلوماسيون] إن، وأكد [الرجلان] أن): news names people so after the first mention, and a body
 * that speaks is one the lists or the tagger know. `verb(k)`: token k is a reporting verb; `freq(k)`: its training count;
 * `notName(k)`: a list holds it as a place, people, body or club; `surnameWhole(k)`: the word as written, clitic and all, is a
 * surname or full name of the people lists the training text has not seen; `isPlural(w)`: w is a plural or definite dual.
 */
export function tagSaidNames(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  verb: (k: number) => boolean, freq: (k: number) => number, notName: (k: number) => boolean, surnameWhole?: (k: number) => boolean,
  isPlural: (w: string) => boolean = plural): number[] {
  let out = tags;
  for (let k = 1; k + 1 < sentence.length; k++) {
    if (out[k] !== 0 || out[k - 1] !== 0 || !saidNext(sentence, prefixes, out, k + 1, freq) || sentence[k].kind !== 'word') continue;
    // A surname the people lists hold whole, which the splitter read as a clitic and a word (ليفني as ل + يفني), or an
    // unseen word the splitter read as ف + a word: no conjunction ف opens a verb's subject, so a foreign name opening with
    // V or F is read whole (وأكد [فالكاو] أن، not ف + الكاو).
    const whole = prefixes[k] === 'ف' && freq(k) < RARE;
    if (prefixes[k] && !whole && !(surnameWhole?.(k) ?? false)) continue;
    const w = prefixes[k] ? sentence[k].norm : stems[k];
    // Two letters only for a word the training text never saw (شو، با): every short Arabic word it has is a particle's.
    const short = w.length === 2 && !prefixes[k] && freq(k) === 0 && arabicFirst(sentence[k].text);
    if ((w.length < 3 && !short) || (!prefixes[k] && freq(k) >= RARE) || notName(k) || isPlural(w) || !verb(k - 1)) continue;
    // Before في a definite noun in ة is the body that speaks (وقالت [النقابة] في بيان), a family name seldom.
    if (IN.has(sentence[k + 1].text) && w.startsWith('ال') && /[ةه]$/.test(w)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
  }
  return out;
}

/** Training count from which a word behind ل is a noun the text knows (لرويترز، للصحفيين), not a name's letters. */
const KNOWN_ADDRESSEE = 5;

/**
 * Whether the words said open at token j: إن/أن or a colon, في and where it was said (في بيان، في خطاب), or a ل-phrase of whom it was said to before them, of one or
 * two words no person's (وأكد كينيون [لوكالة الأنباء] أن، وقالت سلمى [للصحفيين] إن), its ل-word one the text knows.
 */
function saidNext(sentence: readonly Token[], prefixes: readonly string[], tags: readonly number[], j: number, freq: (k: number) => number): boolean {
  if (SAID_OPENERS.has(sentence[j].text)) return true;
  if (IN.has(sentence[j].text) && j + 1 < sentence.length && STATEMENTS.has(sentence[j + 1].norm)) return true;
  if (prefixes[j] !== 'ل' || tags[j] === B_PERS || freq(j) < KNOWN_ADDRESSEE) return false;
  for (let n = j + 1; n <= j + 2 && n < sentence.length; n++) {
    if (SAID_OPENERS.has(sentence[n].text)) return true;
    if (sentence[n].kind !== 'word' || tags[n] === B_PERS) return false;
  }
  return false;
}

const I_PERS = insideTag('PERS');
/** An elative written with ى (الأضحى، الأقصى، الأعلى), which the normalisation folds into a nisba's shape: no family name. */
const ELATIVE = /^ال[أا][\u0621-\u064A]{2}ى$/;

/**
 * After a reporting verb and إنّ or أنّ, a given name (even one that is an adjective: سعيد، سالم) and a definite nisba left O
 * are the subject of what was said, a person (وقال إن [سعيد الحربي] سيصل): an adjective cannot follow إنّ, so the given
 * name reads as a name there. `given(k)`: a given-name list holds word k; `nationality(k)`: word k is a listed nationality.
 */
export function tagNamesAfterSaid(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  verb: (k: number) => boolean, given: (k: number) => boolean, nationality: (k: number) => boolean): number[] {
  let out = tags;
  for (let k = 2; k + 1 < sentence.length; k++) {
    if (out[k] !== 0 || out[k + 1] !== 0 || (k + 2 < out.length && out[k + 2] !== 0) || !SAID_OPENERS.has(sentence[k - 1].text) || sentence[k - 1].text === ':') continue;
    // A given name of three letters at least and no preposition (إن من الضروري: من is a name part too).
    if (prefixes[k] || prefixes[k + 1] || stems[k].length < 3 || PREPOSITIONS.has(stems[k]) || !definiteNisba(stems[k + 1], 3, false) || ELATIVE.test(sentence[k + 1].text) || nationality(k + 1) || !given(k) || !verb(k - 2)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    out[k + 1] = I_PERS;
  }
  return out;
}
