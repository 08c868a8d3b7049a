// Reads CoNLL token files (token<TAB>tag..., blank line between sentences) and maps corpus tags to ours.

export interface ConllSentence {
  tokens: string[];
  /** Second column, or 'O' when absent. */
  tags: string[];
  /** Third column (fine type) when present. */
  fine: string[];
  /** Article the sentence belongs to: how many `-DOCSTART-` lines come before it (absent: 0). */
  doc?: number;
}

/** CoNLL-2003's article break: a line whose first column is `-DOCSTART-`. */
const DOCSTART = '-DOCSTART-';

/**
 * Parses CoNLL text; lines that are only whitespace end a sentence, and a `-DOCSTART-` line ends the
 * sentence and the article (it is no token): sentences after it carry the next `doc` number.
 */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let doc = 0;
  const fresh = (): ConllSentence => (doc ? { tokens: [], tags: [], fine: [], doc } : { tokens: [], tags: [], fine: [] });
  let cur = fresh();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const token = raw.split('\t')[0].trim().split(/\s+/)[0];
    if (raw.trim() === '' || token === DOCSTART) {
      if (cur.tokens.length) out.push(cur);
      if (token === DOCSTART && out.length) doc++;
      cur = fresh();
      continue;
    }
    const cols = raw.split('\t');
    if (!token) continue;
    cur.tokens.push(token);
    cur.tags.push(cols[1]?.trim() || 'O');
    cur.fine.push(cols[2]?.trim() || 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

const TYPE_MAP: Record<string, string | undefined> = {
  PER: 'PERS', PERS: 'PERS', PERSON: 'PERS',
  GPE: 'LOC', LOC: 'LOC', LOCATION: 'LOC',
  ORG: 'ORG', ORGANIZATION: 'ORG',
  FAC: 'MISC', PRO: 'MISC', VEH: 'MISC', WEA: 'MISC', MISC: 'MISC',
  NORP: undefined,
};

/**
 * Maps a corpus BIO tag (FANE/ACE, AQMAR or ANERcorp naming) to the ANERcorp set
 * (B-PERS, I-LOC, …, O). NORP is not an entity in ANERcorp.
 */
export function toAnercorpTag(tag: string): string {
  const m = /^([BI])-(.+)$/.exec(tag);
  if (!m) return 'O';
  const mapped = TYPE_MAP[m[2].toUpperCase()];
  return mapped ? `${m[1]}-${mapped}` : 'O';
}

export interface TaggedSpan {
  label: string;
  start: number;
  end: number;
}

/** Entity spans (token indices, end exclusive) of a BIO sequence; a stray I- starts a span, as conlleval does. */
export function bioSpans(tags: string[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m || m[1] === 'B' || !open || open.label !== m[2]) {
      if (open) spans.push(open);
      open = m ? { label: m[2], start: i, end: i + 1 } : undefined;
    } else open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}
