// Finds the subject a reporting cue speaks for: after the cue, before it, or carried from an earlier sentence (zero subject).
import { CueKind, cueGender, cueKind, cuePlural, isSpeakerNoun, isTitle } from './quoteCues';
import { answerPassesOver, askerIn, asks, governingVerb, pastDateline, personBefore, verbLike } from './speakerContext';
import { interviewGuest } from './speakerDialogue';
import { honorificAgrees, honorificAt, honoredIn } from './officialAnaphor';
import { SpeakerMemory } from './speakerMemory';
import { RelayCues } from './speakerRelays';
import { personSubject } from './speakerName';
import type { SpeakerDoc, Subject } from './speakerPhrase';
import { QuoteLayout, QuoteSpan } from './quoteLayout';
import { SubjectReader } from './clauseSubjects';
import { Reads } from './quoteReads';
import type { TokenList } from './tokenView';
import type { Mutation } from './quoteState';

/** How far back a zero subject may be carried (sentences). */
const CARRY_SENTENCES = 15;

export class SpeakerSearch {
  private readonly layout: QuoteLayout;
  /** Closing mark → opening mark, so backward scans can step over a quotation. */
  readonly openOf: ReadonlyMap<number, number>;
  /** From a closing mark to its opening one, so a backward scan steps over the quotation. */
  readonly skipQuote: (j: number) => number;
  private readonly memory: SpeakerMemory;
  private readonly subjects: SubjectReader;
  /** The document's `نقلاً عن`-style relay cues. */
  readonly relays: RelayCues;
  /** The speaker a quotation of a sentence was given, by the sentence's first token. */
  private readonly spoke = new Map<number, Subject>();
  /** The person who spoke last in a sentence, however found (an interview answers go on with them). */
  private readonly heard = new Map<number, Subject>();

  constructor(private readonly doc: SpeakerDoc, private readonly tokenAt: (offset: number) => number, spans: QuoteSpan[], private readonly reads = new Reads(), whole: TokenList = doc.tokens) {
    this.layout = new QuoteLayout(doc, spans, reads);
    this.openOf = this.layout.openOf;
    this.skipQuote = this.layout.skipQuote;
    this.memory = new SpeakerMemory(doc, tokenAt, reads);
    this.subjects = new SubjectReader(doc, tokenAt, this.layout, this.memory, reads, this.spoke, (m) => this.replay(m));
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
    else if (m.k === 'sentence') this.subjects.known.set(m.at, { s: m.s, lo: m.lo, hi: m.hi });
    else this.memory.replay(m);
  }

  sentenceStart(i: number): number {
    return this.layout.sentenceStart(i);
  }

  subjectAt(i: number, limit: number): Subject | undefined {
    return this.subjects.subjectAt(i, limit);
  }

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

  /**
   * The person the sentence before token o is about, when a quotation stands alone after it with no cue (الخبير فلان يرى أن
   * الأزمة أعمق. «…»): its speaker, or its subject when that is a person. One sentence back only: a quotation further on is
   * not read as anyone's.
   */
  sentenceBeforePerson(o: number): Subject | undefined {
    const a = this.sentenceStart(o);
    if (a <= 0) return undefined;
    const p = this.sentenceStart(a - 1);
    if (this.layout.insideQuote(p)) return undefined;
    const said = this.spoke.get(p);
    if (said) return said.kind === 'person' ? said : undefined;
    const sub = this.subjects.sentenceSubject(p);
    return sub?.kind === 'person' && !afterBody(this.doc, pastDateline(this.doc, p), this.tokenAt(sub.titleFrom ?? sub.start)) ? sub : undefined;
  }

  /** Zero subject: the subject of this sentence (if stated before the cue), else of the last sentence that had one. */
  zeroSubject(k: number): Subject | undefined {
    const { doc, skipQuote, layout, subjects } = this;
    const { tokens } = doc;
    const kind = cueKind(tokens.tok(k));
    const local = kind === 'verb' ? subjects.preverbal(k) : undefined;
    if (local) return local;
    let a = layout.sentenceStart(k);
    // مضيفاً after «…، وهو ما أكده العضو فلان»: the subject of the verb the participle hangs on.
    const gv = kind === 'participle' ? governingVerb(doc, a, k, skipQuote) : undefined;
    const ask = askerIn(doc, a, k);
    if (gv?.verb !== undefined && gv.verb !== ask?.verb) { const sub = subjects.subjectAt(gv.verb + 1, k) ?? subjects.preverbal(gv.verb); if (sub) return sub; }
    else if (gv && gv.verb === undefined) {
      // …، وهو ما رفضته أحزاب يسارية، ووصفته: the subject after the clause's own verb.
      const c = gv.clause;
      const sub = personBefore(doc, c ?? a, k, skipQuote) ?? (c !== undefined && c + 1 < k ? subjects.subjectAt(c + 1, k) : undefined) ?? subjects.preverbal(k);
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
    const own = asked ? personBefore(doc, a, k, skipQuote) : subjects.sentenceSubject(a);
    if (own && own.start < tokens.tok(k).start && agrees(own)) return own;
    for (let n = 0; n < CARRY_SENTENCES && a > 0; n++) {
      a = layout.sentenceStart(a - 1);
      if (layout.insideQuote(a) || answerPassesOver(doc, k, a, layout.sentenceEnd(a))) continue;
      // The speaker a quotation of that sentence was given is the subject it introduced last.
      const sub = this.spoke.get(a) ?? subjects.sentenceSubject(a);
      // سألناها … فقالت: the person the interview frame asked, not the outlet that asked.
      if (asked) { const p = this.heard.get(a) ?? personBefore(doc, a, layout.sentenceEnd(a), skipQuote) ?? (sub?.kind === 'person' ? sub : undefined); if (p) return p; continue; }
      if (sub && agrees(sub)) return sub;
      const h = hon && sub?.kind === 'person' ? honoredIn(tokens, a, layout.sentenceEnd(a), hon, (j) => doc.personAt.has(j)) : undefined; if (h !== undefined) return personSubject(doc, h);
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

/**
 * اعتقلت الشرطة الناشط فلان. «…»: a body or unnamed agent (الشرطة، مسلحون) before the person is the sentence's subject, and the
 * person its object, so a lone quotation after it is not theirs (more often their family's or lawyer's).
 */
function afterBody(doc: SpeakerDoc, a: number, t: number): boolean {
  // Up to the first title or name: رئيس البرلمان فلان is one phrase, its body word a part of the person's title.
  for (let j = a; j < t && j < doc.tokens.length; j++) {
    const w = doc.tokens.tok(j);
    if (isTitle(w) || doc.personAt.has(j)) return false;
    if (isSpeakerNoun(w)) return true;
  }
  return false;
}
