// Reads a role speaker's name back from where it ends (وقال التاجر [رامي عبد الله] إن): which words may be a name's in that slot.
import { beginTag, isInside, tagLabel } from './tagger';
import { DAY_PARTS, GREGORIAN_MONTHS, WEEKDAYS } from './dateLexicon';
import { LAM_STOPS, LAM_WORDS, PREPOSITIONS, wordSet } from './wordSets';
import { governedByAla } from './pronounNouns';
import { RARE_WORD } from './nameMarks';
import { NAME_OPENERS } from './compoundOpeners';
import { definite, FAMILY_LINK, RoleSentence, word } from './roleSpeakerSentence';

const B_PERS = beginTag('PERS');
/** Words of a name, at most: longer runs are rather a clause the verb's subject went on into. */
const MAX_NAME = 4;
// Openers: NAME_OPENERS, not the wider COMPOUND_OPENERS: a fixed-second given name (نور الدين) is read by its second part here.
/** A compound given name's definite second part (وعد الله، نور الدين): like an opener's, it may stand inside the name. */
const SECOND_PARTS = wordSet('الله الدين');
/** Words that join a name's parts (فلان بن فلان): no name starts with them. */
const MIDDLES = wordSet('بن ابن بنت ولد');
/** A rank's second word (الفريق أول، العميد ركن): part of the title, not the name. */
export const RANK_WORDS = wordSet('أول اول ركن طيار بحري');
/**
 * Words that sit where a speaker's name would but are no name: time words (يوم، أمس), adverbs and particles the subject is
 * followed by (أيضا، كذلك، نفسه), and nouns that open a prepositional phrase (خلال، بعد، عقب، لدى).
 */
const NOT_NAME_WORDS = wordSet(`
  يوم اليوم أمس امس غدا الان الآن حينها لاحقا مؤخرا أيضا ايضا كذلك نفسه نفسها ذاته ذاتها بدوره بدورها خلال بعد قبل عقب
  أثناء اثناء لدى منذ عند ضمن حول دون عبر وفق وفقا بحسب حسب اثر إثر اليوم أمام امام تجاه ضد ثم إنه انه أنه إنها انها أنها
  مرارا كثيرا دائما أحيانا احيانا مجددا سابقا علنا رسميا أخيرا اخيرا صراحة تكرارا
  هذا هذه ذلك تلك هو هي هم هما ه ها ذات الذي التي الذين عام العام شهر الشهر الأسبوع الاسبوع الماضي المقبل الجاري الحالي
`);
const timeWord = (w: string) => WEEKDAYS.has(w) || DAY_PARTS.has(w) || GREGORIAN_MONTHS.has(w);

/**
 * How a word reads in the name's slot: no name's word; a name's word; or one taken out of the span of a complement's body
 * or place that the tagger ran on into the name (حاكم [مصرف لبنان رياض] سلامة), a wider shape the slot holds back from.
 */
type NameWordRead = 'none' | 'name' | 'fromSpan';

/** The speaker's name the slot reads, up to the end it was given. */
export interface NameRead {
  /** Its first token. */
  start: number;
  /** The name words ran on past MAX_NAME (عبد الله سيف الدين مادي): the slot reads such a name only in its plain shape. */
  capped: boolean;
  /** A word of the run read back was taken out of a body's or place's span (a NameWordRead of 'fromSpan'). */
  fromSpan: boolean;
}

/**
 * The name between the role noun at `head` and its end `e`, read back from `e`: its words are indefinite but its last (a
 * definite family name: الكبير) or a definite word after عبد/أبو. Undefined where no name of two words or more stands there.
 */
