// A lone word right after a singular verb of saying or acting that the model reads as a name by the word alone is its subject (وقال [شو] في); a common noun the tagger read there before a quoted title is none.
import { beginTag, insideTag } from './tagger';
import { Token } from './tokenize';
import { cuePlural } from './quoteCues';
import { wordSet } from './wordSets';
import { QUOTE_MARKS } from './wireBodies';

const B_PERS = beginTag('PERS');
const I_PERS = insideTag('PERS');
/**
 * How far below O the word's own features (its form, stem, affixes and class: no neighbour, no list) may put B-PERS. The
 * entity bias and the neighbours' features decide most words; a name the training text knew as one (عنان، البدري، هيرين)
 * sits far above any common noun after a verb (مصدر، وزير, about −230; مسؤولون، مراقبون, −155 and lower), so the
 * verb's slot is enough to make it the subject where no list holds it.
 */
export const NAME_LEAN = -150;

/**
 * Past verbs of acting in the singular whose subject news names right after them as it does a speaker's (ورفض [حمدان]،
 * وطلب [موسى]، واستقبل [أنان]): the reporting verbs are quoteCues'; these are not cues of a quotation.
 */
const ACTION_VERBS = wordSet(`
  رفض رفضت طلب طلبت رجح رجحت أيد أيدت واصل واصلت خلص خلصت استقبل استقبلت التقى التقت زار زارت غادر غادرت وصل وصلت
  عاد عادت بحث بحثت اجتمع اجتمعت أجرى أجرت تلقى تلقت قرر قررت أمر أمرت سجل سجلت مرر مررت أعاد أعادت
`);
/**
 * ACTION_VERBS as written and behind و or ف (stripConj's reading: a word of over three letters): asked of nearly every
 * word after an O word, one probe where stripping the conjunction copied the word each time.
 */
const ACTION_READINGS: ReadonlySet<string> = new Set([...ACTION_VERBS, ...[...ACTION_VERBS].flatMap((v) => ['و' + v, 'ف' + v]).filter((w) => w.length > 3)]);
/** Normalised word w is an acting verb as speakerSubjects reads one (ACTION_READINGS). */
export const actionReading = (w: string): boolean => ACTION_READINGS.has(w);

/**
 * A nisba of a listed place (بلوشستاني، of بلوشستان): a native of it, however rare the word. Written with ي and of a place of
 * four letters or more: موسى is no nisba of a short place name, spelled ي or ى.
 */
const native = (t: Token, w: string, place: (w: string) => boolean) => t.text.endsWith('ي') && w.length >= 5 && place(w.slice(0, -1));

/** A sound masculine plural in construct, its ن dropped (مستشارو، مراقبو، مسؤولو); not a name in يو/او (ماريو، ساو). */
const constructPlural = (w: string) => /^م.{3,}[^يا]و$/.test(w);

/** A quoted title is short; more words are a quotation. */
const MAX_TITLE_WORDS = 3;

/**
 * Token q opens a few quoted words closed by a quote mark (موفد " السفير "، مدرب «الخضر»): a title in construct with the
 * word before it, which is a noun. A speaker's quotation is longer or comes after a colon (قال كيربي: «لن أستبق»).
 */
function quotedTitleAt(sentence: readonly Token[], q: number): boolean {
  if (!QUOTE_MARKS.has(sentence[q].text)) return false;
  for (let j = q + 1; j < sentence.length && j - q <= MAX_TITLE_WORDS + 1; j++) {
    if (sentence[j].kind !== 'word') return j > q + 1 && QUOTE_MARKS.has(sentence[j].text);
  }
  return false;
}

/**
 * Word k is a noun with what it governs after it: a definite genitive (قالت [محللة] الطاقة; a full name with a definite
 * surname is the name passes' to find whole), an accusative with its indefinite adjective (تعتبر [حافزا] قويا), or a plural
 * in construct (وانتقد [مستشارو] حزب). `objectNext`: after an acting verb a definite word is its object (ورفض [حمدان] الإجراءات).
 */
