// Who the document has introduced so far: resolves a bare title, a bare body or a lone surname to the full mention it refers back to.
import { LinkedMention } from './linking';
import { normalizeArabic } from './normalize';
import { GENERIC_ROLES, headCore, isBody, isTitle, ungluedCore } from './quoteCues';
import { surnameLink } from './speakerContext';
import { isPunct, personSubject, titleWords } from './speakerName';
import { phraseEnd, readSubject, SpeakerDoc, Subject } from './speakerPhrase';
import { Reads } from './quoteReads';
import type { Mutation } from './quoteState';

/** How many earlier persons a bare title (الوزير) is matched against: it refers to someone recent. */
const TITLE_LOOKBACK = 400;
/** Spokesperson heads (المتحدث، الناطقة) as titleWords() gives them. */
const SPOKESPERSON = /^(متحدث|ناطق)ه?$/;
/** How many named persons back a spokesperson named by nisba alone is looked for (a feature story names many between). */
const SPOKESPERSON_BACK = 12;

/** How many words a title in apposition after a name may have (المتحدث الرسمي باسم الهيئة العامة للسكك الحديدية). */
const APPOSITION_SPAN = 8;

/**
 * The words of a title in apposition after the person named at token i, between commas (مصطفى قناوي، المتحدث الرسمي
 * باسم الهيئة،): a later bare title (المتحدث باسم الهيئة) refers back to him as to one the title came before.
 */
function appositionTitle(doc: SpeakerDoc, i: number): string[] {
  const { tokens } = doc;
  const a = (doc.mentionAt.get(i)?.endToken ?? i + 1) + 1;
  if (!isPunct(tokens.tok(a - 1), '،,') || a >= tokens.length || !isTitle(tokens.tok(a))) return [];
  for (let j = a; j < Math.min(tokens.length, a + APPOSITION_SPAN); j++) {
    if (doc.boundary(j) || doc.personAt.has(j)) return [];
    if (tokens.tok(j).kind !== 'word') return isPunct(tokens.tok(j), '،,') && j > a ? titleWords(doc, a, j) : [];
  }
  return [];
}

export class SpeakerMemory {
  // Persons and the title words that introduced them, for resolving a later bare title.
  // (their title words are read when a look-back reaches them: most persons are never looked at)
  private titled: Array<{ m: LinkedMention; tok: number; words?: Set<string>; lo?: number; hi?: number }> | undefined;
  private readonly introduced: Array<{ sub: Subject; tok: number; words: Set<string> }> = [];
  /** Persons named without a tagged entity, by their last word (normalised), in the order they were named. */
  private readonly namedByLast = new Map<string, Subject[]>();
  /**
   * Head words per token, computed once per analysis: the look-back below reads the same tokens for every bare body.
   * By token index, only those read (a list as long as the document's tokens was 16 MB per analysis at 5 M characters).
   */
  private readonly heads = new Map<number, string>();
  private readonly unglued = new Map<number, string>();
  /** Subjects read at title tokens by untaggedOwner (null: none). */
  private readonly readAt = new Map<number, { s: Subject | null; lo: number; hi: number }>();
  /** Where what a quotation adds to the memory is written down (quoteState.ts), when its attribution may be reused. */
  log: Mutation[] | undefined;

  constructor(private readonly doc: SpeakerDoc, private readonly tokenAt: (offset: number) => number, private readonly reads = new Reads()) {}

  /** Keeps a person a title introduced without a tagged name, so a later bare title can find them. */
  remember(sub: Subject | undefined): void {
    if (sub?.kind === 'person' && sub.titleFrom !== undefined && !sub.entityId) this.replay({ k: 'introduced', s: sub, tok: this.tokenAt(sub.start), words: new Set(titleWords(this.doc, sub.titleFrom, this.tokenAt(sub.start))) });
  }

  addNamed(sub: Subject): void {
    this.replay({ k: 'named', s: sub });
  }

