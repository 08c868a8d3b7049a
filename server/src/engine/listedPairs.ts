// Two listed people the tagger read as one person where news names a subject and its object side by side
// (بحث [ماكرون] [بايدن]، التقى الرئيس [جوزيف عون] [نواف سلام]): two persons.
import { beginTag, spanEnd } from './tagger';

const B_PERS = beginTag('PERS');

const PEOPLE = /(^|\|)PER(\||$)/;
const SURNAME = /(^|\|)PLAST(\||$)/;
const NOT_NAME = /(^|\|)(FIRST|LOC|NAT|ORG|CLUB)(\||$)/;

/**
 * Words from..to-1 are one listed person: a full name of two words or more the people lists hold, or a well-known
 * person's surname alone that the training text never saw and no list holds as a given name, place, people or body (ماكرون، بايدن). The
 * surnames' list also holds the last words of old names that are given names or ranks elsewhere (لويس، جون، الثاني):
 * the training text knows those.
 */
function listedPerson(stems: readonly string[], from: number, to: number, listsOf: (w: string) => string | undefined,
  wordFreq: (w: string) => number): boolean {
  const phrase = stems.slice(from, to).join(' ');
  const lists = listsOf(phrase) ?? '';
  return to - from >= 2 ? PEOPLE.test(lists) : SURNAME.test(lists) && !NOT_NAME.test(lists) && wordFreq(phrase) === 0;
}

/**
 * A person span that is two listed persons side by side, and as a whole no listed name, is two persons: the lists hold
 * each, never the two as one name (جورج بوش is one: جورج is no listed surname alone).
 */
export function splitListedPairs(stems: readonly string[], tags: number[], listsOf: (w: string) => string | undefined,
  wordFreq: (w: string) => number): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    if (e - b >= 2 && !listsOf(stems.slice(b, e).join(' '))) {
      for (let k = b + 1; k < e; k++) {
        if (!listedPerson(stems, b, k, listsOf, wordFreq) || !listedPerson(stems, k, e, listsOf, wordFreq)) continue;
        // A definite lone word after a lone one is rather its family name (لطيفة الشعلان), a nisba or a people (الألباني).
        if (e - k === 1 && stems[k].startsWith('ال')) continue;
        if (out === tags) out = tags.slice();
        out[k] = B_PERS;
        break;
      }
    }
    b = e - 1;
  }
  return out;
}
