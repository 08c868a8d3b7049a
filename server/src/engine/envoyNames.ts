// An envoy's post and name (سفير طالبان لدى [باكستان] سالم زعيف): the place or body he is sent to, then the person, not one span.
import { COMMON_WORD, onlyNameListed, surnameCount } from './nameMarks';
import { beginTag, insideTag, isInside, spanEnd, tagLabel } from './tagger';
import { BASE_ARABIC_LETTER, normalizeArabic } from './normalize';
import { NAME_PARTICLES, PERSON_TITLE_FORMS } from './triggers';
import { wordSet as set, wordSetWithArticle } from './wordSets';

const B_PERS = beginTag('PERS');
const B_LOC = beginTag('LOC');
const I_PERS = insideTag('PERS');
/** Titles of a man sent to a state or a body, normalised, with and without the article (envoyHosts reads them too). */
export const ENVOYS = wordSetWithArticle('سفير سفيرة مندوب مندوبة ممثل مبعوث قنصل');
/** The prepositions of a post (سفير … لدى باكستان، ممثل … في العراق). */
const POST = set('لدى لدي في');
/** How far back from the preposition the title may stand (والسفير الأردني غير المقيم في باكو). */
const WINDOW = 5;

/**
 * An envoy's title stands within `window` tokens before token p (سفير الأردن لدى، مندوب فرنسا الدائم لدى), with no token
 * between them where `stop(k)` says the post's phrase has ended. envoyHosts walks so to لدى too.
 */
export function envoyBefore(stems: readonly string[], p: number, window: number, stop: (k: number) => boolean): boolean {
  for (let k = p - 1; k >= Math.max(0, p - window); k--) {
    if (stop(k)) return false;
    if (ENVOYS.has(stems[k])) return true;
  }
  return false;
}

/**
 * After an envoy's title and لدى or في, a place or body the tagger read on into a listed given name (لدى [باكستان
 * سالم] زعيف، في [باكو فارس] المفتي), or one followed by a given name it left out (في العراق [أشرف] قاضي), is his post,
 * and the person starts at the given name: news names the envoy right after his post. The person takes the words after
 * the given name that the training text has not seen or knows little and the name lists hold, two at most, and no title.
 * `wordFreq(w)`: w's training count.
 */
export function envoyNames(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number): number[] {
  const named = (k: number) => onlyNameListed(marks[k]);
  // Punctuation or a digit ends the post's phrase.
  const outsidePhrase = (k: number) => !BASE_ARABIC_LETTER.test(text(k));
  // A surname: unseen in the training text, or a listed name part it does not know as a common word (ان is إن).
  const surnameAt = (k: number) => surnameCount(wordFreq(normalizeArabic(text(k))), named(k) && stems[k].length >= 3);
  // A given name: the given-name list, which holds place names too (سالم), or another name list and no place or body list;
  // not a word the training text knows well (ان is إن), nor one with the article.
  const givenAt = (k: number) => (marks[k].includes('FIRST-S') || named(k)) && !stems[k].startsWith('ال') && stems[k].length >= 3 &&
    wordFreq(normalizeArabic(text(k))) < COMMON_WORD;
  const familyAt = (k: number) => k + 1 < tags.length && tags[k + 1] === 0 && NAME_PARTICLES.has(normalizeArabic(text(k))) && BASE_ARABIC_LETTER.test(text(k + 1));
  let out = tags;
  for (let b = 2; b < tags.length; b++) {
    const label = tagLabel(tags[b]);
    if ((label !== 'LOCATION' && label !== 'ORGANIZATION') || isInside(tags[b]) || !POST.has(stems[b - 1]) || !envoyBefore(stems, b - 1, WINDOW, outsidePhrase)) continue;
    const e = spanEnd(tags, b);
    // A place the lists hold whole with a given name in it (دير ياسين) is that place.
    if (e - b >= 2 && marks[b].includes('LOC-B') && marks[e - 1].includes('LOC-E')) { b = e - 1; continue; }
    // The post: the span's words before its first given name (باكو: the name lists hold it too, the tagger read a place).
    let g = b + 1;
    while (g < e && !givenAt(g)) g++;
    // The given name inside the span (باكستان سالم), or right after it and left out (العراق أشرف).
    // Or right after it as a one-word place of its own that no place list holds (في العراق [برنار] إيمييه): the tagger
    // read the given name as a second place, but news names no place right after an envoy's post.
    const strayPlace = (k: number) => tags[k] === B_LOC && (k + 1 >= tags.length || !isInside(tags[k + 1])) && !marks[k].some((m) => m.startsWith('LOC'));
    if (g === e && !(g < tags.length && (tags[g] === 0 || strayPlace(g)) && givenAt(g))) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    out[g] = B_PERS;
    let k = g + 1;
    for (; k < e; k++) out[k] = I_PERS;
    if (k < tags.length && tags[k] === B_PERS) {
      // A person the tagger began right after the given name is the rest of his name (في لبنان هيرفيه [ماغرو]): one person.
      out[k++] = I_PERS;
      while (k < tags.length && tags[k] === I_PERS) k++;
    } else {
      for (let taken = 0; k < tags.length && taken < 2 && tags[k] === 0 && !PERSON_TITLE_FORMS.has(stems[k]) &&
        BASE_ARABIC_LETTER.test(text(k)) && (surnameAt(k) || familyAt(k)); k++, taken++) {
        out[k] = I_PERS;
        // A name's particle takes the word after it, however common (علياء [آل ثاني]، [بن علي]; آل reads ال).
        if (familyAt(k)) out[++k] = I_PERS;
      }
    }
    b = k - 1;
  }
  return out;
}