  /** What an earlier attribution added, added again (or added now): the memory's own changes, in order. */
  replay(m: Mutation): void {
    this.log?.push(m);
    if (m.k === 'introduced') this.introduced.push({ sub: m.s, tok: m.tok, words: m.words });
    else if (m.k === 'named') {
      const last = m.s.text.split(/\s+/).map(normalizeArabic).pop()!;
      const list = this.namedByLast.get(last);
      if (list) list.push(m.s); else this.namedByLast.set(last, [m.s]);
    }
  }

  titleOwner(sub: Subject): Subject {
    const { doc } = this;
    this.titled ??= [...doc.personAt].sort((a, b) => a[0] - b[0]).map(([tok, m]) => ({ m, tok }));
    const titled = this.titled;
    const { reads } = this;
    // The persons a look-back passes are read (their places and title words); one it reaches the first person with,
    // that none stands before them.
    const visit = (n: number) => { reads.touch(n > 0 ? titled[n].tok : 0); };
    const wordsOf = (n: number): Set<string> => {
      const x = titled[n];
      visit(n);
      if (!x.words) {
        const r = reads.span(() => {
          let k = x.tok - 1;
          while (k > 0 && x.tok - k < 24 && !doc.boundary(k + 1) && !doc.personAt.has(k)) k--;
          return new Set([...titleWords(doc, k + 1, x.tok), ...appositionTitle(doc, x.tok)]);
        });
        x.words = r.value;
        x.lo = r.lo;
        x.hi = r.hi;
      } else reads.merge(x.lo!, x.hi!);
      return x.words;
    };
    const i = this.tokenAt(sub.start);
    const [key, ...rest] = titleWords(doc, i, this.tokenAt(sub.end));
    let lo = 0, hi = titled.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (titled[mid].tok < i) lo = mid + 1; else hi = mid; }
    // Which person is the last before i.
    if (lo > 0) visit(lo - 1); else reads.touch(0);
    // A person a title introduced without a tagged name (وزير المالية، أنور المضف،) competes on position.
    for (let n = this.introduced.length - 1; n >= 0; n--) {
      const x = this.introduced[n];
      if (x.tok >= i || (lo > 0 && titled[lo - 1].tok > x.tok)) continue;
      if (x.words.has(key) && rest.every((w) => x.words.has(w))) return { ...x.sub, via: 'title' };
    }
    let owner: LinkedMention | undefined;
    for (let n = lo - 1; n >= Math.max(0, lo - TITLE_LOOKBACK) && !owner; n--) { const words = wordsOf(n); if (words.has(key) && rest.every((w) => words.has(w))) owner = titled[n].m; }
    if (!owner && lo - TITLE_LOOKBACK <= 0) reads.touch(0);
    // البطل المصري … after الرباع المصري محمد إيهاب: another role word, the same nisba.
    if (!owner && GENERIC_ROLES.has(key) && rest.length && rest.every((w) => /يه?$/.test(w))) for (let n = lo - 1; n >= Math.max(0, lo - 3) && !owner; n--) if (rest.every((w) => wordsOf(n).has(w))) owner = titled[n].m;
    // المتحدثة الأممية، المتحدث العسكري after «المتحدثة باسم الأونروا فلانة»: a spokesperson named again by the body's
    // nisba alone, which the words that introduced them need not hold.
    if (!owner && SPOKESPERSON.test(key) && rest.length && rest.every((w) => /يه?$/.test(w))) for (let n = lo - 1; n >= Math.max(0, lo - SPOKESPERSON_BACK) && !owner; n--) if (wordsOf(n).has(key)) owner = titled[n].m;
    if (owner) return { ...personSubject(doc, this.tokenAt(owner.start + 1) - 1), via: 'title' };
    return this.untaggedOwner(i, key, rest) ?? sub;
  }

  /**
   * وأشارت الوزيرة after «أعلنت وزيرة التضامن …، صورية مولوجي،»: a name the tagger missed, read again
   * from the nearest earlier title phrase with the same words.
   */
  private untaggedOwner(i: number, key: string, rest: string[]): Subject | undefined {
    const { doc } = this;
    for (let k = i - 1; k >= Math.max(0, i - TITLE_LOOKBACK); k--) {
      if (doc.tokens.tok(k).kind !== 'word' || this.headAt(k) !== key) continue;
      // The same title phrase is read again for every later bare title: remember what it named.
      let read = this.readAt.get(k);
      if (read === undefined) {
        const r = this.reads.span(() => readSubject(doc, k, Math.min(doc.tokens.length, k + 40)) ?? null);
        read = { s: r.value, lo: r.lo, hi: r.hi };
        this.readAt.set(k, read);
      } else this.reads.merge(read.lo, read.hi);
      const s = read.s;
      if (!s || s.kind !== 'person' || s.start < doc.tokens.tok(k).end) continue;
      const words = titleWords(doc, k, this.tokenAt(s.start));
      if (rest.every((w) => words.includes(w))) return { ...s, via: 'title' };
    }
    return undefined;
  }

  /** A surname alone (وأوضح القحطاني) of a name the tagger missed but a title or an earlier full name introduced. */
  surname(i: number): Subject | undefined {
    const { doc } = this;
    const { tokens } = doc;
    const w = tokens.tok(i).norm.replace(/^[وف](?=ال)/, '');
    const same = this.namedByLast.get(w);
    if (same) for (let n = same.length - 1; n >= 0; n--) if (same[n].start < tokens.tok(i).start) return { ...same[n], via: 'name' };
    // …or introduced earlier as title + first name + this word (بالحارس أنتوني ماندريا … قال ماندريا).
    if (!w.startsWith('ال') && w.length > 2) for (let k = i - 1; k >= Math.max(2, i - 800); k--) {
      if (tokens.tok(k).norm !== w || tokens.tok(k - 1).kind !== 'word' || !isTitle(tokens.tok(k - 2))) continue;
      return { kind: 'person', text: doc.text.slice(tokens.tok(k - 1).start, tokens.tok(k).end), start: tokens.tok(k - 1).start, end: tokens.tok(k).end, via: 'name' };
    }
    return surnameLink(doc, i, w);
  }

  /** A bare body (اللجنة، الوزارة، المركزي) refers back to the last full mention containing its word. */
  antecedent(i: number): Subject | undefined {
    const { doc } = this;
    const { tokens } = doc;
    const key = this.headAt(i);
    for (let k = i - 1; k >= Math.max(0, i - 800); k--) {
      // Both heads are endings of the word (clitics and ال come off the front): most words fail that test alone.
      if (tokens.tok(k).kind !== 'word' || !tokens.tok(k).norm.endsWith(key) || (this.headAt(k) !== key && this.ungluedAt(k) !== key)) continue;
      for (let h = k; h >= Math.max(0, k - 2); h--) {
        if (!isBody(tokens.tok(h)) && doc.mentionAt.get(h)?.m.label !== 'ORGANIZATION') continue;
        const end = phraseEnd(doc, h, tokens.length);
        // لمنظمة «…» → منظمة «…»: the glued preposition is not part of the name.
        const from = tokens.tok(h).start + (ungluedCore(tokens.tok(h)) !== headCore(tokens.tok(h)) && /^[لب]/.test(tokens.tok(h).text) ? 1 : 0);
        if (end > k && end - h >= 2) return { kind: 'body', text: doc.text.slice(from, tokens.tok(end - 1).end), start: from, end: tokens.tok(end - 1).end, entityId: doc.mentionAt.get(h)?.m.entityId, via: 'organisation' };
      }
    }
    return undefined;
  }

  private headAt(k: number): string {
    this.reads.touch(k);
    let h = this.heads.get(k);
    if (h === undefined) { h = headCore(this.doc.tokens.tok(k)); this.heads.set(k, h); }
    return h;
  }

  private ungluedAt(k: number): string {
    this.reads.touch(k);
    let u = this.unglued.get(k);
    if (u === undefined) { u = ungluedCore(this.doc.tokens.tok(k)); this.unglued.set(k, u); }
    return u;
  }
}
