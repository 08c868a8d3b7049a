// One-word places that are the adjective of the untagged noun before them (وجهة [مفضلة]، مدينة [مذهبية]).
import { definite } from './namePatterns';
import { OWN_NAME_LISTS, hasMark } from './nameMarks';
import { headForm, SETTLEMENT_HEADS } from './placeBounds';
import { beginTag, isInside } from './tagger';
import type { Token } from './tokenize';
import { PREPOSITIONS } from './wordSets';

const B_LOC = beginTag('LOC');
/** A participle in ة of the shapes مفعولة and مفعّلة (منكوبة، مهجورة، مفضلة), normalised: an adjective even where the training text never saw it. */
const PASSIVE = /^م(..و.|...)ه$/;

/**
 * A nisba or a word in م that may be no village's name (`noVillage`: the training text has seen it, مذهبية، رعوية، or the
 * noun before names no settlement), or a participle (مفضلة، المنكوبة): the shapes of an adjective. A village no list holds
 * is often a nisba in form, seen nowhere (قرية صفورية), or a word in م the training text never saw (قرية مزراية، قرية
 * مرواحة): after a settlement head such a word is an adjective only in a participle's shape (قرية مهجورة، وجهة مفضلة).
 */
function adjectiveShape(bare: string, noVillage: boolean): boolean {
  return bare.length >= 5 && ((bare.endsWith('يه') && noVillage) || (bare.startsWith('م') && (noVillage || PASSIVE.test(bare))));
}

/** Training count from which a masculine form (حر for حرة) is a word of the language, as written or with the article. */
const KNOWN_MASCULINE = 20;

/**
 * A feminine whose masculine the training text knows well (حرة: حر، الحر) is that adjective in the feminine (منطقة [حرة]،
 * ركلة [حرة]): a village's name is seldom a known word with ة added (صفورية، مرواحة).
 */
function knownMasculine(bare: string, wordFreq: (w: string) => number): boolean {
  const masculine = bare.slice(0, -1);
  return masculine.length >= 2 && wordFreq(masculine) + wordFreq('ال' + masculine) >= KNOWN_MASCULINE;
}

/**
 * A one-word place no list holds, with no clitic, right after an untagged feminine noun it agrees with — both written with
 * ة, both definite or both not — and shaped as an adjective, describes that noun: the tagger read a settlement or facility
 * head and took the next word for its name (مدينة [مذهبية]، المدينة [المنكوبة]). A head and a name stay (مدينة بورصة، قرية
 * سناباد): a name is rarely shaped so. Masculine nisbas were tried: too many towns end in ي or ى (أوديني، نينوى).
 */
export function dropAdjectivePlaces(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], marks: readonly string[][],
  tags: number[], wordFreq: (w: string) => number): number[] {
  let out: number[] | undefined;
  for (let b = 1; b < tags.length; b++) {
    if (tags[b] !== B_LOC || (b + 1 < tags.length && isInside(tags[b + 1])) || prefixes[b] !== '' || hasMark(marks[b], OWN_NAME_LISTS)) continue;
    const noun = stems[b - 1];
    if (tags[b - 1] !== 0 || !sentence[b - 1].text.endsWith('ة') || !sentence[b].text.endsWith('ة') || PREPOSITIONS.has(noun)) continue;
    const word = stems[b];
    const article = definite(word);
    if (article !== definite(noun) || (!article && noun.startsWith('ال'))) continue;
    const bare = article ? word.slice(2) : word;
    // After a noun that names no place (حكومة [ائتلافية]) a nisba is its adjective, seen or not: an unseen one names a village
    // only after a settlement head (قرية صفورية).
    const noVillage = wordFreq(word) > 0 || !SETTLEMENT_HEADS.has(headForm(noun));
    if (!marks[b].some((m) => m.startsWith('NAT')) && !adjectiveShape(bare, noVillage) && !knownMasculine(bare, wordFreq)) continue;
    (out ??= tags.slice())[b] = 0;
  }
  return out ?? tags;
}
