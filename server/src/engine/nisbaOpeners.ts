// A describing nisba adjective the tagger took in before a name (نائب رئيس الوزراء [الأذري] يعقوب أيابوف) stays outside it.
import { beginTag, insideTag, spanEnd } from './tagger';
import { normalizeArabic } from './normalize';
import { NAME_PARTICLES } from './triggers';
import { hasMark } from './nameMarks';
import { definiteNisba } from './namePatterns';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Given names, surnames and the people list as spelled: the Wikidata name parts hold common adjectives (الدولي، الشمالي). */
const PERSON_WORD_EXACT = /^(FIRST|LAST|PLAST|PER)-/;

/**
 * After a definite word, a definite nisba opening a name is that word's adjective (رئيس الوزراء [الأذري] يعقوب، المهاجم
 * الهولندي [الدولي] رود، الزعيم الكوري [الشمالي] كيم): news gives a person's family nisba after the given name. Left alone
 * before a definite word or a word the splitter cut (الأرغوني الكاملي، المستكفي بالله: old names), before a lineage word,
 * which makes it a given name with the article (المعارض المهدي بن بركة), and where the given-name or surname lists hold it.
 * Nor before a lone surname when the name lists hold the word without its article (الوزير الأول [الهادي نويرة]، المدرب
 * [الجيلالي فاضل]): a given name with the article, and a person news describes by a nisba gets more than one name after it.
 * `namePart(w)`: the lists hold w as a name part.
 */
export function nisbaOpenersOut(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  namePart: (w: string) => boolean): number[] {
  const listed = (k: number) => hasMark(marks[k], PERSON_WORD_EXACT);
  let out = tags;
  for (let b = 1; b + 1 < tags.length; b++) {
    if (tags[b] !== B_PERS || tags[b + 1] !== I_PERS) continue;
    const e = spanEnd(tags, b);
    if (definiteNisba(stems[b], 3, false) && stems[b - 1].startsWith('ال') && tags[b - 1] === 0 && !listed(b) && !NAME_PARTICLES.has(stems[b + 1]) &&
      !stems[b + 1].startsWith('ال') && normalizeArabic(text(b + 1)) === stems[b + 1] && !(e - b === 2 && namePart(stems[b].slice(2)))) {
      if (out === tags) out = tags.slice();
      out[b] = 0;
      out[b + 1] = B_PERS;
    }
    b = e - 1;
  }
  return out;
}
