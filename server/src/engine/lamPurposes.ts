// A body's span that stops at its adjective of standing before the ل-phrase of what it serves runs on over that phrase.
import { beginTag, insideTag, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite } from './namePatterns';
import { wordSet, wordSetWithArticle } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Adjectives that end a body's own name (normalised): after one, the training corpora put ل + a verbal noun of
 * PURPOSES inside the organisation 11 times of 11 (الرئاسة العامة لرعاية الشباب، الجبهة الشعبية لتحرير فلسطين، المكتب
 * الوطني لالأبحاث). Not a nationality, after which a body acts (المجلس الأوروبي لتدريب …، الجيش السوري الحر لحماية …).
 */
const STANDING = wordSet('العام العامة الوطني الوطنية الشعبي الشعبية');
/**
 * Verbal nouns a body is named by (normalised). Not تحقيق or دعم, which say what a body was formed or acts for
 * (حزب المؤتمر الشعبي لتحقيق الحكم الذاتي: outside in the corpus).
 */
const PURPOSES = wordSet('توليد مكافحة تنمية حماية رعاية تحرير رصد تثمين تحفيظ إغاثة تأهيل توزيع تطوير');
/**
 * Heads of bodies named by a purpose (normalised, bare and with the article): the corpus cases are رئاسة، هيئة، جبهة،
 * حركة، مكتب. Not an army, guard, police or government, which act for one (تدخل الجيش الوطني لحماية المدنيين).
 */
const HEADS = wordSetWithArticle('هيئة رئاسة جبهة حركة مكتب وكالة مؤسسة جمعية صندوق مركز معهد لجنة شركة منظمة جهاز');
/** Definite adjectives taken after the genitive (لرعاية الشباب [الرياضي]). */
const MAX_ADJECTIVES = 2;

/** The word is ل + a noun of PURPOSES, the ل split off (`prefix`) or still on the stem. */
function purposeAt(stem: string, prefix: string): boolean {
  if (prefix === 'ل') return PURPOSES.has(stem);
  return !prefix && stem.startsWith('ل') && PURPOSES.has(stem.slice(1));
}

/**
 * An organisation span ending on a STANDING adjective, with ل + a PURPOSES noun right after it and a definite genitive
 * (or a known chain noun and then a definite genitive) after that, takes the phrase (الوكالة الوطنية [لتثمين موارد
 * المحروقات]). No genitive, no change: the ل word alone is more often the start of the sentence's own clause.
 */
export function takeStandingPurposes(sentence: Token[], stems: string[], prefixes: string[], tags: number[],
  isNationality: (k: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0 && !isNationality(k);
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const start = b;
    b = e - 1;
    if (e - start < 2 || !HEADS.has(stems[start])) continue;
    // The ل word right after the adjective, outside the span or already its last word (the genitive then left out).
    const inside = e - start >= 3 && purposeAt(stems[e - 1], prefixes[e - 1]);
    const lam = inside ? e - 1 : e;
    if (!STANDING.has(stems[lam - 1]) || prefixes[lam - 1] || (!inside && !(free(e) && purposeAt(stems[e], prefixes[e])))) continue;
    // The genitive: a definite word, or an indefinite chain noun before one (لتثمين موارد [المحروقات]).
    let g = lam + 1;
    if (free(g) && !prefixes[g] && !definite(stems[g]) && free(g + 1) && !prefixes[g + 1] && definite(stems[g + 1])) g++;
    if (!free(g) || prefixes[g] || !definite(stems[g])) continue;
    let end = g + 1;
    while (end - g <= MAX_ADJECTIVES && free(end) && !prefixes[end] && definite(stems[end]) && /(ي|يه)$/.test(stems[end])) end++;
    if (out === tags) out = tags.slice();
    for (let k = e; k < end; k++) out[k] = I_ORG;
    b = end - 1;
  }
  return out;
}
