// Inter-annotator agreement: exact-span F1 and token-level Cohen's kappa per label, speakers of shared quotations, values of shared dates.
import { normalizeArabic } from './normalize';

/** One annotator's span, UTF-16 offsets into the article. */
export interface AgreementSpan {
  label: string;
  start: number;
  end: number;
  /** Quotations: the speaker mention, when one was chosen. */
  speaker?: { start: number; end: number; text: string };
  /** Dates: the normalised value (TIMEX3 style), when known. */
  value?: string;
}

/** One article as both annotators saw it: its tokens and each side's spans. */
export interface AgreementDoc {
  name: string;
  tokens: Array<{ start: number; end: number }>;
  a: AgreementSpan[];
  b: AgreementSpan[];
}

export interface LabelAgreement {
  label: string;
  /** Spans in A, in B, and in both with the same offsets. */
  a: number;
  b: number;
  both: number;
  /** A taken as the reference: precision = both / b, recall = both / a; F1 is symmetric. */
  precision?: number;
  recall?: number;
  f1?: number;
  /** Cohen's kappa over tokens (inside a span of this label or not); undefined when neither side uses the label. */
  kappa?: number;
  tokens: number;
}

export interface PairAgreement {
  shared: number;
  agree: number;
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/** Matches spans by offsets and label as multisets: a span repeated on one side counts once per copy. */
function exactMatches(a: AgreementSpan[], b: AgreementSpan[]): number {
  const pool = new Map<string, number>();
  for (const s of a) pool.set(`${key(s)}:${s.label}`, (pool.get(`${key(s)}:${s.label}`) ?? 0) + 1);
  let both = 0;
  for (const s of b) {
    const k = `${key(s)}:${s.label}`;
    const n = pool.get(k) ?? 0;
    if (n > 0) { both++; pool.set(k, n - 1); }
  }
  return both;
}

/** Per token: inside a span of `label` (any overlap). Tokens and spans are each sorted once, then walked together. */
function insideLabel(tokens: Array<{ start: number; end: number }>, spans: AgreementSpan[], label: string): boolean[] {
  const mine = spans.filter((s) => s.label === label).sort((x, y) => x.start - y.start);
  const out = new Array<boolean>(tokens.length).fill(false);
  for (const s of mine) {
    // Binary search for the first token that ends after the span starts.
    let lo = 0, hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].end <= s.start) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < tokens.length && tokens[i].start < s.end; i++) out[i] = true;
  }
  return out;
}

/** Cohen's kappa of two binary codings; undefined when chance agreement is total (neither varies). */
export function cohenKappa(n11: number, n10: number, n01: number, n00: number): number | undefined {
  const n = n11 + n10 + n01 + n00;
  if (!n) return undefined;
  const po = (n11 + n00) / n;
  const pa = (n11 + n10) / n;
  const pb = (n11 + n01) / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return pe === 1 ? undefined : (po - pe) / (1 - pe);
}

/** Span F1 and token kappa for each label used by either side, pooled over the documents. */
export function labelAgreement(docs: AgreementDoc[]): LabelAgreement[] {
  const labels = [...new Set(docs.flatMap((d) => [...d.a, ...d.b].map((s) => s.label)))].sort();
  return labels.map((label) => {
    let a = 0, b = 0, both = 0, n11 = 0, n10 = 0, n01 = 0, n00 = 0, tokens = 0;
    for (const d of docs) {
      const sa = d.a.filter((s) => s.label === label);
      const sb = d.b.filter((s) => s.label === label);
      a += sa.length;
      b += sb.length;
      both += exactMatches(sa, sb);
      const ia = insideLabel(d.tokens, sa, label);
      const ib = insideLabel(d.tokens, sb, label);
      tokens += d.tokens.length;
      for (let i = 0; i < d.tokens.length; i++) {
        if (ia[i] && ib[i]) n11++; else if (ia[i]) n10++; else if (ib[i]) n01++; else n00++;
      }
    }
    return {
      label, a, b, both, tokens,
      precision: b ? both / b : undefined,
      recall: a ? both / a : undefined,
      f1: a + b ? (2 * both) / (a + b) : undefined,
      kappa: cohenKappa(n11, n10, n01, n00),
    };
  });
}

/** Micro-averaged exact-span F1 of one document over all labels (for `--by article`). */
export function documentF1(d: AgreementDoc): number | undefined {
  const n = d.a.length + d.b.length;
  return n ? (2 * exactMatches(d.a, d.b)) / n : undefined;
}

function sharedPairs(d: AgreementDoc, pick: (s: AgreementSpan) => boolean): Array<[AgreementSpan, AgreementSpan]> {
  const bByKey = new Map(d.b.filter(pick).map((s) => [key(s), s]));
  return d.a.filter(pick).flatMap((s) => { const t = bByKey.get(key(s)); return t ? [[s, t] as [AgreementSpan, AgreementSpan]] : []; });
}

/**
 * Quotations both sides marked with the same offsets; they agree on the speaker when both chose
 * none, the same mention, or mentions with the same normalised text (another mention of the name).
 */
export function speakerAgreement(docs: AgreementDoc[]): PairAgreement {
  let shared = 0, agree = 0;
  for (const d of docs) {
    for (const [x, y] of sharedPairs(d, (s) => s.label === 'QUOTE')) {
      shared++;
      const same = !x.speaker && !y.speaker
        || (!!x.speaker && !!y.speaker && (key(x.speaker) === key(y.speaker) || normalizeArabic(x.speaker.text) === normalizeArabic(y.speaker.text)));
      if (same) agree++;
    }
  }
  return { shared, agree };
}

/** Date spans both sides marked with the same offsets and both gave a value for; they agree when the values are equal. */
export function dateValueAgreement(docs: AgreementDoc[], dateLabels: readonly string[] = ['DATE', 'TIME', 'DURATION', 'SET']): PairAgreement {
  let shared = 0, agree = 0;
  for (const d of docs) {
    for (const [x, y] of sharedPairs(d, (s) => dateLabels.includes(s.label) && s.value !== undefined)) {
      shared++;
      if (x.value === y.value) agree++;
    }
  }
  return { shared, agree };
}
