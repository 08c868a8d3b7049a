// A name coordinated by و with a person the tagger found (فيدرر [وهينان]، [رغدة] وليلى طاهر): the other name is a person too.
import { beginTag, insideTag, isInside, tagLabel } from './tagger';
import { Token } from './tokenize';
import { wordSet } from './wordSets';
import { ANY_NAME_LIST, COMMON_WORD, GIVEN_LIST, NOT_NAME_LIST, RARE_WORD } from './nameMarks';
import { SPLIT_PRONOUNS } from './pronounNouns';
import { femininePast } from './verbRunOns';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const DEFINITE_WORD = /^ال../;

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** Lists of people's names as spelled: given names, surnames, full names (not the Wikidata name parts, which hold common words). */
const PERSON_LIST = /(^|\|)(FIRST|LAST|PLAST|PER)(\||$)/;


/** Kunyas and name links that open a name on their own. */
const NAME_OPENERS = wordSet('أبو أبا أبي أم ابن بن');

const isPerson = (t: number) => tagLabel(t) === 'PERSON';
/** Training count from which a noun without its pronoun is a word of the language (أسرة). */
const KNOWN_STEM = 5;
/** Pronouns attached to a noun, longest first; a lone ه only after ت, the ة before a pronoun (أسرته), since news may spell ة as ه. */
const ATTACHED = /(تهما|تهم|تها|ته|هما|هم|ها|كم|نا)$/;

/** A normalised word is an unseen noun with its pronoun on it whose bare noun the text knows (أسرته، رفاقهم). */
function nounWithPronoun(w: string, count: (w: string) => number): boolean {
  const m = ATTACHED.exec(w);
  if (!m || w.length - m[1].length < 3 || w.startsWith('ال') || count(w) >= RARE_WORD) return false;
  const bare = w.slice(0, w.length - m[1].length) + (m[1].startsWith('ت') ? 'ه' : '');
  return count(bare) >= KNOWN_STEM;
}

/**
 * Token k stands in a person's slot of a و pair: right after a person span as `وX` (or `و X` with the conjunction written apart),
 * or right before a person span that opens with و. Returns the word without its conjunction, or undefined.
 */
function conjunctWord(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: readonly number[], k: number,
  count: (w: string) => number, listsOf: (w: string) => string | undefined): string | undefined {
  const n = sentence.length;
  const norm = sentence[k].norm;
  // After a person: وX joined (the splitter may have kept an unseen name whole) or و X apart.
  if (k >= 1 && isPerson(tags[k - 1]) && norm.startsWith('و')) {
    if (prefixes[k] === 'و') return stems[k];
    // A و the splitter left on: only off a word the training text and the lists do not know whole (وسام is a word, not و + سام).
    if (!prefixes[k] && norm.length >= 4 && count(norm) < RARE_WORD && !listsOf(norm)) return norm.slice(1);
  }
  if (k >= 2 && !prefixes[k] && sentence[k - 1].norm === 'و' && tags[k - 1] === 0 && isPerson(tags[k - 2])) return stems[k];
  // Before a person whose span opens with و: X وY … or X و Y ….
  if (!prefixes[k] && k + 1 < n) {
    const next = sentence[k + 1].norm;
    if (tags[k + 1] === B_PERS && next.startsWith('و') && next.length >= 4) return stems[k];
    if (next === 'و' && tags[k + 1] === 0 && k + 2 < n && tags[k + 2] === B_PERS) return stems[k];
  }
  return undefined;
}

/** A person's span ends one or two tokens before k, or one begins one or two after it: what every slot of conjunctWord needs. */
export function besidePerson(tags: readonly number[], k: number): boolean {
  return (k >= 1 && isPerson(tags[k - 1])) || (k >= 2 && isPerson(tags[k - 2])) ||
    (k + 1 < tags.length && tags[k + 1] === B_PERS) || (k + 2 < tags.length && tags[k + 2] === B_PERS);
}

/** The tokens across و from k on either side: the word before a `وX` or `و X`, the word after an `X و` or before `وY`. */
function acrossWa(sentence: readonly Token[], prefixes: readonly string[], k: number): number[] {
  const out: number[] = [];
  const wa = (j: number) => j >= 0 && j < sentence.length && (prefixes[j] === 'و' || (sentence[j].norm.startsWith('و') && sentence[j].norm.length >= 4));
  if (k >= 1 && wa(k)) out.push(k - 1);
  if (k >= 2 && sentence[k - 1].norm === 'و') out.push(k - 2);
  if (wa(k + 1)) out.push(k + 1);
  if (k + 2 < sentence.length && sentence[k + 1].norm === 'و') out.push(k + 2);
  return out;
}

/**
 * A feminine noun and two words in ة joined by و after it (`بطريقة [آمنة] و[ثابتة]`): the two are the noun's adjectives,
 * the person beside k a common adjective the tagger read as a given name.
 */
function agreeingAdjectives(sentence: readonly Token[], stems: readonly string[], tags: readonly number[], k: number, j: number,
  count: (w: string) => number): boolean {
  const fem = (i: number) => i >= 0 && sentence[i].norm.endsWith('ه');
  if (j !== k - 1 && j !== k - 2) return false;
  if (tags[j] !== B_PERS || isInside(tags[j + 1] ?? 0) || !fem(j) || !fem(k) || j < 1 || tags[j - 1] !== 0) return false;
  const noun = stems[j - 1];
  return fem(j - 1) && !noun.startsWith('ال') && count(noun) >= KNOWN_STEM;
}

