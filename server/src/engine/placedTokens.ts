// A version's tokens and date expressions in document offsets, read from taggings kept in their own frames.
import { DateCandidate } from './dates';
import { Paragraph } from './paragraphSplit';
import { Tagged } from './spanIndex';
import { Token } from './tokenize';

/**
 * Tokens and date expressions of every paragraph, in document order and offsets. A tagging whose frame is the
 * paragraph's offset gives its own objects; one tagged elsewhere gives copies moved there (only the tokens and
 * dates: the paragraph's mentions, linked where they are kept, are not copied).
 */
export function placedTokens(paras: ReadonlyArray<Paragraph>, tags: ReadonlyArray<Tagged>): { tokens: Token[]; candidates: DateCandidate[]; tagged: Tagged[] } {
  const tokens: Token[] = [];
  const candidates: DateCandidate[] = [];
  for (let i = 0; i < paras.length; i++) {
    const r = tags[i];
    const by = paras[i].base - r.base;
    // Loops, not push(...): spreading a huge paragraph's tokens overflows the call stack.
    if (by === 0) {
      for (const t of r.tokens) tokens.push(t);
      for (const d of r.dates) candidates.push(d);
      continue;
    }
    // Field by field in tokenize()'s order (one object shape, no spread), as the analyzer shifts a cached paragraph.
    for (const t of r.tokens) tokens.push({ start: t.start + by, end: t.end + by, text: t.text, norm: t.norm, kind: t.kind });
    for (const d of r.dates) candidates.push({ ...d, start: d.start + by, end: d.end + by });
  }
  return { tokens, candidates, tagged: tags as Tagged[] };
}
