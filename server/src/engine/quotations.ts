// Attribution driver: finds each quotation's governing cue and speaker (named, body, anonymous, zero subject).
import type { TextLike } from './pieceText';
import { Entity } from './linking';
import { isSpeech } from './quoteClassifier';
import { cueAfterQuote } from './quoteAfter';
import { cueKind, governingCue } from './quoteCues';
import { ownSpeechNoun } from './quotePrepCues';
import { QuotePair } from './quoteMarks';
import { askedWith, personBefore } from './speakerContext';
import { asksQuestion, dialogueLine } from './speakerDialogue';
import { buildSpeakerDoc, SENTENCE_END } from './speakerDoc';
import { Subject } from './speakerPhrase';
import { SpeakerSearch } from './speakerSearch';
import { Token } from './tokenize';
import type { TokenList } from './tokenView';
import { AttributionMemo, PairRecord } from './attributionMemo';
import type { MentionOrder } from './mentionOrder';
import { Reads, trackedDoc } from './quoteReads';
import { keepable, moveMutation, moveQuotation, Mutation, sameMutations } from './quoteState';
import { markDiffering } from './memoryChanges';
import { withFullNames } from './speakerFullName';
import { impersonalSource } from './impersonalCues';

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
  text: TextLike;
  /** The document's last attribution: pairs whose reading the edit left as it was reuse theirs (attributionMemo.ts). */
  memo?: AttributionMemo;
  /** The entities' mentions in document order, when the caller has them (mentionOrder.ts). */
  order?: MentionOrder;
  /**
   * Classification only: whether the pair opening at an offset is speech, when the caller already knows it (the last
   * version's reading, away from an edit); such a pair is not read again, and later pairs see it as it was.
   */
  known?: (open: number) => boolean | undefined;
}

const CONFIDENCE: Record<Subject['via'], number> = { name: 0.9, apposition: 0.8, organisation: 0.85, anonymous: 0.85, title: 0.75, 'bare-title': 0.6 };
/** Pairs up to this long (tokens) have their words counted; longer ones read a count of the whole document's. */
const SHORT_PAIR = 400;
/** How far back a cue is searched for (tokens). */
const CUE_WINDOW = 45;

/** Classifies quote pairs and attributes speakers across the document. */
export function attributeQuotations(pairs: QuotePair[], ctx: AttributionContext): Quotation[] {
  return withFullNames(quotations(pairs, ctx, true), ctx.entities, ctx.text);
}

/**
 * The quote pairs that are quotations, as attributeQuotations() finds them, without their speakers:
 * whether a pair is speech depends on cues and earlier pairs only, never on who spoke.
 */
export function classifyQuotations(pairs: QuotePair[], ctx: AttributionContext): Array<{ start: number; end: number }> {
  return quotations(pairs, ctx, false);
}

/** A pair that is speech, as classification alone reports it (no speaker read). */
const unattributed = (p: QuotePair): Quotation => ({ start: p.open, end: p.close + 1, contentStart: p.open + 1, contentEnd: p.close, confidence: 0, depth: p.depth });

function quotations(pairs: QuotePair[], ctx: AttributionContext, speakers: boolean): Quotation[] {
  if (!pairs.length) return [];
  const memo = speakers ? ctx.memo : undefined;
  const whole = buildSpeakerDoc(ctx.tokens, ctx.text, ctx.entities, ctx.tokenAt, ctx.order);
  // With a memo, every read is noted, so the next version knows which pairs an edit leaves as they are.
  const reads = new Reads();
  const doc = memo ? trackedDoc(whole, reads) : whole;
  const tokenAt = memo ? (offset: number) => { const r = ctx.tokenAt(offset); reads.touch(r - 1); reads.touch(r); return r; } : ctx.tokenAt;
  const { tokens } = doc;
  const spans = pairs.map((p) => ({ o: ctx.tokenAt(p.open), c: ctx.tokenAt(p.close), p }));
  const search = new SpeakerSearch(doc, tokenAt, spans.map(({ o, c, p }) => ({ o, c, depth: p.depth })), reads, whole.tokens);
  const { openOf, skipQuote } = search;
  const sentenceStart = (i: number) => search.sentenceStart(i);
  const plan = memo?.plan(ctx.text.toString(), tokens.length, ctx.tokenAt, whole.mentionAt, pairs, whole.boundary);
  const relays = memo?.relays();
  if (plan && relays) search.relays.before = { list: relays, head: plan.head, tail: plan.tail, dT: plan.dT };
  const records: PairRecord[] = [];
  /**
   * Whether the memory so far is the last version's, moved, but where the plan marks tokens changed: then a pair whose
   * reading avoids every changed token has the same result. (Where a pair changed the memory otherwise than before,
   * the tokens its entries are kept at are marked: later pairs away from them are still reused.)
   */
  let same = true;
  const window: Mutation[] = [];
  let windowChecked = false;

  const out: Quotation[] = [];
  const names = new Set<number>();
  /** The log of the pair being attributed: a quoted name is the memory's too (a later «…» و«…» reads it). */
  let logging: Mutation[] | undefined;
  const replay = (m: Mutation) => { if (m.k === 'name') { names.add(m.at); logging?.push(m); } else search.replay(m); };
  // Words before each token, and the open quotations around each pair (pairs come in reading order, nested
  // ones inside their outer one): a pair's length and its outer quotation cost no scan, so a thousand quotations
  // nested in one another stay linear. The words of a short pair are counted (an edit re-attributes a few pairs:
  // counting every token of the document for them was 13 ms per edit at 1 M characters).
  let wordsBefore: Uint32Array | undefined;
  const wordsIn = (o: number, c: number) => {
    if (c - o < SHORT_PAIR) { let n = 0; for (let k = o + 1; k < c; k++) if (whole.tokens.tok(k).kind === 'word') n++; return n; }
    if (!wordsBefore) {
      const w = new Uint32Array(whole.tokens.length + 1);
      for (let k = 0; k < whole.tokens.length; k++) w[k + 1] = w[k] + (whole.tokens.tok(k).kind === 'word' ? 1 : 0);
      wordsBefore = w;
    }
    return c > o + 1 ? wordsBefore[c] - wordsBefore[o + 1] : 0;
  };
  const around: typeof spans = [];
  for (let q = 0; q < spans.length; q++) {
    const span = spans[q];
    const { o, c, p } = span;
    while (around.length && around[around.length - 1].c <= c) around.pop();
    const enclosing = around.length && around[around.length - 1].o < o ? around[around.length - 1] : undefined;
    around.push(span);
    const outer = p.depth > 0 ? enclosing : undefined;
    let before: PairRecord | undefined;
    if (plan) {
      // Past the pairs the edit added or removed: the memory is the same if those changed it as the old ones did.
      if (!windowChecked && q >= spans.length - plan.S) { windowChecked = true; const was = plan.window().flatMap((r) => r.muts); same &&= sameMutations(window, was, plan) || markDiffering(window, was, plan); }
      before = plan.counterpart(q, spans.length);
      const reused = same && before ? reuse(before, p) : undefined;
      if (reused) { records.push(reused); if (reused.out) out.push(reused.out); continue; }
    }
    const given = speakers ? undefined : ctx.known?.(p.open);
    if (given !== undefined) {
      if (given) out.push(unattributed(p)); else replay({ k: 'name', at: c });
      continue;
    }
    const log: Mutation[] = [];
    if (memo) { reads.reset(); reads.touch(o); reads.touch(c); if (outer) reads.touch(outer.o); search.log = log; logging = log; }
    const q1 = attributeOne(o, c, p, outer);
    if (memo) {
      search.log = undefined;
      logging = undefined;
      keepable(q1, log);
      records.push({ open: p.open, close: p.close, depth: p.depth, lo: reads.lo, hi: reads.hi, out: q1, muts: log });
      if (plan && same) { if (before) same = sameMutations(log, before.muts, plan) || markDiffering(log, before.muts, plan); else for (const m of log) window.push(m); }
    }
    if (q1) out.push(q1);
  }
  memo?.keep(ctx.text.toString(), tokens.length, whole.mentionAt, records, search.relays.list());
  return out;

  /** The last version's attribution of a pair whose reading the edit left as it was, moved here; its memory replayed. */
  function reuse(r: PairRecord, p: QuotePair): PairRecord | undefined {
    const by = plan!.unchangedBy(r);
    if (by === undefined) return undefined;
    const moved = r.out && moveQuotation(r.out, plan!);
    if (r.out && !moved) return undefined;
    const muts: Mutation[] = [];
    for (const m of r.muts) { const x = moveMutation(m, plan!); if (!x) return undefined; muts.push(x); }
    for (const m of muts) replay(m);
    return { open: p.open, close: p.close, depth: p.depth, lo: r.lo + by, hi: r.hi + by, out: moved, muts };
  }

  /**
   * Whether the first token at or after offset `at` is token `from` or later (tokenAt(at) >= from): the token before
   * `from` starts before `at`. Read there, not at `at`: a zero subject from far back would count every token up to it
   * as read, and the pair would be attributed again after any edit between them (starts grow through the document).
   */
  function inSentence(from: number, at: number): boolean {
    return from <= 0 || tokens.tok(from - 1).start < at;
  }

  /** The closing mark at c ends its sentence (a full stop after it, or none and a line break). */
  function endsSentence(c: number): boolean {
    return c + 1 >= tokens.length || doc.boundary(c + 1) || (tokens.tok(c + 1).kind === 'punct' && SENTENCE_END.includes(tokens.tok(c + 1).text));
  }

  /** The relay cue at j names whom it relays (عن) before token k, within the reach cueSpeaker reads it in. */
  function relayedFrom(j: number, k: number): boolean {
    for (let i = j + 1; i < Math.min(k, j + 10); i++) if (tokens.tok(i).norm === 'عن') return true;
    return false;
  }

  /** One pair's quotation (undefined: not speech), its speaker found with what earlier ones left in the memory. */
  function attributeOne(o: number, c: number, p: QuotePair, outer: { o: number } | undefined): Quotation | undefined {
    const words = wordsIn(o, c);
    // A quotation set as its own paragraph after «… في مؤتمر صحفي:» belongs to the sentence that ends with the colon.
    const colonLine = doc.boundary(o) && tokens.tok(o - 1)?.text === ':';
    const from = Math.max(colonLine ? sentenceStart(o - 1) : sentenceStart(o), outer ? outer.o + 1 : 0);
    let cueIdx = -1;
    for (let k = o - 1; k >= Math.max(from, o - CUE_WINDOW); k--) {
      const back = openOf.get(k);
      if (back !== undefined) reads.touch(back);
      if (back !== undefined && back < k) { k = back; continue; }
      if (governingCue(tokens, k)) { cueIdx = k; break; }
    }
    const { at: after, bare } = cueAfterQuote(doc, o, c);
    const startsSentence = !colonLine && (o === from || doc.boundary(o));
    const lineEnd = (k: number) => { reads.touch(k); return lineEndAt(k); };
    const lineEndAt = (k: number) => k >= tokens.length || (doc.boundary(k) && tokens.tok(k - 1).kind === 'punct' && !SENTENCE_END.includes(tokens.tok(k - 1).text)) || /[\r\n]/.test(ctx.text.slice(tokens.tok(k - 1).end, tokens.tok(k)?.start ?? ctx.text.length));
    // A heading has no full stop; a quotation standing as its own paragraph («…». ) keeps one.
    const headingLine = !colonLine && doc.boundary(o) && lineEnd(c + 1);
    const dialogue = dialogueLine(doc, o);
    if (!isSpeech({ tokens, open: o, close: c, words, cueBefore: cueIdx, cueAfter: after >= 0, startsSentence, names, headingLine, dialogue, sentence: from })) { replay({ k: 'name', at: c }); return undefined; }
    if (!speakers) return unattributed(p);
    let found: { sub?: Subject; zero: boolean } = { zero: false };
    let cue: Token | undefined;
    let cueAt = o;
    // قوله/قولها repeat an earlier cue of the sentence (نقلت عن أوساط قولها إن …).
    let k = cueIdx;
    while (k >= from && cueKind(tokens.tok(k)) === 'suffixed') { let j = k - 1; while (j >= from && !cueKind(tokens.tok(j))) j--; if (j < from) break; k = j; }
    // ونقل النائب عن الوزير تحذيره من «…»: a speech noun with its pronoun repeats the relay before it, as قوله does.
    if (k >= from && ownSpeechNoun(tokens.tok(k))) { let j = k - 1; while (j >= from && cueKind(tokens.tok(j)) !== 'relay') j--; if (j >= from && relayedFrom(j, k)) k = j; }
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
    else if (!found.sub && cueIdx < 0 && tokens.tok(o - 1)?.text === ':') {
      // سأله مراسل القناة: «…؟»: the question is the asker's, not the subject the pronoun refers back to.
      const ask = asksQuestion(doc, o, c) ? askedWith(doc, from, o) : -1;
      const asker = ask >= 0 ? search.subjectAt(ask + 1, o) : undefined;
      found = asker ? { sub: asker, zero: false } : { sub: search.zeroSubject(o), zero: true };
    }
    if (!found.sub && cueIdx < 0) { const none = impersonalSource(tokens, o, from); if (none) { found = { sub: none, zero: false }; cue = tokens.tok(o - 2); cueAt = o - 2; } }
    // «…» alone as a sentence, no cue before or after it: the person the sentence before it is about.
    if (!found.sub && cueIdx < 0 && after < 0 && startsSentence && !dialogue && endsSentence(c)) found = { sub: search.sentenceBeforePerson(o), zero: true };
    let speaker: Speaker | undefined;
    let confidence = 0.4;
    if (found.sub) {
      const s = found.sub;
      search.recordSpeaker(s, found.zero, cueAt, o);
      const via: Speaker['via'] = s.via === 'anonymous' ? 'anonymous' : found.zero ? 'pronoun' : s.via === 'organisation' ? 'organisation' : s.via === 'title' || s.via === 'bare-title' ? 'title' : 'name';
      confidence = found.zero ? Math.min(CONFIDENCE[s.via], inSentence(sentenceStart(o), s.start) ? 0.75 : 0.65) : CONFIDENCE[s.via];
      speaker = { text: s.text, entityId: s.entityId, start: s.start, end: s.end, cue: cue?.text, via, confidence };
    }
    return { start: p.open, end: p.close + 1, contentStart: p.open + 1, contentEnd: p.close, speaker, confidence, depth: p.depth };
  }
}
