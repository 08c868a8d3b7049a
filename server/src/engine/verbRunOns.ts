// A person's name does not run on into the sentence's verb, a participle or a ب phrase after it (headlines without punctuation).
import { beginTag, spanEnd } from './tagger';
import { normalizeArabic } from './normalize';
import { EXACT_NAME_LISTS, NOT_NAME_LISTS } from './nameMarks';
import { NAME_PARTICLES } from './triggers';

const B_PERS = beginTag('PERS');
/** أبو's genitive and accusative (بن أبي طالب، يا أبا حازم): the word after is a name however it reads, as after NAME_PARTICLES. */
const KUNYA_FORMS = new Set(['ابي', 'ابا']);

/** A present-tense verb's shape (normalised): ي/ت + three letters or more, or negated with لا written on it (لايؤمن). */
const PRESENT_VERB = /^(?:لا)?([يت])([\u0621-\u064A]{3,})$/;
/**
 * Training count of the verb's other persons and its bare stem (يتهم: تتهم، نتهم، اتهم، تهم; يتصدر: تصدر) from which the word is a verb: the lexicon keeps few
 * inflections of each verb, and an unseen foreign name has no such kin (يلتسين: تلتسين، التسين are never seen).
 */
export const SEEN_VERB = 2;
/** A verbal noun of the derived forms, indefinite or definite: II تفعيل (تأجير), X استفعال, VIII افتعال (افتقاد), VII انفعال. */
const VERBAL_NOUN = /^(ت..ي.|است...|ا.ت.ا.|ان..ا.)$/;
/**
 * A verbal noun of a derived form whose verb the training text knows: its past is the noun without the long vowel before
 * its last letter (افتقاد: افتقد، استخدام: استخدم، تأجير: تأجر). The lexicon keeps few verbal nouns, and the shape alone
 * fits foreign names (بانكمان: no انكمن).
 */
export function verbalNoun(w: string, wordFreq: (w: string) => number): boolean {
  const bare = w.startsWith('ال') ? w.slice(2) : w;
  if (!VERBAL_NOUN.test(bare)) return false;
  const past = bare.slice(0, -2) + bare.slice(-1);
  const stem = past.startsWith('ا') ? past.slice(1) : past;
  return wordFreq(bare) + wordFreq('ال' + bare) + wordFreq(past) + wordFreq('ي' + stem) + wordFreq('ت' + stem) >= SEEN_VERB;
}

/** Training count under which a word with ف on it is unseen whole. */
const RARE_WHOLE = 3;

/**
 * A past verb, singular, dual or plural (ذهب، ذهبا، ذهبوا، احتسب، انفرد), whose present the training text knows (يذهب،
 * يحتسب، ينفرد), three letters or more without its ending: the lexicon keeps few past forms.
 */
export function pastVerb(w: string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): boolean {
  const base = w.replace(/(وا|ا)$/, '');
  if (base.length < 3) return false;
  const stem = base.startsWith('ا') ? base.slice(1) : base;
  return stem.length >= 3 && kinCount(['ي' + stem, 'ت' + stem], wordFreq, nameWord) >= SEEN_VERB;
}

/** A past verb of the derived forms VIII, VII and X (احتسب، انفرد، استقبل), normalised. */
const DERIVED_PAST = /^(ا.ت..|ان...|است...)$/;

/**
 * A derived past the lexicon keeps without its present (احتسب: no يحتسب): the past or its verbal noun (احتساب, ا before
 * the last letter) a word of the training text, and no name list holding it.
 */
function derivedPast(w: string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): boolean {
  return DERIVED_PAST.test(w) && !nameWord(w) && wordFreq(w) + wordFreq(w.slice(0, -1) + 'ا' + w.slice(-1)) >= SEEN_VERB;
}

/** Training count from which a definite noun behind ب is a word of the language (بالتالي), not a name's letters. */
const SEEN_NOUN = 3;

/** Training count of a word's kin forms that no name list holds (a kin the lists hold is a name's: ياجي, ناجي). */
function kinCount(forms: readonly string[], wordFreq: (w: string) => number, nameWord: (w: string) => boolean): number {
  let kin = 0;
  for (const f of forms) if (!nameWord(f)) kin += wordFreq(f);
  return kin;
}

/** A participle of the derived forms V and VI (متصدر، متجهة، متهما), five letters or more (متري is a name): the sentence describing the person it names. */
const PARTICIPLE = /^مت([\u0621-\u064A]{2,}?)[اه]?$/;

/** A participle whose verb the training text knows (متصدر: يتصدر، تصدر), in no name list (متولي is a surname). */
function participle(w: string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): boolean {
  const m = w.length >= 5 ? PARTICIPLE.exec(w) : null;
  if (!m) return false;
  return kinCount(['يت', 'تت', 'ت'].map((p) => p + m[1]), wordFreq, nameWord) >= SEEN_VERB;
}

/** A past verb of the feminine (تباينت، أعلنت), four letters or more, not a plural's ات (بركات). */
const FEMININE_PAST = /^[\u0621-\u064A]{3,}(?<!ا)ت$/;

/** A feminine past whose present the training text knows (تباينت: يتباين، تتباين); given names so spelled are listed (عصمت). */
export function femininePast(w: string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): boolean {
  if (!FEMININE_PAST.test(w)) return false;
  const base = w.slice(0, -1);
  return kinCount(['ي' + base, 'ت' + base], wordFreq, nameWord) >= SEEN_VERB;
}

