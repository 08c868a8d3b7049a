// The nickname a person is known by (عبد الرحيم الككلي المعروف بـ [غنيوة]) is that person's name: PERS, not the place or body the tagger read.
import { beginTag, insideTag, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { arabicFirst } from './normalize';
import { COMMON_WORD } from './nameMarks';
import { RELATIVE_PRONOUNS, wordSet as set } from './wordSets';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** "Known as", "nicknamed", masculine and feminine, as stems (normalised). */
const KNOWN_AS = set('المعروف المعروفة الملقب الملقبة المكنى المكناة الشهير الشهيرة');
/** Words a nickname so introduced takes at most (أبو محمد الجولاني). */
const MAX_WORDS = 3;

/**
 * After a person's name, المعروف or الملقب and ب (written بـ apart, or on the nickname: المعروف بحميدتي), the name that
 * follows is the same person's: a span the tagger gave another label (a nickname that is a place's or a word's spelling) is
 * relabelled PERS when it has at most MAX_WORDS words, and a single word left O is tagged when it is Arabic and seen fewer than
 * COMMON_WORD times (المعروف بـ زنقور), with the definite noun of its construct (الملقب ب ثقة الدولة). After المعروف باسم the name is a thing's (calledNames), and a known-as
 * after a body or place names that body or place: neither is touched.
 */
export function tagNicknamePersons(stems: readonly string[], prefixes: readonly string[], tags: number[], text: (k: number) => string,
  freq: (k: number) => number): number[] {
  let out = tags;
  for (let a = 1; a + 1 < tags.length; a++) {
    if (!KNOWN_AS.has(stems[a]) || tagLabel(tags[a - 1]) !== 'PERSON' || tags[a] !== 0) continue;
    // ب apart (بـ) and the name after it, or ب on the name itself.
    const apart = text(a + 1).replace(/ـ/g, '') === 'ب';
    const k = apart ? a + 2 : a + 1;
    if (k >= tags.length || (!apart && prefixes[k] !== 'ب')) continue;
    if (tags[k] === 0) {
      // A word before a name of its own is that name's construct, a work or a thing (المعروف بثلاثية [القاهرة]), no nickname.
      if ((tags[k + 1] ?? 0) !== 0 || !arabicFirst(text(k)) || freq(k) >= COMMON_WORD) continue;
      if (out === tags) out = tags.slice();
      out[k] = B_PERS;
      // A laqab in construct goes on with its definite noun (الملقب ب [ثقة الدولة]), not with a relative (الذي).
      if (!stems[k].startsWith('ال') && (tags[k + 1] ?? -1) === 0 && stems[k + 1].startsWith('ال') && !prefixes[k + 1] && !RELATIVE_PRONOUNS.has(stems[k + 1])) out[k + 1] = I_PERS;
      continue;
    }
    const label = tagLabel(tags[k]);
    const e = spanEnd(tags, k);
    if (label === 'PERSON' || isInside(tags[k]) || e - k > MAX_WORDS) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, k, e, B_PERS, I_PERS);
  }
  return out;
}
