// A weapon system named by a word the tagger read as a person (منظومات الدفاع الجوي [باتريوت]، صواريخ [ستينغر]) is MISC, per the guide.
import { EXACT_NAME_LISTS, hasMark } from './nameMarks';
import { beginTag, insideTag, isInside, markSpan, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { wordSet as set } from './wordSets';
import { LIST_PARTICLES } from './newsLists';
import { wideCueBit } from './wideCues';

const B_PERS = beginTag('PERS');
const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** Heads that class a weapon system, clitics and all (normalised on building): a name after them is the system's, no person's. */
export const WEAPON_HEADS = set(`منظومة منظومات المنظومة منظومتي منظومه ومنظومة ومنظومات بمنظومة بمنظومات صواريخ وصواريخ بصواريخ صاروخ
  الصاروخ الصواريخ دبابات دبابة الدبابة الدبابات مقاتلات المقاتلات مدرعات`);
/** What the system defends or flies, between its head and its name (منظومات الدفاع الجوي باتريوت), which the tagger may take into the span. */
export const PURPOSE = set('الدفاع للدفاع الجوي الجوية الصاروخي المضادة المضاد للطائرات للصواريخ للدروع');
/** weaponsNotPersons' gate: a sentence with no weapon head as written whole has no person it reads as a system's name. */
export const WEAPON_HEAD_CUE = wideCueBit([], [WEAPON_HEADS]);
/**
 * A name the given-name, surname or people lists hold as spelled (حسن، يوسف، بوتين): after a weapon head it is the owner's
 * (صواريخ حسن نصر الله، دبابات حفتر) or a nickname (الصاروخ محمد صلاح), no system; the systems the tagger takes for persons
 * are in none of them, or only folded or as a Wikidata name part (إيريس، إسكندر).
 */
export const OWNER_NAME = /^(FIRST|PLAST|PER)-/;
/** The nationality list's marks: a definite word it holds describes the system (ستينغر الأمريكية), no family's. */
const NATIONALITY = /^NAT-/;
/**
 * A name of two words or more the lists hold as a person's, word by word: the first a name part as spelled (the Wikidata
 * parts too: قاسم، كريستوفر), each later one a name part as spelled or a definite family name that is no nationality
 * (صواريخ [قاسم الزعبلاوي]، دبابات [كريستوفر مالونغا]). A system's name of two words has a word the lists know only folded
 * or not at all (ستورم شادو), or a nationality after it (ستينغر الأمريكية).
 */
function ownerName(sentence: readonly Token[], marks: readonly string[][], s: number, e: number): boolean {
  if (e - s < 2 || !hasMark(marks[s], EXACT_NAME_LISTS)) return false;
  for (let j = s + 1; j < e; j++) {
    if (!hasMark(marks[j], EXACT_NAME_LISTS) && !(sentence[j].norm.startsWith('ال') && !hasMark(marks[j], NATIONALITY))) return false;
  }
  return true;
}

/** Dashes that join a model's letters or number to a system's name (إيريس - تي، إس - 400). */
const DASHES = new Set(['-', '–', '‑']);
/** Most letters of a model's designation after the dash (تي، إم، بي): a longer word is the sentence's. */
const MAX_DESIGNATION = 3;
const LATIN_DESIGNATION = /^[A-Za-z0-9]+$/;
/** Most purpose words between the head and the name. */
const MAX_PURPOSE = 3;

/**
 * Token d is a model's designation: a number, a Latin word or an Arabic one of at most three letters (تي، 400، T), but
 * no particle, which opens the aside a dash begins (ستينغر - في خطوة مفاجئة -), as it never ends a name.
 */
const designationWord = (d: Token) => d.kind === 'number' || LATIN_DESIGNATION.test(d.text) ||
  (d.kind === 'word' && d.norm.length <= MAX_DESIGNATION && !LIST_PARTICLES.has(d.norm));

/**
 * The end of a system's name that ends at `e`, taken over a dash and its model's designation (وإيريس - [تي]، باتريوت - 3),
 * untagged or a one-word span the tagger read apart (تي as a body); else `e`.
 */
function designationEnd(sentence: readonly Token[], tags: readonly number[], e: number): number {
  if (e + 1 >= tags.length || !DASHES.has(sentence[e].text) || tags[e] !== 0 || isInside(tags[e + 1]) || spanEnd(tags, e + 1) !== e + 2) return e;
  return designationWord(sentence[e + 1]) ? e + 2 : e;
}

/**
 * Token j, inside a MISC span, is the spaced dash before the designation that closes it (إيريس [-] تي): part of the
 * mention, where a dash between words otherwise ends one.
 */
export function spacedDesignation(sentence: readonly Token[], tags: readonly number[], j: number): boolean {
  return DASHES.has(sentence[j].text) && j + 1 < tags.length && tags[j + 1] === I_MISC && (j + 2 >= tags.length || tags[j + 2] !== I_MISC) &&
    designationWord(sentence[j + 1]);
}

/**
 * A person span right after a weapon head, past at most three purpose words (which it may have taken in), becomes MISC
 * without them; so does a person span joined to it by و (باتريوت [وإيريس]), each with its model's designation after a
 * dash (designationEnd). A person is named after such heads only as a weapon's namesake, and the guide tags the weapon.
 */
export function weaponsNotPersons(sentence: readonly Token[], marks: readonly string[][], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== B_PERS) continue;
    let h = k - 1;
    while (h >= 0 && k - h <= MAX_PURPOSE && tags[h] === 0 && PURPOSE.has(sentence[h].norm)) h--;
    if (h < 0 || tags[h] !== 0 || !WEAPON_HEADS.has(sentence[h].norm)) continue;
    let s = k;
    let e = spanEnd(tags, k);
    while (s < e - 1 && PURPOSE.has(sentence[s].norm)) s++;
    if (hasMark(marks[s], OWNER_NAME) || ownerName(sentence, marks, s, e)) continue;
    out ??= tags.slice();
    out.fill(0, k, s);
    e = designationEnd(sentence, tags, e);
    markSpan(out, s, e, B_MISC, I_MISC);
    // The next system of a list: a person span opening with و right after.
    if (e < tags.length && tags[e] === B_PERS && sentence[e].norm.startsWith('و')) {
      const next = e;
      e = designationEnd(sentence, tags, spanEnd(tags, next));
      markSpan(out, next, e, B_MISC, I_MISC);
    }
    k = e - 1;
  }
  return out ?? tags;
}
