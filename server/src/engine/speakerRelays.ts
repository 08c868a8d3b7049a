// The `نقلاً عن`-style relay cues of a document (a source quoted through another): found once, kept across edits.
import { cueKind } from './quoteCues';
import { Reads } from './quoteReads';
import type { SpeakerDoc } from './speakerPhrase';
import type { TokenList } from './tokenView';

export class RelayCues {
  private found: number[] | undefined;
  /** The last version's relay cues and where the edit changed tokens ([head, tail) here, moved by dT after it). */
  before: { list: number[]; head: number; tail: number; dT: number } | undefined;

  constructor(private readonly doc: SpeakerDoc, private readonly reads: Reads, private readonly whole: TokenList) {}

  /**
   * Every relay cue of the document, made once for all quotations from the tokens as they are (its scan is no
   * quotation's read); from the last version's list when told it, scanning only around the edit.
   */
  list(): number[] {
    if (this.found) return this.found;
    const out: number[] = [];
    const scan = (from: number, to: number) => { for (let j = Math.max(0, from); j < Math.min(to, this.whole.length); j++) if (this.isRelay(j, this.whole)) out.push(j); };
    const was = this.before;
    if (!was) scan(0, this.whole.length);
    else {
      // A cue reads its token and the next: those next to a changed token are read again.
      const from = was.head - 2, to = was.tail + 2;
      for (const j of was.list) if (j < from) out.push(j);
      scan(from, to);
      for (const j of was.list) if (j + was.dT >= to) out.push(j + was.dT);
    }
    this.found = out;
    return out;
  }

  private isRelay(j: number, tokens = this.doc.tokens): boolean {
    return tokens.tok(j + 1)?.norm === 'عن' && cueKind(tokens.tok(j)) === 'relay';
  }

  /** First relay cue followed by عن in [from, limit), or -1: a short scan, then the document's list of them. */
  next(from: number, limit: number): number {
    // The subject is usually next to its cue; one found far back (a name from earlier) must not cost a scan to here.
    for (let j = from; j < Math.min(limit, from + 64); j++) if (this.isRelay(j)) return j;
    if (from + 64 >= limit) return -1;
    // The relays between from and limit decide the answer: read as if scanned.
    this.reads.touch(from);
    this.reads.touch(limit);
    const relays = this.list();
    let lo = 0, hi = relays.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (relays[mid] < from + 64) lo = mid + 1; else hi = mid; }
    return lo < relays.length && relays[lo] < limit ? relays[lo] : -1;
  }
}
