// Finds the cue that follows a quotation: in its own sentence (…»، قالت فلانة) or opening the next paragraph (هكذا طمأن، بهذه العبارة رد).
import { cueKind, objectVerb } from './quoteCues';
import { SpeakerDoc } from './speakerPhrase';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const WITH_THIS = /^(بهذه|بهذا)$/;
const ACCORDING_TO = /^و?(بحسب|حسب|وفق)$/;
const THIS = /^و?هذا$/;
/** قالها، رددتها: a verb of saying whose object pronoun is the words just quoted (…». قالها المزارع وهو يشير). */
const SAID_IT = /^[وف]?(قالها|قالتها|يقولها|تقولها|رددها|رددتها|يرددها|كررها|كررتها|يكررها)$/;

/** Nouns for the words just quoted (بهذه العبارة، بهذه الكلمات): the verb after them is the quotation's cue. */
const THESE_WORDS = /^(العباره|الكلمات|الكلمه|الجمله|الجمل|العبارات|الرساله|الطريقه)$/;

export interface CueAfter {
  /** Token of the cue, or -1. */
  at: number;
  /** The cue ends its sentence with no subject (…»، قالت.): its speaker is the zero subject. */
  bare: boolean;
}

/** The cue after the quotation o…c (`هكذا`/`بهذه X` point at the verb after them). */
export function cueAfterQuote(doc: SpeakerDoc, o: number, c: number): CueAfter {
  const { tokens } = doc;
  const pointer = (k: number): number => {
    if (tokens.tok(k)?.norm === 'هكذا') return k + 1;
    if (SAID_IT.test(tokens.tok(k)?.norm ?? '')) return k;
    if (WITH_THIS.test(tokens.tok(k)?.norm ?? '') && (tokens.tok(k + 1)?.norm === 'الكلمات' || THESE_WORDS.test(tokens.tok(k + 1)?.norm ?? ''))) return k + 2;
    if (tokens.tok(k)?.norm === 'بهذه') return k + 2;
    // على حد تعبير الرئيس، بحسب تعبير الوزير: the noun's genitive is the speaker.
    if (tokens.tok(k)?.norm === 'علي' && tokens.tok(k + 1)?.norm === 'حد' && tokens.tok(k + 2)?.norm === 'تعبير') return k + 2;
    if (ACCORDING_TO.test(tokens.tok(k)?.norm ?? '') && tokens.tok(k + 1)?.norm === 'تعبير') return k + 1;
    // هذا ما أكده الزياني، وهذا ما قاله: the verb after ما, with its object pronoun.
    if (THIS.test(tokens.tok(k)?.norm ?? '') && tokens.tok(k + 1)?.norm === 'ما' && objectVerb(tokens.tok(k + 2))) return k + 2;
    return -1;
  };
  const bare = (k: number) => k + 1 >= tokens.length || doc.boundary(k + 1) || (tokens.tok(k + 1).kind === 'punct' && '.!؟?'.includes(tokens.tok(k + 1).text));
  for (let k = c + 1; k < Math.min(tokens.length, c + 5) && !doc.boundary(k); k++) {
    if (cueKind(tokens.tok(k))) return { at: k, bare: bare(k) };
    const p = pointer(k);
    if (p >= 0) return { at: p, bare: false };
  }
  // «…». alone as a paragraph, then «هكذا طمأن صالح …» / «بهذه العبارة رد الناطق …» opening the next one.
  let n = c + 1;
  while (n < tokens.length && !doc.boundary(n) && tokens.tok(n).kind === 'punct') n++;
  if (n < tokens.length && lineBreakBefore(doc, n) && (o === 0 || lineBreakBefore(doc, o))) {
    const p = pointer(n);
    if (p >= 0 && p < tokens.length && (cueKind(tokens.tok(p)) || objectVerb(tokens.tok(p)))) return { at: p, bare: false };
  }
  return { at: -1, bare: false };
}

const lineBreakBefore = (doc: SpeakerDoc, k: number) => /[\r\n]/.test(doc.text.slice(doc.tokens.tok(k - 1).end, doc.tokens.tok(k).start));
