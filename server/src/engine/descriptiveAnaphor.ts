// A definite descriptive noun as subject (قال المدافع، تقول السيدة الأربعينية، قالت الشابة) that no earlier title owns refers back to the person just spoken of.
import { normalizeArabic } from './normalize';
import { GENERIC_ROLES, headCore, isBody, isTitle } from './quoteCues';
import { definite, singularGender } from './speakerName';
import type { Subject } from './speakerPhrase';
import type { Token } from './tokenize';

/**
 * Nouns that describe a person rather than name an office (an office held alone, المرشد الإيراني، النائب العام،
 * الرئيس, may be someone the text never named): the roles of GENERIC_ROLES and the professions and kinds of person
 * news uses to pick up someone just introduced by name.
 */
const DESCRIPTIVE = new Set([...GENERIC_ROLES, ...`مدرب مدربة سيدة رجل امرأة شاب شابة فتاة طبيب طبيبة روائي روائية كاتب كاتبة شاعر شاعرة
  ضيف ضيفة ناشط ناشطة طالب طالبة محامي محامية خبير خبيرة باحث باحثة أستاذ أستاذة مهندس مهندسة مزارع مزارعة نقابي نقابية
  أم أب أرملة شيخ عجوز مسن مسنة`.split(/\s+/).map(normalizeArabic)]);

/** How many sentences back the person described is looked for: a description picks up someone just in view. */
const LOOKBACK = 4;

/**
 * The subject's words are a definite noun with at most two definite adjectives (المدافع، الطبيبة الشابة، المتحدثة
 * الأممية), none a complement (باسم، لل…) or a body: a description, not an office the text may name later.
 */
export function isDescription(words: Token[]): boolean {
  if (words.length === 0 || words.length > 3 || !/^[وف]?ال/.test(words[0].norm) || isBody(words[0]) || !DESCRIPTIVE.has(headCore(words[0]))) return false;
  return words.slice(1).every((t) => definite(t) && !/^(لل|بال)/.test(t.norm) && !isBody(t) && !isTitle(t));
}

/**
 * The person a description refers to: walking back sentence by sentence (`back(a)`: the start of the sentence before a;
 * `subjectOf(a)`: who that sentence made speak, or its subject), the first person or unnamed source whose gender, when
 * both show one, agrees with the description's head (السيدة الأربعينية after «نادية …، القادمة …» but not after a man).
 * A body met first ends the search: the text has moved on from persons.
 */
export function describedReferent(a: number, head: Token, anonymousToo: boolean, back: (a: number) => number | undefined, subjectOf: (a: number) => Subject | undefined): Subject | undefined {
  const fem = singularGender(head);
  let at: number | undefined = a;
  for (let n = 0; n < LOOKBACK && (at = back(at)) !== undefined; n++) {
    const sub = subjectOf(at);
    if (!sub) continue;
    if (sub.kind === 'body') return undefined;
    // A profession picks up a named person; only a kind of person (الشابة، الرجل) may pick up an unnamed source.
    if (sub.kind !== 'person' && !(sub.kind === 'anonymous' && anonymousToo)) continue;
    if (fem === undefined || sub.fem === undefined || sub.fem === fem) return sub;
  }
  return undefined;
}
