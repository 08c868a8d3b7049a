// Attribution driver: finds each quotation's governing cue and speaker (named, body, anonymous, zero subject).
import { Entity } from './linking';
import { isSpeech } from './quoteClassifier';
import { cueAfterQuote } from './quoteAfter';
import { cueKind, governingCue } from './quoteCues';
import { QuotePair } from './quoteMarks';
import { personBefore } from './speakerContext';
import { asksQuestion, dialogueLine } from './speakerDialogue';
import { buildSpeakerDoc } from './speakerDoc';
import { Subject } from './speakerPhrase';
import { SpeakerSearch } from './speakerSearch';
import { Token } from './tokenize';
import type { TokenList } from './tokenView';

export interface Speaker {
  text: string;
  entityId?: string;
  /** The mention or phrase the attribution points at (for brat relations). */
  start?: number;
  end?: number;
  /** The reporting word that introduced the quotation (قال، أضاف، بحسب …), if any. */
  cue?: string;
  /**
   * How the speaker was found: a name after the cue, a title (resolved to the person it introduced,
   * or alone), a zero subject carried from the sentence that introduced it, a body or document,
   * an unnamed source, or the annotator.
   */
  via?: 'name' | 'title' | 'pronoun' | 'organisation' | 'anonymous' | 'context' | 'annotator';
  /** How sure the attribution is (0–1); low values are the ones to review first. */
  confidence?: number;
}

export interface Quotation {
  start: number;
  end: number;
  /** Content offsets, inside the marks. */
  contentStart: number;
  contentEnd: number;
  speaker?: Speaker;
  confidence: number;
  depth: number;
}

export interface AttributionContext {
  tokens: TokenList;
  /** Index of the first token at or after an offset. */
  tokenAt(offset: number): number;
  entities: Entity[];
  text: string;
}

const CONFIDENCE: Record<Subject['via'], number> = { name: 0.9, apposition: 0.8, organisation: 0.85, anonymous: 0.85, title: 0.75, 'bare-title': 0.6 };
/** How far back a cue is searched for (tokens). */
const CUE_WINDOW = 45;

/** Classifies quote pairs and attributes speakers across the document. */
export function attributeQuotations(pairs: QuotePair[], ctx: AttributionContext): Quotation[] {
  return quotations(pairs, ctx, true);
}

/**
 * The quote pairs that are quotations, as attributeQuotations() finds them, without their speakers:
 * whether a pair is speech depends on cues and earlier pairs only, never on who spoke.
 */
export function classifyQuotations(pairs: QuotePair[], ctx: AttributionContext): Array<{ start: number; end: number }> {
  return quotations(pairs, ctx, false);
}

