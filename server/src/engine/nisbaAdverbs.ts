// Nationality adjectives read as names: one made an adverb (`لبنانيا وفلسطينيا وعربيا`: on the Lebanese, Palestinian and
// Arab sides), one agreeing with the noun before it (`السوق [السعودية]`), a dual or plural (`جنديان [نيجيريان]`).
// OWN_NAME_LISTS: a word the lists name itself (`سوريا`, `ليبيا` are countries though `سوري` is a nationality).
import { OWN_NAME_LISTS, hasMark } from './nameMarks';
import { definite } from './namePatterns';
import { isInside, spanEnd } from './tagger';
// Before one of these the word is a country's name (`في يوغسلافيا`), never the adverb.
import { PREPOSITIONS } from './wordSets';


/** A nisba + ا (`عربيا`, `دوليا`, `محليا`): an adverb of the kind that coordinates with the mention. */
const adverbShape = (s: string) => s.length >= 5 && s.endsWith('يا');

/**
 * Drops one-word mentions spelled as a listed nationality adjective + ا (`لبناني` → `لبنانيا`) that stand coordinated
 * with another such adverb (`لبنانيا [وفلسطينيا]`, `عربيا [ودوليا]`), unless the whole word is listed as spelled or a
 * preposition comes before it: the nationality list has countries spelled so that the place lists miss (يوغسلافيا).
 * `isNationality(w)`: the nationality list holds the normalised word `w`; `sentence` gives the tokens' whole normalised forms.
 */
export function dropNisbaAdverbs(stems: readonly string[], sentence: readonly { norm: string }[], marks: readonly string[][], tags: number[], isNationality: (w: string) => boolean): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  const norm = (k: number) => sentence[k].norm;
  for (let b = 0; b < n; b++) {
    if (tags[b] === 0 || isInside(tags[b]) || spanEnd(tags, b) !== b + 1) continue;
    const s = stems[b];
    if (!adverbShape(s) || hasMark(marks[b], OWN_NAME_LISTS) || !isNationality(s.slice(0, -1))) continue;
    if (b > 0 && PREPOSITIONS.has(norm(b - 1))) continue;
    // و attached (`وفلسطينيا`) or, in tokenised text, a word of its own (`و فلسطينيا`).
    const next = b + 1 < n && norm(b + 1) === 'و' ? b + 2 : b + 1;
    const prev = b > 0 && norm(b - 1) === 'و' ? b - 2 : b - 1;
    // The other conjunct must be no listed name either: a listed country (يوغسلافيا [وألبانيا]) makes this one a country too.
    const adverb = (k: number) => adverbShape(stems[k]) && !hasMark(marks[k], OWN_NAME_LISTS);
    const coordinated = (next < n && (next === b + 2 || norm(next).startsWith('و')) && adverb(next)) ||
      (prev >= 0 && (prev === b - 2 || norm(b).startsWith('و')) && adverb(prev));
    if (!coordinated) continue;
    (out ??= tags.slice())[b] = 0;
  }
  return out ?? tags;
}

/** Words before which السعودية is part of the country's name, not their adjective (المملكة العربية السعودية). */
const NAMING_NOUNS = new Set(['العربيه', 'المملكه']);

/**
 * A one-word place that the nationality list also holds as a definite feminine adjective (السعودية), or that no list holds
 * (الأذرية), right after an untagged definite noun, agrees with that noun (`للسوق [السعودية]`، `القنصلية [السعودية]`): a definite noun takes no
 * genitive, so the word is its adjective, no place. The corpora leave it untagged or inside the body 13 times in 14
 * (the other: `العاصمة السعودية`).
 */
export function dropAgreeingNationalities(stems: readonly string[], marks: readonly string[][], tags: number[], isPlace: (t: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 1; b < tags.length; b++) {
    if (!isPlace(tags[b]) || spanEnd(tags, b) !== b + 1 || !/^ال.+يه$/.test(stems[b])) continue;
    // A nisba no list holds is an adjective all the more (العاصمة [الأذرية] باكو، القوى المحافظة [اليمينية]); a listed place
    // is left to the tagger (الشرقية, the governorate). On the corpora's text 10 such places go: 6 adjectives of a region or
    // state (المنطقة الاتروسكانية، الإمبراطورية البيزطية), 4 the half of a name of two words (الجزر الإيغادية، الإمارة الشهابية).
    if (!marks[b].includes('NAT-S') && hasMark(marks[b], OWN_NAME_LISTS)) continue;
    const prev = stems[b - 1];
    // إلى and the relatives are spelled with ال but are no nouns (زيارة إلى [السعودية]).
    if (tags[b - 1] !== 0 || !definite(prev) || NAMING_NOUNS.has(prev)) continue;
    (out ??= tags.slice())[b] = 0;
  }
  return out ?? tags;
}

/** Dual and sound plural endings of a nisba (normalised): نيجيريان، بريطانيين، فرنسيون، سعوديتان. */
const NUMBER_ENDING = /(ان|ين|ون|تان|تين)$/;

/**
 * A person or place mention that ends in a nationality's dual or plural (`[جنديان نيجيريان]`، `[بريطانيان]`، `[مواطنان سعوديان]`) names
 * no one: such an adjective counts people of a country. The mention is dropped whole when the word before the adjective
 * is no listed name either (the noun it describes), else the adjective alone. A sound plural right after a given name is
 * the person's surname spelled so (`[بيتر كينيون]`, not "Peter Kenyans"): a plural describes no one person. `isNationality(w)`:
 * the nationality list holds the normalised word w; `named(k)`: a name list holds token k; `given(k)`: token k is a given name.
 */
export function dropNationalityNumbers(stems: readonly string[], tags: number[], isNationality: (w: string) => boolean, named: (k: number) => boolean,
  personOrPlace: (tag: number) => boolean, given: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === 0 || isInside(tags[b])) continue;
    const e = spanEnd(tags, b);
    // A body's name may end so (نقابة الصحفيين [المصريين]): persons and places only.
    if (!personOrPlace(tags[b])) { b = e - 1; continue; }
    const last = stems[e - 1];
    const m = NUMBER_ENDING.exec(last);
    const base = m ? last.slice(0, -m[1].length) : '';
    if (!m || base.length < 3 || named(e - 1) || !(isNationality(base) || isNationality(base + 'ه'))) { b = e - 1; continue; }
    if (e - b === 2 && (m[1] === 'ون' || m[1] === 'ين') && given(b)) { b = e - 1; continue; }
    out ??= tags.slice();
    const whole = e - b === 1 || (e - b === 2 && !named(b));
    for (let k = whole ? b : e - 1; k < e; k++) out[k] = 0;
    b = e - 1;
  }
  return out ?? tags;
}

/**
 * A one-word place without ال right before an indefinite nationality adjective the tagger left untagged (في [غارة]
 * أمريكية): a place's own name takes a definite adjective (القدس الشرقية), so the word is a common noun the adjective
 * describes. The corpora: a word the place lists hold, so placed, is a place 0 times in 8 (غارة إسرائيلية، مروحيات أباتشي أمريكية).
 */
export function dropDescribedNouns(stems: readonly string[], marks: readonly string[][], tags: number[], isPlace: (t: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let b = 0; b + 1 < tags.length; b++) {
    if (!isPlace(tags[b]) || spanEnd(tags, b) !== b + 1 || stems[b].startsWith('ال') || tags[b + 1] !== 0) continue;
    if (!marks[b + 1].includes('NAT-S') || stems[b + 1].startsWith('ال')) continue;
    (out ??= tags.slice())[b] = 0;
  }
  return out ?? tags;
}
