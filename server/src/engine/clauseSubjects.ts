// Reads the subject a clause states (after its cue or verb, or just before the verb) and the subject a sentence opens with, resolving titles and anaphors.
import { COMPLEMENTIZERS, cueKind, isBody, isTitle, SOURCE_NOUNS, stripConj, TIME_WORDS } from './quoteCues';
import { inAdjunct, pastDateline, skipAdjuncts, subjectLead, surnameLink } from './speakerContext';
import { describedReferent, isDescription } from './descriptiveAnaphor';
import { isOfficialAnaphor, namesNobody, nisbaFit, officialReferent } from './officialAnaphor';
import type { SpeakerMemory } from './speakerMemory';
import { PREPOSITIONS } from './speakerName';
import { readSubject, SpeakerDoc, Subject } from './speakerPhrase';
import type { QuoteLayout } from './quoteLayout';
import type { Reads } from './quoteReads';
import type { Token } from './tokenize';
import type { Mutation } from './quoteState';

const OBJECT_PRONOUNS = new Set(['لي', 'له', 'لها', 'لنا', 'لهم', 'ل', 'لـ', 'ما']);

export class SubjectReader {
  /** The subject a sentence introduces, by its first token, and the tokens it was read from (quoteState.ts replays these). */
  readonly known = new Map<number, { s: Subject | null; lo: number; hi: number }>();
  /** Reading an earlier sentence's subject for a description or an official anaphor: no further looking back (a chain of them would recurse through the whole document). */
  private plain = false;

  /**
   * spoke: the speaker a quotation of a sentence was given, by the sentence's first token (shared with the search);
   * record: where a sentence subject read for the first time is written down, in order with the search's other mutations.
   */
  constructor(
    private readonly doc: SpeakerDoc,
    private readonly tokenAt: (offset: number) => number,
    private readonly layout: QuoteLayout,
    private readonly memory: SpeakerMemory,
    private readonly reads: Reads,
    private readonly spoke: ReadonlyMap<number, Subject>,
    private readonly record: (m: Mutation) => void,
  ) {}

  // The anaphor callbacks are made once, not on every subjectAt call (it runs for every cue and every sentence looked back over).
  private readonly sentenceBefore = (a: number): number | undefined => (a > 0 ? this.layout.sentenceStart(a - 1) : undefined);
  private readonly earlierSubject = (a: number): Subject | undefined => (this.layout.insideQuote(a) ? undefined : this.spoke.get(a) ?? this.plainSubject(a));

  private readonly headOf = (s: Subject): Token => this.doc.tokens.tok(this.tokenAt(s.start));

  /** المسؤول، and المسؤولة (a title word too) when no title owns it: the official an earlier sentence named. */
  private official(i: number, sub: Subject): Subject | undefined {
    if (this.plain) return undefined;
    const p = officialReferent(this.layout.sentenceStart(i), this.sentenceBefore, this.earlierSubject, this.headOf, nisbaFit(this.doc.tokens, this.tokenAt(sub.start), this.tokenAt));
    return p && { ...p, via: 'title' as const };
  }

