// A body's span that runs on past a definite word into a common word of the sentence ends before that word (أعلنت [وزارة
// الصحة] تسجيل …، تعادل [الاتحاد] سلبيا): a construct name closes with its definite genitive.
import { insideTag as I, spanEnd } from './tagger';
import { definite, endsAsNisba } from './namePatterns';
import { COMMON_NOUN } from './pronounNouns';
import { ORGANIZATION_HEADS, PERSON_TITLE_FORMS } from './triggers';
import { wordSet } from './wordSets';

const I_ORG = I('ORG');
/** Particles that open the sentence's next clause (normalised): shorter than any common word, but never a name's. */
const CLAUSE_PARTICLES = wordSet('إن أن ان');
/**
 * Words a name may carry after a definite word: a number after an ordinal (قوى الرابع عشر من آذار) and a compass word
 * opening the region it serves (مجلس الأعمال المصري شرق أفريقي).
 */
const NAME_WORDS = wordSet('عشر عشرة شرق غرب شمال جنوب وسط');

/**
 * In a body's span, an article-less word without a clitic right after a definite word is no part of the name when the
 * training text knows it as a common word (stem count ≥ COMMON_NOUN) and no list holds it as a name (`named`): after a
 * definite genitive a construct name is closed, and an indefinite word there is the verb's object, an adverb or the next
 * clause (`أعلنت [وزارة الصحة] تسجيل 2000 إصابة`، `تعادل [الاتحاد] سلبيا`، `أمام [مجلس الشعب] إن`). Names that go on there
 * are foreign or rare words (`[وكالة الأنباء القطرية قنا]`، `[الكترونيك آرتس]`): the corpora's organisations hold such a
 * common word after a definite one 3 times in all. Not after a title, whose person the name holds (`جامعة الملك سعود`),
 * nor a nisba, which may still describe (`الجنوب أفريقي`), nor a body's head, which a name in the foreign order ends with
 * (`الرايخ بنك`). The span ends there; what follows is left O.
 */
export function endBodiesAtCommonWords(stems: readonly string[], prefixes: readonly string[], tags: number[], isWord: (k: number) => boolean,
  normAt: (k: number) => string, stemFreq: (k: number) => number, named: (k: number) => boolean): number[] {
  if (tags.indexOf(I_ORG) < 0) return tags;
  let out = tags;
  for (let b = 0; b < tags.length; b++) {
    if (out[b] === 0 || out[b] === I_ORG || spanEnd(out, b) - b < 2 || out[b + 1] !== I_ORG) continue;
    const e = spanEnd(out, b);
    for (let k = b + 1; k < e; k++) {
      if (!runOn(k)) continue;
      if (out === tags) out = tags.slice();
      for (let j = k; j < e; j++) out[j] = 0;
      break;
    }
    b = e - 1;
  }
  return out;

  function runOn(k: number): boolean {
    const before = stems[k - 1];
    if (!definite(before) || PERSON_TITLE_FORMS.has(before) || prefixes[k] || !isWord(k)) return false;
    const stem = stems[k];
    // Not a particle after a spelled letter (السي إن إن): the word before it is a name's word of three letters or more.
    if (CLAUSE_PARTICLES.has(normAt(k))) return before.length >= 5;
    // A word written with ل is the name's complement even when the splitter left it whole (لكرة القدم).
    return !definite(stem) && !normAt(k).startsWith('ل') && /^[\u0621-\u064A]{3,}$/.test(stem) && !endsAsNisba(stem) && !NAME_WORDS.has(stem) &&
      !ORGANIZATION_HEADS.has(stem) &&
      stemFreq(k) >= COMMON_NOUN && !named(k);
  }
}
