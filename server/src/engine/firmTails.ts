// A firm's descriptive tail after its own name (الراجحي [المالية]، أدنوك [للغاز]) belongs to the name, not the sentence.
import { beginTag as B, insideTag as I, spanEnd } from './tagger';
import { Token } from './tokenize';
import { definite, VERBAL_NOUN } from './namePatterns';
import { PREPOSITIONS, wordSet as set } from './wordSets';
import { BASE_ARABIC_LETTER } from './normalize';
import { LOCATION_HEADS, ORGANIZATION_HEADS } from './triggers';

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/**
 * A firm's line of business written as its adjective (normalised): NewsFANE, WikiFANE and the Wojood sample tag `المالية`
 * inside the organisation it follows every time (18 of 18, none outside); the read sets so too (`الأهلي المالية`).
 */
const TRADE_ADJECTIVES = set('المالية');
/** لل + a time word counts, it does not name (للمرة الأولى، للعام الثاني). */
const TIMES = set('للمرة للعام للسنة للموسم للشهر للاسبوع لليوم للفترة للدورة');
/** Definite adjectives a لل field takes (للغاز [الطبيعي]، للرعاية [الصحية]). */
const MAX_FIELD_ADJECTIVES = 2;
/** A definite adjective (الطبيعي، الصحية): ي or ة (ه once normalised) at its end. */
const adjective = (stem: string) => definite(stem) && /(ي|ه)$/.test(stem);

/**
 * (1) A TRADE_ADJECTIVES word the tagger left right after a body span joins it (not before a preposition: the body's verb
 * goes on). (2) A one-word indefinite body name (أدنوك، فيرجن) right before a free لل noun of a field takes the noun and up
 * to two definite adjectives of it (`[أدنوك للغاز]`، `[فيرجن للرعاية الصحية]`): in the corpora a one-word name without a head
 * keeps its لل field inside 45 times and leaves one outside 16 (half of those a gold slip, `غرونديك | للكهربائيات`); the
 * rest are a purpose (`فتح | للتنديد ب…`، `أوبك | للحفاظ على`), so a verbal noun's shape, a لل word before a preposition,
 * a time word and a plural of people (`للصحفيين`، whom it told) are left out. A Latin word takes none:
 * before a لل word in the corpora it is never a name with that field (0 of 13; `TCP / IP للشبكات`, a protocol).
 */
export function takeFirmTails(sentence: Token[], stems: string[], prefixes: string[], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const n = tags.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0;
  const beforePreposition = (k: number) => k < n && (PREPOSITIONS.has(sentence[k].norm) || sentence[k].norm.startsWith('بال'));
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    if (free(e) && !prefixes[e] && TRADE_ADJECTIVES.has(stems[e]) && !beforePreposition(e + 1)) {
      if (out === tags) out = tags.slice();
      out[e++] = I_ORG;
    } else if (e - b === 1 && sentence[b].kind === 'word' && BASE_ARABIC_LETTER.test(sentence[b].text) && !definite(stems[b]) && free(e) && fieldWord(sentence[e].norm) && !beforePreposition(e + 1)) {
      if (out === tags) out = tags.slice();
      out[e++] = I_ORG;
      for (let j = 0; j < MAX_FIELD_ADJECTIVES && free(e) && !prefixes[e] && adjective(stems[e]); j++) out[e++] = I_ORG;
    }
    b = e - 1;
  }
  return out;
}

/**
 * A body's or a place's head after ل (للحكومة، للمستشفى، للجنة، للقضاء) names whom or where the firm's verb goes to
 * (`وقدمت هواوي للحكومة عرضا`), not a line of business: a firm's field is a trade or a product (للغاز، للاتصالات).
 */
const headAfterLam = (norm: string) => [norm.slice(2), norm.slice(1)].some((w) => ORGANIZATION_HEADS.has(w) || LOCATION_HEADS.has(w));

/** A لل noun that can name a firm's field (للغاز، للطيران، للاتصالات): not a time, a plural of people, a body's or place's head, or a verbal noun's shape. */
function fieldWord(norm: string): boolean {
  if (!norm.startsWith('لل') || norm.length <= 4 || TIMES.has(norm) || /(ين|ون)$/.test(norm) || headAfterLam(norm)) return false;
  return !VERBAL_NOUN.test(norm.slice(2));
}
