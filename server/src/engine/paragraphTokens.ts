// One paragraph's tokens as kept between versions: offsets in one Int32Array, and per token one shared object for all that tokens spelled and tagged alike have in common.
import type { ParagraphTags } from './entities';
import { WordForm, wordForm } from './interner';
import { Token, TokenKind } from './tokenize';

/** What a token shares with every token of the same text, stem and prefix (its kind follows from its text). */
export interface TokenForm {
  readonly text: string;
  readonly norm: string;
  readonly kind: TokenKind;
  /** The tagger's clitic-free stem and proclitic letters (tagParagraph's stems and prefixes). */
  readonly stem: string;
  readonly prefix: string;
}

/**
 * A paragraph's tokens without a Token object each: 12 bytes a token where an object, its slot and its stem's and
 * prefix's slots took about 90 (208,000 tokens at 1 M characters: 13 MB of objects). Offsets are relative to the
 * paragraph's first character, so a paragraph that moves keeps them as they are.
 */
export interface ParagraphTokens {
  /**
   * Start and end of each token, one after the other: 16-bit in a paragraph shorter than 65,536 characters (every
   * paragraph of news; 0.8 MB less kept at 1 M characters), 32-bit in a longer one.
   */
  readonly offsets: Int32Array | Uint16Array;
  readonly forms: readonly TokenForm[];
}

/** The token form last made for a word form (kept on it): most forms have one stem and prefix in every paragraph. */
function formOf(t: Token, stem: string, prefix: string, form: WordForm | undefined): TokenForm {
  const w = form ?? wordForm(t.text, t.kind === 'punct');
  const known = w.token as TokenForm | undefined;
  if (known && known.text === t.text && known.norm === t.norm && known.kind === t.kind && known.stem === stem && known.prefix === prefix) return known;
  // The word form's shared strings when they are the token's (they are unless the form is too long to be kept).
  const f: TokenForm = { text: w.text === t.text ? w.text : t.text, norm: w.norm === t.norm ? w.norm : t.norm, kind: t.kind, stem, prefix };
  w.token = f;
  return f;
}

/** The compact form of a paragraph's tokens (document offsets, the paragraph at `base`) with their stems and prefixes; `forms`: their word forms when tokenize() gave them. */
export function compactTokens(tokens: readonly Token[], stems: readonly string[], prefixes: readonly string[], base: number, forms?: readonly WordForm[]): ParagraphTokens {
  const offsets = tokens.length && tokens[tokens.length - 1].end - base > 0xffff ? new Int32Array(2 * tokens.length) : new Uint16Array(2 * tokens.length);
  const out: TokenForm[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    offsets[2 * i] = t.start - base;
    offsets[2 * i + 1] = t.end - base;
    out[i] = formOf(t, stems[i], prefixes[i], forms?.[i]);
  }
  return { offsets, forms: out };
}

export function tokenCount(p: ParagraphTokens): number {
  return p.forms.length;
}

/** Token `i` as tokenize() made it for the paragraph at `base` (same fields in the same order). */
export function tokenOf(p: ParagraphTokens, i: number, base: number): Token {
  const f = p.forms[i];
  return { start: base + p.offsets[2 * i], end: base + p.offsets[2 * i + 1], text: f.text, norm: f.norm, kind: f.kind };
}

/** The paragraph's tokens as Token objects (made anew: callers let them go once read). */
export function tokensOf(p: ParagraphTokens, base: number): Token[] {
  const out: Token[] = new Array(p.forms.length);
  for (let i = 0; i < out.length; i++) out[i] = tokenOf(p, i, base);
  return out;
}

/** The paragraph's tagging as tagParagraph() gave it (tokens, stems and prefixes made anew), with `mentions`. */
export function paragraphTags(p: ParagraphTokens, base: number, mentions: ParagraphTags['mentions']): ParagraphTags {
  const n = p.forms.length;
  const stems: string[] = new Array(n);
  const prefixes: string[] = new Array(n);
  for (let i = 0; i < n; i++) { stems[i] = p.forms[i].stem; prefixes[i] = p.forms[i].prefix; }
  return { tokens: tokensOf(p, base), stems, prefixes, mentions };
}
