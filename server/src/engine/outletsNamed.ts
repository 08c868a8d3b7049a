// A newspaper or channel named without quotes where only an outlet fits: told something (قال للشرق الأوسط), learning (علمت الشرق الأوسط), its correspondent's, or in a byline.
import { beginTag, insideTag, isInside, markSpan } from './tagger';
import { stripConj } from './quoteCues';
import { MAX_BEFORE, TELLING, TO } from './outletsAddressed';
import { Token } from './tokenize';
import { normalizeArabic } from './normalize';
import { QUOTE_MARKS } from './wireBodies';
import { AGENCIES_AT_LARGE, wordSet, wordSetWithArticle } from './wordSets';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');
/**
 * Arab papers and channels of 2000s wire whose names are also a region or a common word, so the tagger reads them as a
 * place (الشرق الأوسط) or nothing (الحياة). Not names that are as often a body or a word after لـ (الاتحاد، الوطن، الصباح).
 */
const OUTLETS: readonly (readonly string[])[] = [
  'الشرق الأوسط', 'الجزيرة نت', 'الجزيرة', 'الحياة', 'العربية نت', 'العربية', 'النهار', 'السفير', 'الأهرام', 'القدس العربي',
  'المصري اليوم', 'الشروق',
].map((name) => name.split(' ').map((w) => normalizeArabic(w)));
/** Outlets named by a masculine or plural noun: a feminine verb before one agrees with the paper, not the name (an island,
 * life and Arabic are feminine themselves: تلقت الجزيرة المساعدة). */
const MASCULINE = wordSet('الشرق النهار السفير الأهرام القدس المصري الشروق');
/**
 * Posts held for a region (المبعوث الأممي للشرق الأوسط، منسق الأمم المتحدة الخاص للشرق الأوسط): between a verb of speech
 * and the لـ they make it the post's region, not a paper spoken to.
 */
const REGION_POSTS = wordSetWithArticle('مبعوث مبعوثة منسق منسقة ممثل ممثلة مندوب مندوبة مستشار مستشارة');
/** Outlets named by a region (الشرق الأوسط): after a post held for a region the region is meant. */
const REGIONS = wordSet('الشرق');
/** Verbs of telling beyond the quoted-outlet pass's (وصف لـ…، أبلغ…). */
const TELLING_MORE = wordSet('وصف وصفت يصف تصف أبلغ أبلغت يبلغ تبلغ شرح شرحت يشرح تشرح');
/** A verb in the feminine whose subject an outlet is (وعلمت الشرق الأوسط أن…): a region (الشرق, masculine) is never it. */
const OUTLET_VERBS = wordSet('علمت التقت سألت اتصلت حصلت أجرت اطلعت تلقت استطلعت رصدت');
/** A correspondent or envoy is the outlet's (وقال مراسل [الجزيرة]، ونقل موفد [الجزيرة نت]): NewsFANE tags the outlet after one 10 times in 11. */
const CORRESPONDENTS = wordSet('مراسل مراسلة مراسلو مراسلي موفد موفدة');
/** Words that open a clause of their own: a telling verb before them governs that clause, not the لـ after it. */
const CLAUSE = wordSet('إن أن ان لأن بأن');

/** The outlets by their first word, longest first as listed: every word of every sentence is asked. */
const OUTLETS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const name of OUTLETS) OUTLETS_BY_FIRST.set(name[0], [...(OUTLETS_BY_FIRST.get(name[0]) ?? []), name]);
const NONE: readonly (readonly string[])[] = [];
/** لل (to the) joined to a word, after و or ف or not. */
const TO_THE = /^[وف]?لل/;
/** tagOutletsNamed's bit (wideCues.ts): an outlet's first word as written, bare or joined to لل (للجزيرة، وللحياة). */
export const OUTLET_NAMED_CUE = wideCueBit([], [[...OUTLETS_BY_FIRST.keys()].flatMap((w) => [w, ...(w.startsWith('ال') ? ['', 'و', 'ف'].map((c) => c + 'لل' + w.slice(2)) : [])])]);
/** tagUnlistedOutletsTold's bit: a word opening a clause, bare or behind the و or ف stripConj takes off (أن، وأن). */
export const TOLD_CUE = wideCueBit([], [[...CLAUSE].flatMap((w) => [w, 'و' + w, 'ف' + w])]);

/** The outlet whose words begin at `k` (the first word's form given), as its length in tokens, or 0. */
function outletAt(sentence: Token[], k: number, first: string): number {
  for (const name of OUTLETS_BY_FIRST.get(first) ?? NONE) {
    let ok = true;
    for (let i = 1; i < name.length && ok; i++) ok = k + i < sentence.length && sentence[k + i].norm === name[i];
    if (ok) return name.length;
  }
  return 0;
}

/**
 * Whether a verb or noun of telling governs the لـ at `k`: within six words before it, no إن/أن between, and every word
 * between a name the tagger read (the speaker: `وقال علاوي للشرق الأوسط`) unless reported speech follows the outlet
 * (`وقال مسؤول كبير للجزيرة إن`); a lone verb far back governs another phrase (`تحدث عنها ككائن واجب الوجود للحياة`).
 */
