// Where a document's sentences and quotations lie, so speaker searches can step over quotations and stay in one sentence.
import type { SpeakerDoc } from './speakerPhrase';
import type { Reads } from './quoteReads';

/** A quotation's opening and closing mark, as token indices. */
export interface QuoteSpan {
  o: number;
  c: number;
  depth: number;
}

/** How far a sentence reaches either way before a search gives up on finding its boundary (tokens). */
const SENTENCE_REACH = 120;
/** A quotation this long (tokens, marks included) is speech, not a quoted name. */
const LONG_QUOTE = 8;

export class QuoteLayout {
  /** Closing mark → opening mark, so backward scans can step over a quotation. */
  readonly openOf = new Map<number, number>();
  /** Opening mark → closing mark, so a sentence's opening phrase can take a quoted name as one word. */
  readonly closeOf = new Map<number, number>();
  private readonly outerSpans: QuoteSpan[];

  constructor(private readonly doc: SpeakerDoc, spans: QuoteSpan[], private readonly reads: Reads) {
    for (const s of spans) { this.openOf.set(s.c, s.o); this.closeOf.set(s.o, s.c); }
    this.outerSpans = spans.filter((s) => s.depth === 0);
  }

  sentenceStart(i: number): number {
    let k = i;
    while (k > 0 && i - k < SENTENCE_REACH && !this.doc.boundary(k)) k--;
    return k;
  }

  sentenceEnd(a: number): number {
    let e = a + 1;
    while (e < this.doc.tokens.length && e - a < SENTENCE_REACH && !this.doc.boundary(e)) e++;
    return e;
  }

  /** Whether token i lies inside an outer quotation (binary search: called for every sentence a carry looks back over). */
  insideQuote(i: number): boolean {
    return this.outerAround(i) !== undefined;
  }

  /**
   * The outer quotation token i lies inside when it is speech-long (8 tokens or more; a quoted name is shorter), else
   * undefined: a sentence that opens with a quotation has no subject inside it («…، وأعرف أن …»: وأعرف is the speaker's own verb).
   */
  longQuoteAround(i: number): QuoteSpan | undefined {
    const s = this.outerAround(i);
    return s && s.c - s.o >= LONG_QUOTE ? s : undefined;
  }

  /** The outer quotation token i lies inside, if any. */
  private outerAround(i: number): QuoteSpan | undefined {
    const spans = this.outerSpans;
    let lo = 0, hi = spans.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].o < i) lo = mid + 1; else hi = mid; }
    // The quotation before i is read (one inserted between would change the answer); none: none from the start.
    this.reads.touch(lo > 0 ? spans[lo - 1].o : 0);
    return lo > 0 && spans[lo - 1].c > i ? spans[lo - 1] : undefined;
  }

  /** From a closing mark to its opening one, so a backward scan steps over the quotation. */
  readonly skipQuote = (j: number): number => { const b = this.openOf.get(j); if (b !== undefined) this.reads.touch(b); return b !== undefined && b < j ? b : j; };
}
