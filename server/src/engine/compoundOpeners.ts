// Words that open a compound name whose second half is a definite word (عبد الله، أبو الغيط، ابن خلدون، نور الدين): one home for the name passes' opener classes.
import { wordSet } from './wordSets';

/** Openers of a compound given name that take any definite second word (عبد المجيد، أبو العلا), normalised. */
export const FREE_OPENERS = wordSet('عبد أبو');

/** Kin words that open a name, its second half often definite (أم كلثوم، ابن خلدون، بن سلمان، بنت الشاطئ), normalised. */
export const KIN_OPENERS = wordSet('أم ابن بن بنت');

/** The free openers and the kin words: the openers read with a definite word inside a name (عبد الله، أبو الغيط، بنت الشاطئ). */
export const NAME_OPENERS: ReadonlySet<string> = new Set([...FREE_OPENERS, ...KIN_OPENERS]);

/**
 * Every word after which a definite word is the second half of a compound name (عبد السلام، أبو الفتح، آيت الطالب، ولد الشيخ),
 * normalised: the name openers, أبو's other cases (أبي، أبا), clan and lineage words (ولد، منت، آيت، آل), ذو/ذي, and given
 * names whose fixed second half is definite (زين العابدين، نور الدين، سيف الإسلام، صلاح الدين).
 */
export const COMPOUND_OPENERS: ReadonlySet<string> = new Set([...NAME_OPENERS, ...wordSet(`أبي أبا ولد منت آيت أيت آل ذو ذي زين نور فخر سيف
  شمس عز صلاح نصر سعد جمال علاء حسام محيي تقي نجم شهاب عماد كمال سراج ضياء بهاء خير ناصر بدر`)]);