export function readName(r: RoleSentence, e: number, head: number): NameRead | undefined {
  const { sentence, stems, prefixes, tags, reads } = r;
  let s = e;
  let fromSpan = false;
  for (; s - 1 > head && e - (s - 1) <= MAX_NAME; s--) {
    const read = nameWord(s - 1);
    if (read === 'none') break;
    fromSpan ||= read === 'fromSpan';
  }
  // A name longer than the reading can hold (عبد الله سيف الدين مادي): the new shapes read it whole or leave it.
  const beyond = s - 1 > head ? nameWord(s - 1) : 'none';
  fromSpan ||= beyond === 'fromSpan';
  // A definite word inside the name only after an opener (عبد الرحمن): else the run starts after it.
  while (s < e - 1 && definite(r, s)) s++;
  // The word after باسم is whom the speaker speaks for (المتحدث باسم [حماس] سامي أبو زهري), never the name's first.
  if (s - 1 > head && stems[s - 1] === 'باسم' && s < e - 2) s++;
  if (e - s < 2 || definite(r, s)) return undefined;
  if ((s - 1 > head && NAME_OPENERS.has(stems[s - 1])) || MIDDLES.has(stems[s]) || stems[s] === FAMILY_LINK) return undefined;
  return { start: s, capped: beyond !== 'none', fromSpan };

  function nameWord(k: number): NameWordRead {
    // A place or body list's word, or one the tagger read as a place, after a listed given name is the family name (وزير
    // الصحة مات [هانكوك]، الخبير سيدي ولد محمد [فال]): the given name settles the slot. A given name a place or body list
    // holds too opens the name after the role noun or its definite complement (الشاهدة [أمل] فكري).
    const afterGiven = k - 1 > head && reads.given(k - 1) && plainName(k - 1);
    const spanned = tags[k] !== 0 && tagLabel(tags[k]) !== 'PERSON' && !(afterGiven && tagLabel(tags[k]) === 'LOCATION');
    const read = spanned ? runOn(k) : 'name';
    if (read === 'none') return 'none';
    if (reads.notName(k) && !afterGiven && !(reads.given(k) && k + 1 < e && (k - 1 === head || stems[k - 1].startsWith('ال')))) return 'none';
    return plainName(k) ? read : 'none';
  }

  /**
   * A name the tagger ran a complement's body or place on into (حاكم [مصرف لبنان رياض] سلامة، إقليم [كردستان نيجيرفان]):
   * a word inside that span, not its first, a given name or one the training text hardly knows and no list's place; or a
   * listed given name opening a place span the name's family word closes (مدير الصحة [منذر الخليل]: Hebron), the name's own.
   */
  function runOn(k: number): NameWordRead {
    if (tagLabel(tags[k]) === 'PERSON' || definite(r, k) || reads.notName(k) && !reads.given(k)) return 'none';
    // Where the tagger opened a person right after the word, the body or place ended with it (جامعة القاضي [عياض] | يوسف).
    if (k + 1 < e && tags[k + 1] === B_PERS) return 'none';
    if (!isInside(tags[k])) {
      const opensPlace = tagLabel(tags[k]) === 'LOCATION' && reads.given(k) && k + 1 < e && isInside(tags[k + 1]) && tags[k + 1] === tags[k] + 1;
      return opensPlace ? 'name' : 'none';
    }
    let b = k;
    while (b > head && isInside(tags[b])) b--;
    // The span opens with a word of the complement's kind, not with a rare name (the tagger's [فيليبي أرانسيبيا] body).
    const bodyWord = definite(r, b) || reads.notName(b) || (reads.stemCount(b) >= RARE_WORD && !reads.given(b));
    // Not where another entity stands right before the span: two spans side by side are one body the later passes join
    // (دويتشه [بنك فيليب كرامر]).
    const taken = b > head && bodyWord && tags[b - 1] === 0 && (reads.given(k) || reads.stemCount(k) < RARE_WORD);
    return taken ? 'fromSpan' : 'none';
  }

  /** A word that may stand in the name by its shape and the stop lists (nameWord asks the tagger's and the place lists' reads). */
  function plainName(k: number): boolean {
    const w = stems[k];
    if (!word(r, k) || prefixes[k] || sentence[k].norm !== w || w.length < 2) return false;
    // Not `باسم` after the role noun (متحدث باسم الوزير: on behalf of), nor a definite plural (… الاتهامات).
    if ((w === 'باسم' && (k === head + 1 || reads.title(k - 1))) || (definite(r, k) && /(ات|ون|ين)$/.test(w) && !secondPart(k))) return false;
    if (NOT_NAME_WORDS.has(w) || RANK_WORDS.has(w) || (PREPOSITIONS.has(w) && !givenAli(k)) || LAM_STOPS.has(w) || LAM_WORDS.has(w) || timeWord(w)) return false;
    // A title closing the name after a given name is the family name (وقالت وزيرة العمل [لينا الشيخ] إن، [سامي الأمير]،
    // الناشر [كريم شيخ]): a role stands before the name it is in apposition with, not after it.
    if (reads.title(k) && !(k === e - 1 && k - 1 > head && reads.given(k - 1))) return false;
    // A definite word only last (a family name: الكبير) or after an opener (عبد الرحمن).
    return !(definite(r, k) && k + 1 < e && !NAME_OPENERS.has(stems[k - 1]) && !secondPart(k));
  }

  /**
   * علي written so (not على) before a given name or a word the training text hardly knows (محافظ البنك [علي] العلاق):
   * the given name; before a known noun it is the preposition news writes with ي (علي هامش المؤتمر).
   */
  function givenAli(k: number): boolean {
    return stems[k] === 'علي' && sentence[k].text === 'علي' && k + 1 < e && !governedByAla(stems[k + 1], reads.wordFreq, reads.given(k + 1)) &&
      (reads.given(k + 1) || reads.stemCount(k + 1) < RARE_WORD);
  }

  /**
   * الله or الدين after a listed given name (حسام [الدين]), الله after a bare word the training text hardly knows (ذبيح
   * [الله]); after a field noun it is a genitive (وزيرة شؤون الدين).
   */
  function secondPart(k: number): boolean {
    if (!SECOND_PARTS.has(stems[k]) || k === 0) return false;
    return reads.given(k - 1) || (stems[k] === 'الله' && !prefixes[k - 1] && reads.stemCount(k - 1) < RARE_WORD);
  }
}
