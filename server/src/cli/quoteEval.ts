// `eval --quotes DIR`: scores quotation spans and speakers against the hand-marked dev set (see its README).
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../engine/analysis';
import { normalizeArabic } from '../engine/normalize';
import { Quotation } from '../engine/quotations';
import { pairQuoteMarks } from '../engine/quoteMarks';

export interface GoldQuote {
  start: number;
  end: number;
  speech: boolean;
  /** Alternatives; `anonymous` and `none` are special. */
  speakers: string[];
  kind: string;
}

export interface GoldArticle { file: string; text: string; quotes: GoldQuote[] }

/** Strips `{=speaker;kind}` / `{!kind}` markers; each follows the closing mark of a quotation pair. */
export function parseGoldArticle(file: string, marked: string): GoldArticle {
  let text = '';
  const closes: Array<{ close: number; body: string }> = [];
  let last = 0;
  for (const m of marked.matchAll(/\{([=!][^}]*)\}/g)) {
    text += marked.slice(last, m.index);
    closes.push({ close: text.length - 1, body: m[1] });
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  const lines = text.split('\n');
  let base = 0;
  const { pairs } = pairQuoteMarks(lines.map((l) => { const p = { text: l, base }; base += l.length + 1; return p; }));
  const quotes = closes.map(({ close, body }) => {
    const pair = pairs.find((p) => p.close === close);
    if (!pair) throw new Error(`${file}: marker {${body}} does not follow the closing mark of a quotation pair`);
    const [head, kind = ''] = body.slice(1).split(';');
    return { start: pair.open, end: close + 1, speech: body[0] === '=', speakers: body[0] === '=' ? head.split('|').map((s) => s.trim()) : [], kind: body[0] === '=' ? kind || 'name' : head };
  });
  for (const p of pairs) if (!closes.some((c) => c.close === p.close)) throw new Error(`${file}: quotation at ${p.open} has no gold marker`);
  return { file, text, quotes };
}

