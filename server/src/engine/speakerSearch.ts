// Finds the subject a reporting cue speaks for: after the cue, before it, or carried from an earlier sentence (zero subject).
import { COMPLEMENTIZERS, CueKind, cueGender, cueKind, cuePlural, isBody, isTitle, SOURCE_NOUNS, stripConj, TIME_WORDS } from './quoteCues';
import { answerPassesOver, askerIn, asks, governingVerb, inAdjunct, pastDateline, personBefore, skipAdjuncts, subjectLead, surnameLink, verbLike } from './speakerContext';
import { interviewGuest } from './speakerDialogue';
import { describedReferent, isDescription } from './descriptiveAnaphor';
import { honorificAgrees, honorificAt, honoredIn, isOfficialAnaphor, namesNobody, nisbaFit, officialReferent } from './officialAnaphor';
import { SpeakerMemory } from './speakerMemory';
import { RelayCues } from './speakerRelays';
import { personSubject, PREPOSITIONS } from './speakerName';
import { readSubject, SpeakerDoc, Subject } from './speakerPhrase';
import { Reads } from './quoteReads';
import type { TokenList } from './tokenView';
import type { Mutation } from './quoteState';

/** How far back a zero subject may be carried (sentences). */
const CARRY_SENTENCES = 15;
const OBJECT_PRONOUNS = new Set(['لي', 'له', 'لها', 'لنا', 'لهم', 'ل', 'لـ', 'ما']);

/** A quotation's opening and closing mark, as token indices. */
export interface QuoteSpan {
  o: number;
  c: number;
  depth: number;
}

export class SpeakerSearch {
  /** Closing mark → opening mark, so backward scans can step over a quotation. */
  readonly openOf = new Map<number, number>();
  private readonly closeOf = new Map<number, number>();
  private readonly outerSpans: QuoteSpan[];
  private readonly memory: SpeakerMemory;
  /** The document's `نقلاً عن`-style relay cues. */
  readonly relays: RelayCues;
  // The subject a sentence introduces: before its verb (الوزير … قال، وكان الوزير قد) or right after it.
  private readonly sentenceSubjects = new Map<number, { s: Subject | null; lo: number; hi: number }>();
  /** Reading an earlier sentence's subject for a description or an official anaphor: no further looking back (a chain of them would recurse through the whole document). */
  private plain = false;
  /** The speaker a quotation of a sentence was given, by the sentence's first token. */
  private readonly spoke = new Map<number, Subject>();
  /** The person who spoke last in a sentence, however found (an interview answers go on with them). */
  private readonly heard = new Map<number, Subject>();

  constructor(private readonly doc: SpeakerDoc, private readonly tokenAt: (offset: number) => number, spans: QuoteSpan[], private readonly reads = new Reads(), whole: TokenList = doc.tokens) {
    for (const s of spans) { this.openOf.set(s.c, s.o); this.closeOf.set(s.o, s.c); }
    this.outerSpans = spans.filter((s) => s.depth === 0);
    this.memory = new SpeakerMemory(doc, tokenAt, reads);
    this.relays = new RelayCues(doc, reads, whole);
  }

  /** Where what each quotation adds to the search's memory is written down (quoteState.ts); undefined: nowhere. */
  set log(log: Mutation[] | undefined) {
    this.memory.log = log;
    this.mutations = log;
  }
  private mutations: Mutation[] | undefined;

  /** What an earlier attribution of a quotation added, added again in order (or added now). */
  replay(m: Mutation): void {
    if (m.k === 'spoke' || m.k === 'heard' || m.k === 'sentence') this.mutations?.push(m);
    if (m.k === 'spoke') this.spoke.set(m.at, m.s);
    else if (m.k === 'heard') this.heard.set(m.at, m.s);
    else if (m.k === 'sentence') this.sentenceSubjects.set(m.at, { s: m.s, lo: m.lo, hi: m.hi });
    else this.memory.replay(m);
  }

  sentenceStart(i: number): number {
    let k = i;
    while (k > 0 && i - k < 120 && !this.doc.boundary(k)) k--;
    return k;
  }

