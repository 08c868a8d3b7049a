// A coalition named by its indefinite head and the definite word it governs (ويرشح تحالف [البناء]، لتحالف [الأمة]): an alliance's name no list holds.
import { wideCueBit } from './wideCues';
import { beginTag, insideTag } from './tagger';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/**
 * Coalitions, indefinite: in construct the definite word after the head is what the alliance is called. Not كتلة, a
 * parliament's bloc, which the written sets leave outside its name (كتلة [المستقبل]); not التحالف, whose adjective
 * describes it (التحالف الدولي).
 */
const HEADS = wordSet('تحالف ائتلاف');
/** The pass's bit (wideCues.ts): a sentence without a coalition head is left as it is, so lateBodyPasses skips it there. */
export const COALITION_CUE = wideCueBit([HEADS]);
/** Definite words that are no name: relatives and time words a clause puts after the head (تحالف الذي، تحالف اليوم). */
const NOT_NAMES = wordSet('الذي التي الذين اللذين اللتين اليوم الآن الأسبوع الشهر العام');
/**
 * Definite words that say what kind of members an alliance has, not what it is called: تحالف الأحزاب الصغيرة (small
 * parties allied), ائتلاف الحكومة (the governing coalition), تحالف البلدين (the two countries' alliance). Not الدول, which
 * opens named blocs (تحالف الدول الجزرية الصغيرة).
 */
const MEMBER_KINDS = wordSet(`الأحزاب الحزبين الشركات الشركتين البنوك المصارف الحكومة المعارضة البلدين الدولتين القوى الفصائل
  الجماعات المنظمات القبائل العشائر الأطراف النقابات الجمعيات الجيوش الجيش الأغلبية الأقلية`);
/** A definite nisba adjective (الجزرية، الوطني), normalised: one that describes the definite word goes with the name. */
const NISBA = /^ال.{2,}(ي|يه)$/;
/**
 * Definite words that describe the definite word as a nisba does, though they are none: a cardinal (تحالف الإخوة الثلاثة)
 * and feminine adjectives of size, age or union, which cannot describe the masculine head (تحالف الدول الجزرية الصغيرة).
 * The masculine ones (الجديد، الكبير) may describe the alliance itself and stay outside.
 */
const PLAIN_ADJECTIVES = wordSet(`الثلاثة الثلاث الأربعة الأربع الخمسة الخمس الستة الست السبعة السبع الثمانية الثماني التسعة التسع
  العشرة العشر الكبرى الصغرى الكبيرة الصغيرة العظمى الجديدة الحرة الموحدة`);
/** Adjectives taken after the definite word: a third is prose. */
const MAX_ADJECTIVES = 2;
/** "With" after the words: تحالف is the verb (تحالف الأوس مع بني قريظة: the Aws allied with), its subject no name. */
const WITH = wordSet('مع');
/** How far after the words a "with" makes تحالف the verb. */
const VERB_REACH = 3;
/** Pronouns of a nominal sentence: after one, the head and its genitive are a predicate describing a body (وهو تحالف الأحزاب …). */
const PREDICATE_SUBJECTS = wordSet('هو هي');

/**
 * An indefinite head of `HEADS` the tagger left O (a clitic on it allowed, but ك: a likeness) and the definite word right
 * after it, also O, no clitic on it, no adjective itself, no word for the members' kind (`MEMBER_KINDS`), no place or
 * nationality (`placeLike(k)`: token k is one; a coalition of a country is a description): head, word and up to two
 * definite nisba or plain adjectives (`PLAIN_ADJECTIVES`) after it are one ORGANIZATION. Not after هو/هي (a predicate
 * describing a body) nor before مع (the verb allied).
 * `isWord(k)`: token k is a word. `out` is a copy when changed.
 */
export function tagCoalitionNames(stems: readonly string[], prefixes: readonly string[], tags: number[], isWord: (k: number) => boolean,
  placeLike: (k: number) => boolean): number[] {
  let out = tags;
  const n = stems.length;
  const adjective = (x: number) => out[x] === 0 && isWord(x) && !prefixes[x] && (NISBA.test(stems[x]) || PLAIN_ADJECTIVES.has(stems[x]));
  for (let h = 0; h + 1 < n; h++) {
    if (out[h] !== 0 || !HEADS.has(stems[h]) || !isWord(h) || prefixes[h].endsWith('ك')) continue;
    const k = h + 1;
    const w = stems[k];
    if (out[k] !== 0 || !isWord(k) || prefixes[k] || !w.startsWith('ال') || w.length < 5 || NISBA.test(w) || NOT_NAMES.has(w) || MEMBER_KINDS.has(w) || placeLike(k)) continue;
    if (h > 0 && PREDICATE_SUBJECTS.has(stems[h - 1])) continue;
    let e = k + 1;
    while (e < n && e - k <= MAX_ADJECTIVES && adjective(e)) e++;
    if (stems.slice(e, e + VERB_REACH).some((x) => WITH.has(x))) continue;
    if (out === tags) out = tags.slice();
    out[h] = B_ORG;
    for (let j = k; j < e; j++) out[j] = I_ORG;
    h = e - 1;
  }
  return out;
}
