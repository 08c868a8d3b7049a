// The body an envoy is sent to (سفير الأردن لدى [الأمم المتحدة]): a definite name after لدى that no place list holds is an organisation.
import { beginTag, insideTag, markSpan } from './tagger';
import { wordSet } from './wordSets';
import { envoyBefore } from './envoyNames';
import { PERSON_TITLE_FORMS } from './triggers';
import { listMarks } from './nameMarks';
import { wideCueBit } from './wideCues';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/** How far back from لدى the envoy's title may stand (مندوب فرنسا الدائم لدى). */
const WINDOW = 4;
/** Words a body's name after لدى may hold (الأمم المتحدة، المحكمة الجنائية الدولية). */
const MAX_NAME = 3;
/**
 * Nouns after لدى that name a state or a place by what it is (لدى المملكة: Saudi Arabia; الدولة المضيفة؛ الكرسي الرسولي,
 * a see, not a body), or a body in general (الحكومة، السلطات), which the guide leaves O, normalised.
 */
const NOT_BODIES = wordSet('المملكة الدولة الجمهورية السلطنة الإمارة البلاد العاصمة الكرسي الحكومة الجهات المحكمة');
/**
 * Words that open a clause of its own between the envoy and لدى (قال السفير إن لدى الوفد ملفات): لدى there says who has
 * something, the envoy's post is not named, normalised.
 */
const CLAUSE_OPENERS = wordSet('أن إن أنه إنه أنها إنها ليس كان');
/** Marks of a place, people or person list: such a word after لدى is the state or the person, not a body. */
const LISTED = listMarks(['LOC', 'NAT', 'PER', 'FIRST', 'LAST', 'NAME']);
/** tagEnvoyHosts' bit (wideCues.ts): it tags only after لدى (normalised, as a stem), so a sentence without it is skipped. */
export const ENVOY_HOST_CUE = wideCueBit([['لدي']]);

/**
 * After لدى with an envoy's title a few words before it (سفير الأردن لدى، مندوب فرنسا الدائم لدى), definite words the
 * tagger left O, with no clitic, no title and no list mark, are the body he is sent to (ORGANIZATION): two words at least
 * or one the training text has seldom seen (`rare`: اليونسكو when no list holds it), as a single common noun after لدى
 * is rather a generic one. Not a plural in ات (لدى السلطات المصرية) nor a noun of NOT_BODIES. The person named after
 * the post (لدى الأمم المتحدة [دان غيلرمان]، [الأمير زيد]) stays outside: no definite word, or a title.
 */
export function tagEnvoyHosts(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[],
  rare: (k: number) => boolean): number[] {
  let out = tags;
  for (let k = 1; k + 1 < stems.length; k++) {
    if (stems[k] !== 'لدي' || prefixes[k] !== '') continue;
    const b = k + 1;
    if (!envoyBefore(stems, k, WINDOW, (j) => CLAUSE_OPENERS.has(stems[j])) || NOT_BODIES.has(stems[b]) || stems[b].endsWith('ات')) continue;
    const nameWord = (i: number) => i < stems.length && tags[i] === 0 && prefixes[i] === '' && stems[i].startsWith('ال') &&
      stems[i].length >= 5 && !PERSON_TITLE_FORMS.has(stems[i]) && !marks[i].some((m) => LISTED.test(m));
    if (!nameWord(b)) continue;
    let e = b + 1;
    while (e - b < MAX_NAME && nameWord(e)) e++;
    if (e - b < 2 && !rare(b)) continue;
    if (out === tags) out = [...tags];
    markSpan(out, b, e, B_ORG, I_ORG);
    k = e - 1;
  }
  return out;
}
