// Attribution driver: finds each quotation's governing cue and speaker (named, body, anonymous, zero subject).
import { Entity, LinkedMention } from './linking';
import { normalizeArabic } from './normalize';
import { isSpeech } from './quoteClassifier';
import { COMPLEMENTIZERS, CueKind, cueGender, cueKind, cuePlural, GENERIC_ROLES, headCore, isBody, isTitle, ungluedCore, SOURCE_NOUNS, stripConj, TIME_WORDS } from './quoteCues';
import { QuotePair } from './quoteMarks';
import { asks, governingVerb, personBefore, skipAdjuncts, subjectLead, surnameLink, verbLike } from './speakerContext';
import { personSubject, phraseEnd, readSubject, SpeakerDoc, Subject, titleWords } from './speakerPhrase';
import { Token } from './tokenize';

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
  tokens: Token[];
  /** Index of the first token at or after an offset. */
  tokenAt(offset: number): number;
  entities: Entity[];
  text: string;
}

const CONFIDENCE: Record<Subject['via'], number> = { name: 0.9, apposition: 0.8, organisation: 0.85, anonymous: 0.85, title: 0.75, 'bare-title': 0.6 };
/** How far back a zero subject may be carried (sentences), and a cue searched for (tokens). */
const CARRY_SENTENCES = 15;
const CUE_WINDOW = 45;
/** How many earlier persons a bare title (الوزير) is matched against: it refers to someone recent. */
const TITLE_LOOKBACK = 400;
/** A cue word after these is a noun (في رد على سؤال، في تصريح). */
const AFTER_PREP = new Set(['في', 'وفي', 'علي', 'عن', 'من', 'الي']);
const OBJECT_PRONOUNS = new Set(['لي', 'له', 'لها', 'لنا', 'لهم', 'ل', 'لـ', 'ما']);

function buildDoc(ctx: AttributionContext): SpeakerDoc {
  const { tokens, text } = ctx;
  const personAt = new Map<number, LinkedMention>();
  const mentionAt = new Map<number, { m: LinkedMention; endToken: number }>();
  // One forward walk over tokens and mentions in document order (a mention may start inside a token: و+name).
  const all = ctx.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  let i = 0;
  for (const m of all) {
    while (i + 1 < tokens.length && tokens[i + 1].start <= m.start) i++;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].start < m.end) j++;
    mentionAt.set(i, { m, endToken: j + 1 });
    if (m.label === 'PERSON') personAt.set(i, m);
  }
  // A sentence ends at its punctuation or at a line break (headlines, datelines have no full stop).
  const newlineBefore = (i: number) => { for (let c = tokens[i - 1].end; c < tokens[i].start; c++) if (text.charCodeAt(c) === 10) return true; return false; };
  const boundary = (i: number) => i <= 0 || (tokens[i - 1].kind === 'punct' && '.!?؟…'.includes(tokens[i - 1].text)) || newlineBefore(i);
  return { tokens, text, personAt, mentionAt, boundary };
}

