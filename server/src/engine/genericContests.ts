// A contest described, not named (المسابقة الأوروبية، بطولة الدوري المحلي، بطولة المجموعة الثانية): no MISC.
import { beginTag, spanEnd } from './tagger';
import { wordSet as set, wordSetWithArticle } from './wordSets';

const B_MISC = beginTag('MISC');
/** Contest heads, normalised stems, bare or definite. */
const HEADS = wordSetWithArticle('بطولة دوري مسابقة كأس');
/** Adjectives of scope that fit any country's contest (المحلي، القارية): a league named by its country stays a name. */
const SCOPE = set('المحلي المحلية القاري القارية الإقليمي الإقليمية');
/** A group of a draw and its ordinal (المجموعة الثانية): a stage of a contest, not its name. */
const GROUPS = wordSetWithArticle('مجموعة');
const ORDINALS = set('الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة');
/** The bare competition noun names none: with a nisba it is the contest described (المسابقة الأوروبية). */
const DESCRIBED_HEAD = set('المسابقة');
const NISBA = /^ال.*(ي|يه)$/;

/** Drops MISC spans of contest heads followed only by a scope adjective, a group and its ordinal, or (after المسابقة) nisbas. */
export function dropGenericContests(stems: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_MISC || !HEADS.has(stems[b])) continue;
    const e = spanEnd(tags, b);
    let k = b;
    while (k < e && HEADS.has(stems[k])) k++;
    const rest = stems.slice(k, e);
    const generic = rest.length > 0 && (
      (rest.length === 1 && SCOPE.has(rest[0])) ||
      (rest.length === 2 && GROUPS.has(rest[0]) && ORDINALS.has(rest[1])) ||
      (DESCRIBED_HEAD.has(stems[b]) && k === b + 1 && rest.every((w) => NISBA.test(w))));
    if (generic) {
      if (out === tags) out = tags.slice();
      for (let j = b; j < e; j++) out[j] = 0;
    }
    b = e - 1;
  }
  return out;
}