function quotations(pairs: QuotePair[], ctx: AttributionContext, speakers: boolean): Quotation[] {
  if (!pairs.length) return [];
  const doc = buildSpeakerDoc(ctx.tokens, ctx.text, ctx.entities);
  const { tokens } = doc;
  const spans = pairs.map((p) => ({ o: ctx.tokenAt(p.open), c: ctx.tokenAt(p.close), p }));
  const search = new SpeakerSearch(doc, (offset) => ctx.tokenAt(offset), spans.map(({ o, c, p }) => ({ o, c, depth: p.depth })));
  const { openOf, skipQuote } = search;
  const sentenceStart = (i: number) => search.sentenceStart(i);

  const out: Quotation[] = [];
  const names = new Set<number>();
  // Words before each token, and the open quotations around each pair (pairs come in reading order, nested
  // ones inside their outer one): a pair's length and its outer quotation cost no scan, so a thousand quotations
  // nested in one another stay linear.
  const wordsBefore = new Uint32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) wordsBefore[k + 1] = wordsBefore[k] + (tokens.tok(k).kind === 'word' ? 1 : 0);
  const around: typeof spans = [];
  for (const span of spans) {
    const { o, c, p } = span;
    const words = c > o + 1 ? wordsBefore[c] - wordsBefore[o + 1] : 0;
    while (around.length && around[around.length - 1].c <= c) around.pop();
    const enclosing = around.length && around[around.length - 1].o < o ? around[around.length - 1] : undefined;
    around.push(span);
    const outer = p.depth > 0 ? enclosing : undefined;
    // A quotation set as its own paragraph after «… في مؤتمر صحفي:» belongs to the sentence that ends with the colon.
    const colonLine = doc.boundary(o) && tokens.tok(o - 1)?.text === ':';
    const from = Math.max(colonLine ? sentenceStart(o - 1) : sentenceStart(o), outer ? outer.o + 1 : 0);
    let cueIdx = -1;
    for (let k = o - 1; k >= Math.max(from, o - CUE_WINDOW); k--) {
      const back = openOf.get(k);
      if (back !== undefined && back < k) { k = back; continue; }
      if (governingCue(tokens, k)) { cueIdx = k; break; }
    }
    const { at: after, bare } = cueAfterQuote(doc, o, c);
    const startsSentence = !colonLine && (o === from || doc.boundary(o));
    const lineEnd = (k: number) => k >= tokens.length || (doc.boundary(k) && tokens.tok(k - 1).kind === 'punct' && !'.!?؟…'.includes(tokens.tok(k - 1).text)) || /[\r\n]/.test(ctx.text.slice(tokens.tok(k - 1).end, tokens.tok(k)?.start ?? ctx.text.length));
    // A heading has no full stop; a quotation standing as its own paragraph («…». ) keeps one.
    const headingLine = !colonLine && doc.boundary(o) && lineEnd(c + 1);
    const dialogue = dialogueLine(doc, o);
    if (!isSpeech({ tokens, open: o, close: c, words, cueBefore: cueIdx, cueAfter: after >= 0, startsSentence, names, headingLine, dialogue, sentence: from })) { names.add(c); continue; }
    if (!speakers) { out.push({ start: p.open, end: p.close + 1, contentStart: p.open + 1, contentEnd: p.close, confidence: 0, depth: p.depth }); continue; }
    let found: { sub?: Subject; zero: boolean } = { zero: false };
    let cue: Token | undefined;
    let cueAt = o;
    // قوله/قولها repeat an earlier cue of the sentence (نقلت عن أوساط قولها إن …).
    let k = cueIdx;
    while (k >= from && cueKind(tokens.tok(k)) === 'suffixed') { let j = k - 1; while (j >= from && !cueKind(tokens.tok(j))) j--; if (j < from) break; k = j; }
    // وهو ما عبر عنه الأستاذ فلان بقوله: the person named since the earlier cue.
    const named0 = k !== cueIdx && cueKind(tokens.tok(k)) !== 'relay' ? personBefore(doc, k + 1, cueIdx, skipQuote) : undefined;
    if (named0) { cue = tokens.tok(cueIdx); cueAt = cueIdx; found = { sub: named0, zero: false }; }
    else if (k >= from && k >= 0 && (cueKind(tokens.tok(k)) ?? governingCue(tokens, k))) { cue = tokens.tok(k); cueAt = k; found = search.cueSpeaker(k, (cueKind(tokens.tok(k)) ?? governingCue(tokens, k))!, o); }
    if (!found.sub && after >= 0) {
      const kind = cueKind(tokens.tok(after)) ?? 'verb';
      const r = kind === 'verb' || kind === 'prep' || kind === 'relay' ? search.cueSpeaker(after, kind === 'relay' ? 'relay' : 'verb', Math.min(tokens.length, after + 40)) : undefined;
      if (r?.sub && (!r.zero || bare || startsSentence)) { found = r; cue = tokens.tok(after); cueAt = after; }
    }
    // - «…؟» is the paper's question (no speaker); - «…» the answer of the guest heard last.
    if (!found.sub && dialogue && cueIdx < 0) { found = asksQuestion(doc, o, c) ? { zero: false } : { sub: search.guest(o), zero: true }; }
    else if (!found.sub && cueIdx < 0 && tokens.tok(o - 1)?.text === ':') { found = { sub: search.zeroSubject(o), zero: true }; }
    let speaker: Speaker | undefined;
    let confidence = 0.4;
    if (found.sub) {
      const s = found.sub;
      search.recordSpeaker(s, found.zero, cueAt, o);
      const via: Speaker['via'] = s.via === 'anonymous' ? 'anonymous' : found.zero ? 'pronoun' : s.via === 'organisation' ? 'organisation' : s.via === 'title' || s.via === 'bare-title' ? 'title' : 'name';
      confidence = found.zero ? Math.min(CONFIDENCE[s.via], sentenceStart(o) <= ctx.tokenAt(s.start) ? 0.75 : 0.65) : CONFIDENCE[s.via];
      speaker = { text: s.text, entityId: s.entityId, start: s.start, end: s.end, cue: cue?.text, via, confidence };
    }
    out.push({ start: p.open, end: p.close + 1, contentStart: p.open + 1, contentEnd: p.close, speaker, confidence, depth: p.depth });
  }
  return out;
}
