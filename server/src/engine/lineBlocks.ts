// A long paragraph's last tagging read back in two blocks, before and after an edit: the sentences whose tokens, neighbours and ends the edit left as they were are copied from it, not keyed and looked up one by one (sentence reuse hashed and compared every character of a one-line megabyte at each edit).
import type { EntityMention } from './entities';
import type { ParagraphTokens } from './paragraphTokens';
import { MAX_INITIALS, Token } from './tokenize';

/** A long paragraph's tagging as kept (its compact tokens, with stems and prefixes, for the paragraph at `base`), with the spelling flags it was tagged under. */
export interface LastTagging { words: ParagraphTokens; base: number; mentions: readonly EntityMention[]; flags: string }

/**
 * Tokens before a sentence's first one that decide where it starts: whether token k ends a sentence reads tokens k−2..k+1
 * and the initials before a period (tokenize.ts `isInitial`: back 2 tokens a step, MAX_INITIALS steps, then one more).
 * With the sentence's one token of context (sentenceReuse.ts CONTEXT) and one spare.
 */
const START_REACH = 2 * MAX_INITIALS + 4;

/** A mention `by` characters and `tokens` tokens further, its fields in the tagger's order (as sentenceReuse.ts moves them). */
export function moved(m: EntityMention, by: number, tokens: number): EntityMention {
  const out: EntityMention = { label: m.label, start: m.start + by, end: m.end + by, key: m.key, confidence: m.confidence, firstToken: m.firstToken + tokens, lastToken: m.lastToken + tokens };
  if (m.defines) out.defines = m.defines;
  return out;
}

/** Whether token `t` is the last tagging's token `i` moved `by` characters. */
function sameToken(t: Token, last: LastTagging, i: number, by: number): boolean {
  const { offsets, forms } = last.words;
  const f = forms[i];
  return t.start === last.base + offsets[2 * i] + by && t.end === last.base + offsets[2 * i + 1] + by && t.text === f.text && t.norm === f.norm && t.kind === f.kind;
}

/**
 * Where a paragraph's tokens are the last tagging's: its first `head` tokens (moved `headBy` characters) and its tokens
 * from `tail` on (the last's from `tail + shift`, moved `tailBy`). A sentence that lies with its context and its start's
 * reach inside either block was the last tagging's sentence too, with the same tokens around it and the same spellings:
 * its tagging is the last one's (the argument sentence reuse rests on), moved.
 */
export class LineBlocks {
  private readonly head: number;
  private readonly headBy: number;
  private readonly tail: number;
  private readonly tailBy: number;
  private readonly shift: number;
  /** The next of the last tagging's mentions to read (they are in token order, and so are the sentences asked). */
  private next = 0;
  /** Sentences copied (for tests). */
  taken = 0;

  constructor(private readonly last: LastTagging, tokens: readonly Token[], flags: string) {
    const n = tokens.length, o = last.words.forms.length;
    if (flags !== last.flags || n === 0 || o === 0) {
      this.head = 0; this.headBy = 0; this.tail = n; this.tailBy = 0; this.shift = 0;
      return;
    }
    const offsets = last.words.offsets;
    const headBy = tokens[0].start - (last.base + offsets[0]);
    let head = 0;
    while (head < n && head < o && sameToken(tokens[head], last, head, headBy)) head++;
    const tailBy = tokens[n - 1].end - (last.base + offsets[2 * o - 1]);
    let s = 0;
    while (s < n - head && s < o - head && sameToken(tokens[n - 1 - s], last, o - 1 - s, tailBy)) s++;
    this.head = head; this.headBy = headBy; this.tail = n - s; this.tailBy = tailBy; this.shift = o - n;
  }

  /**
   * The last tagging of the sentence of tokens [a, b), written into the paragraph's arrays (its mentions appended), when
   * the sentence lies in a block: before the edit with the token after it (its context, and what decides its end), or
   * after it with START_REACH tokens before it. False otherwise.
   */
  take(a: number, b: number, stems: string[], prefixes: string[], mentions: EntityMention[]): boolean {
    let d: number, by: number;
    if (b < this.head) { d = 0; by = this.headBy; } else if (a - START_REACH >= this.tail) { d = this.shift; by = this.tailBy; } else return false;
    const forms = this.last.words.forms;
    for (let i = a; i < b; i++) { const f = forms[i + d]; stems[i] = f.stem; prefixes[i] = f.prefix; }
    const kept = this.last.mentions;
    while (this.next < kept.length && kept[this.next].firstToken < a + d) this.next++;
    for (; this.next < kept.length && kept[this.next].firstToken < b + d; this.next++) mentions.push(moved(kept[this.next], by, -d));
    this.taken++;
    return true;
  }
}
