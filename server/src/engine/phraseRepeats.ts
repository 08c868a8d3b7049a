// Document consistency for names of several words behind a clitic: `بالشرق الأوسط` where the article names `الشرق الأوسط`.
import { sourcePrefixLength } from './clitics';
import type { ParagraphTags } from './entities';
import { FilteredSet } from './keyFilter';
import type { Entry, PropagateContext } from './linking';
import { WELL_KNOWN } from './repeatSlots';
import { LOCATION_HEADS, ORGANIZATION_HEADS } from './triggers';
import { normalizeArabic } from './normalize';
import { withoutArticle } from './clitics';

/** Clitics a name's first word carries in raw news (a و or ف before them too). */
const NAME_CLITICS = /^[وف]?[بلك]$|^[وف]$/;
/**
 * Body heads as keys write them (normalised), bare and with the article: a body's whole name whose first word the training
 * text knows well is looked for bare only behind one of them (بورصة مسقط، المجلس العسكري) or a troupe's (فرقة), not a common
 * phrase the tagger once read as a body (الغلاف الجوي، المعادن الانتقالية).
 */
const HEADS = new Set([...ORGANIZATION_HEADS, 'فرقة'].flatMap((w) => { const n = normalizeArabic(w); return n.startsWith('ال') ? [n] : [n, 'ال' + n]; }));
/** مركز before a settlement head alone is the town's centre (مركز المدينة), not a body, however the tagger read it once. */
const CENTRE = normalizeArabic('مركز');
const townCentre = (stems: readonly string[], i: number, j: number) => j === i + 1 && withoutArticle(stems[i]) === CENTRE &&
  (LOCATION_HEADS.has(stems[j]) || LOCATION_HEADS.has(withoutArticle(stems[j])));
/** Most words of a name looked for: the keys probed grow by one word each. */
const MAX_WORDS = 4;

/**
 * The first words of the document's keys of several words: a word no such key opens starts no phrase repeat. Asked before
 * the word's training-text count, a probe into the large lexicon that most uncovered words would otherwise cost.
 */
export function phraseHeads(keys: Iterable<string>): FilteredSet {
  const heads = new Set<string>();
  for (const k of keys) { const space = k.indexOf(' '); if (space >= 0) heads.add(k.slice(0, space)); }
  return new FilteredSet(heads);
}

/**
 * Repeats of a known name of two to four words whose first word carries a clitic, the words after it no mention covers:
 * document consistency spreads one-word keys through the clitic splitter's stems, and a longer name's first stem alone is
 * no key (`الشرق`). The name must be one the tagger read on its own somewhere (`votes`), and the first word as written one
 * the training text does not know well (WELL_KNOWN, as for one-word repeats). Without a clitic, a body's short form of
 * several words (linkAliases' bodyShorts) the tagger left O.
 */
export function phraseRepeats(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, covered: Uint8Array, ctx: Pick<PropagateContext, 'canonical' | 'labelOf' | 'votes' | 'count' | 'heads'>): Entry[] {
  const { tokens, stems, prefixes } = p;
  const out: Entry[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const bare = !prefixes[i];
    if (covered[i] || tokens[i].kind !== 'word' || (!bare && !NAME_CLITICS.test(prefixes[i])) || (ctx.heads && !ctx.heads.has(stems[i]))) continue;
    // A bare body's whole name the tagger read elsewhere is looked for behind a head the training text knows (بورصة، المجلس).
    const known = ctx.count(tokens[i].norm) >= WELL_KNOWN;
    if (known && (!bare || !HEADS.has(stems[i]))) continue;
    let key = stems[i];
    let found = 0;
    let label;
    for (let j = i + 1; j < tokens.length && j - i < MAX_WORDS && !covered[j] && tokens[j].kind === 'word'; j++) {
      // The later words as the name writes them: no clitic of their own (والاوسط is another word).
      // A pronoun written apart (`للمعصر ه`) ends the words a name may have.
      if (prefixes[j] || stems[j].length < 2) break;
      key += ` ${stems[j]}`;
      const target = ctx.canonical.get(key);
      // Bare, only a body's short form of several words (شركة بيكو كابيتال … بيكو كابيتال): the tagger reads a bare name itself.
      const short = target !== undefined && target !== key && ctx.labelOf(target) === 'ORGANIZATION';
      // Bare and voted, a body's whole name the tagger read elsewhere in the article (بورصة مسقط … في بورصة مسقط): under a
      // name it never met, the tagger reads the body in one sentence and not in the next.
      const body = target !== undefined && ctx.votes.has(key) && ctx.labelOf(target) === 'ORGANIZATION' && !(known && townCentre(stems, i, j));
      if (target !== undefined && (bare ? (short && !known) || body : ctx.votes.has(key))) { found = j + 1; label = ctx.labelOf(target); }
    }
    if (!found || !label) continue;
    // A body's name that runs on past the key with a لل complement (تعاونية [X] للزعفران) is a longer name the key is part of.
    if (bare && found < tokens.length && prefixes[found] === 'ل' && stems[found].startsWith('ال')) continue;
    const t = tokens[i];
    out.push({
      m: { label, start: t.start + sourcePrefixLength(t.text, prefixes[i]), end: tokens[found - 1].end, key: stems.slice(i, found).join(' '), confidence: 0.5, firstToken: i, lastToken: found },
      propagated: true,
    });
    covered.fill(1, i, found);
    i = found - 1;
  }
  return out;
}
