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
    }
    if (b < 0 || afterPlaceObjectVerb(sentence, stems, b)) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, b, k + 1, B_ORG, I_ORG);
  }
  return out;
}

/** A place-object verb (PLACE_OBJECT_VERBS), bare or after و/ف (the stems keep a verb's conjunction), among the VERB_REACH words before token b. */
function afterPlaceObjectVerb(sentence: Token[], stems: string[], b: number): boolean {
  const verb = (w: string) => PLACE_OBJECT_VERBS.has(w) || (/^[وف]/.test(w) && PLACE_OBJECT_VERBS.has(w.slice(1)));
  for (let k = b - 1; k >= 0 && k >= b - VERB_REACH; k--) if (sentence[k].kind === 'word' && verb(stems[k])) return true;
  return false;
}
