// Derived and inflected common nouns that look like unseen names: a rule taking rare words as places must pass them by.

/**
 * Definite sound plurals of participles (المغردين، المدونات، المهمشين، المجزرتين): the people or things a head in
 * construct is about (سجن المدونين، أحياء المهمشين), which the training text rarely holds in that inflection.
 */
const PARTICIPLE_PLURAL = /^الم[\u0621-\u064A]{3,}(ين|ون|ات)$/;
/**
 * Definite plurals of a nisba (البيهاريين، الإيزيديين، السوريين): a people, whose camps or quarters the head names
 * (مخيمات الروهينغا والبيهاريين); the nationality list holds the singular only.
 */
const NISBA_PLURAL = /^ال[\u0621-\u064A]{3,}ي(ين|ون)$/;
/**
 * Definite verbal nouns of the derived forms: II تفعيل (التخييم), X استفعال (الاستجمام), VIII افتعال (الاحتطاب), VII
 * انفعال (الانفجار): what an area is for or what was done (مناطق الاستجمام والتخييم، منفذ التفجيرين), not a name.
 */
const VERBAL_NOUN = /^ال(ت..ي.|است...|ا.ت.ا.|ان..ا.)(ين|ات)?$/;
/** Training-text count from which the singular of a definite dual or plural is a known common word (الهجومين: الهجوم). */
const SEEN_SINGULAR = 3;

/**
 * A definite word (normalised, clitics off) that is a verbal noun, a participle's or a nisba's plural, or the dual or plural of a
 * common word the training text knows in the singular (التفجيرين: التفجير; المجزرتين: المجزره). Such words are rare
 * in the training text because of their inflection, not because they are names. `wordFreq`: training count of a form.
 */
export function derivedCommonNoun(w: string, wordFreq: (w: string) => number): boolean {
  if (!w.startsWith('ال') || w.length < 6) return false;
  if (PARTICIPLE_PLURAL.test(w) || NISBA_PLURAL.test(w) || VERBAL_NOUN.test(w)) return true;
  const singular = /(تين|تان)$/.test(w) ? w.slice(0, -3) + 'ه' : /(ين|ان|ات)$/.test(w) ? w.slice(0, -2) : '';
  return singular.length >= 5 && wordFreq(singular) >= SEEN_SINGULAR;
}
