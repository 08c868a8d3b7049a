// Turns an article and the annotator's decisions into gold training sentences (engine tokens + BIO tags).
import { paragraphs } from '../engine/analysis';
import { ReviewStatus } from '../engine/decisions';
import { EntityLabel, LABELS } from '../engine/tagger';
import { splitSentences, tokenize } from '../engine/tokenize';
import { GoldSentence } from './corpus';

/** An entity span after the decisions were applied (see `applyDecisions`), UTF-16 offsets. */
export interface ReviewedSpan { start: number; end: number; label: EntityLabel; status: ReviewStatus }

/**
 * Gold sentences of one article. `reviewed` (the sidecar's top-level flag): every sentence counts,
 * remaining suggestions as accepted and everything else as O. Otherwise only sentences the
 * annotator finished count: at least one entity decision (`decided`, rejections included) in them
 * and no suggestion left undecided.
 */
export function goldFromReview(text: string, spans: ReviewedSpan[], decided: Array<{ start: number; end: number }>, reviewed: boolean): GoldSentence[] {
  const out: GoldSentence[] = [];
  const inside = (x: { start: number; end: number }, s: number, e: number) => x.start < e && s < x.end;
  for (const p of paragraphs(text)) {
    for (const sentence of splitSentences(tokenize(p.text, p.base))) {
      if (!sentence.length) continue;
      const s = sentence[0].start;
      const e = sentence[sentence.length - 1].end;
      const here = spans.filter((x) => inside(x, s, e)).sort((a, b) => a.start - b.start);
      if (!reviewed && (here.some((x) => x.status === 'suggested') || !decided.some((d) => inside(d, s, e)))) continue;
      const gold = sentence.map((t) => {
        const x = here.find((h) => inside(h, t.start, t.end));
        if (!x) return 0;
        const label = 1 + 2 * LABELS.indexOf(x.label);
        return x.start >= t.start ? label : label + 1;
      });
      out.push({ tokens: sentence, gold });
    }
  }
  return out;
}
