// A manner adverb of ب + a verbal noun after a speaker's name (وقال [محمد] بحزن إن) is no part of the name.
import { beginTag, spanEnd } from './tagger';
import { normalizeArabic, withoutMarks } from './normalize';
import { wordSet } from './wordSets';

const B_PERS = beginTag('PERS');
/**
 * Verbal nouns news puts after ب to say how someone spoke or acted (بحزن، بثقة، بصراحة، بهدوء), normalised. None is a
 * name part, so ب + one of them closes a name where the clitic splitter left ب on; a surname that opens with ب (باول،
 * بشارة، بدران، بركات) is no such noun and stays.
 */
const MANNER_LIST = `حزن ثقة صراحة هدوء وضوح صدق غضب أسف فخر مرارة حماس حذر حزم اختصار سخرية تفاؤل تشاؤم انفعال
  حسرة إصرار تأثر أسى حرقة دهشة استغراب قلق فرح سعادة ارتياح اقتضاب إيجاز جدية ثبات تواضع امتعاض حدة عصبية لطف صرامة تردد
  تهكم حرارة ابتسامة استياء أمل حنين ألم شغف اعتزاز تحد حيرة خجل رضا ضيق مرح فتور برود انزعاج غصة حسم`;
const MANNER_NOUNS = wordSet(MANNER_LIST);
/**
 * The nouns that open on a hamza (أسى، ألم، أمل، إصرار), normalised: written without it after ب they are foreign surnames as
 * often (باسي Bassi، بالم Palm), so they cut only where the hamza is written (بأسى، بألم).
 */
const HAMZA_NOUNS = new Set(MANNER_LIST.split(/\s+/).filter((w) => /^[أإآ]/.test(w)).map(normalizeArabic));
const HAMZA = /^[أإآ]/;

/** `noun` as written (after its ب) is a manner noun, its hamza written if it has one. */
const mannerNoun = (noun: string) => {
  const w = normalizeArabic(noun);
  return MANNER_NOUNS.has(w) && (!HAMZA_NOUNS.has(w) || HAMZA.test(withoutMarks(noun)));
};
/** `written` is ب + a manner noun (بحزن، بأسى; not باسي). */
const mannerWord = (written: string) => {
  const w = withoutMarks(written); // marks may stand between ب and the hamza (بِأسى)
  return w.length > 2 && w.startsWith('ب') && mannerNoun(w.slice(1));
};

/**
 * A person span of two words or more whose last word is ب + a manner noun (`وقال [محمد بحزن] إن` → `[محمد] بحزن`), or ends
 * in ب written apart and the noun (FANE's `ب حزن`), ends before it: the tagger ran an unseen word after a lone given name into
 * the name. `text(k)`: token k as written.
 */
export function endNamesAtMannerAdverbs(tags: number[], text: (k: number) => string): number[] {
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (tags[b] !== B_PERS) continue;
    const e = spanEnd(tags, b);
    const last = text(e - 1);
    const cut = mannerWord(last) ? e - 1 : e - b >= 3 && text(e - 2) === 'ب' && mannerNoun(last) ? e - 2 : e;
    if (cut > b && cut < e) {
      if (out === tags) out = tags.slice();
      for (let k = cut; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}