function governs(sentence: readonly Token[], prefixes: readonly string[], k: number, objectNext: boolean): boolean {
  const next = sentence[k + 1];
  if (next === undefined || next.kind !== 'word') return false;
  const w = sentence[k].norm;
  return (!objectNext && !prefixes[k + 1] && next.norm.startsWith('ال')) || constructPlural(w) || (w.endsWith('ا') && next.norm.endsWith('ا') && !next.norm.startsWith('ال'));
}

/**
 * A one-word person the tagger read right after a reporting verb, before a short quoted title (وقال [موفد] " السفير "): the
 * quote mark after it made it look a speaker before his words, but a noun owns the title; dropped when the word's own
 * reading does not lean to a name as far as NAME_LEAN (a surname before a short quotation stays: وقال [بيرنز] " لن ").
 */
function dropQuotedTitleOwners(sentence: readonly Token[], tags: number[], verb: (k: number) => boolean, own: (k: number, t: number) => number): number[] {
  let out = tags;
  for (let k = 1; k + 1 < sentence.length; k++) {
    if (tags[k] !== B_PERS || tags[k + 1] !== 0 || !verb(k - 1) || !quotedTitleAt(sentence, k + 1) || own(k, B_PERS) - own(k, 0) >= NAME_LEAN) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  return out;
}

/**
 * A word the tagger left O right after a reporting verb in the singular (قال، أكد، أضافت، يقول) or an ACTION_VERBS past is
 * the speaker or actor when its own reading leans to a person as far as NAME_LEAN, no list holds it as a place, people,
 * body or club, it is no plural, carries no clitic the splitter cut (a clitic and a word are read apart there) and governs
 * no word after it. Wire news names a speaker by the surname alone after the first mention, and the lists hold few of them.
 * `verb(k)`: token k is a reporting verb; `own(k, t)`: what word k's own features add to tag t; `notName(k)`: a list holds
 * it as a place, people, body or club; `plural(w)`: the stem is a plural or a definite dual; `place(w)`: a list holds w as a place.
 */
export function speakerSubjects(sentence: readonly Token[], stems: readonly string[], prefixes: readonly string[], tags: number[], verb: (k: number) => boolean,
  own: (k: number, t: number) => number, notName: (k: number) => boolean, plural: (w: string) => boolean, place: (w: string) => boolean,
  namePart: (k: number) => boolean = () => false): number[] {
  let out = dropQuotedTitleOwners(sentence, tags, verb, own);
  // Nor is a plural in construct the tagger read there a person (وانتقد [مستشارو] حزب): the subject is the group, unless a name list holds the word.
  for (let k = 1; k + 1 < sentence.length; k++) {
    if (out[k] !== B_PERS || out[k + 1] === I_PERS || !verb(k - 1) || prefixes[k] || !constructPlural(sentence[k].norm) || namePart(k)) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
  }
  for (let k = 1; k < sentence.length; k++) {
    if (out[k] !== 0 || out[k - 1] !== 0 || sentence[k].kind !== 'word' || stems[k].length < 2) continue;
    // An acting verb takes its object right after it where the subject is in the verb: an indefinite accusative (تلقى [بلاغا]).
    const speaker = verb(k - 1);
    // The verb as written too: stripConj takes the و of واصل، وصلت for a conjunction.
    const actor = !speaker && ACTION_READINGS.has(sentence[k - 1].norm) && !sentence[k].norm.endsWith('ا');
    if (!(speaker || actor) || cuePlural(sentence[k - 1])) continue;
    if (prefixes[k] || own(k, B_PERS) - own(k, 0) < NAME_LEAN || notName(k) || plural(stems[k]) || native(sentence[k], stems[k], place) || governs(sentence, prefixes, k, actor)) continue;
    if (out === tags) out = tags.slice();
    out[k] = B_PERS;
  }
  return out;
}
