// Reads title chains for the name they introduce: the name right after a title, in apposition, or in the holder slot after a genitive.
import { endsSubject, headsAdjunct, isBody, isTitle, stripConj } from './quoteCues';
import { adverbialAt, CIRCUMSTANTIAL, definite, isPunct, named2, personSubject, PREPOSITIONS, slice } from './speakerName';
import type { SpeakerDoc, Subject } from './speakerPhrase';
import { NAME_PARTICLES } from './triggers';

const OPEN_MARKS = '«“"‹‘”';

/** A quoted name right here (`«النهار»`): returns the index after its closing mark. */
export function quotedNameEnd(doc: SpeakerDoc, i: number, limit: number): number {
  if (!isPunct(doc.tokens.tok(i), OPEN_MARKS)) return -1;
  for (let j = i + 1; j < Math.min(limit, i + 7); j++) if (doc.tokens.tok(j).kind === 'punct') return /[»”"›’“]/.test(doc.tokens.tok(j).text) && j > i + 1 ? j + 1 : -1;
  return -1;
}

/** A word in [from, to) before any mark starts with ف: the comment on a topic opens there. */
function commentAfter(doc: SpeakerDoc, from: number, to: number): boolean {
  for (let k = from; k < to && doc.tokens.tok(k).kind === 'word'; k++) if (/^ف/.test(doc.tokens.tok(k).norm)) return true;
  return false;
}

/** A name the tagger missed right after a title phrase (الناقد السينمائي كمال الشابي): 1–4 words. */
export function nameAfterTitle(doc: SpeakerDoc, e: number, limit: number, topic = false): [number, number] | undefined {
  const { tokens } = doc;
  // أما رئيس الحكومة فاكتفى (`topic`: the title follows أما): the ف opens the comment on it, a verb and never the name,
  // unless a later ف-word does (أما مدرب الوحدات فراس الطويل فقال).
  if (topic && e < limit && /^ف/.test(tokens.tok(e).norm) && !commentAfter(doc, e + 1, Math.min(tokens.length, e + 4))) return undefined;
  // مدير شركة مقاولات محلية: a body's head starts a genitive, never a name.
  if (e < limit && isBody(tokens.tok(e))) return undefined;
  let b = e;
  while (b < limit && b - e < 4 && !doc.boundary(b)) {
    const t = tokens.tok(b);
    if (t.kind !== 'word' || endsSubject(t) || PREPOSITIONS.has(t.norm) || adverbialAt(doc, b) || (/^(لل|ل|ب)/.test(t.norm) && (b === e || /^(بال|لل|ل)|ه$/.test(t.norm)))) break;
    // وتدخل رئيس الجلسة طالبا منها: a فاعلاً accusative right after the title is how its holder acted, not his name.
    if (b === e && CIRCUMSTANTIAL.test(t.norm)) break;
    if (definite(t) && (b === e || (b - e >= 2 && !NAME_PARTICLES.has(tokens.tok(b - 1).norm) && !t.norm.endsWith('ي')))) break;
    b++;
  }
  return b > e ? [e, b] : undefined;
}

/** A pronoun opening a clause in apposition (وهو، وهي، وهم). */
const CLAUSE_PRONOUN = /^و?(هو|هي|هم|هما|هن)$/;

/** The name in an apposition slot after a title chain (`، الدكتور سالم بن راشد المري،`), titles stripped. */
function appositionName(doc: SpeakerDoc, from: number, to: number): [number, number] | undefined {
  let a = from;
  // ، وسط تصفيق النواب، / ، أمام الصحفيين،: an adjunct between commas, not a name in apposition.
  if (headsAdjunct(doc.tokens.tok(a)) || PREPOSITIONS.has(doc.tokens.tok(a)?.norm ?? '')) return undefined;
  // ، وهي أرملة تعيل ستة أبناء،: a clause about the person, opened by its pronoun, names no one.
  if (CLAUSE_PRONOUN.test(doc.tokens.tok(a)?.norm ?? '')) return undefined;
  while (a < to && (isTitle(doc.tokens.tok(a)) || definite(doc.tokens.tok(a)))) a++;
  let b = a;
  while (b < to && doc.tokens.tok(b).kind === 'word' && b - a < 5 && !PREPOSITIONS.has(doc.tokens.tok(b).norm) && !endsSubject(doc.tokens.tok(b))) b++;
  return b > a && b === to ? [a, b] : undefined;
}

/**
 * رئيس وفد الجيش، الفريق أول ركن فلان / المتحدث باسم قوات التحالف، العقيد فلان: a name in the title's genitive
 * slot (a body the tagger took for a person, or the person the role serves) is not who holds the title; the name
 * in apposition after the comma, behind its ranks, is. Returns that name's token.
 */
export function holderAfterGenitive(doc: SpeakerDoc, e0: number, limit: number): number | undefined {
  const { tokens } = doc;
  const prev = tokens.tok(e0 - 1);
  if (!doc.personAt.has(e0) || !prev || !(prev.norm === 'باسم' || (isTitle(prev) && !definite(prev)))) return undefined;
  const comma = doc.mentionAt.get(e0)!.endToken;
  if (!isPunct(tokens.tok(comma), '،,') || doc.boundary(comma)) return undefined;
  for (let k = comma + 1; k < Math.min(limit, comma + 5) && !doc.boundary(k); k++) {
    if (doc.personAt.has(k)) return k;
    const u = tokens.tok(k);
    // Only a rank in apposition (الفريق، العقيد الركن): ووزير … after the comma is a second person.
    if (!(u.kind === 'word' && /^ال/.test(u.norm) && isTitle(u)) && !RANK_WORDS.has(u.norm)) return undefined;
  }
  return undefined;
}
/** Words of a military rank after its title word (الفريق أول ركن، العقيد الركن). */
const RANK_WORDS = new Set(['اول', 'ركن', 'الركن', 'اركان', 'بحري', 'طيار', 'متقاعد']);

/** اسمه، هويتها after ذكر/نشر/الكشف عن: a name the source withheld. */
const OWN_NAME = /^(اسمه|اسمها|هويته|هويتها)$/;
const WITHHOLDING = /^(ذكر|نشر|كشف|الكشف|الافصاح|عدم)$/;
const WITHHELD = /^(طلب|طلبت|فضل|فضلت|رفض|رفضت|مشترطا|مشترطه|اشترط|اشترطت|طالبا|مفضلا)$/;

/**
 * A title chain: the first name before the clause starts (long chains, commas, quoted names,
 * brackets); a speaker who asked not to be named (، طلب عدم ذكر اسمه،) is anonymous.
 */
export function scanChain(doc: SpeakerDoc, i: number, limit: number, span: number): Subject | undefined {
  const { tokens } = doc;
  let lastComma = -1;
  let j = i + 1;
  for (; j < Math.min(limit, i + span) && !doc.boundary(j); j++) {
    const q = quotedNameEnd(doc, j, limit);
    if (q > 0) { j = q - 1; continue; } // مدرب «الخضر»: a quoted name inside the title is no speaker
    const u = tokens.tok(j);
    // ، رفض ذكر اسمه، / تحدث شريطة عدم نشر اسمه: whatever the verb, a withheld name makes the source unnamed.
    if (WITHHOLDING.test(u.norm) && (OWN_NAME.test(tokens.tok(j + 1)?.norm ?? '') || (tokens.tok(j + 1)?.norm === 'عن' && OWN_NAME.test(tokens.tok(j + 2)?.norm ?? '')))) {
      const e = lastComma > i ? lastComma : Math.max(i + 1, j - 1);
      return { kind: 'anonymous', text: slice(doc, i, e), start: tokens.tok(i).start, end: tokens.tok(e - 1).end, via: 'anonymous' };
    }
    const named = doc.personAt.get(j);
    if (named) {
      // A subject takes no preposition: a ل/ب the tagger split off (لـيلى → ل+يلى) belongs to the name.
      return personSubject(doc, j, named.start > u.start && /^[لب]$/.test(doc.text.slice(u.start, named.start)) ? u.start : undefined);
    }
    if (u.kind === 'punct' && ':.!?؟'.includes(u.text)) break;
    if (u.kind === 'word' && endsSubject(u)) break;
    if (u.norm === 'عدم' && WITHHELD.test(stripConj(tokens.tok(j - 1).norm))) return { kind: 'anonymous', text: slice(doc, i, j - 1), start: tokens.tok(i).start, end: tokens.tok(j - 2).end, via: 'anonymous' };
    if (isPunct(u, '،,')) {
      if (lastComma >= 0) { const n = appositionName(doc, lastComma + 1, j); if (n) return named2(doc, n); }
      lastComma = j;
    }
  }
  // Run out of span mid-phrase (…، قبيل منتصف الليل، وقرأ | على الحشود): the words after the last comma were cut, not closed, so they name no one.
  const cut = j === i + span && j < limit && !doc.boundary(j);
  if (lastComma >= 0 && !cut) { const n = appositionName(doc, lastComma + 1, j); if (n) return named2(doc, n); }
  return undefined;
}
