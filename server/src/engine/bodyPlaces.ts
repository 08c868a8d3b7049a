// A body named by a head noun and a place (جامعة بغداد، بنك الكويت الوطني، منتخب البرازيل، مجلس محافظة نينوى) is one organisation, not a place.
import { beginTag as B, insideTag as I, markSpan, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite, endsAsNisba } from './namePatterns';
import { wordSet as set } from './wordSets';
import { PREPOSITIONS } from './speakerName';
import { allBaseArabic, normalizeArabic } from './normalize';
import { sphereAt } from './sectorDirectorates';
// Regexes tested per word: a literal inside a function is a new object each time it runs.

const B_ORG = B('ORG');
const I_ORG = I('ORG');
const B_LOC = B('LOC');

/**
 * Heads that, right before a place's name, make a body of it. In NewsFANE, WikiFANE and Wojood the whole phrase is the
 * organisation for جامعة (109 of 110), بنك (37 of 37), شركة (44 of 50), نادي (79 of 92), منتخب (62 of 75), إذاعة and مصرف
 * (5 of 5), a television named by its place as the radio is (تلفزيون دبي 2 of 3, تليفزيون السودان 1 of 1), and hospitals
 * (مستشفى + a place whole 5 times in 5, ORG or a facility; the project's sets ORG); not for
 * بورصة (6 of 8 tag the place alone: `بورصة [لندن]`), حكومة (30 of 36), بلدية, جيش, محكمة or غرفة (split about evenly),
 * nor for facilities (مطار، ميناء: the place, by the project's convention). An alliance (حلف) before a name is always the
 * alliance in NewsFANE, the Wojood sample and the project's sets (14 of 14: حلف شمال الأطلسي، حلف حضرموت).
 */
const PLACE_BODY_HEADS = set('جامعة بنك مصرف إذاعة تلفزيون تليفزيون شركة نادي منتخب مستشفى مستوصف حلف');
/**
 * Local councils and police named by their province or city with its administrative head (مجلس محافظة صلاح الدين، شرطة
 * ولاية الخرطوم، مجلس مدينة بغداد): one organisation with both heads, as NewsFANE tags مجلس محافظة صلاح الدين and the
 * data README شرطة دبي; without the administrative head the tagger's reading stands.
 */
const LOCAL_BODY_HEADS = set('مجلس شرطة');
const ADMIN_HEADS = set('محافظة ولاية مدينة إقليم قضاء بلدية');
/**
 * Words that name a club with its town or sponsor in sports news (نفط ميسان، أمانة بغداد، شرطة دبي، أولمبيك آسفي، حسنية
 * أكادير، شباب المحمدية، مولودية وجدة): the corpora tag such a phrase whole (أولمبيك 6 of 6, حسنية 3 of 3, اتحاد 40 of 42,
 * شرطة 4 of 5); outside sport the word is the place's industry or service (نفط ميسان = Maysan's oil), so the tagger's reading stands.
 */
const SPORTS_PLACE_HEADS = set('نفط كهرباء أمانة شرطة شباب مولودية شبيبة نهضة أولمبيك حسنية رجاء ترجي مستقبل اتحاد');

/**
 * In a sports sentence, a SPORTS_PLACE_HEADS word right before the place span at k (the word O or read alone as any
 * one-word entity: أمام [أمانة] [بغداد]) makes one club of both; the place's first word carries no clitic of its own.
 */
function clubOfPlace(sentence: Token[], stems: string[], out: number[], marks: readonly string[][], k: number): boolean {
  if (out[k] !== B_LOC && !(out[k] === B_ORG && (marks[k] ?? []).some((m) => m.startsWith('LOC-')))) return false;
  const h = k - 1;
  // Begin tags are odd: a begin tag right before a span's begin is a one-word span.
  if (sentence[h].kind !== 'word' || !SPORTS_PLACE_HEADS.has(stems[h]) || (out[h] !== 0 && out[h] % 2 === 0)) return false;
  return sentence[k].norm === stems[k] || sentence[k].norm.startsWith('ال');
}

/**
 * Takes an indefinite head of PLACE_BODY_HEADS (a clitic before it allowed: لجامعة) and the place span right after it
 * as one organisation, with a definite adjective that closes the name (مصرف سوريا [المركزي]، بنك الكويت [الوطني]).
 * `isNationality(k)`: token k is a listed nationality adjective (kept out: `شركة قطر` [القطرية] never occurs, and a
 * nationality after a place names the place's country).
 */
