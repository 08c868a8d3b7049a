// Bodies named after a person (مؤسسة محمد السادس للنهوض …، جامعة السلطان قابوس): one organisation; stadiums, airports and halls so named: MISC.
import { beginTag, insideTag, spanEnd } from './tagger';
import { Token } from './tokenize';
import { cueBit } from './sentenceCues';
import { NOT_NAMING_TAIL } from './miscBounds';
import { wordSet as set } from './wordSets';
import { HOSPITAL_HEADS, hospitalTail } from './hospitalNames';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
const B_PERS = beginTag('PERS');

/**
 * Indefinite heads of bodies that take a person's name (the corpora tag the whole as the organisation: جامعة السلطان
 * قابوس، كتائب عز الدين القسام، مجموعة طلعت مصطفى), and hospitals, organisations with their head in the project's sets
 * (مستشفى رفيق الحريري الجامعي). Not لواء (also a rank: اللواء موسى عرفات) nor a mosque (a facility: its name).
 */
const NAMED_BODY_HEADS = set('مؤسسة كتائب كتيبة سرايا جامعة جمعية صندوق معهد مركز مجموعة شركة مستشفى مستوصف');
/** Stadiums named after a person: the name (with its title) is the facility, MISC, the head outside (ملعب [محمد الخامس]). */
const STADIUM_HEADS = set('ملعب استاد ستاد مركب');
/** Airports and halls named after a person: one MISC span with their head, as the README's convention has it (مطار رفيق الحريري، صالة الشهيد فهد الأحمد). */
const NAMED_FACILITY_HEADS = set('مطار قاعة صالة');
/** personNamedBodies starts at one of these heads: without one it changes nothing (sentenceCues.ts). */
export const PERSON_BODY_CUE = cueBit(NAMED_BODY_HEADS, STADIUM_HEADS, NAMED_FACILITY_HEADS);
const B_MISC = beginTag('MISC');
const I_MISC = insideTag('MISC');
/**
 * Titles that may stand between the head and the name (مؤسسة [الملك] عبد الله الثاني، جامعة [السلطان] قابوس), a princess's
 * and a shaykha's as the prince's (مستشفى [الأميرة] بسمة), and a saint's (جامعة [القديس] يوسف: WikiFANE's two, whole).
 */
const TITLES = set('الملك الأمير الأميرة الشيخ الشيخة السلطان الإمام الرئيس الشهيد القديس القديسة');
/** Definite words after the لل complement that go on naming the body (للنهوض [بالأعمال الاجتماعية]). */
const MAX_COMPLEMENT_WORDS = 3;

/** لل complements that count or date, not name (للمرة الثانية، للعام الثاني). */
const TIMES = set('المرة العام الموسم السنة الفترة الدورة الجولة الشهر الأسبوع اليوم');
/** People and states a body gives or speaks to (قدمت جامعة القاهرة [للطلاب] منحا، وجهت جامعة الدول العربية [للدول] الأعضاء دعوة): no name's complement. */
const RECIPIENTS = set('الطلاب الطلبة الطالبات الأعضاء الدول الأطفال الأسر العائلات النساء الشباب المواطنين الجمهور');
/** A sound masculine plural (للنازحين، للمستثمرين، للباحثين): people the body addresses. */
const PEOPLE_PLURAL = /^ال.{3,}ين$/;
/** The same with four letters before ين at least, for cutting a name the tagger read (المستثمرين، النازحين; not التأمين). */
const PEOPLE_PLURAL_LONG = /^ال.{4,}ين$/;
/** Heads that also mean a rank or a position (عزز الاتفاق مركز الرئيس بشار الأسد): a body so named only with its لل complement (مركز الملك سلمان للإغاثة). */
const RANK_HEADS = set('مركز');
/** A token ending in a Latin letter or a code's digit after one (Novell، G42): a Latin name's last word. */
const LATIN_END = /[A-Za-z][A-Za-z0-9&]*$/;

/**
 * A body head the tagger left O right before a person's name (a title between allowed) is one organisation with the name
 * (`مؤسسة محمد بن راشد آل مكتوم`، `مؤسسة [الملك] عبد الله الثاني`); a body span the tagger ended before a person is left
 * alone (`كتائب القسام` [أبو عبيدة]: its spokesman). A لل complement after such a body — or after a body span that opens
 * with one of these heads — and the definite words after it go on naming it (`مؤسسة محمد السادس [للنهوض بالأعمال
 * الاجتماعية]`); a time word's complement (للمرة) does not. A stadium's person, title included, is the facility (ملعب
 * [الأمير مولاي عبد الله]، استاد [هزاع بن زايد]: MISC), as the corpora's facilities map to MISC; an airport's or hall's
 * takes its head in (`[مطار حامد كرزاي]` الدولي، `[قاعة عبد الله السالم]`).
 */
