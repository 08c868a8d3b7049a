// East-Asian names written with a spaced hyphen before the last syllable (كيم جونغ - ايل، بان كي - مون): one person, three syllables.
import { attachedHyphen } from './hyphenNames';
import { beginTag, BIO_NAME, insideTag, isInside, tagLabel } from './tagger';
import { Token } from './tokenize';
import { allBaseArabic } from './normalize';
import { PERSON_TITLE_FORMS } from './triggers';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Longest syllable before the hyphen (شيانغ); the one after it is shorter (entities.ts reads at most four letters there). */
const MAX_SYLLABLE = 5;
const MAX_LAST = 4;
/**
 * Training-text count from which a short word is the language's (ان، هو، لي، ما) rather than a syllable no Arabic text
 * writes: a syllable the tagger did not read as a name must be rarer than this.
 */
const COMMON_WORD = 20;

/** A bare short word: no article, Arabic letters only, the length of a transliterated syllable. */
const syllableShape = (t: Token, max: number) => t.kind === 'word' && t.norm.length >= 2 && t.norm.length <= max && !t.norm.startsWith('ال') && allBaseArabic(t.norm);

/**
 * `A B - C`: three syllables around a spaced hyphen, at least one of A and B read as a person, is the Korean or Chinese name
 * written `كيم جونغ - ايل` (the tagger, which sees the hyphen as a stop, reads two syllables or one: `[كيم جونغ] - ايل`،
 * `كيم [داي] - جونغ`). A syllable the tagger left out, and the last one always, must be a word the training text hardly knows, so a dash opening a
 * clause (`محمد صلاح - نجم ليفربول -`، `قال علي - وهو`) stays a stop. `wordFreq`: the training text's count of a form.
 */
export function spacedSyllableNames(sentence: readonly Token[], tags: number[], wordFreq: (w: string) => number): number[] {
  let out = tags;
  const n = tags.length;
  const person = (k: number) => tagLabel(out[k]) === 'PERSON';
  const rare = (k: number) => wordFreq(sentence[k].norm) < COMMON_WORD;
  const syllable = (k: number, max: number) => syllableShape(sentence[k], max) && (person(k) || rare(k));
  for (let h = 2; h + 1 < n; h++) {
    if (sentence[h].text !== '-' || attachedHyphen(sentence, h)) continue;
    const a = h - 2, b = h - 1, c = h + 1;
    if (!person(a) && !person(b)) continue;
    // The last syllable rare even where the tagger read it as a name: a known given name after a spaced dash opens the next
    // person of a list or a by-line (`عاطف فتحي - صالح الحمصي`).
    // A first syllable the language also writes (هو، لي) counts right after a title: `الرئيس [هو جين - تاو]`.
    const titled = a > 0 && PERSON_TITLE_FORMS.has(sentence[a - 1].norm) && syllableShape(sentence[a], MAX_SYLLABLE);
    if (!(titled || syllable(a, MAX_SYLLABLE)) || !syllable(b, MAX_SYLLABLE) || !syllableShape(sentence[c], MAX_LAST) || !rare(c)) continue;
    // A longer span of another kind running into A (a body, a place) is no three-syllable name.
    if (isInside(out[a]) && !person(a - 1)) continue;
    if (out === tags) out = tags.slice();
    // The name starts where a person span running into A starts (a title's nationality stays its own: passes before cut it).
    if (!(isInside(out[a]) && person(a))) out[a] = B_PERS;
    out[b] = I_PERS; out[h] = I_PERS; out[c] = I_PERS;
    // A place or body the tagger ran on from C (`لاي [موسكو]`) keeps its words after C as a name of its own; a person run
    // on from it (`ايل [اقترن]`: the verb after the name) is the name going on, which ends at its third syllable.
    if (c + 1 < n && isInside(out[c + 1])) {
      if (!person(c + 1)) out[c + 1] = beginTag(BIO_NAME[tagLabel(out[c + 1]) ?? 'PERSON']);
      else for (let k = c + 1; k < n && isInside(out[k]) && person(k); k++) out[k] = 0;
    }
    h = c;
  }
  return out;
}

