// Bodies the tagger ran into what stands beside them: a verb's subject and object (وزارة الداخلية [حركة حماس]) split apart, a trade description dropped (شركة النفط الفرنسية [توتال]), a body's forces left out (قوات [الأمم المتحدة]).
import { beginTag as B, insideTag as I, markSpan, spanEnd } from './tagger';
import { ORGANIZATION_HEADS, PERSON_TITLES } from './triggers';
import { wordSet } from './wordSets';
import { hasMark, listMarks } from './nameMarks';
import { endsAsNisba } from './namePatterns';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const FIRST_PER_PLAST_MARK_ANY = listMarks(['FIRST', 'PER', 'PLAST']);

const B_ORG = B('ORG');
const B_PERS = B('PERS');
const I_ORG = I('ORG');

/**
 * Units of a body named by what they do in it (الجناح العسكري، الذراع السياسية، المكتب الإعلامي، اللجنة المركزية، الهيئة
 * الإدارية): where the FANE corpora and our dev halves tag anything there, they tag the body after لـ alone, 18 times, the
 * unit never; an institute of a university is a body itself (WikiFANE tags المعهد الفلكي لجامعة هاواي whole).
 */
const UNITS = wordSet('الجناح الذراع المكتب اللجنة الهيئة');

/**
 * Inside an organisation span, the object body of a verb whose subject is a body (اتهمت وزارة الداخلية [حركة حماس]،
 * طالب البرلمان [صندوق النقد الدولي]، اتهم الجيش [نمور التاميل]) begins a body of its own:
 * - an indefinite body head with no clitic, after a definite word, that a name follows (وزارة الداخلية [حركة] حماس): a
 *   definite noun takes no indefinite head as its name (الرايخ بنك ends in its head and is left whole);
 * - after a bare definite head (الحكومة، الجيش، الوزارة), a body the lists hold that runs to the span's end and opens with
 *   no adjective (الحكومة [الأونروا]، الشرطة [القاعدة]); not a listed body that opens at the head itself (البنك الدولي);
 * - after a definite head and its adjectives, لـ and a body's head (المكتب الإعلامي [لحركة حماس]): the unit is no name, the
 *   body it belongs to is.
 * The bare head left alone is then dropped as any bare head is (dropBareHeads).
 * `listed(b, e)`: the lists hold tokens b..e-1 as one body.
 */
export function splitObjectBodies(stems: readonly string[], prefixes: readonly string[], tags: number[], listed: (b: number, e: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const bareHead = (k: number) => stems[k].startsWith('ال') && ORGANIZATION_HEADS.has(stems[k]);
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    let split = -1;
    if (e - b >= 2 && bareHead(b) && !prefixes[b + 1] && !endsAsNisba(stems[b + 1]) && listed(b + 1, e) && !listed(b, e)) split = b + 1;
    for (let k = b + 1; split < 0 && k + 1 < e; k++) {
      if (!prefixes[k] && !stems[k].startsWith('ال') && ORGANIZATION_HEADS.has(stems[k]) && stems[k - 1].startsWith('ال')) split = k;
    }
    // A unit of a body (المكتب الإعلامي، الجناح العسكري، اللجنة المركزية) before لـ and the body's head is no name; the body
    // it belongs to is (المكتب الإعلامي [لحركة حماس]، الجناح العسكري [لحركة فتح]).
    let unit = -1;
    if (split < 0 && UNITS.has(stems[b])) {
      let k = b + 1;
      while (k < e && !prefixes[k] && stems[k].startsWith('ال') && endsAsNisba(stems[k])) k++;
      const head = (j: number, w: string) => j + 1 < e && !w.startsWith('ال') && ORGANIZATION_HEADS.has(w);
      // لـ split off, kept on the word (the lexicon knows لحركة whole), or its own token as the FANE corpora write it.
      if (k > b + 1 && k < e && ((prefixes[k] === 'ل' && head(k, stems[k])) || (!prefixes[k] && stems[k][0] === 'ل' && head(k, stems[k].slice(1))))) unit = split = k;
      else if (k > b + 1 && k < e && stems[k] === 'ل' && head(k + 1, stems[k + 1])) unit = split = k + 1;
    }
    if (split > 0) {
      if (out === tags) out = tags.slice();
      if (unit > 0) for (let k = b; k < unit; k++) out[k] = 0;
      out[split] = B_ORG;
      for (let k = split + 1; k < e; k++) out[k] = I_ORG;
    }
    b = e - 1;
  }
  return out;
}

