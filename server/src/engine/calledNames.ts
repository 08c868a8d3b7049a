// A thing's name after "bearing the name", "known as" or "by the name" (تحمل اسم قسطي، المعروف باسم " عش الطائر "، تطبيقا باسم زرقاء): MISC, where the tagger left it out.
import { beginTag, insideTag, markSpan } from './tagger';
import { Token } from './tokenize';
import { wordSet as set, wordSetWithArticle } from './wordSets';
import { TITLE_CLOSERS, TITLE_OPENERS } from './quoteMarks';
import { isProductHead } from './nameRules';
import { wideCueBit } from './wideCues';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');

/** Verbs of bearing a name, before اسم (يحمل اسم، تحمل اسم). */
const BEARING = set('يحمل تحمل حمل حملت');
/** Words of being known, before باسم (المعروف باسم، يعرف باسم). */
const KNOWN = set('المعروف المعروفة يعرف تعرف عرف عرفت');
/** Things whose own name is MISC, besides the product heads (nameRules): services, vaccines, venues, plans (normalised stems). */
const THINGS = wordSetWithArticle(`
  خدمة باقة لقاح ملعب استاد مسرح قاعة فندق برج جسر سد صاروخ منظومة بطاقة عملية خطة مشروع مبادرة جهاز
`);
/** Things in the accusative a launch takes (أطلقت تطبيقا … باسم), normalised. */
const LAUNCHED = set('تطبيقا برنامجا منتجا نموذجا جهازا هاتفا');
/** The name's word the pass starts from (اسم as a stem, باسم as written): tagCalledNames' bit (wideCues.ts). */
export const CALLED_NAME_CUE = wideCueBit([['اسم']], [['باسم']]);
/** How far before the cue the thing's noun may stand (الخدمة ، التي تحمل اسم; الملعب الوطني المعروف باسم). */
const THING_REACH = 4;
/** Most words of a name read after the cue. */
const MAX_WORDS = 4;
/** Training-text count below which a bare word after the cue is a name the tagger never learnt (قسطي). */
const RARE = 3;

/**
 * After a verb of bearing + اسم or a word of being known + باسم that follow a thing's noun (a product, service, venue or
 * plan), a name the tagger left O is the thing's own name, MISC as
 * the guide tags products, services, works and venues: a quoted name whole (المعروف باسم " عش الطائر "), or bare words the
 * training text hardly knows or Latin and number tokens (تحمل اسم قسطي، يعرف باسم BNT162b2). Persons are not read here: the
 * tagger tags a person's name after these cues itself, and a known word ends a bare name.
 * `freqAt(k)`: training count of token k.
 */
export function tagCalledNames(sentence: Token[], stems: string[], prefixes: string[], tags: number[], freqAt: (k: number) => number): number[] {
  let out = tags;
  const n = tags.length;
  for (let c = 1; c + 1 < n; c++) {
    const bearing = stems[c] === 'اسم' && !prefixes[c] && BEARING.has(stems[c - 1]);
    const known = sentence[c].norm === 'باسم' && KNOWN.has(stems[c - 1]);
    // Launched "by the name" with no verb of knowing (أطلقت تطبيقا لحجز المواعيد باسم دكتوري): the thing's noun gates it as below.
    const named = !known && sentence[c].norm === 'باسم';
    if (!bearing && !known && !named) continue;
    // The named must be a thing: a tribe, a dynasty or a newspaper is named this way too (قبيلة تعرف باسم الفاندال).
    // Bare باسم names only a thing just brought out, indefinite (تطبيقا … باسم دكتوري، باقة باسم " … "): after a definite one
    // it is "in the name of", the person or body it is registered to or done for (سجلت الجهاز باسم نوراي، الخطة باسم زريقات).
    const thingAt = (k: number) => isProductHead(stems[k]) || THINGS.has(stems[k]) || (named && LAUNCHED.has(stems[k]));
    let thing = false;
    for (let k = c - 1; k >= 0 && k >= c - 1 - THING_REACH && !thing; k--) thing = thingAt(k) && !(named && stems[k].startsWith('ال'));
    if (!thing) continue;
    let b = c + 1;
    let e = b;
    if (TITLE_OPENERS.has(sentence[b].text)) {
      b++;
      e = b;
      while (e < n && e - b < MAX_WORDS && !TITLE_CLOSERS.has(sentence[e].text) && sentence[e].kind !== 'punct') e++;
      if (e >= n || !TITLE_CLOSERS.has(sentence[e].text)) continue;
    } else {
      // One rare Arabic word (a second rare word is the sentence's: قسطي [لتقسيط]), or Latin and number tokens.
      const latin = (k: number) => k < n && sentence[k].kind !== 'punct' && /[A-Za-z0-9]/.test(sentence[k].text);
      if (latin(e)) while (e - b < MAX_WORDS && latin(e)) e++;
      else if (sentence[e].kind === 'word' && !prefixes[e] && sentence[e].norm === stems[e] && freqAt(e) < RARE) e++;
    }
    if (e === b || out.slice(b, e).some((t) => t !== 0)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, e, B_MISC, I_MISC);
    c = e;
  }
  return out;
}
