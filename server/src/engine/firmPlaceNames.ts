// A firm named by its own word and a country or city with no preposition between (زين الأردن، أورنج الأردن) is one organisation, not a place.
import { beginTag as B, insideTag as I, markSpan, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite, endsAsNisba } from './namePatterns';
import { RARE_WORD } from './nameMarks';
import { wordSet } from './wordSets';

const B_ORG = B('ORG');
const I_ORG = I('ORG');
const B_LOC = B('LOC');
const I_LOC = I('LOC');
/** A bourse before its city: the corpora tag the city alone (bodyPlaces: 6 of 8), so a listed `بورصة لندن` is left to the tagger. */
const PLACE_LED_HEADS = wordSet('بورصة');
/**
 * Verbs whose object is a place (دخلت، غادرت، زار، وصل): after `وغادرت نوكيا` or `وزار وفد حماس` the place is where the
 * body went, not its name's end (`وغادرت [نوكيا] [روسيا]`). Past, present and future forms, normalised. Not بلغ: in economy
 * news it is `amounts to` (وتبلغ خسائر [كهرباء لبنان]), its subject a figure, not a body going somewhere.
 */
const PLACE_OBJECT_VERBS = wordSet(`
  دخل دخلت يدخل تدخل سيدخل ستدخل غادر غادرت يغادر تغادر سيغادر ستغادر زار زارت يزور تزور سيزور ستزور
  وصل وصلت يصل تصل سيصل ستصل قصد قصدت يقصد تقصد سيقصد ستقصد اقتحم اقتحمت يقتحم تقتحم سيقتحم ستقتحم
  اجتاح اجتاحت يجتاح تجتاح سيجتاح ستجتاح غزا غزت يغزو تغزو سيغزو ستغزو احتل احتلت يحتل تحتل سيحتل ستحتل
  جاب جابت يجوب تجوب سيجوب ستجوب
`);
/**
 * Verbs whose first object is a party, a country or a body (حذر، اتهم، طالب، دعا، حث، ناشد، أدان، حمّل): after `وحذرت أوبك`
 * or `واتهمت حماس` a one-word body is the subject and the place after it the object (`وحذرت [أوبك] [روسيا] من`); so is
 * نقل's, an outlet passing on a report (`ونقلت [رويترز] [لندن] عن`), not a subsidiary's name. Only a one-word body: a
 * head and a place are a name whatever the verb (`وطالبت [غرفة تجارة وصناعة عمان]`، `وطالبت [كهرباء لبنان] الحكومة`). The
 * training corpora hold no one-word body joined to a place after such a verb; the read sets neither. (مثل is also `such
 * as`, which opens a list: the place after the body is then a member too.) Read right before the body only: across a head
 * noun the head is the verb's subject and the body its genitive (`وتدعم منتجات [نوكيا فنلندا]`). Not أبلغ's present forms:
 * normalised they are بلغ's (`amounts to`: وتبلغ أرباح …).
 */
const PARTY_OBJECT_VERBS = wordSet(`
  حذر حذرت يحذر تحذر سيحذر ستحذر اتهم اتهمت يتهم تتهم سيتهم ستتهم طالب طالبت يطالب تطالب سيطالب ستطالب
  دعا دعت يدعو تدعو سيدعو ستدعو حث حثت يحث تحث سيحث ستحث ناشد ناشدت يناشد تناشد سيناشد ستناشد
  انتقد انتقدت ينتقد تنتقد سينتقد ستنتقد أدان أدانت يدين تدين سيدين ستدين هاجم هاجمت يهاجم تهاجم سيهاجم ستهاجم
  هدد هددت يهدد تهدد سيهدد ستهدد حمل حملت يحمل تحمل سيحمل ستحمل أبلغ أبلغت
  منح منحت يمنح تمنح سيمنح ستمنح دعم دعمت يدعم تدعم سيدعم ستدعم ساعد ساعدت يساعد تساعد سيساعد ستساعد
  قاضى قاضت يقاضي تقاضي سيقاضي ستقاضي شكر شكرت يشكر تشكر سيشكر ستشكر أمهل أمهلت يمهل تمهل سيمهل ستمهل
  مثل مثلت يمثل تمثل سيمثل ستمثل نقل نقلت ينقل تنقل سينقل ستنقل
`);
/** How far before a body's name such a verb is read: the verb itself, or the verb and a head (`زار وفد حماس`). */
const VERB_REACH = 2;
/** A one-word name the body list holds and no place list does (`أورنج`، not `الكويت`): untagged or read as a place. */
const listedFirm = (m: readonly string[]) => m.includes('ORG-S') && !m.some((x) => x.startsWith('LOC-') || x.startsWith('fLOC-'));