/** Company heads a trade description follows before the company's own name (شركة النفط الفرنسية توتال), normalised. */
const DESCRIBED_HEADS = wordSet('شركة مجموعة');
/** Marks of a list's proper name on a token: a description of common words has none. */
const PROPER_MARK = listMarks(['LOC', 'PER', 'ORG', 'CLUB', 'FIRST', 'PLAST', 'NAME'], { exact: true });
const MAX_DESCRIPTION_ADJECTIVES = 2;

/**
 * A company's trade description before its own name (شركة النفط الفرنسية [توتال]، مجموعة الاتصالات الكويتية [زين]،
 * شركة الهاتف المحمول [سيريتل]) is no name: where the FANE corpora and our dev halves tag the name after such a description,
 * they leave the description out 9 times in 10. The description, read as a body, is
 * dropped, and the name after it, read as a person or MISC, is the company. Not a description the lists hold as a body
 * (a company's own Arabic name), nor one with a proper name in it. `marks`: the sentence's list marks.
 */
export function dropTradeDescriptions(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const common = (k: number) => stems[k].startsWith('ال') && !prefixes[k] && !hasMark(marks[k], PROPER_MARK);
    let described = e - b >= 2 && DESCRIBED_HEADS.has(stems[b]) && !marks[b].includes('ORG-B') && !marks[b].some((m) => m.startsWith('ORG-'));
    for (let k = b + 1; described && k < e; k++) described = common(k);
    if (!described) { b = e - 1; continue; }
    // Adjectives of the description the tagger left outside it (شركة الهاتف [المحمول] سيريتل).
    let q = e;
    while (q < n && q - e < MAX_DESCRIPTION_ADJECTIVES && out[q] === 0 && common(q)) q++;
    const name = q < n ? out[q] : 0;
    if (name === 0 || name % 2 === 0 || prefixes[q]) { b = e - 1; continue; }
    // A person the name lists know (مجموعة العلماء [توماس زوربوخن]) is a member of a group, no company; a person of two
    // words or more after a title's company (رئيس شركة الكهرباء الوطنية [غيورغي تشيلادزه]) is the one who holds the title.
    const ne = spanEnd(out, q);
    if (name !== B_ORG && marks.slice(q, ne).some((ms) => hasMark(ms, FIRST_PER_PLAST_MARK_ANY))) { b = ne - 1; continue; }
    if (name === B_PERS && ne - q >= 2 && b > 0 && PERSON_TITLES.has(stems[b - 1])) { b = ne - 1; continue; }
    if (out === tags) out = tags.slice();
    for (let k = b; k < q; k++) out[k] = 0;
    markSpan(out, q, ne, B_ORG, I_ORG);
    b = ne - 1;
  }
  return out;
}

/** Troops of a body named after it (قوات الأمم المتحدة، قوات حزب الله), normalised, with و/ب/ل written on them or not. */
const FORCES = wordSet('قوات');
/** The coalition's forces are named as one (قوات التحالف الدولي): the coalition is their name, not a body apart. */
const FORCES_NAMES = wordSet('التحالف');
/** A body's head, with the article or without (قوات [الشرطة التركية]، قوات [حزب الله]). */
const bodyHead = (w: string) => ORGANIZATION_HEADS.has(w) || ORGANIZATION_HEADS.has(w.replace(/^ال/, ''));

/**
 * The forces of a body are no name of their own; the body is (قوات [الأمم المتحدة]، قوات [حزب الله]، قوات [الاتحاد الأفريقي]،
 * قوات [الشرطة التركية]، قوات [الجيش الإسرائيلي]): the FANE corpora and our dev halves leave `قوات` outside a body that
 * names itself 15 times in 15 (and keep it inside where what follows is no body, قوات [الدعم السريع]، قوات [التحالف] 9
 * times). What follows must be a body by itself: the lists hold it whole, or it opens with a body's head and has a word
 * after it (not the bare head; not التحالف, whose forces are the coalition: قوات التحالف الدولي). Not a name the lists hold
 * with `قوات` (قوات سوريا الديمقراطية).
 * `listed(b, e)`: the lists hold tokens b..e-1 as one body.
 */
export function dropForcesHeads(stems: readonly string[], tags: number[], listed: (b: number, e: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    if (e - b >= 2 && FORCES.has(stems[b]) && !FORCES_NAMES.has(stems[b + 1]) && !listed(b, e) &&
      (listed(b + 1, e) || (e - b >= 3 && bodyHead(stems[b + 1])))) {
      if (out === tags) out = tags.slice();
      out[b] = 0;
      out[b + 1] = B_ORG;
    }
    b = e - 1;
  }
  return out;
}
