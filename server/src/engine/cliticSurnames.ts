// Two persons the tagger joined across a preposition written on the second (اتصل [ماكرون] ب[زيلينسكي]، أشاد [ترامب] ب[نتنياهو]).
import { beginTag, insideTag } from './tagger';
import { RARE_WORD } from './nameMarks';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/** A phrase's list string holds the people lists' surnames. */
const SURNAME = /(^|\|)PLAST(\||$)/;
/** A given name's list: a surname that is also a given name (جورج، محمد) may open a name the next word goes on. */
const GIVEN = /(^|\|)FIRST(\||$)/;
/** A pronoun written on a noun (قميصه، زوجها، رفاقهم). */
const PRONOUN_END = /(ه|ها|هم|هما)$/;
/** Any list of names or name parts. */
const NAME_PART = /(^|\|)(PER|NAME|FIRST|LAST|PLAST)(\||$)/;

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
    const noun = !NAME_PART.test(before) && PRONOUN_END.test(stems[k - 1]) && freq(stems[k - 1].replace(PRONOUN_END, '')) >= RARE_WORD;
    if (GIVEN.test(before) || !(SURNAME.test(before) || noun)) continue;
    out ??= tags.slice();
    out[k] = B_PERS;
    if (noun && tags[k - 1] === B_PERS) out[k - 1] = 0;
  }
  return out ?? tags;
}
