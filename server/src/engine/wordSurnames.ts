// A family name that is a common word, cut off after a given name (حنان [ترك] قالت): what follows it reads as after a name.
import { beginTag, insideTag, spanEnd } from './tagger';
import { arabicFirst } from './normalize';
import { Token } from './tokenize';
import { COMPLEMENTIZERS, TIME_WORDS } from './quoteCues';
import { KNOWN_FORM, OTHER_PRONOUN_END } from './pronounNouns';
import { PREPOSITIONS } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Marks after which a sentence goes on as after a name in apposition or a speaker (حنان ترك ، الممثلة …؛ ريد : …). */
const NAME_STOPS = new Set(['،', ',', ':', '(']);
/** Endings of a word with a pronoun or of a feminine noun a name seldom has (صديقه، زوجتها، منتظرة). */
const PRONOUN_END = /(ه|ة|ها|هم|هما|هن|كم|نا)$/;

/** A present or future verb (يقول، تقول، نجد، ستزور): ي, or ت/ن/ست whose ي form the text knows (ترك، تامر are no تـ verbs); a feminine past (قالت). */
const presentVerb = (w: string, wordFreq: (w: string) => number) => w.startsWith('ي') ||
  (/^[تن]/.test(w) && wordFreq('ي' + w.slice(1)) > 0) || (w.endsWith('ت') && wordFreq(w.slice(0, -1)) > 0 && wordFreq('ي' + w.slice(0, -1)) > 0) || (/^س[يتن]/.test(w) && wordFreq('ي' + w.slice(2)) > 0);

/**
 * Training count from which a word is the sentence's, not a family name: particles and frequent nouns (عندما 373، فقد 356،
 * اسم 319، منصب 93) are; the family names the tagger cut here are counted 7 to 65 (ملاك، ترك، أمين).
 */
const FREQUENT_WORD = 90;
/** An elative (أفضل، أشهر) the text also knows with the article: a predicate or construct after the name (زيدان أفضل لاعب). */
const ELATIVE = /^ا[^ل]..$/;

/** A given name written joined to عبد (عبدالعزيز، عبدالرحمن): no common word is so spelled. */
const JOINED_ABD = /^عبدال..../;

/**
 * ف written on a present verb (فتقوم، فتضحك), split or not by the clitic splitter: the rest's ي form is known, and the word
 * whole is no name part (فيصل is no ف + يصل).
 */
const presentAfterFa = (norm: string, r: WordSurnameReads) => /^ف[يت]../.test(norm) && !r.namePart(norm) && r.wordFreq('ي' + norm.slice(2)) > 0;

/** An adverb compounded with إذ, normalised (عندئذ، يومئذ، وقتئذ): "then", never a name. */
const IDH_ADVERB = /^..+يذ$/;

/** Training count below which a word before عن/من may be a family name (the nouns of the language there are known). */
const RARE_OF = 3;

/**
 * A word the splitter left whole that is a known word behind ب/ل/لا (بدعوى، لايعرف) or a sound plural of a known one
 * (بعيدين، مسؤولون): the sentence's, not a family name.
 */
const glued = (w: string, wordFreq: (w: string) => number) => (/^[بل]/.test(w) && wordFreq(w.slice(1)) + wordFreq('ال' + w.slice(1)) >= KNOWN_FORM) ||
  (w.startsWith('لا') && wordFreq(w.slice(2)) >= KNOWN_FORM) || (/(ين|ون)$/.test(w) && wordFreq(w.slice(0, -2)) >= KNOWN_FORM);

/** What the pass reads of the sentence (tagCorrections' sentence helpers). */
export interface WordSurnameReads {
  given: (k: number) => boolean;
  notName: (k: number) => boolean;
  verb: (k: number) => boolean;
  title: (k: number) => boolean;
  namePart: (w: string) => boolean;
  wordFreq: (w: string) => number;
}