const clean = (s: string) => normalizeArabic(s).replace(/[«»“”"'‹›‘’()،,.:]/g, ' ').split(/\s+/).filter(Boolean);

/** Words that make a name someone else's (`أم خالد` is not `خالد`): kunyas and kin. */
const KIN = new Set('أبو أبا أبي أم ابن بن بنت ابنة نجل نجلة شقيق شقيقة زوج زوجة والد والدة'.split(' ').flatMap(clean));

/** Where `w` stands inside `p` as whole words, not right after a kin word. */
function holdsName(p: string[], w: string[]): boolean {
  for (let i = 0; i + w.length <= p.length; i++) {
    if (w.every((x, k) => p[i + k] === x) && !(i > 0 && KIN.has(p[i - 1]))) return true;
  }
  return false;
}

/** The speaker's text names the gold speaker: contains it (not as a kunya or kin of it), or is a part of it that keeps its last word. */
export function speakerMatches(found: Quotation['speaker'], gold: string[]): boolean {
  // `{=;kind}` (no speaker written) says the same as `{=none;kind}`: nobody in the text said it, so no speaker is right.
  if (gold.includes('none') || gold.every((g) => g.trim() === '')) return !found;
  if (!found) return false;
  if (gold.includes('anonymous')) return found.via === 'anonymous';
  if (found.via === 'anonymous') return false;
  const p = clean(found.text);
  return gold.some((g) => {
    const w = clean(g);
    if (w.length > 0 && holdsName(p, w)) return true;
    return p.length > 0 && p.every((x) => w.includes(x)) && p.includes(w[w.length - 1]);
  });
}

interface Tally { gold: number; tp: number; fp: number; fn: number; speakerOk: number; errors: Map<string, number>; byKind: Map<string, { n: number; ok: number }>; lines: string[] }

function scoreArticle(a: GoldArticle, analyzer: Pick<Analyzer, 'analyze'>, t: Tally): void {
  const found = analyzer.analyze(a.text).quotations;
  const used = new Set<Quotation>();
  const err = (k: string) => t.errors.set(k, (t.errors.get(k) ?? 0) + 1);
  const snippet = (s: number, e: number) => a.text.slice(s, Math.min(e, s + 40)).replace(/\n/g, ' ');
  for (const g of a.quotes) {
    const q = found.find((x) => x.start === g.start && x.end === g.end);
    if (q) used.add(q);
    if (!g.speech) {
      if (q) { t.fp++; err(`quoted ${g.kind} taken for speech`); t.lines.push(`${a.file}: spurious (${g.kind}) ${snippet(g.start, g.end)}`); }
      continue;
    }
    t.gold++;
    const byKind = t.byKind.get(g.kind) ?? { n: 0, ok: 0 };
    byKind.n++;
    t.byKind.set(g.kind, byKind);
    if (!q) { t.fn++; err(`missed quotation (${g.kind})`); t.lines.push(`${a.file}: missed (${g.kind}) ${snippet(g.start, g.end)}`); continue; }
    t.tp++;
    if (speakerMatches(q.speaker, g.speakers)) { t.speakerOk++; byKind.ok++; continue; }
    const got = q.speaker ? `${q.speaker.text} via ${q.speaker.via}` : 'no speaker';
    err(!q.speaker ? 'no speaker found' : g.speakers.includes('anonymous') ? 'named speaker for an anonymous source' : q.speaker.via === 'anonymous' ? 'anonymous for a named speaker' : `wrong speaker (via ${q.speaker.via})`);
    t.lines.push(`${a.file}: [${g.kind}] ${snippet(g.start + 1, g.end)} — want ${g.speakers.join('|')}, got ${got}`);
  }
  for (const q of found) if (!used.has(q)) {
    if (a.quotes.some((g) => g.start === q.start && g.end === q.end)) continue;
    t.fp++; err('spurious span (boundary or unmarked)'); t.lines.push(`${a.file}: spurious span ${snippet(q.start, q.end)}`);
  }
}

/** What `evalQuotes` prints beyond the figures. */
export interface QuoteEvalOptions {
  /** Each error with its snippet, for the `dev` split only. */
  verbose: boolean;
  /** Error kinds and the shape table for held-out splits too (`--held-out-details`): a figure to report, never to tune on. */
  heldOutDetails?: boolean;
}

/** Scores every split (sub-folder) of `dir`. A held-out split (any but `dev`) prints figures only, because its error
 * kinds and shapes are enough to tune on and the set would stop measuring unread copy. */
export function evalQuotes(dir: string, analyzer: Pick<Analyzer, 'analyze'>, options: QuoteEvalOptions): string {
  const out: string[] = [];
  for (const split of fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()).sort()) {
    const t: Tally = { gold: 0, tp: 0, fp: 0, fn: 0, speakerOk: 0, errors: new Map(), byKind: new Map(), lines: [] };
    const files = fs.readdirSync(path.join(dir, split)).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) scoreArticle(parseGoldArticle(f, fs.readFileSync(path.join(dir, split, f), 'utf8')), analyzer, t);
    const p = t.tp / Math.max(1, t.tp + t.fp), r = t.tp / Math.max(1, t.tp + t.fn), f1 = p + r ? (2 * p * r) / (p + r) : 0;
    out.push(`quotations ${split} (${files.length} articles, ${t.gold} gold): P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}; speaker accuracy ${(t.speakerOk / Math.max(1, t.gold)).toFixed(3)} (${t.speakerOk}/${t.gold})`);
    const dev = split === 'dev';
    if (!dev && !options.heldOutDetails) continue;
    out.push(`  errors: ${[...t.errors].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
    out.push(`  speaker right by shape: ${[...t.byKind].sort().map(([k, v]) => `${k} ${v.ok}/${v.n}`).join(', ')}`);
    if (options.verbose && dev) out.push(...t.lines.map((l) => `    ${l}`));
  }
  return out.join('\n') + '\n';
}
