// A body's name cut after a noun in construct (مجلس مفوضي | الهيئة العليا …، شركة نفط | الجنوب): the noun needs its genitive, so one name.
import { beginTag, insideTag, spanEnd } from './tagger';
import { ORGANIZATION_HEADS } from './triggers';
import { definite, endsAsNisba } from './namePatterns';
import { allBaseArabic } from './normalize';
import { TIME_WORDS } from './quoteCues';
import { RELATIVE_PRONOUNS } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_LOC = beginTag('LOC');
const B_MISC = beginTag('MISC');
/** A one-word span's label goes on inside it: the genitive split off is longer than one word. */
const INSIDE_OF = new Map([[B_LOC, insideTag('LOC')], [B_MISC, insideTag('MISC')]]);
/** Training-text count from which the plural's free form (مفوضين، المفوضين) is a word of the language, not a name's letters. */
const KNOWN_PLURAL = 2;

/**
 * A sound masculine plural in construct drops its ن (مفوضين → مفوضي، موظفين → موظفي): it cannot end a name, its genitive
 * follows. A body span whose last word is one such (no article, the form with ين or ون known to the training text, the
 * construct form itself no name the text knows better; with or without the article) right before a body span that opens with the article is one body:
 * مجلس مفوضي [الهيئة العليا للانتخابات] is the commissioners' board of the commission. `wordFreq(w)`: w's training count.
 */
export function joinConstructChains(stems: readonly string[], tags: number[], wordFreq: (w: string) => number): number[] {
  let out = tags;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (tags[b] !== B_ORG) continue;
    const e = spanEnd(tags, b);
    if (e - b < 2 || e >= n || tags[e] !== B_ORG || !stems[e].startsWith('ال')) { b = e - 1; continue; }
    const w = stems[e - 1];
    if (w.length < 5 || !w.endsWith('ي') || w.startsWith('ال')) { b = e - 1; continue; }
    const stem = w.slice(0, -1);
    const free = Math.max(wordFreq(stem + 'ين'), wordFreq('ال' + stem + 'ين'), wordFreq(stem + 'ون'), wordFreq('ال' + stem + 'ون'));
    if (free < KNOWN_PLURAL || wordFreq(w) > free * 4) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    out[e] = I_ORG;
    b = e - 1;
  }
  return out;
}

/** Training-text count of a word's definite form from which it is a common noun (النفط، المجتمع), not a name's letters. */
const COMMON_DEFINITE = 5;

/**
 * A body's name cut after a common noun in construct (شركة نفط | الجنوب، حركة مجتمع | السلم، تحالف عزم | الأنبار): a noun
 * without the article inside a name is the first term of an idafa, and the definite word right after it is its genitive,
 * so the name goes on. The span opens with an organisation head and has a word after it; its last word is a clitic-free
 * noun whose definite form the training text knows (a foreign name's letters take no article: شركة هواوي | الصينية). The
 * genitive is a clitic-free definite word, O or a one-word place or MISC span the tagger split off, and no nisba (the
 * nationality and scope adjectives have their own passes), time word, relative pronoun or verb (حزب تواصل | النتائج is the
 * sentence going on: `verbAt`). Neither word may be a person's (`personWord`: a given name or a title, as in the holder after
 * a body: جامعة عين شمس | الدكتور …، الوزارة كريم | السيد …). Listed bodies keep their listed bounds. `wordFreq(w)`: w's
 * training count.
 */
export function takeConstructTails(stems: readonly string[], prefixes: readonly string[], tags: number[], wordFreq: (w: string) => number,
  verbAt: (k: number) => boolean, isWord: (k: number) => boolean, listedBody: (b: number, e: number) => boolean,
  personWord: (k: number) => boolean): number[] {
  let out = tags;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (tags[b] !== B_ORG) continue;
    const e = spanEnd(tags, b);
    const c = e - 1;
    const next = e < n ? tags[e] : -1;
    const oneWordSpan = INSIDE_OF.has(next) && (e + 1 >= n || tags[e + 1] !== INSIDE_OF.get(next));
    if (e - b < 2 || e >= n || !(next === 0 || oneWordSpan) || !ORGANIZATION_HEADS.has(stems[b])) { b = e - 1; continue; }
    const w = stems[c], g = stems[e];
    const noun = !prefixes[c] && !definite(w) && w.length >= 3 && allBaseArabic(w) && !ORGANIZATION_HEADS.has(w) && wordFreq('ال' + w) >= COMMON_DEFINITE;
    const genitive = isWord(e) && !prefixes[e] && definite(g) && g.length >= 5 && allBaseArabic(g) && !endsAsNisba(g) && !TIME_WORDS.has(g) &&
      !RELATIVE_PRONOUNS.has(g) && !verbAt(e);
    if (noun && genitive && !personWord(c) && !personWord(e) && !listedBody(b, e) && !listedBody(c, e)) {
      if (out === tags) out = tags.slice();
      out[e] = I_ORG;
    }
    b = e - 1;
  }
  return out;
}
