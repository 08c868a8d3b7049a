// A verb opening a clause that the tagger read as a given name before its subject's title or body (وأشرف وزير الداخلية، صادق المجلس): no person.
import { beginTag, spanEnd } from './tagger';
import { NAME_PARTICLES, PERSON_TITLE_FORMS } from './triggers';

const B_PERS = beginTag('PERS');
/** Punctuation after which a clause starts (not a bracket or quote mark, inside which a name may run on). */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set(['،', ',', '.', ':', '؛', ';', '-']);
/** Training-text count from which an unlisted word is common enough to be read as the word it is (a verb), not a name. */
const COMMON_WORD = 20;
/** Training-text count from which a word no person list holds is read as the word it is before a listed name (اشترى: 12). */
const SEEN_WORD = 5;

/**
 * A one-word person with و or ف on it, before a title, is the verb whose subject the title opens (وأشرف [وزير الداخلية]
 * على، وحافظ [الأمير] على): the corpora follow a lone name at a clause's start with a title 1 time in 420, and the word
 * must be common in the training text. (Without the conjunction, a sentence may open with a name and its title; a longer
 * span opening with such a verb, وعاد الطبوبي, was tried: the name lists hold too many verbs as name parts.)
 * Only where the word opens its clause, at the sentence's start or after punctuation: after another word it is a name
 * joined to the one before, with its own title in apposition (بين أولمرت [وعباس] رئيس السلطة، بوش [وبلير] رئيس الوزراء).
 * `freq(k)`: the training-text count of token k's stem; `afterWord(k)`: a word (not punctuation) comes right before token k.
 */
export function dropClauseVerbNames(stems: string[], prefixes: string[], tags: number[], freq: (k: number) => number, afterWord: (k: number) => boolean,
  personWord: (k: number) => boolean = () => true, nameWord: (k: number) => boolean = () => false, afterStop: (k: number) => boolean = () => false): number[] {
  if (tags.indexOf(B_PERS) < 0) return tags;
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    const verb = /^[وف]/.test(prefixes[b]) && !afterWord(b);
    if (e - b === 1 && verb && freq(b) >= COMMON_WORD && e < out.length && out[e] === 0 && PERSON_TITLE_FORMS.has(stems[e])) { if (out === tags) out = tags.slice(); out[b] = 0; }
    // Two words, the first a common word no given-name, surname or people list holds, the second a listed name: the verb
    // and its subject (واشترى [ماسك]، وأدين [ساركوزي]). The corpora open no name so (16 clause-initial و-words of this shape
    // before or in a name: 13 verbs, 2 names in a given-name list, 1 a kunya the lists hold).
    // Not a kunya or name link (وأبو غسان), nor inside brackets (( فاير وير )): only at the start or after a stop or comma.
    else if (e - b === 2 && verb && (b === 0 || afterStop(b)) && freq(b) >= SEEN_WORD && !personWord(b) && !NAME_PARTICLES.has(stems[b]) && nameWord(b + 1)) { if (out === tags) out = tags.slice(); out[b] = 0; out[b + 1] = B_PERS; }
    b = e - 1;
  }
  return out;
}

const B_ORG = beginTag('ORG');
/** How far after the title its complement may run before the holder's name (أشرف وزير الطاقة [محمد عرقاب]). */
const TITLE_REACH = 4;

/**
 * A one-word person opening a sentence or a clause, without و (صادق، أشرف، أقال), right before a body the tagger read
 * ([صادق] [المجلس الشعبي الوطني] على، [أقال] [نادي الاتحاد] مدربه) or a title whose holder is named after it ([أشرف] وزير
 * الطاقة [محمد عرقاب]) is the verb whose subject follows: news opens a sentence with its verb, and a name is not followed by
 * a body, nor by a title that names someone else (the holder's name without the word: `عباس رئيس السلطة محمود عباس` is the
 * man). `afterStop(k)`: punctuation that ends a clause comes right before token k.
 */
export function dropOpeningVerbNames(stems: readonly string[], tags: number[], afterStop: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS || spanEnd(tags, b) !== b + 1 || (b > 0 && !afterStop(b))) continue;
    let verb = tags[b + 1] === B_ORG;
    if (!verb && tags[b + 1] === 0 && PERSON_TITLE_FORMS.has(stems[b + 1])) {
      // A holder whose name holds the word is the same man, named again in full (عباس رئيس السلطة محمود عباس).
      for (let k = b + 2; k < tags.length && k <= b + 1 + TITLE_REACH && !verb; k++) verb = tags[k] === B_PERS && !stems.slice(k, spanEnd(tags, k)).includes(stems[b]);
    }
    if (!verb) continue;
    if (out === tags) out = tags.slice();
    out[b] = 0;
  }
  return out;
}

/** Training count of a past verb's present forms (ناقش: يناقش، تناقش) from which the word is that verb. */
const SEEN_PRESENT = 2;

/**
 * A person of two words or more opening its clause with a word no name list holds, whose present forms (ي/ت + the word)
 * the training text knows, opens with the clause's past verb before its subject ([ناقش] عون مع الوفد، و[هاتف] ماكرون):
 * news opens a sentence with its verb; a name would be listed or unseen. `nameWord(k)`: a name list holds token k.
 */
export function dropOpeningPastVerbs(stems: readonly string[], tags: number[], wordFreq: (w: string) => number,
  nameWord: (k: number) => boolean, afterStop: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    const w = stems[b];
    if (e - b >= 2 && (b === 0 || afterStop(b)) && w.length >= 3 && !w.startsWith('ال') && !nameWord(b) && nameWord(b + 1) &&
      !NAME_PARTICLES.has(w) && wordFreq('ي' + w) + wordFreq('ت' + w) >= SEEN_PRESENT) {
      if (out === tags) out = tags.slice();
      out[b] = 0;
      out[b + 1] = B_PERS;
    }
    b = e - 1;
  }
  return out;
}