/**
 * A word the tagger left O beside a person joined to it by و is the other person of the pair (`فيدرر [وهينان] يواصلان`،
 * `النجمات [رغدة] وليلى طاهر`) when it reads as a name: a name part of the lists the training text has not seen (as written
 * and bare), or a given name or surname of the people lists it knows little; never a definite word, a place, people, body or
 * club of the lists, a reporting verb, a noun in construct or with its pronoun after it. A family name the tagger read alone
 * right after it joins it (`فيصل ملكاوي [وغيث الطراونة]`). `count`: a normalised word's training count; `listsOf`: the lists holding a normalised word; `verb(k)`: a
 * reporting verb.
 */
export function personConjuncts(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[],
  count: (w: string) => number, listsOf: (w: string) => string | undefined, verb: (k: number) => boolean): number[] {
  let out = tags;
  for (let k = 0; k < sentence.length; k++) {
    // A person one or two tokens away first: conjunctWord needs one, and most untagged words have none (the lookups below are dearer).
    if (tags[k] !== 0 || !besidePerson(tags, k) || sentence[k].kind !== 'word' || verb(k)) continue;
    if (k + 1 < sentence.length && isInside(tags[k + 1])) continue;
    // A noun in construct (شعار الإمبراطورية، ربيع الثاني) or with its pronoun written apart (سحر ه) is no name.
    if (k + 1 < sentence.length && tags[k + 1] === 0 && (SPLIT_PRONOUNS.has(sentence[k + 1].norm) || DEFINITE_WORD.test(sentence[k + 1].norm))) continue;
    // Before a given name the word governs it (وبراءة علاء, the acquittal of): a given name opens a person of its own.
    if (k + 1 < sentence.length && !isInside(tags[k + 1]) && GIVEN_LIST.test(listsOf(sentence[k + 1].norm) ?? '')) continue;
    // A kunya or name link opens a name of its own: the word before it is a verb (وكني [أبا العباس], was called).
    if (k + 1 < sentence.length && tags[k + 1] === B_PERS && NAME_OPENERS.has(sentence[k + 1].norm)) continue;
    const w = conjunctWord(sentence, stems, prefixes, tags, k, count, listsOf);
    if (!w || w.length < 3 || w.startsWith('ال')) continue;
    const lists = listsOf(w) ?? '';
    if (NOT_NAME_LIST.test(lists)) continue;
    const c = count(w) + (w === sentence[k].norm ? 0 : count(sentence[k].norm));
    if (!((ANY_NAME_LIST.test(lists) && c < RARE_WORD) || (PERSON_LIST.test(lists) && c < COMMON_WORD))) continue;
    // A series goes on with one kind: a place or body across و on the other side makes the word one too (غاييتا و [تراني] و راغوزا).
    const across = acrossWa(sentence, prefixes, k);
    if (across.some((j) => tags[j] !== 0 && !isPerson(tags[j]))) continue;
    if (across.some((j) => agreeingAdjectives(sentence, stems, tags, k, j, count))) continue;
    // A feminine past whose verb the text knows, listed as no given name, is the verb of the person before it (ايرهارت و [كونت] علاقات).
    if (!GIVEN_LIST.test(lists) && femininePast(w, count, (x) => ANY_NAME_LIST.test(listsOf(x) ?? ''))) continue;
    // Before a noun with its pronoun, attached or written apart, the word governs it or is the verb of it (محمد علي [وخان]
    // أسرته): a conjoined name goes on with a verb or a mark.
    if (k + 1 < sentence.length && tags[k + 1] === 0 && sentence[k + 1].kind === 'word' &&
      (nounWithPronoun(sentence[k + 1].norm, count) || (k + 2 < sentence.length && tags[k + 2] === 0 && SPLIT_PRONOUNS.has(sentence[k + 2].norm)))) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
    // A given name before the family name the tagger read alone (فيصل ملكاوي [وغيث] الطراونة): one person.
    if (k + 1 < sentence.length && tags[k + 1] === B_PERS && !sentence[k + 1].norm.startsWith('و')) out[k + 1] = I_PERS;
  }
  return out;
}

/** Training count from which a definite word is a word of the language (السهام، الحمد), not an unseen family name. */
const KNOWN_DEFINITE = 3;

/**
 * A one-word person written و + a definite word (`والسهام`، `والتركي`، `والحمد`) that no list of people's names holds and
 * that is a place, people or body of the lists or a word the training text knows is the sentence's noun joined by و, no
 * person: a family name so written is listed (والمالكي) or unseen.
 */
export function dropConjoinedNouns(sentence: readonly Token[], stems: readonly string[], tags: number[], count: (w: string) => number,
  listsOf: (w: string) => string | undefined): number[] {
  let out = tags;
  for (let k = 0; k < sentence.length; k++) {
    if (tags[k] !== B_PERS || (k + 1 < tags.length && isInside(tags[k + 1]))) continue;
    const norm = sentence[k].norm;
    if (!norm.startsWith('وال') || norm.length < 6) continue;
    const rest = norm.slice(1);
    if (stems[k] !== rest && stems[k] !== norm) continue;
    const lists = listsOf(rest) ?? '';
    if (PERSON_LIST.test(lists) || !(NOT_NAME_LIST.test(lists) || (!ANY_NAME_LIST.test(lists) && count(rest) >= KNOWN_DEFINITE))) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}