function toldAt(sentence: Token[], stems: readonly string[], tags: readonly number[], k: number, speech: boolean, region: boolean): boolean {
  let named = true;
  for (let j = k - 1; j >= 0 && k - j <= MAX_BEFORE && sentence[j].kind === 'word'; j--) {
    const w = stripConj(sentence[j].norm);
    // A post held for a region makes the لـ its region's (المبعوث الأممي للشرق الأوسط إن), reported speech or not.
    if (CLAUSE.has(w) || (region && (REGION_POSTS.has(stems[j]) || REGION_POSTS.has(w)))) return false;
    if (TELLING.has(stems[j]) || TELLING.has(w) || TELLING_MORE.has(stems[j]) || TELLING_MORE.has(w)) return named || speech;
    if (tags[j] === 0) named = false;
  }
  return false;
}

/**
 * A listed outlet is one ORGANIZATION, whatever the tagger read, where it is told something (a verb or noun of telling
 * within six words before its لـ, no إن/أن between: `وقال علاوي للشرق الأوسط`، `في تصريحات للجزيرة`; or reported speech
 * right after it: `للجزيرة إن`), where a feminine verb of learning or meeting has it as subject (`وعلمت الشرق الأوسط`),
 * after its correspondent or envoy (`مراسل الجزيرة`), or before `والوكالات` in a byline. A span the tagger ran into it from before is dropped with it (`[بيرت للشرق الأوسط]`).
 */
export function tagOutletsNamed(sentence: Token[], stems: readonly string[], tags: number[]): number[] {
  let out: number[] | undefined;
  const n = sentence.length;
  for (let k = 0; k < n; k++) {
    const tok = sentence[k];
    if (tok.kind !== 'word') continue;
    let w = tok.norm;
    const apart = k > 0 && TO.has(sentence[k - 1].text);
    const to = apart || TO_THE.test(w);
    if (!apart && to) w = 'ال' + w.replace(TO_THE, '');
    const len = outletAt(sentence, k, w);
    if (!len) continue;
    const after = k + len < n ? stripConj(sentence[k + len].norm) : '';
    let outlet = false;
    if (to) outlet = toldAt(sentence, stems, tags, apart ? k - 1 : k, CLAUSE.has(after), REGIONS.has(w));
    else {
      const prev = k > 0 ? stripConj(sentence[k - 1].norm) : '';
      // The correspondent's outlet may stand in quote marks (موفد " [السفير] "): the word before the mark is the noun.
      const c = k > 1 && QUOTE_MARKS.has(sentence[k - 1].text) ? k - 2 : k - 1;
      outlet = (OUTLET_VERBS.has(prev) && MASCULINE.has(w)) || AGENCIES_AT_LARGE.has(after) ||
        (c >= 0 && (CORRESPONDENTS.has(stripConj(sentence[c].norm)) || CORRESPONDENTS.has(stems[c])));
    }
    if (!outlet) continue;
    const cur = out ?? tags;
    if (cur[k] === B_ORG && (len === 1 || cur[k + len - 1] === I_ORG) && (k + len >= n || !isInside(cur[k + len]))) { k += len - 1; continue; }
    out ??= tags.slice();
    // A span run in from before (the speaker, the verb) ends where the outlet begins and loses its reading.
    if (isInside(out[k])) for (let j = k - 1; j >= 0 && out[j] !== 0; j--) { const begin = !isInside(out[j]); out[j] = 0; if (begin) break; }
    markSpan(out, k, k + len, B_ORG, I_ORG);
    for (let j = k + len; j < n && isInside(out[j]); j++) out[j] = 0;
    k += len - 1;
  }
  return out ?? tags;
}

/**
 * An outlet the lists lack, told something right before reported speech (`وقال المخرج لروداو إن`، `وقال النصار لواع إن`):
 * a word behind a joined لـ that the training text never met, no list holds as a name part and the tagger left O, between
 * a verb of telling (its speaker named or not) and إن/أن, is the outlet spoken to. `freq(w)`: the training count of a form;
 * `namePart(w)`: a person's name part (a person is told things too: `وقال لهاني إن`).
 */
export function tagUnlistedOutletsTold(sentence: Token[], stems: readonly string[], tags: number[], freq: (w: string) => number,
  namePart: (w: string) => boolean): number[] {
  let out: number[] | undefined;
  const n = sentence.length;
  for (let k = 1; k + 1 < n; k++) {
    const tok = sentence[k];
    if (tok.kind !== 'word' || tags[k] !== 0 || !CLAUSE.has(stripConj(sentence[k + 1].norm))) continue;
    const m = /^[وف]?ل([\u0621-\u064A]{3,})$/.exec(tok.norm);
    if (!m || m[1].startsWith('ل') || (m[1].startsWith('ا') && m[1][1] === 'ل')) continue;
    const w = m[1];
    if (freq(w) > 0 || freq(tok.norm) > 0 || namePart(w) || !toldAt(sentence, stems, tags, k, true, false)) continue;
    out ??= tags.slice();
    out[k] = B_ORG;
  }
  return out ?? tags;
}
