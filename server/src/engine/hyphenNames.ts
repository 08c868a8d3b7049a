// Names written with a hyphen and no spaces (جان-بيير، إس-أويل، بادن-بادن): one name, however the tokenizer cut them.
import { beginTag, BIO_NAME, EntityLabel, insideTag, isInside, spanEnd, tagLabel } from './tagger';
import { BASE_ARABIC_LETTER } from './normalize';
import { Token } from './tokenize';
import { wordSet as set } from './wordSets';

const HYPHENS = new Set(['-', '‐', '‑']);
/** Longest chain of hyphenated parts taken into one name (ستراتفورد-أبون-آفون). */
const MAX_PARTS = 4;

/** Token h is a hyphen touching a word or number on both sides (`جان-بيير`، `GPT-5`), not a dash between clauses. */
export function attachedHyphen(sentence: readonly Token[], h: number): boolean {
  if (h < 1 || h + 1 >= sentence.length || !HYPHENS.has(sentence[h].text)) return false;
  const a = sentence[h - 1], t = sentence[h], b = sentence[h + 1];
  return a.kind !== 'punct' && b.kind !== 'punct' && a.end === t.start && t.end === b.start;
}

/** The hyphen at h joins two Arabic words (`جان-بيير`): Latin names are latinNames' to join. */
function joining(sentence: Token[], h: number): boolean {
  return attachedHyphen(sentence, h) && sentence[h - 1].kind === 'word' && sentence[h + 1].kind === 'word' &&
    BASE_ARABIC_LETTER.test(sentence[h - 1].text) && BASE_ARABIC_LETTER.test(sentence[h + 1].text);
}

const alone = (marks: readonly string[], list: string) => marks.includes(list + '-S');
/**
 * Both sides the surnames of listed people (`بوتين-ترامب`، `ميسي-رونالدو`): a summit's or a match's two persons. A compound
 * given name has a given name first (`جان-بيير`), and a surname after a given name is one person's (`كلود ليفي-ستروس`).
 */
const surnames = (marks: readonly string[][], k: number) => alone(marks[k], 'PLAST') || alone(marks[k], 'fPLAST');
/**
 * Nouns of a meeting between two sides, in construct with the pair (`قمة بوتين-ترامب`، `مباراة ميسي-رونالدو`). Elsewhere,
 * after a verb or a title, two listed surnames hyphened are one person's double surname (`وقال راموس-هورتا`،
 * `الرئيس المكسيكي لوبيز-أوبرادور`): the surname lists hold each half alone.
 */
const PAIR_HEADS = set('قمة مباراة لقاء مواجهة مناظرة محادثات مفاوضات نهائي نزال اجتماع حوار');
const pairHead = (sentence: Token[], k: number) => {
  if (k < 0 || sentence[k].kind !== 'word') return false;
  const w = sentence[k].norm.replace(/^[وف](?=...)/, '');
  return PAIR_HEADS.has(w) || PAIR_HEADS.has(w.replace(/^[بل](?=...)/, ''));
};
const NAME_LISTS = ['LOC', 'ORG', 'CLUB'];

/**
 * A place a list holds alone, hyphened with no spaces to another listed name or to an unread word, and two listed clubs so
 * joined: a route, a dateline or a fixture (`دمشق-بيروت`، `القاهرة-رويترز`، `غزة-معا`، `ليفربول-تشيلسي`), two names; so are two
 * listed surnames. A body
 * leads a compound of its own (`إكسون-موبيل`), and a reduplicated name is one (`بادن-بادن`).
 */
function pairs(sentence: Token[], tags: readonly number[], marks: readonly string[][] | undefined, h: number): boolean {
  const a = h - 1, b = h + 1;
  if (!marks || sentence[a].norm === sentence[b].norm) return false;
  if (alone(marks[a], 'CLUB') && alone(marks[b], 'CLUB')) return true;
  if (surnames(marks, a) && surnames(marks, b) && !isInside(tags[a]) && pairHead(sentence, a - 1)) return true;
  // Not a word the tagger read in a person's name (كلود [ليفي]-ستروس: the list's place is a surname there).
  return alone(marks[a], 'LOC') && tagLabel(tags[a]) !== 'PERSON' && (tags[b] === 0 || NAME_LISTS.some((l) => alone(marks[b], l)));
}

/**
 * Parts joined by hyphens with no spaces around them, one of them read as a name, are one name with the label of the first
 * part read (`[جان]-بيير` → `[جان-بيير]`، `[إس]-[أويل]` → `[إس-أويل]`). A part opening with ال is a clause, not a name's part
 * (`حزب الله-الحركة`); a route, dateline or fixture is two names (`pairs`), split where the tagger ran one span over
 * them. Runs before the person passes, so a surname after the joined given name is read as one. `marks`: the gazetteer's.
 */
export function joinHyphenatedNames(sentence: Token[], tags: number[], marks?: readonly string[][]): number[] {
  let out = tags;
  const n = tags.length;
  for (let h = 1; h + 1 < n; h++) {
    if (!joining(sentence, h)) continue;
    if (pairs(sentence, out, marks, h)) {
      const label = tagLabel(out[h + 1]);
      if (isInside(out[h]) || (label && isInside(out[h + 1]))) {
        if (out === tags) out = tags.slice();
        out[h] = 0;
        if (label) out[h + 1] = beginTag(BIO_NAME[label]);
      }
      continue;
    }
    // The chain of parts: first word before h, last word after the last joining hyphen.
    let last = h + 1;
    let parts = 2;
    while (last + 2 < n && parts < MAX_PARTS && joining(sentence, last + 1)) { last += 2; parts++; }
    const first = h - 1;
    let label: EntityLabel | undefined;
    for (let k = first; k <= last && !label; k += 2) label = tagLabel(out[k]);
    if (!label || sentence.slice(first + 2, last + 1).some((t, j) => j % 2 === 0 && t.norm.startsWith('ال'))) { h = last; continue; }
    // The name starts where the first part's span starts, and runs to the end of the last part's span.
    let b = first;
    while (b > 0 && isInside(out[b]) && tagLabel(out[b - 1]) === tagLabel(out[b])) b--;
    if (out[b] === 0) b = first;
    const e = out[last] !== 0 ? spanEnd(out, last) : last + 1;
    if (out === tags) out = tags.slice();
    const B = beginTag(BIO_NAME[label]), I = insideTag(BIO_NAME[label]);
    for (let k = b; k < e; k++) out[k] = k === b ? B : I;
    h = e - 1;
  }
  return out;
}