  /** المدافع، السيدة الأربعينية, when no title introduced anyone so: the person the last sentences spoke of. */
  private described(i: number, s: Subject): Subject | undefined {
    if (this.plain) return undefined;
    const { tokens } = this.doc;
    const head = this.headOf(s);
    const words = [];
    for (let k = this.tokenAt(s.start); k < tokens.length && tokens.tok(k).start < s.end; k++) words.push(tokens.tok(k));
    if (!isDescription(words)) return undefined;
    const p = describedReferent(this.layout.sentenceStart(i), head, s.kind === 'anonymous', this.sentenceBefore, this.earlierSubject);
    return p && { ...p, via: p.kind === 'person' ? 'title' as const : p.via };
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
    if (sub?.kind === 'title') { const o = this.memory.titleOwner(sub); return o.kind === 'title' ? (isOfficialAnaphor(this.headOf(sub)) ? this.official(i, sub) : this.described(i, sub)) ?? o : o; }
    if (sub?.kind === 'anonymous' && isOfficialAnaphor(this.headOf(sub))) return this.official(i, sub) ?? sub;
    if (sub?.kind === 'anonymous' && /^[وف]?ال/.test(this.headOf(sub).norm)) return this.described(i, sub) ?? sub;
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

  /** The subject sentence a introduces, read once and replayed after (what it was read from counts as read again). */
  sentenceSubject(a: number): Subject | undefined {
    const known = this.known.get(a);
    if (known !== undefined) { this.reads.merge(known.lo, known.hi); return known.s ?? undefined; }
    const r = this.reads.span(() => this.readSentenceSubject(a));
    const sub = r.value;
    this.record({ k: 'sentence', at: a, s: sub ?? null, lo: r.lo, hi: r.hi });
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
    const { doc, layout } = this;
    const { tokens } = doc;
    a = pastDateline(doc, a);
    const lead = subjectLead(doc, a);
    let s = lead.at;
    for (let j = a, end = a + 7; !lead.topic && j < end && j < tokens.length && (j === a || !doc.boundary(j)); j++) {
      // وفي حديث إلى «العربي الجديد»، …: a quoted name counts as one word of the opening phrase.
      const shut = layout.closeOf.get(j);
      if (shut !== undefined) this.reads.touch(shut);
      if (shut !== undefined && shut - j < 8) { end += shut - j; j = shut; continue; }
      if (cueKind(tokens.tok(j))) break;
      if (tokens.tok(j).text === '،' || tokens.tok(j).text === ',') { s = j + 1; break; }
    }
    const limit = Math.min(tokens.length, a + 60);
    let sub = s < limit && !cueKind(tokens.tok(s)) ? this.subjectAt(s, limit) ?? this.subjectAt(s + 1, limit) : s + 1 < limit ? this.subjectAt(s + 1, limit) : undefined;
    // لكن مستشار القائد، فلان، نفى: the comma was the subject's apposition, not the end of an opening phrase.
    // …and ورفعت وكالة «…» التصنيف، مشيرة: the comma closed the main clause, whose subject follows its verb.
    const heads = (j: number) => j < limit && !layout.insideQuote(j) && (isTitle(tokens.tok(j)) || isBody(tokens.tok(j)) || doc.personAt.has(j));
    if (!sub && s > lead.at) sub = heads(lead.at) ? this.subjectAt(lead.at, limit) : heads(lead.at + 1) ? this.subjectAt(lead.at + 1, limit) : undefined;
    // في عيادة متنقلة …، تستقبل الطبيبة سارة …: a scene-setting opening; the titled person it introduces is its subject.
    // Bounded: the first two titles of the sentence's first 30 words.
    if (!sub) for (let j = a, tries = 0; j < Math.min(limit, a + 30) && !sub && tries < 2 && (j === a || !doc.boundary(j)); j++) {
      if (!isTitle(tokens.tok(j)) || layout.insideQuote(j) || cueKind(tokens.tok(j - 1) ?? tokens.tok(j)) || inAdjunct(doc, j)) continue;
      tries++;
      const t = readSubject(doc, j, limit);
      if (t?.kind === 'person') sub = t;
    }
    if (sub && this.quotedAfter(a, sub)) return undefined;
    return namesNobody(sub) ? undefined : sub;
  }

  /** The subject read lies inside a speech-long quotation that opens in the sentence: words of the quote, not its speaker. */
  private quotedAfter(a: number, sub: Subject): boolean {
    const q = this.layout.longQuoteAround(this.tokenAt(sub.start));
    return q !== undefined && q.o >= a;
  }

  /** A subject right before the verb in its clause (غير أن مصدراً مقرباً … قال، وكان الوزير قد صرّح). */
  preverbal(k: number): Subject | undefined {
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
}
