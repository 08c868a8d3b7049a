// Semantic tokens: entities and dates on top of quotation spans, split so no two tokens overlap or cross lines.
import { SemanticTokens, SemanticTokensBuilder, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Annotation } from '../engine/analysis';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './legend';

const TYPE_INDEX: Record<string, number> = {
  PERSON: 0, LOCATION: 1, ORGANIZATION: 2, MISC: 3, DATE: 4, TIME: 4, DURATION: 4, SET: 4, QUOTE: 5,
};

interface Piece { start: number; end: number; type: number; modifiers: number }

const STATUS_BIT: Record<string, number> = { suggested: 1, accepted: 2, manual: 4 };

/** Flattens annotations into non-overlapping pieces; inner spans (entities, dates) win over quotations. */
export function flatten(annotations: Annotation[]): Piece[] {
  const inner = annotations.filter((a) => a.kind !== 'quotation').sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let lastEnd = 0;
  for (const a of inner) {
    if (a.start < lastEnd) continue;
    pieces.push({ start: a.start, end: a.end, type: TYPE_INDEX[a.label], modifiers: STATUS_BIT[a.status ?? ''] ?? 0 });
    lastEnd = a.end;
  }
  for (const q of annotations.filter((a) => a.kind === 'quotation')) {
    let cur = q.start;
    for (const p of pieces.filter((x) => x.type !== TYPE_INDEX.QUOTE && x.end > q.start && x.start < q.end)) {
      if (p.start > cur) pieces.push({ start: cur, end: p.start, type: TYPE_INDEX.QUOTE, modifiers: STATUS_BIT[q.status ?? ''] ?? 0 });
      cur = Math.max(cur, p.end);
    }
    if (cur < q.end) pieces.push({ start: cur, end: q.end, type: TYPE_INDEX.QUOTE, modifiers: STATUS_BIT[q.status ?? ''] ?? 0 });
  }
  return pieces.sort((a, b) => a.start - b.start);
}

export function provideSemanticTokens(doc: TextDocument, a: Analysis, range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : Infinity;
  for (const p of flatten(a.annotations)) {
    if (p.end <= from || p.start >= to) continue;
    let s = p.start;
    while (s < p.end) {
      const nl = a.text.indexOf('\n', s);
      const e = nl >= 0 && nl < p.end ? nl : p.end;
      if (e > s) {
        const pos = doc.positionAt(s);
        builder.push(pos.line, pos.character, e - s, p.type, p.modifiers);
      }
      s = e + 1;
    }
  }
  return builder.build();
}

export const LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };
