// A club the article names once with its head (نادي الاتحاد، فريق الأزرق) and then bare: the bare word in a sports sentence is the club.
import type { ParagraphTags } from './entities';
import type { Entry, PropagateContext } from './linking';
import { sourcePrefixLength } from './clitics';
import { wordSet } from './wordSets';
import { endsSentence } from './tokenize';
import { POINTS_CUE, scoreline, SPORTS_CUE, sportsWord } from './sportsNews';

/** Heads a club is named with once (normalised); its bare repeats are the common words every text uses (الاتحاد، النجم). */
const CLUB_HEADS = [...wordSet('نادي فريق')];
/**
 * Nouns before the bare word that make it some other body's: a member or head of `الاتحاد` in a club's article is the
 * federation's as often as the club's (عضو الاتحاد); after `في` the word is rather the place a club is named for (في الجزيرة، في
 * المدينة), the island or the city.
 */
const NOT_CLUB_BEFORE = wordSet('رئيس عضو أعضاء نائب أمين رئاسة في فى');
/** The heads are sports words too, but a club of judges or of officers (نادي القضاة) is named with them as well: they make no sports sentence here. */
const HEAD_WORDS = wordSet('نادي النادي فريق الفريق');

/**
 * Bare repeats of a club the document names with its head (its key `نادي الاتحاد`): token i, a definite word standing alone,
 * is the club where the sentence is sports news (a sports word other than a head, or a scoreline). Not before a definite word, which makes it
 * another body's name (الاتحاد الأوروبي، الاتحاد الموريتاني لكرة القدم), nor after a member or head (NOT_CLUB_BEFORE).
 * Keys are probed one by one (`نادي` + the word), so a caller recording the keys a paragraph read sees them all; `heads`
 * (given only where probes go unrecorded) spares the heads no key opens with.
 */
export function clubRepeats(p: Pick<ParagraphTags, 'tokens' | 'stems' | 'prefixes'>, covered: Uint8Array, ctx: Pick<PropagateContext, 'canonical' | 'labelOf' | 'heads'>): Entry[] {
  const { tokens, stems, prefixes } = p;
  const entries: Entry[] = [];
  // A head no canonical key opens with names no club here: most documents name none, and their words skip the probes.
  const heads = ctx.heads ? CLUB_HEADS.filter((h) => ctx.heads!.has(h)) : CLUB_HEADS;
  if (heads.length === 0) return entries;
  // Sports news or not, per sentence (a paragraph holds several): keyed by the sentence's first token.
  const sports = new Map<number, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    const stem = stems[i];
    if (covered[i] || tokens[i].kind !== 'word' || stem.length < 5 || !stem.startsWith('ال')) continue;
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    if (next && next.kind === 'word' && (!prefixes[i + 1] || prefixes[i + 1] === 'ل') && stems[i + 1].startsWith('ال')) continue;
    if (i > 0 && tokens[i - 1].kind === 'word' && NOT_CLUB_BEFORE.has(stems[i - 1])) continue;
    // A common noun's complement after it (الوحدة بين البلدين): the word's own sense, not the club.
    if (next && stems[i + 1] === 'بين') continue;
    const club = clubKey(heads, stem, ctx);
    if (!club) continue;
    let from = i;
    while (from > 0 && !endsSentence(tokens, from - 1)) from--;
    let to = i + 1;
    while (to < tokens.length && !endsSentence(tokens, to - 1)) to++;
    if (!sports.has(from)) {
      const sentence = stems.slice(from, to);
      sports.set(from, sportsWord(sentence.filter((s) => !HEAD_WORDS.has(s)), SPORTS_CUE | POINTS_CUE) || scoreline(sentence));
    }
    if (!sports.get(from)) continue;
    covered[i] = 1;
    entries.push({
      m: { label: 'ORGANIZATION', start: tokens[i].start + sourcePrefixLength(tokens[i].text, prefixes[i]), end: tokens[i].end, key: club, confidence: 0.5, firstToken: i, lastToken: i + 1 },
      propagated: true,
    });
  }
  return entries;
}

/** The first key `head stem` the document names a body; built per head only as probed (one string per probe, not a list per word). */
function clubKey(heads: string[], stem: string, ctx: Pick<PropagateContext, 'canonical' | 'labelOf'>): string | undefined {
  for (const h of heads) {
    const k = `${h} ${stem}`;
    if (ctx.canonical.has(k) && ctx.labelOf(ctx.canonical.get(k)!) === 'ORGANIZATION') return k;
  }
  return undefined;
}
