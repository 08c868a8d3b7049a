// Names the tagger ran on across a preposition written on the next name: a second person (اتصل [ماكرون] ب[زيلينسكي]) or the outlet spoken to (قالت [ماتشادو] ل[رويترز]).
import { beginTag, insideTag, isInside, spanEnd } from './tagger';
import { ANY_NAME_LIST, GIVEN_LIST, ORG_LIST, RARE_WORD } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** A phrase's list string holds the people lists' surnames. */
const SURNAME = /(^|\|)PLAST(\||$)/;
/** A pronoun written on a noun (قميصه، زوجها، رفاقهم). */
const PRONOUN_END = /(ه|ها|هم|هما)$/;

/**
 * Inside a person span, a word that opens with ب or ل, unseen and in no list as written, whose rest is a listed surname,
 * after a word that is a listed surname and no given name, or a word no name list holds, opens a person: a verb of meeting or praising put its
 * preposition on the second name (`التقى بوتين بأردوغان`). No name part of the first person's goes on with ب or ل + a
 * known surname, while a name that opens with those letters is listed or known as written (`توني بلير`، `نبيه بري`).
 * `lists`: a normalised word's list string; `freq`: its training count.
 */
export function splitCliticSurnames(stems: readonly string[], prefixes: readonly string[], tags: number[],
  lists: (w: string) => string | undefined, freq: (w: string) => number): number[] {
  let out: number[] | undefined;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== I_PERS || prefixes[k]) continue;
    const w = stems[k];
    // Five letters at least after the preposition: a short listed surname is often an Arabic name's last part (سعود بهوان).
    if (w.length < 6 || (w[0] !== 'ب' && w[0] !== 'ل') || lists(w) !== undefined || freq(w) >= RARE_WORD) continue;
    if (!SURNAME.test(lists(w.slice(1)) ?? '')) continue;
    const before = lists(stems[k - 1]) ?? '';
    // The word before is a surname named alone, or a known noun with a pronoun on it that no name list holds, which names
    // no one when it opened the span alone (وسلم اللاعب قميصه ل[مبابي]); an unlisted word without one may be a name the
    // lists miss (البرازيلي نيمار لسانتوس), and is left.
    const noun = !ANY_NAME_LIST.test(before) && PRONOUN_END.test(stems[k - 1]) && freq(stems[k - 1].replace(PRONOUN_END, '')) >= RARE_WORD;
    if (GIVEN_LIST.test(before) || !(SURNAME.test(before) || noun)) continue;
    out ??= tags.slice();
    out[k] = B_PERS;
    if (noun && tags[k - 1] === B_PERS) out[k - 1] = 0;
  }
  return out ?? tags;
}

const B_ORG = beginTag('ORG');

/**
 * A span of name words, then a word of ل or ب + a body the organisation list holds alone, unseen and in no list as
 * written, is a person speaking to an outlet (قالت [ماتشادو] ل[رويترز]، قال [غروسي] ل[بلومبرغ]): the person ends before the
 * preposition and the body is the outlet, whatever label the tagger gave the whole.
 */
export function splitCliticOutlets(stems: readonly string[], prefixes: readonly string[], tags: number[],
  lists: (w: string) => string | undefined, freq: (w: string) => number): number[] {
  let out: number[] | undefined;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] === 0 || isInside(tags[b])) continue;
    const e = spanEnd(tags, b);
    const k = e - 1;
    // The body behind its preposition: split off by the clitic splitter (لرويترز), or left on an unseen word (لبلومبرغ).
    const w = stems[k];
    const split = prefixes[k] === 'ل' || prefixes[k] === 'ب';
    const body = split ? w : !prefixes[k] && w.length >= 5 && (w[0] === 'ل' || w[0] === 'ب') && lists(w) === undefined && freq(w) < RARE_WORD ? w.slice(1) : '';
    if (k > b && body && ORG_LIST.test(lists(body) ?? '') && !ANY_NAME_LIST.test(lists(body) ?? '')) {
      let names = true;
      for (let j = b; j < k && names; j++) names = ANY_NAME_LIST.test(lists(stems[j]) ?? '') && !ORG_LIST.test(lists(stems[j]) ?? '');
      if (names) {
        out ??= tags.slice();
        out[b] = B_PERS;
        for (let j = b + 1; j < k; j++) out[j] = I_PERS;
        out[k] = B_ORG;
      }
    }
    b = e - 1;
  }
  return out ?? tags;
}
