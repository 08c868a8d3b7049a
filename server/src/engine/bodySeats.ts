// A court, chamber or regional body named with its seat after ب, or a council with its town after ل: the seat is part of its name.
import { beginTag as B, insideTag as I, markSpan, spanEnd } from './tagger';
import { wordSet, wordSetWithArticle } from './wordSets';
import { definite, VERBAL_NOUN } from './namePatterns';
import { hasMark, listMarks } from './nameMarks';
import { wideCueBit } from './wideCues';
import { listedPlaceEnd } from './clubBounds';
import { LOCATION_HEADS } from './triggers';

const B_ORG = B('ORG');
const I_ORG = I('ORG');
const B_LOC = B('LOC');

/**
 * Heads of bodies that a town or country after ب names as one of their kind (normalised, with and without the article):
 * courts, chambers, authorities, associations, foundations, centres, universities, unions. Not hospitals, companies or
 * agencies, whose place after ب is where they are (مستشفى غايز [بلندن]، شركة مصر للغزل والنسيج [بالمحلة]).
 */
const SEAT_HEADS = wordSetWithArticle('محكمة غرفة هيئة جمعية مؤسسة مركز جامعة نقابة كلية');
/**
 * Adjectives that make any head a regional or local unit of a wider body (الاتحاد [الجهوي] للشغل، الإدارة [الجهوية] للصحة،
 * المجلس [البلدي]): such a unit is named by the town it serves, so its seat is part of its name whatever its head.
 */
const REGIONAL = wordSet('الجهوي الجهوية المحلي المحلية الإقليمي الإقليمية البلدي البلدية القروي القروية الولائي الولائية');
/** Units of land named before the town or region inside a local body's name (الوحدة المحلية [لمركز] ملوي، بساحل حضرموت). */
const TOWN_UNITS = wordSet('مركز مديرية مدينة محافظة ولاية بلدية قضاء ناحية دائرة جماعة قرية إقليم ساحل');
/** takeBodySeats' bit (wideCues.ts): its steps start at one of these heads or the regional adjective after one. */
export const SEAT_CUE = wideCueBit([SEAT_HEADS, REGIONAL]);

/**
 * Training-text count under which a listed word the tagger left O is a town (البليدة): the noisy place list holds common
 * words too (بأنه: ب + أنه).
 */
const RARE_SEAT = 50;
/** Most words of a listed place taken as a seat (بالدار البيضاء). */
const MAX_SEAT = 3;
/** A list's mark of an organisation at a word: a body named inside another's name (للأمم المتحدة). */
const BODY_OPENS = listMarks(['ORG']);
/** A list's mark of a person's full name opening at a word: a body named after someone (مؤسسة محمد بن راشد). */
const PERSON_OPENS = listMarks(['PER'], { places: 'B' });

/**
 * A body whose head names its kind, right before ب + a place (`[محكمة الجنايات] [بالبليدة]`، `[هيئة الصحة] [بدبي]`): a
 * place span the tagger read, or one word the place list holds that it left O (its document may read it a place later),
 * is one organisation with the body, as the project's sets tag a seat (their guide: `[محكمة الاستئناف بصفاقس]`، `[هيئة
 * الصحة بدبي]`; 12 such spans in the dev sets, 2 with the seat outside, courts of the third and fifth rounds). The
 * place's other words come too (بالدار البيضاء). Not after a body named by a place (جامعة بولونيا بإيطاليا) or by another
 * body (الجمعية العامة [للأمم المتحدة] بنيويورك: where it met). `placeWord(k)`: a place list holds token k; `freq(k)`: the training-text count of its stem;
 * `marks`: the list marks; `isWord(k)`: token k is a word; `placeName(w)`: the place list holds word w. A body the tagger left unread before its seat is read first (tagSeatedBodies).
 * A regional unit's seat may open with the unit of the land it serves (المؤسسة المحلية للمياه [بساحل حضرموت]، [بولاية سوسة]).
 */