/**
 * A one-word listed place span right after a body's name that ends on an indefinite word of its own (not a nisba, not a
 * head the place would govern: bodyPlaces' heads are read before) closes that name: NewsFANE, WikiFANE, the Wojood sample
 * and AQMAR tag such a place inside the organisation about 377 times (`ريال مدريد`، `بايرن ميونيخ`، `طيران الإمارات`،
 * `جريدة فلسطين`) and as a place of its own right after it 5 times. So is a place after a one-word name the body list
 * holds and no place list does, rare in the training text (`إعمار العراق` is a rebuilding), which the tagger left untagged
 * or read as a place itself (`وأورنج الأردن`), and a place closing a phrase the body list holds whole (ORG-B … ORG-E:
 * `كهرباء لبنان`), not a bourse's. Not a place with a clitic of its own (`زين [في] الأردن`، `وأورنج [والأردن]`), nor a
 * nationality (`أرامكو [السعودية]`: the country's adjective, outside by the sets' convention), nor a word no place list
 * holds (`مستشفى جبل عامل [وقفة]`), nor a place that opens a longer span. `freq(k)`: token k's count in the training text.
 */
export function joinFirmPlaces(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[],
  isNationality: (k: number) => boolean, freq: (k: number) => number): number[] {
  if (tags.indexOf(B_LOC) < 0) return tags; // no place: most sentences
  let out = tags;
  const n = out.length;
  for (let k = 1; k < n; k++) {
    if (out[k] !== B_LOC || (k + 1 < n && out[k + 1] === I_LOC)) continue;
    if (sentence[k].kind !== 'word' || sentence[k].norm !== stems[k] || isNationality(k) || endsAsNisba(stems[k]) || !(marks[k] ?? []).includes('LOC-S')) continue;
    const h = k - 1;
    if (sentence[h].kind !== 'word' || definite(stems[h]) || endsAsNisba(stems[h])) continue;
    let b = -1;
    let whole = false; // the body list holds the name with its place (ORG-B … ORG-E)
    if (out[h] === B_ORG || out[h] === I_ORG) {
      b = h;
      while (b > 0 && out[b] === I_ORG) b--;
      if (out[b] !== B_ORG || spanEnd(out, b) !== k) continue;
    } else if ((out[h] === 0 || out[h] === B_LOC) && listedFirm(marks[h] ?? []) && freq(h) < RARE_WORD && (marks[k] ?? []).every((m) => !m.startsWith('ORG-B'))) {
      b = h;
    } else if (out[h] === 0 && (marks[k] ?? []).includes('ORG-E')) {
      let s = h;
      while (s > 0 && k - s < 4 && out[s] === 0 && !(marks[s] ?? []).includes('ORG-B')) s--;
      if (out[s] !== 0 || !(marks[s] ?? []).includes('ORG-B') || PLACE_LED_HEADS.has(stems[s])) continue;
      b = s;
      whole = true;
    }
    if (b < 0 || afterVerb(PLACE_OBJECT_VERBS, sentence, stems, b) || (b === h && !whole && afterVerb(PARTY_OBJECT_VERBS, sentence, stems, b, 1))) continue;
    if (opensPlaceList(sentence, stems, out, k)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, k + 1, B_ORG, I_ORG);
  }
  return out;
}

/** A verb of `verbs`, bare or after و/ف (the stems keep a verb's conjunction), among the `reach` words before token b. */
function afterVerb(verbs: ReadonlySet<string>, sentence: Token[], stems: string[], b: number, reach = VERB_REACH): boolean {
  const verb = (w: string) => verbs.has(w) || (/^[وف]/.test(w) && verbs.has(w.slice(1)));
  for (let k = b - 1; k >= 0 && k >= b - reach; k--) if (sentence[k].kind === 'word' && verb(stems[k])) return true;
  return false;
}

/**
 * The place at k opens a list of places: the next word is و + a place the tagger read (`[أوبك] [روسيا] [والسعودية]`،
 * `[حماس] [إسرائيل] [ومصر]`): the place is the list's first member, a party beside the body, not the end of its name.
 * Neither the training corpora nor the read sets hold a body's name ending in a place that a و + place follows.
 */
function opensPlaceList(sentence: Token[], stems: string[], out: number[], k: number): boolean {
  const next = k + 1;
  if (next >= out.length || out[next] !== B_LOC || sentence[next].kind !== 'word') return false;
  return sentence[next].norm.startsWith('و') && stems[next] !== sentence[next].norm;
}
