// A company named where the text says it is one: its trade name (تحت الاسم التجاري [نجمة]), its rank among companies or its owner after it (أعلنت [فوري] ، أكبر شركة).
import { wideCueBit } from './wideCues';
import { beginTag, isInside } from './tagger';
import { COMMAS, wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const B_PERS = beginTag('PERS');
const B_LOC = beginTag('LOC');

/** The name noun and its adjective (normalised, with or without the article and a pronoun: اسمها التجاري). */
const NAME_NOUNS = wordSet('الاسم اسم اسمها اسمه');
const TRADE = wordSet('التجاري');
/** Words between the trade name's noun and the name (اسمها التجاري الجديد إلى زين). */
const BETWEEN = wordSet('الجديد إلى الى هو');
/** Ranks that open an apposition naming what the word before is (أكبر شركة، ثاني مشغل). */
const RANKS = wordSet('أكبر اكبر ثاني ثالث كبرى أول اول');
/** Words of ownership whose لـ complement, a body, owns the word before the comma (وانا ، التابعة للشركة الوطنية). */
const OWNED = wordSet('التابعة التابع المملوكة المملوك');
/** The pass's bit (wideCues.ts): a sentence without a name noun (اسمها) or a rank or ownership word is left as it is, so lateBodyPasses skips it there. */
export const TRADE_NAME_CUE = wideCueBit([NAME_NOUNS, RANKS, OWNED]);
/** What the rank ranks: a company or an operator (normalised). */
const KINDS = wordSet('شركة شركات مشغل مشغلي مجموعة بنك بنوك مصرف مزود مزودي');
/** Cue words said of a man as well as a firm (التابع لشركة الأمن، أول مشغل للرافعة): no evidence against the tagger's person. */
const SAID_OF_PEOPLE = wordSet('التابع المملوك مشغل مشغلي مزود مزودي');
/** Words of emphasis that follow a noun with its pronoun (الاسم التجاري نفسه، ذاته، وحده): the name's noun again, no name. */
const EMPHASIS = wordSet('نفسه نفسها ذاته ذاتها وحده وحدها عينه عينها');

/**
 * One word the tagger left O or read as a one-word person or place, with no clitic and no article, is a company where the text
 * names it as one: after `الاسم التجاري` (its pronoun, الجديد or إلى between allowed: `تغيير اسمها التجاري إلى [زين]`),
 * before a comma and a rank of companies (`أعلنت [فوري] ، أكبر شركة للمدفوعات`), or before a comma and its owner, a body
 * the tagger read (`مشتركي [وانا] ، التابعة [للشركة الوطنية]`; a place's owner is a state: سبتة ، التابعة لإسبانيا). A trade
 * name, a rank among firms or a body's ownership is said of nothing but a business; the word is often a common one (نجمة، فوري), which is why the tagger does not read it.
 * `isWord(k)`: token k is a word; `text(k)`: token k as written; `predicate(k)`: token k is a verb or participle the
 * sentence goes on with (الاسم التجاري [يعود] إلى المؤسس، [مسجل] لدى الوزارة).
 */
export function tagTradeNames(stems: readonly string[], prefixes: readonly string[], tags: number[], isWord: (k: number) => boolean,
  text: (k: number) => string, predicate: (k: number) => boolean): number[] {
  let out = tags;
  const n = stems.length;
  const lone = (k: number) => k < n && isWord(k) && !prefixes[k] && !stems[k].startsWith('ال') && stems[k].length >= 3 &&
    (out[k] === 0 || out[k] === B_PERS || out[k] === B_LOC) && (k + 1 >= n || !isInside(out[k + 1]));
  const mark = (k: number) => { if (out === tags) out = tags.slice(); out[k] = B_ORG; };
  // The kind a rank at j ranks, one word after it or two (ثاني أكبر شركة): its index, or -1.
  const rankedKind = (j: number) => !RANKS.has(stems[j]) ? -1 : j + 1 < n && KINDS.has(stems[j + 1]) ? j + 1 :
    j + 2 < n && RANKS.has(stems[j + 1]) && KINDS.has(stems[j + 2]) ? j + 2 : -1;
  for (let i = 0; i + 1 < n; i++) {
    if (NAME_NOUNS.has(stems[i]) && TRADE.has(stems[i + 1])) {
      let k = i + 2;
      while (k < n && BETWEEN.has(stems[k])) k++;
      if (lone(k) && !EMPHASIS.has(stems[k]) && !predicate(k)) mark(k);
    } else if (COMMAS.has(text(i + 1)) && i + 3 < n && lone(i) && i > 0 && isWord(i - 1)) {
      const kind = rankedKind(i + 2);
      const owned = OWNED.has(stems[i + 2]) && prefixes[i + 3] === 'ل' && out[i + 3] === B_ORG;
      if (kind < 0 && !owned) continue;
      // A person the tagger read keeps his reading where a cue word is said of a man too (the two after the comma, what a rank ranks).
      if (out[i] === B_PERS && [i + 2, i + 3, kind].some((c) => c >= 0 && SAID_OF_PEOPLE.has(stems[c]))) continue;
      mark(i);
    }
  }
  return out;
}