/** Classifies quote pairs and attributes speakers across the document. */
export function attributeQuotations(pairs: QuotePair[], ctx: AttributionContext): Quotation[] {
  if (!pairs.length) return [];
  const doc = buildDoc(ctx);
  const { tokens } = doc;
  const openOf = new Map<number, number>();
  const spans = pairs.map((p) => ({ o: ctx.tokenAt(p.open), c: ctx.tokenAt(p.close), p }));
  const closeOf = new Map<number, number>();
  for (const s of spans) { openOf.set(s.c, s.o); closeOf.set(s.o, s.c); }
  const sentenceStart = (i: number) => { let k = i; while (k > 0 && i - k < 120 && !doc.boundary(k)) k--; return k; };
  const outerSpans = spans.filter((s) => s.p.depth === 0);
  const insideQuote = (i: number) => {
    let lo = 0, hi = outerSpans.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (outerSpans[mid].o < i) lo = mid + 1; else hi = mid; }
    return lo > 0 && outerSpans[lo - 1].c > i;
  };

  /** From a closing mark to its opening one, so a backward scan steps over the quotation. */
  const skipQuote = (j: number) => { const b = openOf.get(j); return b !== undefined && b < j ? b : j; };
  const sentenceEnd = (a: number) => { let e = a + 1; while (e < tokens.length && e - a < 120 && !doc.boundary(e)) e++; return e; };

  // Persons and the title words that introduced them, for resolving a later bare title.
  let titled: Array<{ m: LinkedMention; tok: number; words: Set<string> }> | undefined;
  const introduced: Array<{ sub: Subject; tok: number; words: Set<string> }> = [];
  const remember = (sub: Subject | undefined) => {
    if (sub?.kind === 'person' && sub.titleFrom !== undefined && !sub.entityId) introduced.push({ sub, tok: ctx.tokenAt(sub.start), words: new Set(titleWords(doc, sub.titleFrom, ctx.tokenAt(sub.start))) });
  };
  const titleOwner = (sub: Subject): Subject => {
    titled ??= [...doc.personAt].sort((a, b) => a[0] - b[0]).map(([tok, m]) => {
      let k = tok - 1;
      while (k > 0 && tok - k < 24 && !doc.boundary(k + 1) && !doc.personAt.has(k)) k--;
      return { m, tok, words: new Set(titleWords(doc, k + 1, tok)) };
    });
    const i = ctx.tokenAt(sub.start);
    const [key, ...rest] = titleWords(doc, i, ctx.tokenAt(sub.end));
    let lo = 0, hi = titled.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (titled[mid].tok < i) lo = mid + 1; else hi = mid; }
    // A person a title introduced without a tagged name (وزير المالية، أنور المضف،) competes on position.
    for (let n = introduced.length - 1; n >= 0; n--) {
      const x = introduced[n];
      if (x.tok >= i || (lo > 0 && titled[lo - 1].tok > x.tok)) continue;
      if (x.words.has(key) && rest.every((w) => x.words.has(w))) return { ...x.sub, via: 'title' };
    }
    let owner: LinkedMention | undefined;
    for (let n = lo - 1; n >= Math.max(0, lo - TITLE_LOOKBACK) && !owner; n--) { const x = titled[n]; if (x.words.has(key) && rest.every((w) => x.words.has(w))) owner = x.m; }
    // البطل المصري … after الرباع المصري محمد إيهاب: another role word, the same nisba.
    if (!owner && GENERIC_ROLES.has(key) && rest.length && rest.every((w) => /يه?$/.test(w))) for (let n = lo - 1; n >= Math.max(0, lo - 3) && !owner; n--) if (rest.every((w) => titled![n].words.has(w))) owner = titled![n].m;
    return owner ? { ...personSubject(doc, ctx.tokenAt(owner.start + 1) - 1), via: 'title' } : sub;
  };
  /** First `نقلاً عن`-style relay cue followed by عن in [from, limit), or -1: a short scan, then the document's list of them. */
  let relays: number[] | undefined;
  const isRelay = (j: number) => tokens[j + 1]?.norm === 'عن' && cueKind(tokens[j]) === 'relay';
  const nextRelay = (from: number, limit: number): number => {
    // The subject is usually next to its cue; one found far back (a name from earlier) must not cost a scan to here.
    for (let j = from; j < Math.min(limit, from + 64); j++) if (isRelay(j)) return j;
    if (from + 64 >= limit) return -1;
    if (!relays) { relays = []; for (let j = 0; j < tokens.length; j++) if (isRelay(j)) relays.push(j); }
    let lo = 0, hi = relays.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (relays[mid] < from + 64) lo = mid + 1; else hi = mid; }
    return lo < relays.length && relays[lo] < limit ? relays[lo] : -1;
  };
  /** Head words per token, computed once per analysis: the look-back below reads the same tokens for every bare body. */
  const heads: Array<string | undefined> = new Array(tokens.length);
  const unglued: Array<string | undefined> = new Array(tokens.length);
  const headAt = (k: number) => (heads[k] ??= headCore(tokens[k]));
  const ungluedAt = (k: number) => (unglued[k] ??= ungluedCore(tokens[k]));
  /** A bare body (اللجنة، الوزارة، المركزي) refers back to the last full mention containing its word. */
  const antecedent = (i: number): Subject | undefined => {
    const key = headAt(i);
    for (let k = i - 1; k >= Math.max(0, i - 800); k--) {
      // Both heads are endings of the word (clitics and ال come off the front): most words fail that test alone.
      if (tokens[k].kind !== 'word' || !tokens[k].norm.endsWith(key) || (headAt(k) !== key && ungluedAt(k) !== key)) continue;
      for (let h = k; h >= Math.max(0, k - 2); h--) {
        if (!isBody(tokens[h]) && doc.mentionAt.get(h)?.m.label !== 'ORGANIZATION') continue;
        const end = phraseEnd(doc, h, tokens.length);
        // لمنظمة «…» → منظمة «…»: the glued preposition is not part of the name.
        const from = tokens[h].start + (ungluedCore(tokens[h]) !== headCore(tokens[h]) && /^[لب]/.test(tokens[h].text) ? 1 : 0);
        if (end > k && end - h >= 2) return { kind: 'body', text: ctx.text.slice(from, tokens[end - 1].end), start: from, end: tokens[end - 1].end, entityId: doc.mentionAt.get(h)?.m.entityId, via: 'organisation' };
      }
    }
    return undefined;
  };
  const subjectAt = (i: number, limit: number): Subject | undefined => {
    i = skipAdjuncts(doc, i, limit);
    while (i < limit && (OBJECT_PRONOUNS.has(tokens[i].norm) || TIME_WORDS.has(tokens[i].norm) || TIME_WORDS.has(stripConj(tokens[i].norm)))) i++;
    // وحسب معطيات الوزارة: the body whose figures or words these are.
    if (i + 1 < limit && SOURCE_NOUNS.has(tokens[i].norm)) i++;
    if (i >= limit) return undefined;
    const sub = readSubject(doc, i, limit);
    if (sub?.kind === 'title') return titleOwner(sub);
    remember(sub);
    if (!sub && tokens[i].kind === 'word') {
      // A surname alone (وأوضح القحطاني) of a name the tagger missed but a title introduced.
      const w = tokens[i].norm.replace(/^[وف](?=ال)/, '');
      const same = namedByLast.get(w);
      if (same) for (let n = same.length - 1; n >= 0; n--) if (same[n].start < tokens[i].start) return { ...same[n], via: 'name' };
      // …or introduced earlier as title + first name + this word (بالحارس أنتوني ماندريا … قال ماندريا).
      if (!w.startsWith('ال') && w.length > 2) for (let k = i - 1; k >= Math.max(2, i - 800); k--) {
        if (tokens[k].norm !== w || tokens[k - 1].kind !== 'word' || !isTitle(tokens[k - 2])) continue;
        return { kind: 'person', text: ctx.text.slice(tokens[k - 1].start, tokens[k].end), start: tokens[k - 1].start, end: tokens[k].end, via: 'name' };
      }
      const linked = surnameLink(doc, i, w);
      if (linked) return linked;
    }
    const t = tokens[ctx.tokenAt(sub?.start ?? tokens[i].start)];
    const bare = sub ? sub.kind === 'body' && sub.end === t.end : t.kind === 'word' && t.norm.startsWith('ال') && !doc.boundary(i);
    if (bare) return antecedent(ctx.tokenAt(t.start)) ?? sub;
    return sub;
  };
  // The subject a sentence introduces: before its verb (الوزير … قال، وكان الوزير قد) or right after it.
  const sentenceSubjects = new Map<number, Subject | null>();
  const spoke = new Map<number, Subject>();
  /** Persons named without a tagged entity, by their last word (normalised), in the order they were named. */
  const namedByLast = new Map<string, Subject[]>();
  const addNamed = (sub: Subject) => {
    const last = sub.text.split(/\s+/).map(normalizeArabic).pop()!;
    const list = namedByLast.get(last);
    if (list) list.push(sub); else namedByLast.set(last, [sub]);
  };
  /** The person who spoke last in a sentence, however found (an interview answers go on with them). */
  const heard = new Map<number, Subject>();
  const sentenceSubject = (a: number): Subject | undefined => {
    const known = sentenceSubjects.get(a);
    if (known !== undefined) return known ?? undefined;
    const lead = subjectLead(doc, a);
    let s = lead.at;
    for (let j = a, end = a + 7; !lead.topic && j < end && j < tokens.length && (j === a || !doc.boundary(j)); j++) {
      // وفي حديث إلى «العربي الجديد»، …: a quoted name counts as one word of the opening phrase.
      const shut = closeOf.get(j);
      if (shut !== undefined && shut - j < 8) { end += shut - j; j = shut; continue; }
      if (cueKind(tokens[j])) break;
      if (tokens[j].text === '،' || tokens[j].text === ',') { s = j + 1; break; }
    }
    const limit = Math.min(tokens.length, a + 60);
    let sub = s < limit && !cueKind(tokens[s]) ? subjectAt(s, limit) ?? subjectAt(s + 1, limit) : s + 1 < limit ? subjectAt(s + 1, limit) : undefined;
    // لكن مستشار القائد، فلان، نفى: the comma was the subject's apposition, not the end of an opening phrase.
    // …and ورفعت وكالة «…» التصنيف، مشيرة: the comma closed the main clause, whose subject follows its verb.
    const heads = (j: number) => j < limit && !insideQuote(j) && (isTitle(tokens[j]) || isBody(tokens[j]) || doc.personAt.has(j));
    if (!sub && s > lead.at) sub = heads(lead.at) ? subjectAt(lead.at, limit) : heads(lead.at + 1) ? subjectAt(lead.at + 1, limit) : undefined;
    sentenceSubjects.set(a, sub ?? null);
    if (sub?.kind === 'person' && !sub.entityId) addNamed(sub);
    return sub;
  };
  /** A subject right before the verb in its clause (غير أن مصدراً مقرباً … قال، وكان الوزير قد صرّح). */
  const preverbal = (k: number): Subject | undefined => {
    let p = k;
    // غير أن رئيس الفرع، فلان، قال: step back over a name in apposition between two commas.
    const comma = (j: number) => tokens[j]?.text === '،' || tokens[j]?.text === ',';
    if (comma(k - 1) && !doc.boundary(k - 1)) for (let j = k - 2; j > 0 && k - j < 7 && !doc.boundary(j + 1) && (tokens[j].kind === 'word' || comma(j)); j--) if (comma(j)) { if (doc.personAt.has(j + 1)) p = j; break; }
    const top = p;
    while (p > 0 && top - p < 10 && !doc.boundary(p) && tokens[p - 1].kind === 'word' && !COMPLEMENTIZERS.has(tokens[p - 1].norm) && !cueKind(tokens[p - 1])) p--;
    if (p === top) p = k;
    for (let j = p; j < k; j++) {
      const sub = readSubject(doc, j, k) ?? (tokens[j].kind === 'word' ? surnameLink(doc, j, tokens[j].norm) : undefined);
      if (sub) { remember(sub); return sub.kind === 'title' ? titleOwner(sub) : sub; }
    }
    return undefined;
  };
  /** Zero subject: the subject of this sentence (if stated before the cue), else of the last sentence that had one. */
  const zeroSubject = (k: number): Subject | undefined => {
    const kind = cueKind(tokens[k]);
    const local = kind === 'verb' ? preverbal(k) : undefined;
    if (local) return local;
    let a = sentenceStart(k);
    // مضيفاً after «…، وهو ما أكده العضو فلان»: the subject of the verb the participle hangs on.
    const gv = kind === 'participle' ? governingVerb(doc, a, k, skipQuote) : undefined;
    if (gv?.verb !== undefined) { const sub = subjectAt(gv.verb + 1, k) ?? preverbal(gv.verb); if (sub) return sub; }
    else if (gv) {
      // …، وهو ما رفضته أحزاب يسارية، ووصفته: the subject after the clause's own verb.
      const c = gv.clause;
      const sub = personBefore(doc, c ?? a, k, skipQuote) ?? (c !== undefined && c + 1 < k ? subjectAt(c + 1, k) : undefined) ?? preverbal(k);
      if (sub) return sub;
    }
    // The speaker a quotation before this cue in the same sentence was given (…، أضاف فلان، فيما اعتبر).
    // وأضافت after a sentence about a minister: the verb's gender rules out a subject that shows the other one.
    const g = cueGender(tokens[k]);
    const plural = cuePlural(tokens[k]);
    const agrees = (sub: Subject) => (!plural || sub.kind !== 'person') && (g === undefined || sub.fem === undefined || sub.fem === (g === 'f'));
    const said = spoke.get(a);
    if (said && said.start < tokens[k].start && agrees(said)) return said;
    // سألناها … فقالت، حاورتها «الصحيفة» فقالت: the one asked answers, not the one who asked.
    const asked = asks(doc, a, k);
    const own = asked ? personBefore(doc, a, k, skipQuote) : sentenceSubject(a);
    if (own && own.start < tokens[k].start && agrees(own)) return own;
    for (let n = 0; n < CARRY_SENTENCES && a > 0; n++) {
      a = sentenceStart(a - 1);
      if (insideQuote(a)) continue;
      // The speaker a quotation of that sentence was given is the subject it introduced last.
      const sub = spoke.get(a) ?? sentenceSubject(a);
      // سألناها … فقالت: the person the interview frame asked, not the outlet that asked.
      if (asked) { const p = heard.get(a) ?? personBefore(doc, a, sentenceEnd(a), skipQuote) ?? (sub?.kind === 'person' ? sub : undefined); if (p) return p; continue; }
      if (sub && agrees(sub)) return sub;
    }
    return undefined;
  };
  /** The speaker a cue introduces; `zero` tells that it came from an earlier subject. */
  const cueSpeaker = (k: number, kind: CueKind, limit: number): { sub?: Subject; zero: boolean } => {
    let sub: Subject | undefined;
    if (kind === 'relay') {
      for (let j = k + 1; j < Math.min(limit, k + 10); j++) if (tokens[j].norm === 'عن') { sub = subjectAt(j + 1, limit); break; }
    } else if (kind === 'doc') {
      if (tokens[k + 1]?.norm === 'في') sub = subjectAt(k + 2, limit);
      else if (!/^في/.test(tokens[k + 1]?.norm ?? '')) sub = subjectAt(k + 1, limit);
    } else if (kind === 'verb' || kind === 'prep') sub = subjectAt(k + 1, limit);
    // ووصفته دول نامية بأنه: a verb with an object pronoun may still have its subject after it.
    else if (kind === 'participle' && verbLike(tokens[k])) sub = subjectAt(k + 1, limit);
    if (sub) {
      // وذكرت وكالة «…» نقلاً عن مصادر: the relayed source speaks.
      const j = nextRelay(ctx.tokenAt(sub.end), limit);
      if (j >= 0) return { sub: subjectAt(j + 2, limit) ?? sub, zero: false };
      return { sub, zero: false };
    }
    return { sub: zeroSubject(k), zero: true };
  };

  const out: Quotation[] = [];
  const names = new Set<number>();
  for (const { o, c, p } of spans) {
    const words = tokens.slice(o + 1, c).filter((t) => t.kind === 'word').length;
    const outer = p.depth > 0 ? spans.filter((s) => s.o < o && s.c > c).pop() : undefined;
    // A quotation set as its own paragraph after «… في مؤتمر صحفي:» belongs to the sentence that ends with the colon.
    const colonLine = doc.boundary(o) && tokens[o - 1]?.text === ':';
    const from = Math.max(colonLine ? sentenceStart(o - 1) : sentenceStart(o), outer ? outer.o + 1 : 0);
    let cueIdx = -1;
    for (let k = o - 1; k >= Math.max(from, o - CUE_WINDOW); k--) {
      const back = openOf.get(k);
      if (back !== undefined && back < k) { k = back; continue; }
      if (cueKind(tokens[k]) && !AFTER_PREP.has(tokens[k - 1]?.norm ?? '')) { cueIdx = k; break; }
    }
    let after = -1;
    for (let k = c + 1; k < Math.min(tokens.length, c + 5) && !doc.boundary(k); k++) {
      if (cueKind(tokens[k])) { after = k; break; }
      if (tokens[k].norm === 'هكذا') { after = k + 1; break; }
      if (tokens[k].norm === 'بهذه') { after = k + 2; break; }
    }
    const startsSentence = !colonLine && (o === from || doc.boundary(o));
    const lineEnd = (k: number) => k >= tokens.length || (doc.boundary(k) && tokens[k - 1].kind === 'punct' && !'.!?؟…'.includes(tokens[k - 1].text)) || /[\r\n]/.test(ctx.text.slice(tokens[k - 1].end, tokens[k]?.start ?? ctx.text.length));
    // A heading has no full stop; a quotation standing as its own paragraph («…». ) keeps one.
    const headingLine = !colonLine && doc.boundary(o) && lineEnd(c + 1);
    if (!isSpeech({ tokens, open: o, close: c, words, cueBefore: cueIdx, cueAfter: after >= 0, startsSentence, names, headingLine })) { names.add(c); continue; }
    let found: { sub?: Subject; zero: boolean } = { zero: false };
    let cue: Token | undefined;
    let cueAt = o;
    // قوله/قولها repeat an earlier cue of the sentence (نقلت عن أوساط قولها إن …).
    let k = cueIdx;
    while (k >= from && cueKind(tokens[k]) === 'suffixed') { let j = k - 1; while (j >= from && !cueKind(tokens[j])) j--; if (j < from) break; k = j; }
    // وهو ما عبر عنه الأستاذ فلان بقوله: the person named since the earlier cue.
    const named0 = k !== cueIdx && cueKind(tokens[k]) !== 'relay' ? personBefore(doc, k + 1, cueIdx, skipQuote) : undefined;
    if (named0) { cue = tokens[cueIdx]; cueAt = cueIdx; found = { sub: named0, zero: false }; }
    else if (k >= from && k >= 0 && cueKind(tokens[k])) { cue = tokens[k]; cueAt = k; found = cueSpeaker(k, cueKind(tokens[k])!, o); }
    if (!found.sub && after >= 0) {
      const kind = cueKind(tokens[after]) ?? 'verb';
      const r = kind === 'verb' || kind === 'prep' || kind === 'relay' ? cueSpeaker(after, kind === 'relay' ? 'relay' : 'verb', Math.min(tokens.length, after + 40)) : undefined;
      if (r?.sub && !r.zero) { found = r; cue = tokens[after]; cueAt = after; }
    }
    if (!found.sub && cueIdx < 0 && tokens[o - 1]?.text === ':') { found = { sub: zeroSubject(o), zero: true }; }
    let speaker: Speaker | undefined;
    let confidence = 0.4;
    if (found.sub) {
      const s = found.sub;
      if (!found.zero) spoke.set(sentenceStart(cueAt), s);
      if (s.kind === 'person') heard.set(sentenceStart(o), s);
      if (s.kind === 'person' && !s.entityId && !found.zero) addNamed(s);
      const via: Speaker['via'] = s.via === 'anonymous' ? 'anonymous' : found.zero ? 'pronoun' : s.via === 'organisation' ? 'organisation' : s.via === 'title' || s.via === 'bare-title' ? 'title' : 'name';
      confidence = found.zero ? Math.min(CONFIDENCE[s.via], sentenceStart(o) <= ctx.tokenAt(s.start) ? 0.75 : 0.65) : CONFIDENCE[s.via];
      speaker = { text: s.text, entityId: s.entityId, start: s.start, end: s.end, cue: cue?.text, via, confidence };
    }
    out.push({ start: p.open, end: p.close + 1, contentStart: p.open + 1, contentEnd: p.close, speaker, confidence, depth: p.depth });
  }
  return out;
}
