// A weapon system or military vehicle named in quotes after its head (صواريخ " باتريوت "، الطائرة بدون طيار " يبهون ") is MISC.
import { EXACT_NAME_LISTS, hasMark, PERSON_PLACE_BODY_SPELLED } from './nameMarks';
import { beginTag, insideTag, isInside, markSpan } from './tagger';
import type { Token } from './tokenize';
import { TITLE_OPENERS } from './quoteMarks';
import { closedTitleEnd } from './workTitles';
import { NAME_PARTICLES } from './triggers';
import { OWNER_NAME, PURPOSE, WEAPON_HEADS } from './weaponNames';
import { wordSet as set } from './wordSets';
import { wideCueBit } from './wideCues';

const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/** Vehicles that carry a model's name in quotes as weapons do (المدرعة " نمر 2 "، مروحيات " أباتشي "), normalised. */
const VEHICLE_HEADS = set('المدرعة مدرعة عربة مروحيات مروحية المروحية المروحيات طائرة الطائرة طائرات الطائرات');
/** Words between a vehicle and its quoted name: an aircraft without a pilot is a drone (الطائرة بدون طيار " … "). */
const DRONE = set('بدون دون طيار');
/** The longest model name in quotes: longer is what was said (مقاتليه " طردوا القاعدة من الفلوجة "). */
const MAX_NAME_WORDS = 3;
/** Training-text count below which a one-word name is the model's: a common word is a quoted description (طائرات " مجهولة "). */
const RARE_NAME = 5;
/** The pass's gate: a sentence with no weapon or vehicle head (as written whole, clitics and all) holds nothing it reads. */
export const QUOTED_WEAPON_CUE = wideCueBit([], [WEAPON_HEADS, VEHICLE_HEADS]);

/**
 * The words quoted right after a weapon head or a vehicle head (past its purpose words, `الدفاع الصاروخي`, or `بدون طيار`)
 * are the system's name, MISC whatever the tagger read there (a person: صواريخ " [باتريوت] "؛ a body: مقاتلات
 * " [يوروفايتر تايفون] "; nothing: منظومات الدفاع الصاروخي " ثاد "). At most three words closed by a mark, one of them rare
 * or read as a name no people, place or body list holds, or a model's number at the end (" نمر 2 "); not a person's name
 * the lists hold (صواريخ " حسن ") or a kunya (" أبو مهدي ")، nor a span running out of the marks. `freq(k)`: training count of token k.
 */
export function quotedWeapons(sentence: readonly Token[], marks: readonly string[][], tags: number[], freq: (k: number) => number): number[] {
  let out: number[] | undefined;
  const n = tags.length;
  // A word the people, place or body lists hold, or a kunya's particle, read as a name is the owner's or the target's
  // (طائرات " [حزب الله] "، دبابات " [الجيش السوري] "، عربة " [أبو سمير] "): no evidence of a system's name.
  const ownerWord = (k: number) => hasMark(marks[k], PERSON_PLACE_BODY_SPELLED) || NAME_PARTICLES.has(sentence[k].norm);
  for (let h = 0; h + 3 < n; h++) {
    const weapon = WEAPON_HEADS.has(sentence[h].norm);
    if (tags[h] !== 0 || (!weapon && !VEHICLE_HEADS.has(sentence[h].norm))) continue;
    let q = h + 1;
    while (q < n && q - h <= 3 && tags[q] === 0 && (weapon ? PURPOSE : DRONE).has(sentence[q].norm)) q++;
    if (q + 2 >= n || !TITLE_OPENERS.has(sentence[q].text) || tags[q] !== 0 || isInside(tags[q + 1])) continue;
    const e = closedTitleEnd(sentence, tags, q, MAX_NAME_WORDS);
    if (e < 0) continue;
    const numbered = sentence[e - 1].kind === 'number' && e - q - 1 >= 2;
    let named = numbered;
    for (let k = q + 1; k < e; k++) named ||= (sentence[k].kind === 'word' && freq(k) < RARE_NAME) || (tags[k] !== 0 && !ownerWord(k));
    if (!named || (!numbered && e - q - 1 === 1 && hasMark(marks[q + 1], OWNER_NAME))) continue;
    // A particle before a name the person lists hold is a kunya or a patronym, a man's name however rare the name
    // (قائد الطائرات " أبو مهدي "); a particle before a common word may name a weapon (قنبلة " أم القنابل ").
    if (e - q - 1 >= 2 && NAME_PARTICLES.has(sentence[q + 1].norm) && hasMark(marks[q + 2], EXACT_NAME_LISTS)) continue;
    out ??= tags.slice();
    markSpan(out, q + 1, e, B_MISC, I_MISC);
    h = e;
  }
  return out ?? tags;
}
