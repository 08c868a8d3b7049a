// A person named between commas after a title (الرئيس السوري ، بشار الأسد ، في مقدمة …): the title's apposition.
import { beginTag, insideTag, markSpan, tagLabel } from './tagger';
import { Token } from './tokenize';
import { PREPOSITIONS } from './speakerName';
import { normalizeArabic } from './normalize';
import { COMMAS } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Definite complements of a title before the comma (الخارجية الأمريكي السابق). */
const MAX_COMPLEMENT = 4;
/** Words of the name between the commas: a given name and one or two more. */
const MIN_NAME = 2;
const MAX_NAME = 3;

/** What the pass reads of a word: `title` a person title, `given` a listed given name, `named` a name list holds it as a name
 * part, `rare` the training text hardly knows it, `notName` a place, people, body or club list holds it, `verb` a verb,
 * `freq` the training text's count of a form. */
export interface CommaSetReads {
  title: (k: number) => boolean; given: (k: number) => boolean; named: (k: number) => boolean; rare: (k: number) => boolean;
  notName: (k: number) => boolean; verb: (k: number) => boolean; freq: (w: string) => number;
}

/**
 * `الرئيس السوري ، بشار الأسد ،`: a title, its definite complements or the place or body it governs, then two or three words
 * set off by commas, the first a listed given name or a word the training text hardly knows and no definite word, is the
 * person the title names, even where the family name is a common word (الأسد) the tagger does not read as a name alone.
 * The commas must close on the name: an adverb or a clause between them (`قال الوزير ، مشيرا الى ان ،`، `، امس الاول ،`)
 * opens with a known word. No word with a clitic the splitter cut, no verb, no place or body.
 */
export function commaSetNames(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  reads: CommaSetReads): number[] {
  let out = tags;
  const n = tags.length;
  for (let i = 0; i + MIN_NAME + 2 < n; i++) {
    if (!reads.title(i)) continue;
    let j = i + 1;
    while (j < n && j - i <= MAX_COMPLEMENT && sentence[j].kind === 'word' &&
      ((out[j] === 0 && stems[j].startsWith('ال') && !prefixes[j]) || (out[j] !== 0 && tagLabel(out[j]) !== 'PERSON'))) j++;
    if (j >= n || !COMMAS.has(sentence[j].text)) continue;
    const b = j + 1;
    let e = b;
    while (e < n && e - b < MAX_NAME && sentence[e].kind === 'word') e++;
    if (e - b < MIN_NAME || e >= n || !COMMAS.has(sentence[e].text)) continue;
    if (!nameWords(stems, prefixes, out, b, e, reads)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, e, B_PERS, I_PERS);
    i = e;
  }
  return out;
}

/** Count from which the form without its pronoun is a word the language uses (حفظ in حفظه الله). */
const KNOWN_BARE = 3;
const ALLAH = normalizeArabic('الله');
/** A rare form that is a known word with a pronoun written on (حفظه، رحمها): a formula or phrase, no name. */
const knownWithPronoun = (w: string, reads: CommaSetReads) => {
  const m = /^(.{2,}?)(ه|ها|هم)$/.exec(w);
  return m !== null && reads.freq(m[1]) >= KNOWN_BARE;
};

/** Words b..e-1 make a name: a given or unknown first word, the rest name parts, unknown words or a definite family name. */
function nameWords(stems: readonly string[], prefixes: readonly string[], tags: readonly number[], b: number, e: number, reads: CommaSetReads): boolean {
  // A listed given name opens the name though a place list holds it too (بشار: Béchar).
  if (stems[b].startsWith('ال') || PREPOSITIONS.has(stems[b]) || !(reads.given(b) || (reads.rare(b) && !reads.notName(b)))) return false;
  // A known word with its pronoun opens a phrase (، حفظه الله ،), and before الله a blessing even where a list holds it (رحمه الله).
  if (knownWithPronoun(stems[b], reads) && (!reads.given(b) || stems[e - 1] === ALLAH)) return false;
  for (let k = b; k < e; k++) {
    if (prefixes[k] || (tags[k] !== 0 && tagLabel(tags[k]) !== 'PERSON') || reads.title(k) || (k > b && reads.notName(k)) || reads.verb(k)) return false;
    if (k > b && !(reads.given(k) || reads.named(k) || reads.rare(k) || (k === e - 1 && stems[k].startsWith('ال')))) return false;
  }
  return true;
}
