// A storm the article names with its head (الإعصار سعاد) and then by its name alone: the bare name is the storm, MISC, not a woman.
import type { Entity, LinkedMention } from './linking';
import { wordSet } from './wordSets';
import { STORM_HEAD_WORDS } from './stormNames';
import { cueKind, isTitle } from './quoteCues';
import type { Token } from './tokenize';

/** Storm heads as a key writes them (normalised), the ones stormNames.ts tags with the name. */
const STORM_HEADS = wordSet(STORM_HEAD_WORDS);

/** A mention's paragraph tokens (document offsets), or undefined when the mention is in none of them. */
export type MentionTokens = (m: LinkedMention) => ReadonlyArray<Token> | undefined;

/** MentionTokens of the full analysis: the paragraph whose token at the mention's first index covers its start. */
export function tokensOfParagraphs(paragraphs: ReadonlyArray<{ tokens: ReadonlyArray<Token> }>): MentionTokens {
  // The last paragraph asked for keeps its tokens: a compact analysis's paragraph builds them anew on every read of
  // `tokens`, four per mention, so an article of one 1 MB line spent a minute building and collecting token arrays.
  let last: { tokens: ReadonlyArray<Token> } | undefined;
  let lastTokens: ReadonlyArray<Token> = [];
  const tokensIn = (x: { tokens: ReadonlyArray<Token> }) => {
    if (x !== last) { last = x; lastTokens = x.tokens; }
    return lastTokens;
  };
  const covers = (x: { tokens: ReadonlyArray<Token> }, m: LinkedMention) => {
    const tokens = tokensIn(x);
    return tokens.length > m.firstToken && tokens[m.firstToken].start <= m.start && m.start < tokens[m.firstToken].end;
  };
  // A search over the paragraphs' spans instead of a walk over every paragraph per mention (linking asks for hundreds).
  let spans: ParagraphSpans | null | undefined;
  return (m) => {
    if (spans === undefined) spans = paragraphSpans(paragraphs);
    if (spans === null) {
      const found = paragraphs.find((x) => covers(x, m));
      return found && tokensIn(found);
    }
    const { at, lows } = spans;
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lows[mid] <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const x = lo > 0 ? paragraphs[at[lo - 1]] : undefined;
    return x && covers(x, m) ? tokensIn(x) : undefined;
  };
}

/** The paragraphs holding tokens (their indices) and the least start of each one's tokens, in document order. */
interface ParagraphSpans { at: number[]; lows: number[] }

/**
 * The spans of the paragraphs holding tokens, or null unless each one's tokens all end at or before the next one's begin.
 * With that order a paragraph whose token covers an offset is the last one starting at or before it, so the search finds
 * what the walk found (the first and only such paragraph); without it (never seen: the analysis's paragraphs follow the
 * text) the walk is kept. A paragraph's tokens come in tokenize()'s order (each ends at or before the next one starts:
 * tokenizeOrder.test.ts), so its first token's start is their least and its last token's end their greatest: two reads,
 * not a walk over every token of the document.
 */
function paragraphSpans(paragraphs: ReadonlyArray<{ tokens: ReadonlyArray<Token> }>): ParagraphSpans | null {
  const at: number[] = [];
  const lows: number[] = [];
  let lastEnd = -Infinity;
  for (let i = 0; i < paragraphs.length; i++) {
    const tokens = paragraphs[i].tokens;
    if (tokens.length === 0) continue;
    const low = tokens[0].start;
    const high = tokens[tokens.length - 1].end;
    if (low < lastEnd) return null;
    at.push(i);
    lows.push(low);
    lastEnd = high;
  }
  return { at, lows };
}

/**
 * A mention a verb of saying or a title stands right before (وقالت سعاد، المهندسة سعاد): a woman speaking or named by
 * her role, whom a storm never is, though she shares its name. The token right before, punctuation too: after a quote mark
 * (وأضاف " سعاد تضعف ") the name opens the quotation, not the verb's subject. The full analysis and an open document both
 * read this, from their own tokens, so the editor and the CLI agree.
 */
export function personCued(m: LinkedMention, tokensOf: MentionTokens): boolean {
  const last = tokenBefore(m, tokensOf)?.before;
  return !!last && last.kind === 'word' && (cueKind(last) === 'verb' || isTitle(last));
}

/** The mention's paragraph tokens and the token right before it, when its paragraph holds it and it opens no paragraph. */
export function tokenBefore(m: LinkedMention, tokensOf: MentionTokens): { tokens: ReadonlyArray<Token>; before: Token } | undefined {
  const tokens = tokensOf(m);
  const at = tokens?.[m.firstToken];
  if (!tokens || !at || m.firstToken === 0 || at.start > m.start || m.start >= at.end) return undefined;
  return { tokens, before: tokens[m.firstToken - 1] };
}

/**
 * Relabels, in place, every entity keyed by one word that a MISC entity of the document names as a storm (`الاعصار سعاد`):
 * the article's bare `سعاد` (إن سعاد " هو الأقوى"، أن يضعف سعاد) is the storm the tagger read as a person. Only an entity
 * whose every mention is that one word: a woman of the same given name has a surname with it (سعاد المعشني), another key;
 * and none after a verb of saying or a title (personCued): that one is the woman.
 */
export function relabelStormRepeats(entities: Entity[], tokensOf: MentionTokens): void {
  let names: Set<string> | undefined;
  for (const e of entities) {
    if (e.label !== 'MISC') continue;
    const space = e.key.indexOf(' ');
    if (space < 0 || e.key.indexOf(' ', space + 1) >= 0 || !STORM_HEADS.has(e.key.slice(0, space))) continue;
    (names ??= new Set()).add(e.key.slice(space + 1));
  }
  if (!names) return;
  for (const e of entities) {
    if (e.label === 'MISC' || !names.has(e.key) || !e.mentions.every((m) => m.lastToken - m.firstToken === 1)) continue;
    if (e.mentions.some((m) => personCued(m, tokensOf))) continue;
    relabelMisc(e);
  }
}

/** Relabels, in place, an entity and every mention of it MISC (the storm and product passes: a name that is a thing). */
export function relabelMisc(e: Entity): void {
  e.label = 'MISC';
  for (const m of e.mentions) m.label = 'MISC';
}
