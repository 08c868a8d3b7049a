// Builds the document the speaker search walks: mentions by token (cue words and pronoun-prepositions the tagger glued on trimmed), sentence boundaries.
import type { TextLike } from './pieceText';
import { Entity, LinkedMention } from './linking';
import { mentionOrder, MentionOrder } from './mentionOrder';
import { cueKind } from './quoteCues';
import { LongNames, SpeakerDoc } from './speakerPhrase';
import { normalizeArabic } from './normalize';
import { TokenMap } from './tokenMap';
import type { TokenList } from './tokenView';
import { PRONOUN_PREPOSITION } from './wordSets';

/** Punctuation that ends a sentence (a line break ends one too); the quote window cuts where this reading does. */
export const SENTENCE_END = '.!?؟…';


/**
 * Where a mention really starts: the tagger sometimes takes the reporting verb or a pronoun-preposition
 * before a name into it (روى عبد الرحمن آدم، عليه سليمان); the name starts after them.
 */
function nameStart(tokens: TokenList, i: number, endToken: number): number {
  let k = i;
  while (k + 1 < endToken && tokens.tok(k).kind === 'word' && (cueKind(tokens.tok(k)) === 'verb' || PRONOUN_PREPOSITION.test(tokens.tok(k).norm))) k++;
  return k;
}

/** The speaker document as built: its mention map readable entry by entry (attributionMemo.ts compares two versions'). */
export type BuiltSpeakerDoc = SpeakerDoc & { mentionAt: TokenMap<{ m: LinkedMention; endToken: number }> };

/** `order`: the entities' mentions in document order, when the caller has them (mentionOrder.ts). */
export function buildSpeakerDoc(tokens: TokenList, text: TextLike, entities: Entity[], tokenAt: (offset: number) => number, order?: MentionOrder): BuiltSpeakerDoc {
  const mentions = mentionOrder(entities, order).mentions;
  let persons = 0;
  for (const m of mentions) if (m.label === 'PERSON') persons++;
  // Each map holds at most one entry per mention: made at that size.
  const personAt = new TokenMap<LinkedMention>(tokens.length, persons);
  const mentionAt = new TokenMap<{ m: LinkedMention; endToken: number }>(tokens.length, mentions.length);
  // Mentions in document order (a mention may start inside a token: و+name): the last token starting at or before it,
  // and the last starting before its end (found by search: a walk read every token of the document).
  for (const found of mentions) {
    const i = Math.max(0, tokenAt(found.start + 1) - 1);
    const j = Math.max(i, tokenAt(found.end) - 1);
    const s = found.label === 'PERSON' ? nameStart(tokens, i, j + 1) : i;
    const m = s === i ? found : { ...found, start: tokens.tok(s).start };
    mentionAt.set(s, { m, endToken: j + 1 });
    if (m.label === 'PERSON') personAt.set(s, m);
  }
  // A sentence ends at its punctuation or at a line break (headlines, datelines have no full stop).
  const newlineBefore = (i: number) => { for (let c = tokens.tok(i - 1).end; c < tokens.tok(i).start; c++) if (text.charCodeAt(c) === 10) return true; return false; };
  // Asked for the same tokens many times (every sentence-start scan walks back to one): kept once known (0 unknown, 1 no, 2 yes).
  const known = new Uint8Array(tokens.length + 1);
  const boundary = (i: number) => {
    if (i <= 0) return true;
    if (i < known.length && known[i]) return known[i] === 2;
    const b = (tokens.tok(i - 1).kind === 'punct' && SENTENCE_END.includes(tokens.tok(i - 1).text)) || newlineBefore(i);
    if (i < known.length) known[i] = b ? 2 : 1;
    return b;
  };
  // Built on first use: most documents never ask (endsEarlierName, speakerName.ts).
  let names: LongNames | undefined;
  const longNames = (): LongNames => {
    if (names) return names;
    names = { first: -1, byLast: new Map() };
    for (const [k, o] of personAt) {
      if (names.first < 0 || k < names.first) names.first = k;
      const words = normalizeArabic(text.slice(o.start, o.end)).split(/\s+/);
      if (words.length < 2) continue;
      const last = words[words.length - 1];
      const at = names.byLast.get(last);
      if (at) at.push(k); else names.byLast.set(last, [k]);
    }
    return names;
  };
  return { tokens, text, personAt, mentionAt, boundary, longNames };
}
