// A body's adjective of scope left after it — national, public, greater (بنك أمدرمان [الوطني]، وزارة الصحة [العامة]).
import { beginTag, insideTag, takeNextWords } from './tagger';
import { hasMark, listMarks } from './nameMarks';
import { wordSet } from './wordSets';
import { YEAR_DIRECTIONS } from './hospitalNames';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * Adjectives that say how far a body reaches, not whose it is (normalised: ة is ه): the tuning sets' gold keeps them inside an
 * organisation 85 : 0 (العامة), 81 : 0 (الوطنية), 81 : 0 (الوطني), 16 : 4 (العام; the four outside are the year, العام
 * الماضي). Unlike bodyComplements' STANDING_ADJECTIVES they must agree with a noun of the span, since a masculine one after a
 * body whose nouns are all feminine describes something else (وزارة الصحة العام …).
 */
const SCOPE_ADJECTIVES = wordSet('الوطني الوطنية العام العامة');
/**
 * Adjectives of a body's reach or field, kept inside in the same gold as often (الدولي 42 : 0، الدولية 40 : 0، المتحدة 95 : 0،
 * المالية 30 : 0، الديمقراطي 26 : 0، الإسلامية 20 : 0، التجاري 9 : 0، الحر 6 : 0، الرياضي 7 : 0), with the same agreement test.
 */
const FIELD_ADJECTIVES = wordSet('الدولي الدولية المتحد المتحدة التجاري التجارية المالية الديمقراطي الإسلامية الحر الرياضي');
/** The elative of a city's wider area (بلدية إربد [الكبرى]، أمانة عمان [الكبرى]): only right after a place's name. */
const GREATER = wordSet('الكبرى');
const PLACE_MARK = listMarks(['LOC']);

const feminine = (w: string) => w.endsWith('ه') || w.endsWith('ات');
/** A year's number after العام (العام 2020، العام ٢٠٢٠). */
const DIGIT_START = /^[0-9٠-٩]/;
const yearAfter = (w: string | undefined) => w !== undefined && (YEAR_DIRECTIONS.has(w) || DIGIT_START.test(w));

/**
 * An organisation span followed by a clitic-free adjective of scope takes it in when one of the span's nouns agrees with it
 * in gender (a non-human plural, الاستثمارات, agrees with a feminine one), and العام is not the year (العام الماضي، العام
 * 2020). الكبرى joins only a span whose last word is a listed place (a city's municipality), not a size (الشركات الكبرى).
 */
export function takeScopeAdjectives(stems: readonly string[], prefixes: readonly string[], marks: readonly string[][], tags: number[]): number[] {
  return takeNextWords(tags, B_ORG, I_ORG, (b, e) => {
    const w = stems[e];
    if (prefixes[e]) return false;
    if (GREATER.has(w)) return e - b >= 2 && hasMark(marks[e - 1], PLACE_MARK);
    if (!(SCOPE_ADJECTIVES.has(w) || FIELD_ADJECTIVES.has(w)) || yearAfter(stems[e + 1])) return false;
    const wantFeminine = feminine(w);
    for (let k = b; k < e; k++) if (feminine(stems[k]) === wantFeminine) return true;
    return false;
  });
}