  private sentenceEnd(a: number): number {
    let e = a + 1;
    while (e < this.doc.tokens.length && e - a < 120 && !this.doc.boundary(e)) e++;
    return e;
  }

  private insideQuote(i: number): boolean {
    const spans = this.outerSpans;
    let lo = 0, hi = spans.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].o < i) lo = mid + 1; else hi = mid; }
    // The quotation before i is read (one inserted between would change the answer); none: none from the start.
    this.reads.touch(lo > 0 ? spans[lo - 1].o : 0);
    return lo > 0 && spans[lo - 1].c > i;
  }

  /** From a closing mark to its opening one, so a backward scan steps over the quotation. */
  readonly skipQuote = (j: number): number => { const b = this.openOf.get(j); if (b !== undefined) this.reads.touch(b); return b !== undefined && b < j ? b : j; };

  /** Keeps what a quotation's speaker tells later ones: who spoke in the cue's sentence, who was heard in the quote's. */
  recordSpeaker(s: Subject, zero: boolean, cueAt: number, o: number): void {
    if (!zero) this.replay({ k: 'spoke', at: this.sentenceStart(cueAt), s });
    if (s.kind === 'person') this.replay({ k: 'heard', at: this.sentenceStart(o), s });
    if (s.kind === 'person' && !s.entityId && !zero) this.memory.addNamed(s);
  }

  /** An interview's answer: the guest heard last, else the one its frame introduced, else the zero subject. */
  guest(o: number): Subject | undefined {
    const g = interviewGuest(this.doc, o);
    return this.lastHeard(o) ?? (g >= 0 ? personSubject(this.doc, g) : this.zeroSubject(o));
  }

  /** The person heard last before token o (an interview's answers go on with the guest). */
  lastHeard(o: number): Subject | undefined {
    let best = -1;
    let who: Subject | undefined;
    for (const [at, s] of this.heard) if (at < o && at > best) { best = at; who = s; }
    // Read back to the one found (none: to the start), so a person heard between is a change to this read.
    this.reads.touch(Math.max(0, best));
    return who;
  }

  subjectAt(i: number, limit: number): Subject | undefined {
    const { doc } = this;
    const { tokens } = doc;
    i = skipAdjuncts(doc, i, limit);
    while (i < limit && (OBJECT_PRONOUNS.has(tokens.tok(i).norm) || TIME_WORDS.has(tokens.tok(i).norm) || TIME_WORDS.has(stripConj(tokens.tok(i).norm)))) i++;
    // فقالت لـ«المصري اليوم»: the outlet after ل is the addressee, never the subject.
    if (i < limit && /^لـ?$/.test(tokens.tok(i - 1)?.norm ?? '') && tokens.tok(i).kind === 'punct' && '«“"'.includes(tokens.tok(i).text)) {
      let c = i + 1;
      while (c < limit && c - i < 8 && tokens.tok(c).kind !== 'punct') c++;
      if (c < limit && '»”"'.includes(tokens.tok(c).text)) i = c + 1;
    }
    // وحسب معطيات الوزارة: the body whose figures or words these are.
    if (i + 1 < limit && SOURCE_NOUNS.has(tokens.tok(i).norm)) i++;
    if (i >= limit) return undefined;
    const sub = readSubject(doc, i, limit);
    const tokOf = (s: Subject) => tokens.tok(this.tokenAt(s.start)); // المسؤول، and المسؤولة (a title word too) when no title owns it, refer back
    const official = () => { if (this.plain) return undefined; const p = officialReferent(this.sentenceStart(i), (a) => (a > 0 ? this.sentenceStart(a - 1) : undefined), (a) => (this.insideQuote(a) ? undefined : this.spoke.get(a) ?? this.plainSubject(a)), tokOf, nisbaFit(tokens, this.tokenAt(sub!.start), (o) => this.tokenAt(o))); return p && { ...p, via: 'title' as const }; };
    // المدافع، السيدة الأربعينية, when no title introduced anyone so: the person the last sentences spoke of.
    const described = (s: Subject) => { if (this.plain) return undefined; const head = tokOf(s); const words = []; for (let k = this.tokenAt(s.start); k < tokens.length && tokens.tok(k).start < s.end; k++) words.push(tokens.tok(k)); if (!isDescription(words)) return undefined; const p = describedReferent(this.sentenceStart(i), head, s.kind === 'anonymous', (a) => (a > 0 ? this.sentenceStart(a - 1) : undefined), (a) => (this.insideQuote(a) ? undefined : this.spoke.get(a) ?? this.plainSubject(a))); return p && { ...p, via: p.kind === 'person' ? 'title' as const : p.via }; };
    if (sub?.kind === 'title') { const o = this.memory.titleOwner(sub); return o.kind === 'title' ? (isOfficialAnaphor(tokOf(sub)) ? official() : described(sub)) ?? o : o; }
    if (sub?.kind === 'anonymous' && isOfficialAnaphor(tokOf(sub))) return official() ?? sub;
    if (sub?.kind === 'anonymous' && /^[وف]?ال/.test(tokOf(sub).norm)) return described(sub) ?? sub;
    this.memory.remember(sub);
    if (!sub && tokens.tok(i).kind === 'word') {
      const named = this.memory.surname(i);
      if (named) return named;
    }
    const t = tokens.tok(this.tokenAt(sub?.start ?? tokens.tok(i).start));
    const bare = sub ? sub.kind === 'body' && sub.end === t.end : t.kind === 'word' && t.norm.startsWith('ال') && !doc.boundary(i);
    if (bare) return this.memory.antecedent(this.tokenAt(t.start)) ?? sub;
    return sub;
  }

  private sentenceSubject(a: number): Subject | undefined {
    const known = this.sentenceSubjects.get(a);
    // Known: what it was read from counts as read again.
    if (known !== undefined) { this.reads.merge(known.lo, known.hi); return known.s ?? undefined; }
    const r = this.reads.span(() => this.readSentenceSubject(a));
    const sub = r.value;
    this.replay({ k: 'sentence', at: a, s: sub ?? null, lo: r.lo, hi: r.hi });
    if (sub?.kind === 'person' && !sub.entityId) this.memory.addNamed(sub);
    return sub;
  }

  /** An earlier sentence's subject as written, its own descriptions and official anaphors left unresolved (never cached: the cache holds resolved subjects). */
  private plainSubject(a: number): Subject | undefined {
    const was = this.plain;
    this.plain = true;
    try { return this.readSentenceSubject(a); } finally { this.plain = was; }
  }

  private readSentenceSubject(a: number): Subject | undefined {
    const { doc } = this;
    const { tokens } = doc;
    a = pastDateline(doc, a);
    const lead = subjectLead(doc, a);
    let s = lead.at;
    for (let j = a, end = a + 7; !lead.topic && j < end && j < tokens.length && (j === a || !doc.boundary(j)); j++) {
      // وفي حديث إلى «العربي الجديد»، …: a quoted name counts as one word of the opening phrase.
      const shut = this.closeOf.get(j);
      if (shut !== undefined) this.reads.touch(shut);
      if (shut !== undefined && shut - j < 8) { end += shut - j; j = shut; continue; }
      if (cueKind(tokens.tok(j))) break;
      if (tokens.tok(j).text === '،' || tokens.tok(j).text === ',') { s = j + 1; break; }
    }
    const limit = Math.min(tokens.length, a + 60);
    let sub = s < limit && !cueKind(tokens.tok(s)) ? this.subjectAt(s, limit) ?? this.subjectAt(s + 1, limit) : s + 1 < limit ? this.subjectAt(s + 1, limit) : undefined;
    // لكن مستشار القائد، فلان، نفى: the comma was the subject's apposition, not the end of an opening phrase.
    // …and ورفعت وكالة «…» التصنيف، مشيرة: the comma closed the main clause, whose subject follows its verb.
    const heads = (j: number) => j < limit && !this.insideQuote(j) && (isTitle(tokens.tok(j)) || isBody(tokens.tok(j)) || doc.personAt.has(j));
    if (!sub && s > lead.at) sub = heads(lead.at) ? this.subjectAt(lead.at, limit) : heads(lead.at + 1) ? this.subjectAt(lead.at + 1, limit) : undefined;
    // في عيادة متنقلة …، تستقبل الطبيبة سارة …: a scene-setting opening; the titled person it introduces is its subject.
    // Bounded: the first two titles of the sentence's first 30 words.
    if (!sub) for (let j = a, tries = 0; j < Math.min(limit, a + 30) && !sub && tries < 2 && (j === a || !doc.boundary(j)); j++) {
      if (!isTitle(tokens.tok(j)) || this.insideQuote(j) || cueKind(tokens.tok(j - 1) ?? tokens.tok(j)) || inAdjunct(doc, j)) continue;
      tries++;
      const t = readSubject(doc, j, limit);
      if (t?.kind === 'person') sub = t;
    }
    return namesNobody(sub) ? undefined : sub;
  }

  /**
   * The person the sentence before token o is about, when a quotation stands alone after it with no cue (الخبير فلان يرى أن
   * الأزمة أعمق. «…»): its speaker, or its subject when that is a person. One sentence back only: a quotation further on is
   * not read as anyone's.
   */
  sentenceBeforePerson(o: number): Subject | undefined {
    const a = this.sentenceStart(o);
    if (a <= 0) return undefined;
    const p = this.sentenceStart(a - 1);
    if (this.insideQuote(p)) return undefined;
    const sub = this.spoke.get(p) ?? this.sentenceSubject(p);
    return sub?.kind === 'person' ? sub : undefined;
  }

  /** A subject right before the verb in its clause (غير أن مصدراً مقرباً … قال، وكان الوزير قد صرّح). */
  private preverbal(k: number): Subject | undefined {
    const { doc } = this;
    const { tokens } = doc;
    let p = k;
    // غير أن رئيس الفرع، فلان، قال: step back over a name in apposition between two commas.
    const comma = (j: number) => tokens.tok(j)?.text === '،' || tokens.tok(j)?.text === ',';
    if (comma(k - 1) && !doc.boundary(k - 1)) for (let j = k - 2; j > 0 && k - j < 7 && !doc.boundary(j + 1) && (tokens.tok(j).kind === 'word' || comma(j)); j--) if (comma(j)) { if (doc.personAt.has(j + 1)) p = j; break; }
    const top = p;
    while (p > 0 && top - p < 10 && !doc.boundary(p) && tokens.tok(p - 1).kind === 'word' && !COMPLEMENTIZERS.has(tokens.tok(p - 1).norm) && !cueKind(tokens.tok(p - 1))) p--;
    if (p === top) p = k;
    for (let j = p; j < k; j++) {
      if (j > p && (PREPOSITIONS.has(tokens.tok(j - 1).norm) || PREPOSITIONS.has(tokens.tok(j - 2)?.norm ?? ''))) continue; // يلتفت إلى مقاعد الحكومة ويضيف
      const sub = readSubject(doc, j, k) ?? (tokens.tok(j).kind === 'word' ? surnameLink(doc, j, tokens.tok(j).norm) : undefined);
      if (sub) { this.memory.remember(sub); return sub.kind === 'title' ? this.memory.titleOwner(sub) : sub; }
    }
    return undefined;
  }

  /** Zero subject: the subject of this sentence (if stated before the cue), else of the last sentence that had one. */
  zeroSubject(k: number): Subject | undefined {
    const { doc, skipQuote } = this;
    const { tokens } = doc;
    const kind = cueKind(tokens.tok(k));
    const local = kind === 'verb' ? this.preverbal(k) : undefined;
    if (local) return local;
    let a = this.sentenceStart(k);
    // مضيفاً after «…، وهو ما أكده العضو فلان»: the subject of the verb the participle hangs on.
    const gv = kind === 'participle' ? governingVerb(doc, a, k, skipQuote) : undefined;
    const ask = askerIn(doc, a, k);
    if (gv?.verb !== undefined && gv.verb !== ask?.verb) { const sub = this.subjectAt(gv.verb + 1, k) ?? this.preverbal(gv.verb); if (sub) return sub; }
    else if (gv && gv.verb === undefined) {
      // …، وهو ما رفضته أحزاب يسارية، ووصفته: the subject after the clause's own verb.
      const c = gv.clause;
      const sub = personBefore(doc, c ?? a, k, skipQuote) ?? (c !== undefined && c + 1 < k ? this.subjectAt(c + 1, k) : undefined) ?? this.preverbal(k);
      if (sub) return sub;
    }
    // The speaker a quotation before this cue in the same sentence was given (…، أضاف فلان، فيما اعتبر).
    // وأضافت after a sentence about a minister: the verb's gender rules out a subject that shows the other one.
    const g = cueGender(tokens.tok(k));
    const plural = cuePlural(tokens.tok(k));
    const hon = honorificAt(tokens, a, k);
    const near = (sub: Subject) => { const at = this.tokenAt(sub.start); const out = []; for (let j = Math.max(0, at - 3); j < at; j++) out.push(tokens.tok(j)); return out; };
    const agrees = (sub: Subject) => (!plural || sub.kind !== 'person') && (g === undefined || sub.fem === undefined || sub.fem === (g === 'f')) && honorificAgrees(hon, sub, near(sub)) && sub.text !== ask?.name;
    const said = this.spoke.get(a);
    if (said && said.start < tokens.tok(k).start && agrees(said)) return said;
    // سألناها … فقالت، حاورتها «الصحيفة» فقالت: the one asked answers, not the one who asked.
    const asked = !ask && asks(doc, a, k);
    const own = asked ? personBefore(doc, a, k, skipQuote) : this.sentenceSubject(a);
    if (own && own.start < tokens.tok(k).start && agrees(own)) return own;
    for (let n = 0; n < CARRY_SENTENCES && a > 0; n++) {
      a = this.sentenceStart(a - 1);
      if (this.insideQuote(a) || answerPassesOver(doc, k, a, this.sentenceEnd(a))) continue;
      // The speaker a quotation of that sentence was given is the subject it introduced last.
      const sub = this.spoke.get(a) ?? this.sentenceSubject(a);
      // سألناها … فقالت: the person the interview frame asked, not the outlet that asked.
      if (asked) { const p = this.heard.get(a) ?? personBefore(doc, a, this.sentenceEnd(a), skipQuote) ?? (sub?.kind === 'person' ? sub : undefined); if (p) return p; continue; }
      if (sub && agrees(sub)) return sub;
      const h = hon && sub?.kind === 'person' ? honoredIn(tokens, a, this.sentenceEnd(a), hon, (j) => doc.personAt.has(j)) : undefined; if (h !== undefined) return personSubject(doc, h);
    }
    return undefined;
  }

  /** The speaker a cue introduces; `zero` tells that it came from an earlier subject. */
  cueSpeaker(k: number, kind: CueKind, limit: number): { sub?: Subject; zero: boolean } {
    const { tokens } = this.doc;
    let sub: Subject | undefined;
    if (kind === 'relay') {
      for (let j = k + 1; j < Math.min(limit, k + 10); j++) if (tokens.tok(j).norm === 'عن') { sub = this.subjectAt(j + 1, limit); break; }
    } else if (kind === 'doc') {
      if (tokens.tok(k + 1)?.norm === 'في') sub = this.subjectAt(k + 2, limit);
      else if (!/^في/.test(tokens.tok(k + 1)?.norm ?? '')) sub = this.subjectAt(k + 1, limit);
    } else if (kind === 'verb' || kind === 'prep') sub = this.subjectAt(k + 1, limit);
    // ووصفته دول نامية بأنه: a verb with an object pronoun may still have its subject after it.
    else if (kind === 'participle' && verbLike(tokens.tok(k))) sub = this.subjectAt(k + 1, limit);
    if (sub) {
      // وذكرت وكالة «…» نقلاً عن مصادر: the relayed source speaks.
      const j = this.relays.next(this.tokenAt(sub.end), limit);
      if (j >= 0) return { sub: this.subjectAt(j + 2, limit) ?? sub, zero: false };
      return { sub, zero: false };
    }
    return { sub: this.zeroSubject(k), zero: true };
  }
}
