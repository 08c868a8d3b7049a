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

/** Training count from which a word no list holds is a word of the language, not an unseen name. */
const KNOWN_WORD = 5;

/** Where words from..to-1 split into two listed persons, or -1. */
function pairSplit(stems: readonly string[], from: number, to: number, listsOf: (w: string) => string | undefined, wordFreq: (w: string) => number): number {
  for (let k = from + 1; k < to; k++) {
    if (!listedPerson(stems, from, k, listsOf, wordFreq) || !listedPerson(stems, k, to, listsOf, wordFreq)) continue;
    // A definite lone word after a lone one is rather its family name (لطيفة الشعلان), a nisba or a people (الألباني).
    if (to - k === 1 && stems[k].startsWith('ال')) continue;
    return k;
  }
  return -1;
}

/**
 * A person span that is two listed persons side by side, and as a whole no listed name, is two persons: the lists hold
 * each, never the two as one name (جورج بوش is one: جورج is no listed surname alone).
 */
export function splitListedPairs(stems: readonly string[], tags: number[], listsOf: (w: string) => string | undefined,
  wordFreq: (w: string) => number, written: (k: number) => string = (k) => stems[k]): number[] {
  // A listed name as written is whole, whatever the splitter cut (بلاول بوتو زرداري: not ب + لاول).
  const listedAsWritten = (from: number, to: number) => {
    const words: string[] = [];
    for (let k = from; k < to; k++) words.push(written(k));
    return listsOf(words.join(' ')) !== undefined;
  };
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    if (listedAsWritten(b, e)) { b = e - 1; continue; }
    // A word no list holds that the training text knows, opening the span, is the verb before the two (وهاتف ماكرون محمد بن سلمان).
    const from = e - b >= 3 && !listsOf(stems[b]) && !listedAsWritten(b, b + 1) && wordFreq(stems[b]) >= KNOWN_WORD ? b + 1 : b;
    for (const start of from === b ? [b] : [b, from]) {
      if (e - start < 2 || listsOf(stems.slice(start, e).join(' ')) || listedAsWritten(start, e)) continue;
      const k = pairSplit(stems, start, e, listsOf, wordFreq);
      if (k < 0) continue;
      if (out === tags) out = tags.slice();
      if (start > b) { out[b] = 0; out[start] = B_PERS; }
      out[k] = B_PERS;
      break;
    }
    b = e - 1;
  }
  return out;
}
