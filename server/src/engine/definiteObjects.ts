// A person span run on into the definite object of the verb before it (وسجل محمد أمين عمورة [الهدفين]، وتسلم قائد المنتخب حسن الهيدوس [الكأس]).
import { beginTag, spanEnd } from './tagger';
import { hasMark, PERSON_WORD_LISTS_SPELLED } from './nameMarks';
import { REGNAL } from './regnalNames';
import { COMPOUND_OPENERS } from './compoundOpeners';
import { FEMININE_ORDINALS, hasBehindConjunction, MASCULINE_ORDINALS, wordSet } from './wordSets';

const B_PERS = beginTag('PERS');

/**
 * Past verbs, masculine and feminine, whose subject comes before a definite thing won, scored, received, reached, asked for
 * or given (سجل الهدف، تسلم الكأس، نال البرونزية، بلغ النهائي، طلب البراءة، وجه الشكر): written bare; و/ف are read off.
 * Not the verbs of saying (قال، أكد، أعلن): a name there ends on إن/أن, and a definite surname after it is the name's.
 */
const OBJECT_VERBS = wordSet(`سجل سجلت أحرز أحرزت حصد حصدت نال نالت تسلم تسلمت استلم استلمت رفع رفعت أهدى أهدت افتتح افتتحت
  حسم حسمت خطف خطفت انتزع انتزعت كسب كسبت ربح ربحت حقق حققت بلغ بلغت طلب طلبت اتهم اتهمت وجه وجهت هنأ هنأت تلقى تلقت
  منح منحت قلد قلدت سلم سلمت حمل حملت أنهى أنهت خاض خاضت تصدر تصدرت اعتلى اعتلت أضاع أضاعت أهدر أهدرت صنع صنعت`);
/** Words between the verb and the name: a title, role, nationality or team (قائد المنتخب، المصري، زميله), at most this many. */
const MAX_BETWEEN = 3;
/** Training count (the word with and without its article) from which a definite word is a common noun. */
const COMMON_OBJECT = 5;
/** A definite word in ي is a nisba, the shape of many family names (الشرقاوي، الحربي); only a frequent one with no list mark is the object (النهائي). */
const FREQUENT_NISBA = 30;

/** Adjectives after a thing won that have no nisba's or ordinal's shape (الهدف الوحيد، المركز الأخير): not a second object. */
const PLAIN_ADJECTIVES = wordSet('الوحيد الوحيدة الأخير الأخيرة الجديد الجديدة الغالي الغالية الثمين الثمينة');
/** Adverbs in the accusative that may follow an object (الكأس أيضا، الهدف مجددا): not a second object. */
const ACCUSATIVE_ADVERBS = wordSet('أيضا مجددا مؤخرا سابقا جدا غدا أبدا معا فورا تماما أولا');

export interface DefiniteObjectReads {
  norm: (k: number) => string;
  isWord: (k: number) => boolean;
  wordFreq: (w: string) => number;
}

/**
 * A person span of two name words or more right after one of OBJECT_VERBS (or after it and up to three untagged words)
 * ends before its last word when that word is definite, a common noun of the training text, in no person list as spelled,
 * no regnal number and not the second half of a compound (عبد السلام): the verb's object (VSO). In read gold a definite
 * common word after a two-word name is outside it 48 times, inside 7 (الخير، الشيخ، السيد: after verbs of saying).
 */
export function endNamesBeforeDefiniteObjects(stems: readonly string[], marks: readonly string[][], tags: number[], reads: DefiniteObjectReads): number[] {
  let out = tags;
  for (let b = 1; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    const k = e - 1;
    if (e - b >= 3 && objectVerbBefore(b, tags, reads) && definiteObject(k, stems, marks, reads) && !objectAfter(e, stems, reads)) {
      if (out === tags) out = tags.slice();
      out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}

function objectVerbBefore(b: number, tags: readonly number[], reads: DefiniteObjectReads): boolean {
  for (let v = b - 1; v >= 0 && v >= b - 1 - MAX_BETWEEN; v--) {
    if (!reads.isWord(v) || tags[v] !== 0) return false;
    if (hasBehindConjunction(OBJECT_VERBS, reads.norm(v))) return true;
  }
  return false;
}

function definiteObject(k: number, stems: readonly string[], marks: readonly string[][], reads: DefiniteObjectReads): boolean {
  const w = stems[k];
  if (!w.startsWith('ال') || w.length < 5 || reads.norm(k) !== w || REGNAL.has(w) || COMPOUND_OPENERS.has(stems[k - 1])) return false;
  if (hasMark(marks[k], PERSON_WORD_LISTS_SPELLED)) return false;
  const count = reads.wordFreq(w) + reads.wordFreq(w.slice(2));
  if (w.endsWith('ي')) return marks[k].length === 0 && reads.wordFreq(w) >= FREQUENT_NISBA;
  return count >= COMMON_OBJECT;
}

/**
 * Token e, right after the span, is itself the verb's object (ورفع عادل كامل الفارس [الكأس]، ومنح كريم عباس الحكيم [وساما]،
 * وحمل نبيل عادل الخياط [المسؤولية]): then the span's definite last word is the family name, not the object. A definite
 * common noun (not an ordinal, a nisba agreeing with it or a plain adjective of a thing won: الهدف الأول، الميدالية الذهبية)
 * or a known indefinite accusative (not an adverb: أيضا، رسميا). In read text every right cut had a stop, preposition or
 * particle there (الهدفين .، الكأس من، الاتحاد أنه).
 */
function objectAfter(e: number, stems: readonly string[], reads: DefiniteObjectReads): boolean {
  if (e >= stems.length || !reads.isWord(e) || reads.norm(e) !== stems[e]) return false;
  const w = stems[e];
  if (w.startsWith('ال')) {
    if (w.length < 5 || MASCULINE_ORDINALS.has(w) || FEMININE_ORDINALS.has(w) || REGNAL.has(w) || PLAIN_ADJECTIVES.has(w) || w.endsWith('ي')) return false;
    // A feminine nisba describes a feminine object before it (الميدالية البرونزية); after a masculine word it is a noun (المسؤولية).
    if (w.endsWith('يه') && /(ه|ات)$/.test(stems[e - 1])) return false;
    // Any word the training text saw: an inflected object is rarer than its stem (الفائزين).
    return reads.wordFreq(w) + reads.wordFreq(w.slice(2)) > 0;
  }
  // The accusative's alif is read off for the count (وساما: وسام، اتصالا: اتصال).
  return w.length >= 4 && w.endsWith('ا') && !w.endsWith('يا') && !ACCUSATIVE_ADVERBS.has(w) && reads.wordFreq(w) + reads.wordFreq(w.slice(0, -1)) >= COMMON_OBJECT;
}
