// Two clubs named after a dual team noun (ناديي [تشلسي] و[مانشستر يونايتد]، فريقي [الرجاء البيضاوي] و[الدفاع الجديدي]): both sides are clubs.
import { beginTag, insideTag, isInside, markSpan } from './tagger';
import { wordSet } from './wordSets';

const B_ORG = beginTag('ORG');
const I_ORG = insideTag('ORG');

/**
 * The dual of a club's noun in construct (ناديي، فريقي), normalised: what follows is two sides joined by و. Not منتخبي,
 * whose countries countryTeams reads; not the nominative فريقا/ناديا, which stands alone as often (فريقا كبيرا).
 */
const DUAL_HEADS = wordSet('ناديي فريقي');
/** Words a side's name may hold (مانشستر يونايتد، الدفاع الحسني الجديدي): a longer run is no name. */
const MAX_SIDE = 3;
/**
 * A definite dual or plural nisba agrees with the dual head, not with the second side (الانكليزيين، البيضاويين). Not any
 * word in ان/ين: clubs end so (الريان).
 */
const HEAD_AGREEMENT = /^ال.{2,}(يين|يان)$/;
/** A definite singular nisba after the second side names its town (والدفاع [الجديدي]، الرجاء [البيضاوي]): part of the club's name. */
const TOWN_NISBA = /^ال.{3,}(ي|يه)$/;
/** A noun with its owners' pronoun (اهتمامهما، رغبتهم): the sentence going on after the second side, however rare the form. */
const OWNED = /(هما|هم|ها)$/;

/**
 * In a sports sentence, after a dual club noun with no clitic but a preposition (ناديي، لفريقي), the words up to the first
 * word with و (three at most, none with a clitic) are the first club, and that word with what runs on from it are the
 * second: words the tagger read as the same span, a listed place (اولمبيك [خريبكة]), a town's nisba, or a word the training
 * text has seldom seen (`rare`: يونايتد) and that bears no owner's pronoun; three at most, up to a
 * clitic, a mark or the dual's own adjective (ومانشستر يونايتد [الانكليزيين]). Both become ORGANIZATION whatever the
 * tagger read (a place: تشلسي؛ a person: يونايتد); the dual head stays outside, being the two clubs' noun, not either's
 * name. `word(k)`: token k is a word, no mark; `place(k)`: a place list holds word k.
 */
export function tagDualTeams(stems: readonly string[], prefixes: readonly string[], tags: number[], word: (k: number) => boolean,
  place: (k: number) => boolean, rare: (k: number) => boolean): number[] {
  let out = tags;
  // The clitic splitter leaves و on a word it does not know (وكولبري): a rare word in و opens the second side too.
  const joined = (k: number) => prefixes[k] === 'و' || (prefixes[k] === '' && stems[k].startsWith('و') && stems[k].length > 3 && rare(k));
  // A rare definite word is as often a rare common noun (الأواسط) as a club: only a foreign name may be rare and unread.
  const named = (k: number) => tags[k] !== 0 || place(k) || TOWN_NISBA.test(stems[k]) || (rare(k) && !stems[k].startsWith('ال'));
  for (let h = 0; h + 3 < stems.length; h++) {
    if (!DUAL_HEADS.has(stems[h]) || (prefixes[h] !== '' && prefixes[h] !== 'ل' && prefixes[h] !== 'ب')) continue;
    const first = h + 1;
    let and = first + 1;
    while (and < stems.length && and - first < MAX_SIDE && prefixes[and] === '' && !joined(and) && word(and)) and++;
    if (and >= stems.length || !joined(and) || !word(and) || !word(first) || prefixes[first] !== '') continue;
    // The first side holds no agreeing adjective of the head (فريقي العمل المشتركين): then the pair is no two clubs.
    if (stems.slice(first, and).some((s) => HEAD_AGREEMENT.test(s))) continue;
    let end = and + 1;
    while (end < stems.length && end - and < MAX_SIDE && prefixes[end] === '' && word(end) && !HEAD_AGREEMENT.test(stems[end]) &&
      (isInside(tags[end]) || place(end) || (rare(end) && !OWNED.test(stems[end])) || TOWN_NISBA.test(stems[end]))) end++;
    // Two common words none of the reads names (فريقي الشباب والناشئين، فريقي الدفاع والهجوم، فريقي السلة واليد) are a
    // club's own teams by age, line or sport: some word of the pair must read as a name.
    if (!stems.slice(first, and + 1).some((_, i) => named(first + i))) continue;
    if (out === tags) out = [...tags];
    // A span the tagger ran from before the head into the first side (ناديي زاندرفيك as a person) loses the head and what precedes.
    if (isInside(out[first])) for (let b = h; b >= 0 && out[b] !== 0; b--) { const begin = !isInside(out[b]); out[b] = 0; if (begin) break; }
    markSpan(out, first, and, B_ORG, I_ORG);
    markSpan(out, and, end, B_ORG, I_ORG);
    if (end < out.length && isInside(out[end])) out[end] -= 1;
    h = end - 1;
  }
  return out;
}