export function takeBodySeats(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  placeWord: (k: number) => boolean, freq: (k: number) => number, isWord: (k: number) => boolean, placeName: (w: string) => boolean): number[] {
  let out = tagCouncilTowns(stems, prefixes, tagSeatedBodies(stems, prefixes, tags, isWord), placeWord, freq);
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const regional = b + 1 < e && REGIONAL.has(stems[b + 1]);
    const unit = regional && e + 1 < out.length && out[e] === 0 && TOWN_UNITS.has(stems[e]) && out[e + 1] === B_LOC;
    // A place the analyser left whole, ب and all (بزاكورة: the list holds زاكورة): the tagger's place span is the seat.
    const joined = e < out.length && out[e] === B_LOC && !prefixes[e] && stems[e].startsWith('ب') && placeName(stems[e].slice(1));
    const listedRun = e < out.length && prefixes[e] === 'ب' && out[e] === 0 && marks[e].includes('LOC-B') ?
      listedPlaceEnd(marks, e, MAX_SEAT, (k) => out[k] === 0 && !prefixes[k]) : -1;
    const seat = joined || listedRun > e || (e < out.length && prefixes[e] === 'ب' && (out[e] === B_LOC || unit || (out[e] === 0 && placeWord(e) && (freq(e) < RARE_SEAT || spelledPlace(marks, stems, e)))));
    if (seat && (SEAT_HEADS.has(stems[b]) || regional) && !named(prefixes, marks, placeWord, b + 1, e)) {
      const end = out[e] === B_LOC ? spanEnd(out, e) : unit ? spanEnd(out, e + 1) : listedRun > e ? listedRun : e + 1;
      if (out === tags) out = tags.slice();
      for (let k = e; k < end; k++) out[k] = I_ORG;
      b = end - 1;
      continue;
    }
    b = e - 1;
  }
  return out;
}

/**
 * A frequent word the place list holds as spelled (بدبي، بالقاهرة: LOC-S), which a body's span the tagger ran on lost
 * (هيئة الصحة [بدبي] فتح …): a town, unless it has a verbal noun's shape (بتنفيذ: the list's noise) or is a place's
 * common head (بالمدينة: the branch's own town, named before).
 */
const spelledPlace = (marks: readonly string[][], stems: readonly string[], e: number) => marks[e].includes('LOC-S') && !VERBAL_NOUN.test(stems[e]) &&
  !LOCATION_HEADS.has(stems[e]);

/** Indefinite heads whose definite complement and seat name one body even where the tagger read none of it (غرفة التجارة بصفاقس). */
const UNREAD_SEAT_HEADS = wordSet('محكمة غرفة هيئة نقابة');
/** A chamber is a body only as one of trade (غرفة التجارة، الصناعة، الزراعة، الملاحة); else a room (غرفة العمليات بحلب). */
const CHAMBER = wordSet('غرفة');
const CHAMBER_TRADES = wordSet('التجارة الصناعة الزراعة الملاحة');
/** A chamber named by its trades' adjectives (الغرفة التجارية والصناعية): a town's chamber of commerce. */
const DEFINITE_CHAMBER = wordSet('الغرفة');
const CHAMBER_ADJECTIVES = wordSet('التجارية الصناعية الزراعية الملاحية');
/** What makes هيئة a staff or a bench, not a body (هيئة التدريس بالقاهرة، هيئة الدفاع، هيئة المحلفين). */
const STAFF_COMPLEMENTS = wordSet('التدريس التحرير الدفاع المحلفين المحكمة');

/**
 * An indefinite head of `UNREAD_SEAT_HEADS` the tagger left O (a clitic on it allowed: لغرفة), its definite complement
 * without a clitic and one more joined by و (التجارة والصناعة), right before ب + a place span the tagger read: the head and
 * complement are the body takeBodySeats then gives its seat (`[غرفة التجارة والصناعة بصفاقس]`). Only before a read place:
 * a room, a panel or a court of a building is not named by one (غرفة النوم بالطابق الثاني); nor is a room of a town, a
 * faculty or a defence team (غرفة العمليات بحلب، هيئة التدريس بالقاهرة). A definite chamber named by its trades' adjectives
 * takes its town after في too (`[الغرفة التجارية الصناعية في نابلس]`): the sets tag a chamber with its town both ways (3 of 3),
 * while other bodies keep a town after في out (المجلس الأعلى للدولة في ليبيا).
 */
function tagSeatedBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], isWord: (k: number) => boolean): number[] {
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && isWord(k) && out[k] === 0;
  // الغرفة, its trade adjectives (one more after و or none) and its town after ب or في, ending after the town's span; or h.
  const chamberSeat = (h: number): number => {
    let e = h + 1;
    while (e < h + 3 && free(e) && CHAMBER_ADJECTIVES.has(stems[e]) && (e === h + 1 ? !prefixes[e] : !prefixes[e] || prefixes[e] === 'و')) e++;
    if (e === h + 1 || e >= n) return h;
    if (prefixes[e] === 'ب' && out[e] === B_LOC) return spanEnd(out, e);
    return stems[e] === 'في' && !prefixes[e] && e + 1 < n && out[e + 1] === B_LOC ? spanEnd(out, e + 1) : h;
  };
  for (let h = 0; h + 2 < n; h++) {
    if (free(h) && DEFINITE_CHAMBER.has(stems[h])) {
      const e = chamberSeat(h);
      if (e > h) { if (out === tags) out = tags.slice(); markSpan(out, h, e, B_ORG, I_ORG); h = e - 1; }
      continue;
    }
    if (!free(h) || !UNREAD_SEAT_HEADS.has(stems[h])) continue;
    let e = h + 1;
    if (!free(e) || prefixes[e] || !definite(stems[e]) || STAFF_COMPLEMENTS.has(stems[e]) || (CHAMBER.has(stems[h]) && !CHAMBER_TRADES.has(stems[e]))) continue;
    e++;
    if (free(e) && prefixes[e] === 'و' && definite(stems[e])) e++;
    if (e >= n || prefixes[e] !== 'ب' || out[e] !== B_LOC) continue;
    if (out === tags) out = tags.slice();
    markSpan(out, h, e, B_ORG, I_ORG);
    h = e;
  }
  return out;
}

/**
 * Whether a word of b…e-1 names the body already: a place (جامعة [بولونيا] بإيطاليا: the town is the name, the country
 * where it stands), a listed person (مؤسسة محمد بن راشد بدبي: one foundation, the town where it is) or, after ل, a listed
 * organisation. A loop, not a closure per span.
 */
function named(prefixes: readonly string[], marks: readonly string[][], placeWord: (k: number) => boolean, b: number, e: number): boolean {
  for (let k = b; k < e; k++) {
    if (placeWord(k) || hasMark(marks[k], PERSON_OPENS)) return true;
    if (prefixes[k].endsWith('ل') && hasMark(marks[k], BODY_OPENS)) return true;
  }
  return false;
}

/**
 * A definite head and a regional adjective, then ل + a town (`[المجلس البلدي لتازة]`، `[الوحدة المحلية لمركز سمالوط]`،
 * `[المجلس المحلي لمديرية سيئون]`): one council or local unit, as the project's sets tag it, where the tagger read
 * the head alone, the town alone or none of it. The town is a place span the tagger read or a rare word a place list holds,
 * after a unit of `TOWN_UNITS` or not. After في the town is where the council sits, not its name (المجلس البلدي في
 * مدينة الصدر), and a council of a party or a sector is not one of a town (المجلس المحلي لحزب الوفد): neither is read.
 */
function tagCouncilTowns(stems: readonly string[], prefixes: readonly string[], tags: number[],
  placeWord: (k: number) => boolean, freq: (k: number) => number): number[] {
  let out = tags;
  const n = tags.length;
  const town = (k: number) => k < n && (out[k] === B_LOC || (out[k] === 0 && placeWord(k) && freq(k) < RARE_SEAT));
  for (let h = 0; h + 2 < n; h++) {
    if (!definite(stems[h]) || !REGIONAL.has(stems[h + 1])) continue;
    const head = out[h] === B_ORG ? spanEnd(out, h) : out[h] === 0 && out[h + 1] === 0 ? h + 2 : -1;
    const k = h + 2;
    if ((head !== k && head !== k + 1) || !prefixes[k].endsWith('ل') || definite(stems[k])) continue;
    const place = TOWN_UNITS.has(stems[k]) && town(k + 1) ? k + 1 : head === k && town(k) ? k : -1;
    if (place < 0) continue;
    const end = out[place] === B_LOC ? spanEnd(out, place) : place + 1;
    if (out === tags) out = tags.slice();
    markSpan(out, h, end, B_ORG, I_ORG);
    h = end - 1;
  }
  return out;
}
