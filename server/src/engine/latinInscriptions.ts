// Latin words quoted as written text (كتب عليها Victoire، بكلمة Smart): an inscription or a word talked about, not a product.
import { beginTag as B, spanEnd } from './tagger';
import { Token } from './tokenize';
import { hasBehindConjunction, wordSet as set } from './wordSets';

const B_MISC = B('MISC');

/** Words that introduce the text of a sign, a shirt or a headline, or a word talked about as a word, normalised. */
const WORD_CUES = set('كلمة بكلمة الكلمة عبارة بعبارة العبارة');
/** On it (كتب عليها، مكتوب عليه): what follows is what is written there. */
const ON_IT = set('عليها عليه');
/** Verbs and participles of writing that put what follows عليها in quotation (كتب عليها، خط عليه، مكتوب عليها), normalised, without و. */
const WRITTEN = set('كتب كتبت كتبوا مكتوب مكتوبة خط خطت خطوا طبع طبعت مطبوع مطبوعة رفع رفعت');
/** A language named between the cue and the words (كتب عليها بالفرنسية Victoire). */
const LANGUAGE = set('بالفرنسية بالإنجليزية بالإنكليزية باللاتينية بالإسبانية بالإيطالية بالألمانية');
const LATIN = /^[A-Za-z][A-Za-z0-9.'-]*$/;

/** The words before k say what follows is quoted writing: a word cue, or on-it after a verb of writing, a language allowed between. */
function quotedAt(sentence: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (j >= 0 && LANGUAGE.has(sentence[j].norm)) j--;
  if (j < 0) return false;
  const w = sentence[j].norm;
  if (WORD_CUES.has(w)) return true;
  if (!ON_IT.has(w) || j < 1) return false;
  return hasBehindConjunction(WRITTEN, sentence[j - 1].norm);
}

/**
 * A MISC span of Latin words only, right after the words that quote writing (لافتة كتب عليها Best Price، صحف عنونت بكلمة
 * Historique): the text of a banner, a shirt or a headline, or a word named as a word. Such text is ordinary language,
 * no name; a product after its own noun (تطبيق Smart، هاتف Galaxy) keeps its tag.
 */
export function dropLatinInscriptions(sentence: Token[], tags: number[]): number[] {
  let out = tags;
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_MISC) continue;
    const e = spanEnd(tags, i);
    const latinOnly = sentence.slice(i, e).every((t) => LATIN.test(t.text) || t.kind === 'number');
    if (latinOnly && LATIN.test(sentence[i].text) && quotedAt(sentence, i)) {
      if (out === tags) out = [...tags];
      for (let k = i; k < e; k++) out[k] = 0;
    }
    i = e - 1;
  }
  return out;
}