export function personNamedBodies(sentence: Token[], stems: string[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  const write = (b: number, e: number, begin: number, inside: number) => {
    if (out === tags) out = tags.slice();
    for (let k = b; k < e; k++) out[k] = k === b ? begin : inside;
  };
  // The person's span right after a head, a title between allowed: where it begins, or -1.
  const personAfter = (h: number) => {
    const p = h + 1 < n && out[h + 1] === 0 && TITLES.has(stems[h + 1]) ? h + 2 : h + 1;
    return p < n && out[p] === B_PERS ? p : -1;
  };
  // People the body gives or speaks to (للطلاب، للنازحين): no name's complement.
  const addressee = (k: number) => RECIPIENTS.has(stems[k]) || PEOPLE_PLURAL.test(stems[k]);
  for (let h = 0; h + 1 < n; h++) {
    const facility = NAMED_FACILITY_HEADS.has(stems[h]);
    // The tagger may have closed the facility at the person's title (مطار الملك] [خالد …): the person continues it.
    if (facility && out[h] === B_MISC && h + 2 < n && out[h + 2] === B_PERS && TITLES.has(stems[h + 1]) && spanEnd(out, h) === h + 2) {
      const e = spanEnd(out, h + 2);
      write(h, e, B_MISC, I_MISC);
      h = e - 1;
      continue;
    }
    if ((STADIUM_HEADS.has(stems[h]) || facility) && out[h] === 0) {
      const p = personAfter(h);
      if (p < 0) continue;
      const e = spanEnd(out, p);
      write(facility ? h : h + 1, e, B_MISC, I_MISC);
      h = e - 1;
      continue;
    }
    if (!NAMED_BODY_HEADS.has(stems[h]) || (out[h] !== 0 && out[h] !== B_ORG)) continue;
    let e: number;
    // A body span the tagger closed at the person's title (مؤسسة الملك] [عبد الله الثاني): the person continues it.
    if (out[h] === B_ORG) {
      e = spanEnd(out, h) === h + 2 && TITLES.has(stems[h + 1]) && h + 2 < n && out[h + 2] === B_PERS ? spanEnd(out, h + 2) : spanEnd(out, h);
      // People the body addresses that the tagger ran into its name right after the person's bare name (شركة طلعت مصطفى
      // [للمستثمرين]): the name ends before them; after a definite word (المجلس الأعلى للمسلمين) they may still name it. A
      // plural's stem has four letters at least: التأمين، التعدين (insurance, mining) are a company's trade (شركة لويدز للتأمين).
      for (let k = h + 2; k < e; k++) {
        if (!sentence[k].norm.startsWith('لل') || !(RECIPIENTS.has(stems[k]) || PEOPLE_PLURAL_LONG.test(stems[k])) || stems[k - 1].startsWith('ال') ||
          sentence[k - 1].kind !== 'word') continue;
        if (out === tags) out = tags.slice();
        for (let j = k; j < e; j++) out[j] = 0;
        e = k;
        break;
      }
    }
    else {
      const p = personAfter(h);
      if (p < 0) continue;
      e = spanEnd(out, p);
    }
    // A name ending in a Latin word takes no لل word (شركة stc [للمهرجان]: the sponsor's purpose): the corpora join none to one (0 of 13, as firmTails).
    const complement = e < n && out[e] === 0 && sentence[e].norm.startsWith('لل') && sentence[e].norm.length > 4 && !TIMES.has(stems[e]) && !addressee(e) &&
      !LATIN_END.test(sentence[e - 1].text);
    if (out[h] === 0 && RANK_HEADS.has(stems[h]) && !complement) continue;
    if (out[h] === 0 && HOSPITAL_HEADS.has(stems[h]) && e < n && out[e] === 0 && hospitalTail(stems, e) && !sentence[e].norm.startsWith('لل')) e++;
    if (complement) {
      e++;
      for (let k = 0; k < MAX_COMPLEMENT_WORDS && e < n && out[e] === 0 && sentence[e].kind === 'word' && stems[e].startsWith('ال') && !NOT_NAMING_TAIL.has(stems[e]) &&
        !(sentence[e].norm.startsWith('لل') && addressee(e)); k++) e++;
    }
    if (out[h] === 0 || e > spanEnd(out, h)) write(h, e, B_ORG, I_ORG);
    h = e - 1;
  }
  return out;
}