export function tagBodiesNamedByPlace(sentence: Token[], stems: string[], tags: number[], isNationality: (k: number) => boolean,
  sports = false, marks: readonly string[][] = []): number[] {
  if (tags.indexOf(B_LOC) < 0) return tags; // no place for a head to name: most sentences
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  const n = out.length;
  for (let k = 1; k < n; k++) {
    if (sports && clubOfPlace(sentence, stems, out, marks, k)) {
      const e = spanEnd(out, k);
      if (out === tags) out = tags.slice();
      for (let j = k - 1; j < e; j++) out[j] = j === k - 1 ? B_ORG : I_ORG;
      k = e - 1;
      continue;
    }
    if (out[k] === B_LOC && k > 1 && out[k - 1] === 0 && out[k - 2] === 0 && ADMIN_HEADS.has(stems[k - 1]) && sentence[k - 1].norm === stems[k - 1] &&
      LOCAL_BODY_HEADS.has(stems[k - 2]) && sentence[k - 2].kind === 'word') {
      const e = spanEnd(out, k);
      if (out === tags) out = tags.slice();
      for (let j = k - 2; j < e; j++) out[j] = j === k - 2 ? B_ORG : I_ORG;
      k = e - 1;
      continue;
    }
    if (out[k] !== B_LOC || out[k - 1] !== 0 || sentence[k - 1].kind !== 'word' || !PLACE_BODY_HEADS.has(stems[k - 1])) continue;
    // The place's first word carries no clitic of its own (جامعة [بغداد], not شركة [في] بغداد read as one word).
    if (sentence[k].norm !== stems[k] && !sentence[k].norm.startsWith('ال')) continue;
    let e = spanEnd(out, k);
    // An alliance of the place and another place after و (حلف [القاهرة] و[الرياض]) names its parties, no alliance's name.
    if (stems[k - 1] === 'حلف' && e < n && out[e] === B_LOC && sentence[e].norm.startsWith('و') && sentence[e].norm !== stems[e]) continue;
    if (e < n && out[e] === 0 && sentence[e].kind === 'word' && definite(stems[e]) && sentence[e].norm === stems[e] && endsAsNisba(stems[e]) && !isNationality(e)) e++;
    if (out === tags) out = tags.slice();
    for (let j = k - 1; j < e; j++) out[j] = j === k - 1 ? B_ORG : I_ORG;
    k = e - 1;
  }
  return tagConstructBodiesOfPlace(sentence, stems, out, isNationality);
}

/**
 * Heads of a body named by nouns in construct that end on a place (اتحاد مصارف الكويت، نقابة أطباء الأردن، دائرة محاكم
 * دبي، شركة توزيع كهرباء محافظات غزة, هيئة موانئ البحرين): NewsFANE, WikiFANE and Wojood tag such a phrase whole 37
 * times, the place alone 15 (of those, `دائرة نفوذ بريطانيا`, `مجلس إدارة ولاية بيروت`, `مجموعة دول يوغسلافيا` name no
 * body; the rest, `اتحاد عمال فلسطين`, `نقابة كتاب أمريكا`, are bodies the gold missed). Not مجموعة، جبهة، تيار: a group
 * of, a front, a current (`جبهة أخرى`، `مجموعة دول`).
 */
const CONSTRUCT_PLACE_HEADS = set(`
  هيئة محكمة وزارة حزب منظمة جمعية نقابة مؤسسة جامعة شركة مستشفى مجلس لجنة اتحاد رابطة دائرة مصلحة صندوق بنك مصرف
  غرفة سلطة مديرية حلف
`);
/** A head's plain senses with its first noun: a sphere of influence, interest or climate (دائرة نفوذ)، a board (مجلس إدارة). */
const PLAIN_CONSTRUCTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [normalizeArabic('دائرة'), set('نفوذ اهتمام ضوء مناخ')],
  [normalizeArabic('مجلس'), set('إدارة')],
]);
/** Most nouns in construct between the head and the place (شركة [توزيع كهرباء محافظات] غزة). */
const MAX_CONSTRUCTS = 3;
/** An adjective's ending (شركة [نفطية] ليبيا is no name) or an attached pronoun's (مقرها). */
const NOT_CONSTRUCT = /(ي|يه|ى|ها|هم|هما|هن|كم|نا)$/;

/**
 * A head of CONSTRUCT_PLACE_HEADS the tagger left O (a clitic before it allowed: لشركة), one to three indefinite nouns
 * in construct without clitics, and the place span after them are one organisation, with a definite adjective that closes
 * the name (as tagBodiesNamedByPlace); the place's first word carries no clitic of its own.
 */
function tagConstructBodiesOfPlace(sentence: Token[], stems: string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  let out = tags;
  const n = out.length;
  const construct = (j: number) => out[j] === 0 && sentence[j].kind === 'word' && sentence[j].norm === stems[j] && stems[j].length >= 3 &&
    allBaseArabic(stems[j]) && !definite(stems[j]) && !PREPOSITIONS.has(stems[j]) && !NOT_CONSTRUCT.test(stems[j]) && !isNationality(j) &&
    !CONSTRUCT_PLACE_HEADS.has(stems[j]);
  for (let k = 2; k < n; k++) {
    if (out[k] !== B_LOC || (sentence[k].norm !== stems[k] && !sentence[k].norm.startsWith('ال'))) continue;
    let h = k - 1;
    while (h > 0 && k - h <= MAX_CONSTRUCTS && construct(h)) h--;
    if (h === k - 1 || out[h] !== 0 || sentence[h].kind !== 'word' || !CONSTRUCT_PLACE_HEADS.has(stems[h]) ||
      PLAIN_CONSTRUCTS.get(stems[h])?.has(stems[h + 1]) || sphereAt(stems, h)) continue;
    let e = spanEnd(out, k);
    // An alliance of the place and another place after و (حلف [القاهرة] و[الرياض]) names its parties, no alliance's name.
    if (stems[k - 1] === 'حلف' && e < n && out[e] === B_LOC && sentence[e].norm.startsWith('و') && sentence[e].norm !== stems[e]) continue;
    if (e < n && out[e] === 0 && sentence[e].kind === 'word' && definite(stems[e]) && sentence[e].norm === stems[e] && endsAsNisba(stems[e]) && !isNationality(e)) e++;
    if (out === tags) out = tags.slice();
    markSpan(out, h, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out;
}
