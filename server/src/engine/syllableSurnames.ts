// A Chinese or Korean family name of one syllable the tagger left before the two-syllable given name it read (الصيني [شي مينغ تشانغ]).
import { beginTag, insideTag, isInside } from './tagger';
import { Token } from './tokenize';
import { allBaseArabic } from './normalize';
import { PERSON_TITLE_FORMS } from './triggers';
import { PREPOSITIONS, THAT_PARTICLES } from './wordSets';
import { cueKind } from './quoteCues';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Longest given-name syllable (شيانغ) and longest family-name syllable (وانغ، تشن). */
const MAX_SYLLABLE = 5;
const MAX_FAMILY = 4;
/** Training-text count from which a short word is the language's (لي، ما، هو، شي) rather than a syllable (spacedSyllableNames). */
const COMMON_WORD = 20;
/** The nasal ending ng, as Arabic writes it (تشانغ، شينج، يونغ): no Arabic word of a syllable's length ends so. */
const NG_END = /(نغ|نج)$/;
/** The sound ch, as Arabic writes it at a syllable's start (تشن، تشو): no Arabic word of a family syllable's length starts so. */
const CH_START = /^تش/;
/** After a definite subject, the copula pronouns and the particle that opens a reported clause (ذكرت الوكالة [أن] وانغ يي
 * سيزور), normalised: the sentence's words, not a family syllable. */
const CLAUSE_WORDS = new Set(['هو', 'هي', ...THAT_PARTICLES]);

const syllable = (t: Token, max: number) => t.kind === 'word' && t.norm.length >= 2 && t.norm.length <= max && !t.norm.startsWith('ال') && allBaseArabic(t.norm);

/**
 * A person span of exactly two bare syllables, one of them ending in ng (مينغ تشانغ، تشاو شينج) or after a family syllable with ng
 * or ch (وانج، تشن), is a Chinese or Korean given name, and news writes the family name of one syllable before it: a bare
 * short word there, left O, joins the name when the
 * training text hardly knows it (تشن، قو، وانج) or, a word the language knows too (شي، لي), when a title or a nationality
 * stands before it (الرئيس الصيني [شي] مينغ تشانغ). Never a preposition (الوزير مع وانغ يي) nor a reporting verb.
 * `stems`: the words' stems (a clitic cut from the word makes it no syllable); `wordFreq`: the training text's count of a form;
 * `isNationality(k)`: the word at k is a listed nationality.
 */
export function syllableSurnames(sentence: readonly Token[], stems: readonly string[], tags: number[], wordFreq: (w: string) => number,
  isNationality: (k: number) => boolean): number[] {
  let out = tags;
  for (let b = 1; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS || tags[b + 1] !== I_PERS || (b + 2 < tags.length && isInside(tags[b + 2]))) continue;
    const a = b - 1;
    const w = sentence[a].norm;
    if (tags[a] !== 0 || !syllable(sentence[a], MAX_FAMILY) || stems[a] !== w || PREPOSITIONS.has(w) || cueKind(sentence[a]) !== undefined) continue;
    if (!syllable(sentence[b], MAX_SYLLABLE) || !syllable(sentence[b + 1], MAX_SYLLABLE)) continue;
    // The foreign sound may be the family name's (يانج سو مي، تشو لان بي): ng, or ch at its start (تشن، تشو).
    if (!(NG_END.test(sentence[b].norm) || NG_END.test(sentence[b + 1].norm) || NG_END.test(w) || CH_START.test(w))) continue;
    // A lone letter before it is one the source cut from it (و لد لوول دينغ: ولد, born), so the syllable is no word of its own.
    if (a > 0 && sentence[a - 1].norm.length === 1) continue;
    // A definite word closing the title's phrase introduces it too (وزير الاقتصاد السابق [أو] سونغ جاي): أو, لن after it
    // before a given name of two syllables is no conjunction of two nouns. Not the pronouns, which are the copula there
    // (المتحدث [هو] تشانغ مينغ: the spokesman is Zhang Ming), nor أن/إن, which opens the clause he is the subject of.
    const definite = a > 0 && tags[a - 1] === 0 && stems[a - 1] === sentence[a - 1].norm && stems[a - 1].startsWith('ال') && !CLAUSE_WORDS.has(w);
    const introduced = a > 0 && tags[a - 1] === 0 && (PERSON_TITLE_FORMS.has(stems[a - 1]) || isNationality(a - 1) || definite);
    if (wordFreq(w) >= COMMON_WORD && !introduced) continue;
    if (out === tags) out = tags.slice();
    out[a] = B_PERS;
    out[b] = I_PERS;
  }
  return out;
}
