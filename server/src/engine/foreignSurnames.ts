// A foreign name read as its given name alone takes the unseen surname (and its particle) the tagger left after it (الممثل [كريستوفر والكين]).
import { beginTag, insideTag } from './tagger';
import { arabicFirst, normalizeArabic } from './normalize';
import { EXACT_NAME_LISTS, NOT_NAME_LISTS, RARE_WORD, hasMark, surnameCount, listMarks } from './nameMarks';
import { PERSON_TITLE_FORMS } from './triggers';
import { OTHER_PRONOUN_END, numberOfKnownNoun } from './pronounNouns';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const FIRST_MARK_ANY = listMarks(['FIRST']);

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');

/** Particles of Dutch, German, Romance and Portuguese names (رود فان نيستلروي، فون دير لاين، دي ميستورا). */
const NAME_PARTICLES = new Set(['فان', 'فون', 'دي', 'دا', 'دو', 'ديل', 'دير', 'دوس']);
/**
 * Training-text count below which a surname after a foreign given name is still taken: the lists that would mark it may not
 * hold it (a newcomer), and news seldom names a foreigner by the given name alone after his title, so a word the text knows
 * a little (مشرف، شوماخر، سولانا) is likelier his surname than the sentence going on.
 */
const FOREIGN_GIVEN_SURNAME = 20;
/** A present or first-person verb (يؤدي، تعتبر، نرى، أكد) is the sentence going on, whatever its count. */
const VERB_SHAPE = /^[يتنأ].../;

/**
 * A one-word person whose word the name lists hold as spelled (كومان، كريستوفر، مانويل) and after it, left O, one or two
 * whole words with no article that no place, people, body or club list holds, the last of them unseen in the training
 * text (fewer than three times) and any before it a name part the text knows little (surnameCount): the tagger stopped
 * at the given name of a foreign name (كومان [ويلي رونو]، مانويل [كاجودا]). A name particle may stand before the surname.
 * The bound "unseen" is what keeps the Arabic words of the sentence out: a verb or noun after a name is known to the
 * training text (unlike the dropped "any unseen word after a given name": here the given name must be listed as spelled
 * and the surname must carry no inflection — no pronoun, no dual or plural of a known noun).
 */
export function foreignSurnames(stems: readonly string[], marks: readonly string[][], tags: number[], text: (k: number) => string,
  wordFreq: (w: string) => number, namePart: (w: string) => boolean, isNationality: (k: number) => boolean): number[] {
  const whole = (k: number) => {
    const w = normalizeArabic(text(k));
    return w === stems[k] && arabicFirst(text(k)) && !w.startsWith('ال') && w.length >= 3 && !hasMark(marks[k], NOT_NAME_LISTS) ? w : '';
  };
  // Arabic words the text did not see whole: a pronoun or ة ending (زوجته، معهم، منتظرة), a conjunction or preposition on a
  // word (ويعوقه، وقصته), an accusative of a known word (نموذجا), a dual or plural of a known noun.
  const inflected = (w: string) => /(ه|ة|ها|هم|هن|كم|نا)$/.test(w) || /^[وفبل]/.test(w) || (w.endsWith('ا') && wordFreq(w.slice(0, -1)) > 0) ||
    (w.length >= 5 && OTHER_PRONOUN_END.test(w)) || numberOfKnownNoun(w, wordFreq);
  let out = tags;
  for (let b = 1; b + 2 < tags.length; b++) {
    if (tags[b] !== B_PERS || tags[b + 1] !== 0) continue;
    // Introduced by a title or a nationality (الممثل، البرتغالي), or by the definite word closing a title (وزير [الخارجية]),
    // as news names a foreigner in full the first time.
    const portfolio = b >= 2 && tags[b - 2] === 0 && PERSON_TITLE_FORMS.has(stems[b - 2]) && normalizeArabic(text(b - 1)).startsWith('ال');
    if (tags[b - 1] !== 0 || !(PERSON_TITLE_FORMS.has(stems[b - 1]) || isNationality(b - 1) || portfolio)) continue;
    const given = whole(b);
    // A surname of the people list named alone (بوش، دروغبا) is a whole name already.
    if (!given || !hasMark(marks[b], EXACT_NAME_LISTS) || marks[b].includes('PLAST-S')) continue;
    // An Arab given name (FIRST) is often a man's whole name in news (الرئيس بشار، الرئيس صالح): only a foreign one takes a known word.
    const foreign = !hasMark(marks[b], FIRST_MARK_ANY);
    let k = b + 1;
    if (NAME_PARTICLES.has(stems[k]) && normalizeArabic(text(k)) === stems[k]) k++;
    let last = -1;
    for (let n = 0; n < 2 && k < tags.length && tags[k] === 0; n++, k++) {
      const w = whole(k);
      if (!w || inflected(w)) break;
      const count = wordFreq(w);
      if (count < RARE_WORD || (foreign && n === 0 && count < FOREIGN_GIVEN_SURNAME && !VERB_SHAPE.test(text(k)))) last = k;
      else if (!surnameCount(count, namePart(w))) break;
    }
    if (last < 0) continue;
    if (out === tags) out = tags.slice();
    for (let j = b + 1; j <= last; j++) out[j] = I_PERS;
  }
  return out;
}