/**
 * A one-word person (a longer name the tagger closed is mostly whole: [ستيف جوبز] عندئذ) on a listed given name, or on a word
 * the tagger read as a person that has no article and no place or body mark (an unlisted given name: under `--unlisted` most
 * are), and after it, left O, one whole Arabic word with no article or clitic that no place, body or nationality list holds,
 * that the training text knows under FREQUENT_WORD times, and that is no title, time word, preposition, pronoun noun,
 * indefinite accusative (شيئا، خصوصا, however rare), present verb or known word with ب/لا glued on: the word is the family
 * name when the sentence goes on after it as it does after a name, not after a verb. So before a reporting verb or ف with a
 * present verb (حنان ترك قالت، … فتقوم), a second predicate no verb is followed by; and, when the word has no verb reading,
 * also before a comma, colon or bracket, إن/أن, an indefinite title heading a definite word (… وزير المالية), or, for a word
 * the text hardly knows, عن/من and a word (representing a body: … عن الجبهة).
 * A given name written joined to عبد (عبدالعزيز) is a name part wherever it stands.
 */
export function wordSurnames(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[], r: WordSurnameReads): number[] {
  const n = tags.length;
  let out = tags;
  for (let b = 0; b + 2 < n; b++) {
    if (tags[b] !== B_PERS) continue;
    const k = spanEnd(tags, b);
    // A joined عبد name the tagger opened as a second person (طاهر | عبدالعزيز) is the same person's.
    const second = tags[k] === B_PERS && spanEnd(tags, k) === k + 1 && JOINED_ABD.test(stems[k]);
    if (k - b !== 1 || k + 1 >= n || (tags[k] !== 0 && !second) || (!r.given(b) && (stems[b].startsWith('ال') || r.notName(b))) || prefixes[k - 1]) continue;
    const t = sentence[k];
    const w = stems[k];
    if (t.kind !== 'word' || prefixes[k] || t.norm !== w || !arabicFirst(t.text) || w.startsWith('ال') || w.length < 3 || r.notName(k)) continue;
    if (!JOINED_ABD.test(w) && !continues(sentence, stems, prefixes, k, r)) continue;
    if (out === tags) out = tags.slice();
    out[k] = I_PERS;
  }
  return out;
}

/** Word k, after a given name, is its family name by the tests above (all but the joined عبد). */
function continues(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], k: number, r: WordSurnameReads): boolean {
  const w = stems[k];
  if (r.wordFreq(w) >= FREQUENT_WORD || presentVerb(w, r.wordFreq) || r.title(k) || r.verb(k) || TIME_WORDS.has(w) || PREPOSITIONS.has(w) ||
    COMPLEMENTIZERS.has(w) || PRONOUN_END.test(w) || (w.length >= 5 && OTHER_PRONOUN_END.test(w)) || w.endsWith('ا') ||
    (ELATIVE.test(w) && r.wordFreq('ال' + w) >= KNOWN_FORM) || glued(w, r.wordFreq) || IDH_ADVERB.test(w)) return false;
  const j = k + 1;
  const next = sentence[j];
  // A second predicate: a reporting verb (قالت، أكد) or ف with a present verb (فتقوم). A past verb is not followed by one.
  if (next.kind === 'word' && (r.verb(j) || presentAfterFa(next.norm, r))) return true;
  // The word's present (ترك: يترك; اختار: يختار) or another person of its past (تركت، فازوا) is known: a verb reading.
  // A three-letter word with a long middle vowel is no present's stem: يريد، يدين are أراد's and دان's (ريد، دين are not verbs).
  const hollow = /^.[يوا].$/.test(w);
  if ((hollow ? 0 : r.wordFreq('ي' + w)) + r.wordFreq(w + 'ت') + r.wordFreq(w + 'وا') > 0 || (w.startsWith('ا') && r.wordFreq('ي' + w.slice(1)) > 0)) return false;
  const titled = next.kind === 'word' && !prefixes[j] && !stems[j].startsWith('ال') && r.title(j) && j + 1 < stems.length && stems[j + 1].startsWith('ال');
  // "Of" a body or place, as news names someone by the side he stands for (حمدي حسن عن كتلة …، تيم أولد من شركة …): a word
  // the text hardly knows, before عن/من with a word after; not a word of a past verb's shape (واعتذر عن، انحدرت من).
  const from = (next.norm === 'عن' || next.norm === 'من') && r.wordFreq(w) < RARE_OF && !/^[وفا]/.test(w) && !w.endsWith('ت') && j + 1 < stems.length && sentence[j + 1].kind === 'word';
  return NAME_STOPS.has(next.text) || COMPLEMENTIZERS.has(next.norm) || titled || from;
}
