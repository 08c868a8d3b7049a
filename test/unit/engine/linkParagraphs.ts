// Shared test setup for the linking passes: a paragraph of plain words with person mentions, no tagger run.
import { EntityMention, ParagraphTags } from '../../../server/src/engine/entities';

/** One paragraph of plain words (no clitics) with person mentions over the token ranges given. */
export function personParagraph(words: string[], base: number, names: Array<[number, number]>): ParagraphTags {
  let at = base;
  const tokens = words.map((w) => { const t = { start: at, end: at + w.length, text: w, norm: w, kind: 'word' as const }; at += w.length + 1; return t; });
  const mentions: EntityMention[] = names.map(([a, b]) => ({
    label: 'PERSON', start: tokens[a].start, end: tokens[b - 1].end, key: words.slice(a, b).join(' '), confidence: 0.9, firstToken: a, lastToken: b,
  }));
  return { tokens, stems: [...words], prefixes: words.map(() => ''), mentions };
}
