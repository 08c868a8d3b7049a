// A body introduced by what it is called (شركة ناشئة تدعى أمبير، جمعية تدعى نيرام): the name after تدعى is the body's.
import { beginTag, insideTag, isInside, markSpan, spanEnd } from './tagger';
import { PREPOSITIONS, wordSet, wordSetWithArticle } from './wordSets';
import { isArabicLetter } from './normalize';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Verbs of naming (تدعى، يسمى), normalised. Not the participles (المسمى): they agree with any noun before them (ألبوم
 * الفرقة المسمى …، السلاح الجديد المسمى …), a body's or not.
 */
const CALLED = wordSet('تدعى يدعى تسمى يسمى');
/** tagCalledBodies' bit (wideCues.ts): the verb of calling, without which the pass names nothing. */
export const CALLED_CUE = wideCueBit([CALLED]);
/** Bodies a name is given to (a company, a society, a troupe), normalised, with and without ال. */
const BODIES = wordSetWithArticle('شركة مؤسسة جمعية منظمة مجموعة فرقة رابطة تعاونية مصرف بنك');
/** Words at most between the body's noun and تدعى (شركة ناشئة في نواكشوط تدعى). */
const REACH = 5;
/** A person between the body's noun and the verb is the one named (في شركة صغيرة مع رجل يدعى أحمد), normalised. */
const PERSONS = wordSet('رجل امرأة امراه شاب شابة فتاة طفل طفلة سيدة شخص مواطن مواطنة موظف موظفة عامل عاملة');
/**
 * Words after the verb that are no name: a preposition (تدعى إلى is "is invited to": كل شركة تدعى إلى …), and an adverb
 * that puts the name later or nowhere (تدعى أيضا …), normalised.
 */
const NOT_NAME_ADVERBS = wordSet('أيضا كذلك حاليا اليوم');
/**
 * The name right after a naming verb whose body noun is a few words before (شركة محلية صغيرة تدعى [كاني للمياه]، جمعية
 * نسائية تدعى [نيرام]) is that body's (ORGANIZATION), however the tagger read it: a person's or a place's word there is
 * the body's new name. Its لـ complement right after is part of it (للمياه، للتمور), as the guide has a company's. The
 * body's noun and its adjectives before تدعى stay outside: they say what it is, not what it is called.
 */
export function tagCalledBodies(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let c = 1; c + 1 < stems.length; c++) {
    if (!CALLED.has(stems[c]) || prefixes[c] !== '') continue;
    let body = -1;
    for (let j = c - 1; j >= Math.max(0, c - REACH); j--) if (BODIES.has(stems[j])) { body = j; break; }
    // Between the body's noun and تدعى only its description: indefinite adjectives and where it is (ناشئة في نواكشوط), no
    // definite noun that the verb could name instead (منظمة شبيهة بمنظمة الأمم المتحدة تدعى …: the first منظمة's name).
    if (body < 0 || stems.slice(body + 1, c).some((w) => w.startsWith('ال') || PERSONS.has(w))) continue;
    const k = c + 1;
    // Nor a verbal noun behind لـ the tagger left O (تدعى لتقديم عروضها: is invited to); a name read there keeps (ليالينا).
    if (PREPOSITIONS.has(stems[k]) || NOT_NAME_ADVERBS.has(stems[k]) || (prefixes[k] === 'ل' && tags[k] === 0)) continue;
    // Not a name in quotes or a number (تدعى " …": a work's title; يدعى 3: a count).
    if (!isArabicLetter(stems[k].charCodeAt(0))) continue;
    let e = tags[k] === 0 ? k + 1 : spanEnd(tags, k);
    if (e < stems.length && tags[e] === 0 && prefixes[e] === 'ل' && stems[e].startsWith('ال')) e++;
    if (out === tags) out = [...tags];
    // The body's noun and adjectives the tagger may have read as a name stay outside (جمعية نسائية); a place there stays.
    if (tags[body] !== 0 && !isInside(tags[body]) && spanEnd(tags, body) <= c) out.fill(0, body, spanEnd(tags, body));
    markSpan(out, k, e, B_ORG, I_ORG);
  }
  return out;
}
