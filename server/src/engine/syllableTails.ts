// A Korean name the tagger cut before its last syllables (بارك جونغ [هو] ،، كانغ [إن هو] إن): three syllables, one person.
import { insideTag, isInside, tagLabel } from './tagger';
import { Token } from './tokenize';
import { allBaseArabic } from './normalize';
import { PREPOSITIONS, PRONOUN_PREPOSITION, THAT_PARTICLES, wordSet } from './wordSets';
import { DAY_PARTS } from './dayPartNames';

const I_PERS = insideTag('PERS');
/** Longest syllable of the span (شيانغ) and of a syllable left after it (جاي، سوك). */
const MAX_SYLLABLE = 5;
const MAX_LEFT = 4;
/** The nasal ending ng, as Arabic writes it (كانغ، جونغ): no Arabic word of a syllable's length ends so. */
const NG_END = /(نغ|نج)$/;
/** Short words that close a clause after a name (وصل تشانغ [من هنا] .): the sentence's, never a syllable of the name. */
const CLAUSE_ENDS = wordSet('هنا هناك ذلك هذا هذه أيضا أمس معا فقط جدا كذلك');

/** The sentence's own short words after a name (إلى، هنا، مساء، عليه): never a syllable of it. */
const sentenceWord = (w: string) => PREPOSITIONS.has(w) || CLAUSE_ENDS.has(w) || DAY_PARTS.has(w) || PRONOUN_PREPOSITION.test(w);

const syllable = (t: Token | undefined, max: number) => t !== undefined && t.kind === 'word' && t.norm.length >= 2 && t.norm.length <= max &&
  !t.norm.startsWith('ال') && allBaseArabic(t.norm);

/**
 * A person span of one or two bare syllables, one ending in ng (كانغ، بارك جونغ), then O bare short words that make the name
 * three syllables, the third followed by a stop, a comma or the reported clause's إن/أن: a Korean name, family name first, of
 * which the tagger read the syllables Arabic does not write as words and left those it does (إن، هو، أو). The stop after the
 * third syllable is what keeps the sentence's own words out: an Arabic pronoun or particle after a name goes on into its clause
 * (وانغ يي هو الأول، كانغ إن هو إلا), it is not closed by a comma or another إن at once. `stems`: a clitic read on a word makes
 * it no syllable.
 */
export function syllableTails(sentence: readonly Token[], stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (tagLabel(tags[b]) !== 'PERSON' || isInside(tags[b])) continue;
    let e = b + 1;
    while (e < n && tags[e] === I_PERS) e++;
    const len = e - b;
    if (len > 2) { b = e - 1; continue; }
    const bare = (k: number, max: number) => syllable(sentence[k], max) && stems[k] === sentence[k].norm;
    let ok = true;
    let ng = false;
    for (let k = b; k < e; k++) { ok &&= bare(k, MAX_SYLLABLE); ng ||= NG_END.test(sentence[k].norm); }
    const last = b + 2;
    if (!ok || !ng || last >= n) { b = e - 1; continue; }
    let fill = true;
    for (let k = e; k <= last; k++) fill &&= tags[k] === 0 && bare(k, MAX_LEFT) && !sentenceWord(sentence[k].norm);
    const after = sentence[last + 1];
    const closed = after === undefined || after.kind === 'punct' || THAT_PARTICLES.has(after.norm);
    if (fill && closed) {
      if (out === tags) out = tags.slice();
      out.fill(I_PERS, e, last + 1);
    }
    b = e - 1;
  }
  return out;
}