/**
 * A masculine singular past whose ي present the training text knows (أقال: يقال، تذوق: يتذوق), three letters or more. Not
 * its ت form: ت + a word is as often a verbal noun or a plural (طبيق: تطبيق، جار: تجار), and surnames so read are common.
 */
function masculinePast(w: string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): boolean {
  if (w.endsWith('ا')) return false;
  const stem = w.startsWith('ا') ? w.slice(1) : w;
  return stem.length >= 3 && kinCount(['ي' + stem], wordFreq, nameWord) >= SEEN_VERB;
}

/** A present verb of a doubled root, written with two letters after its prefix (يشن، يرد، يحل), normalised; not a weak last letter (يحي). */
const DOUBLED_PRESENT = /^([يت])([\u0621-\u064A][\u0621-\u0626\u0628-\u0647])$/;
/** Training count from which a doubled verb's two-letter past (شن، رد) is the verb, not a name's letters. */
const SEEN_DOUBLED = 10;

export function presentVerb(w: string, wordFreq: (w: string) => number, nameWord: (w: string) => boolean): boolean {
  // Its other persons are few and often listed (تشن): its past, the same two letters, is the evidence.
  const d = DOUBLED_PRESENT.exec(w);
  if (d) return !nameWord(d[2]) && wordFreq(d[2]) >= SEEN_DOUBLED;
  const m = PRESENT_VERB.exec(w);
  if (!m) return false;
  // The bare stem only for the forms V and VI, whose past it is (يتصدر: تصدر); elsewhere it is often a word or a name's letters.
  const prefixes = ['ي', 'ت', 'ن', 'ا', ''].filter((p) => p !== m[1] && (p || m[2].startsWith('ت')));
  return kinCount(prefixes.map((p) => p + m[2]), wordFreq, nameWord) >= SEEN_VERB;
}

/**
 * `الونسو [يتهم] شوماخر`، `رضا [يشن] هجوما`، `شوماخر [بافتقاد] الروح`، `وايمرسون [بالتالي]`: the tagger runs a name on into
 * the word after it where a headline or a crowded sentence has no mark between them. A word of a present verb's, a form V/VI
 * participle's or (at the name's end) a feminine past verb's shape whose verb the training text knows, or ب on a word it
 * knows, in no name list as spelled, is the sentence going on; so is ف on a past verb at the name's end (بيكهام [فانفرد]). (surnameRunOns.ts
 * does the ب case after a well-known surname alone, with ل too; here ل is left out: a name's لـ word is often its own, لطفي.)
 */
export function verbRunOns(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number, nameWord: (w: string) => boolean): number[] {
  const goesOn = (k: number, last: boolean) => {
    const whole = normalizeArabic(text(k));
    // Text with its clitics split off as words (تسيبي ل يفني): the word is the rest of one the splitter cut.
    if (normalizeArabic(text(k - 1)).length === 1) return false;
    // A lineage word's name is the name going on, however it reads (بن [يشجب]، أبو القاسم [يعيش] بن علي).
    // The genitive and accusative of أبو too (علي بن أبي [طالب]، أبا [حازم]).
    if (NAME_PARTICLES.has(stems[k - 1]) || KUNYA_FORMS.has(stems[k - 1]) || NAME_PARTICLES.has(stems[k + 1] ?? '')) return false;
    if (nameWord(whole) || marks[k].some((m) => NOT_NAME_LISTS.test(m) || (whole === stems[k] && EXACT_NAME_LISTS.test(m)))) return false;
    if (whole === stems[k] && (presentVerb(whole, wordFreq, nameWord) || participle(whole, wordFreq, nameWord))) return true;
    // A past verb only at the name's end: inside a name the word is rather a name part's letters.
    if (last && whole === stems[k] && femininePast(whole, wordFreq, nameWord)) return true;
    // So is a masculine one, the verb of a sentence that opens with its subject (قيس سعيد [أقال]، وأبو عبد الله [تذوق]).
    if (last && whole === stems[k] && masculinePast(whole, wordFreq, nameWord)) return true;
    const rest = whole.slice(1);
    // ف opens the next clause (بيكهام [فانفرد] بالحارس، خالد [فذهبا] إلى): at the name's end, a word the lists do not hold whole
    // and the training text has not seen whole, whose rest it knows, is the conjunction on a word of the sentence.
    if (last && whole.startsWith('ف') && (stems[k] === rest || stems[k] === whole) && wordFreq(whole) < RARE_WHOLE && !nameWord(rest) &&
      (pastVerb(rest, wordFreq, nameWord) || derivedPast(rest, wordFreq, nameWord))) return true;
    // The splitter leaves ب on a word it has never seen (بافتقاد): the rest is then read as it would have cut it.
    // Only at the name's end: inside it, ب opens foreign surnames (سام بانكمان فريد).
    return last && whole.startsWith('ب') && (stems[k] === rest || stems[k] === whole) && !nameWord(rest) &&
      (verbalNoun(rest, wordFreq) || (rest.startsWith('ال') && wordFreq(rest) >= SEEN_NOUN));
  };
  let out = tags;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    // Inside a longer span the words after the verb are its object, read as a name by the tagger (ماسا [يتهم] هاميلتون).
    for (let k = b + 1; k < e; k++) {
      if (!goesOn(k, k === e - 1)) continue;
      if (out === tags) out = tags.slice();
      out[k] = 0;
      if (k + 1 < e) out[k + 1] = B_PERS;
      break;
    }
    b = e - 1;
  }
  return out;
}
