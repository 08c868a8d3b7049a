// A weapon system named by a word the tagger read as a person (منظومات الدفاع الجوي [باتريوت]، صواريخ [ستينغر]) is MISC, per the guide.
import { hasMark } from './nameMarks';
import { beginTag, insideTag, markSpan, spanEnd } from './tagger';
import type { Token } from './tokenize';
import { wordSet as set } from './wordSets';

const B_PERS = beginTag('PERS');
const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** Heads that class a weapon system, clitics and all (normalised on building): a name after them is the system's, no person's. */
const WEAPON_HEADS = set(`منظومة منظومات المنظومة منظومتي منظومه ومنظومة ومنظومات بمنظومة بمنظومات صواريخ وصواريخ بصواريخ صاروخ
  الصاروخ الصواريخ دبابات دبابة الدبابة الدبابات مقاتلات المقاتلات مدرعات`);
/** What the system defends or flies, between its head and its name (منظومات الدفاع الجوي باتريوت), which the tagger may take into the span. */
const PURPOSE = set('الدفاع للدفاع الجوي الجوية الصاروخي المضادة المضاد للطائرات للصواريخ للدروع');
/**
 * A name the given-name, surname or people lists hold as spelled (حسن، يوسف، بوتين): after a weapon head it is the owner's
 * (صواريخ حسن نصر الله، دبابات حفتر) or a nickname (الصاروخ محمد صلاح), no system; the systems the tagger takes for persons
 * are in none of them, or only folded or as a Wikidata name part (إيريس، إسكندر).
 */
const OWNER_NAME = /^(FIRST|PLAST|PER)-/;
/** Most purpose words between the head and the name. */
const MAX_PURPOSE = 3;

/**
 * A person span right after a weapon head, past at most three purpose words (which it may have taken in), becomes MISC
 * without them; so does a person span joined to it by و (باتريوت [وإيريس]). A person is named after such heads only
 * as a weapon's namesake, and the guide tags the weapon.
 */
export function weaponsNotPersons(sentence: readonly Token[], marks: readonly string[][], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== B_PERS) continue;
    let h = k - 1;
    while (h >= 0 && k - h <= MAX_PURPOSE && tags[h] === 0 && PURPOSE.has(sentence[h].norm)) h--;
    if (h < 0 || tags[h] !== 0 || !WEAPON_HEADS.has(sentence[h].norm)) continue;
    let s = k;
    const e = spanEnd(tags, k);
    while (s < e - 1 && PURPOSE.has(sentence[s].norm)) s++;
    if (hasMark(marks[s], OWNER_NAME)) continue;
    out ??= tags.slice();
    out.fill(0, k, s);
    markSpan(out, s, e, B_MISC, I_MISC);
    // The next system of a list: a person span opening with و right after.
    if (e < tags.length && tags[e] === B_PERS && sentence[e].norm.startsWith('و')) {
      markSpan(out, e, spanEnd(tags, e), B_MISC, I_MISC);
    }
    k = e - 1;
  }
  return out ?? tags;
}
