// Reads a person's name at a tagged mention (with a surname the tagger cut off) and the small word tests the subject reader shares.
import type { LinkedMention } from './linking';
import { normalizeArabic, withoutMarks } from './normalize';
import { endsSubject, headCore } from './quoteCues';
import type { SpeakerDoc, Subject } from './speakerPhrase';
import { Token } from './tokenize';

export const isPunct = (t: Token | undefined, chars: string) => !!t && t.kind === 'punct' && chars.includes(t.text);
/** Function words that start with ال but are no definite nouns (إلى، إلا، الذي، الآن). */
const NOT_NOUNS = new Set(['الي', 'الا', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللاتي', 'الان', 'اللهم']);
export const definite = (t: Token) => t.kind === 'word' && t.norm.length > 3 && /^(ال|لل|بال)|^وال../.test(t.norm) && !NOT_NOUNS.has(t.norm);
export const PREPOSITIONS = new Set(['في', 'على', 'من', 'إلى', 'عن', 'خلال', 'أمام', 'عقب', 'بعد', 'قبل', 'مع', 'عبر', 'لدى', 'حول', 'منذ', 'ضد', 'بين', 'أن', 'إن'].map(normalizeArabic));

export function slice(doc: SpeakerDoc, a: number, b: number): string {
  return doc.text.slice(doc.tokens.tok(a).start, doc.tokens.tok(b - 1).end);
}

/** Words that open a clause of time or circumstance (تبتسم الخوري حين …، وهي …): never part of a name. */
const CLAUSE_WORDS = new Set(['حين', 'حينما', 'عندما', 'لما', 'كلما', 'بينما', 'حيث', 'اذ', 'وهو', 'وهي', 'وهم'].map(normalizeArabic));

/** Stops that may follow a name: punctuation, a preposition, a complementizer or cue, a ل-word (لوكالة …). */
export function stopAt(doc: SpeakerDoc, k: number): boolean {
  const t = doc.tokens.tok(k);
  return !t || doc.boundary(k) || t.kind === 'punct' || PREPOSITIONS.has(t.norm) || endsSubject(t) || /^ل/.test(t.norm) || /^(بال|ب.+ه$)/.test(t.norm) || CLAUSE_WORDS.has(t.norm);
}

/** ردا على، تعقيبا على: an adverbial accusative before على, never a name (a one-word mention the tagger made of it). */
export const adverbialAt = (doc: SpeakerDoc, k: number) => /..ا$/.test(doc.tokens.tok(k)?.norm ?? '') && doc.tokens.tok(k + 1)?.norm === 'علي' && (doc.mentionAt.get(k)?.endToken ?? k + 1) === k + 1;

/**
 * ضاحكاً، باسماً، ساخراً، غاضباً: an accusative of the فاعلاً shape after a name tells how he spoke. Not with و third or ي fourth
 * (باولا، ماريا، خوسيه ماريا are names).
 */
export const CIRCUMSTANTIAL = /^[^ا]ا[^او][^اي]ا$/;
/**
 * ضاحكة، باسمة: the feminine فاعلة shape, only after a definite surname (الحسيني ضاحكة); after a given name it is a name
 * (شريفة صالحة, the one such pair in the NER corpora).
 */
const CIRCUMSTANTIAL_F = /^[^ا]ا[^او][^اي][ةه]$/;

/** A person mention, with a surname the tagger left out (يوسف شرفة، فاروق بوعسكر لوكالة …) when a stop follows it. */
export function personSubject(doc: SpeakerDoc, i: number, from?: number): Subject {
  const m = doc.personAt.get(i)!;
  const endTok = doc.mentionAt.get(i)?.endToken ?? i + 1;
  let end = m.end;
  // سانشيز ضاحكاً: the tagger took the accusative of how he spoke into the name.
  const last = doc.tokens.tok(endTok - 1);
  const how = endTok - i >= 2 && last.kind === 'word' && last.end === m.end &&
    (CIRCUMSTANTIAL.test(last.norm) || (CIRCUMSTANTIAL_F.test(last.norm) && definite(doc.tokens.tok(endTok - 2))));
  const next = doc.tokens.tok(endTok);
  const nameWord = (k: number) => {
    const w = doc.tokens.tok(k);
    // ردا على، تعقيبا على: an adverbial accusative, not a surname.
    return w?.kind === 'word' && !stopAt(doc, k) && !/^م..+ا$/.test(w.norm) && !(/..ا$/.test(w.norm) && doc.tokens.tok(k + 1)?.norm === 'علي') && !/^[بل].+(ها|ه|هم)$/.test(w.norm) && !/^...+(ها|هم)$/.test(w.norm) && !doc.mentionAt.has(k) &&
      (endTok === i + 1 ? !definite(w) || w.norm.endsWith('ي') : definite(w) && w.norm.endsWith('ي'));
  };
  // One or two more words, only when a stop follows them (فاتح قره خان في …), so an object is not taken; not after a
  // surname the article already wrote ending a full name (ورفع [البراك] وثيقة قال, of مسلم البراك): the name is whole.
  if (how) end = doc.tokens.tok(endTok - 2).end;
  else if (nameWord(endTok) && stopAt(doc, endTok + 1) && !(endTok === i + 1 && endsEarlierName(doc, m, i))) end = next.end;
  // ، سلوى آدم بنية،: between commas the whole slot is the name, whatever the tagger cut off.
  else if (isPunct(doc.tokens.tok(i - 1), '،,') && next?.kind === 'word' && !PREPOSITIONS.has(next.norm) && !endsSubject(next) && !doc.mentionAt.has(endTok) && isPunct(doc.tokens.tok(endTok + 1), '،,')) end = next.end;
  else if (endTok === i + 1 && nameWord(endTok) && nameWord(endTok + 1) && stopAt(doc, endTok + 2)) end = doc.tokens.tok(endTok + 1).end;
  // كمال → ك + مال: a subject takes no كـ, so a name the tagger cut after a leading ك keeps it.
  // (and فيان → ف + يان right after an apposition comma, where no conjunction stands before a name).
  const glued = m.start > doc.tokens.tok(i).start ? doc.text.slice(doc.tokens.tok(i).start, m.start) : '';
  const cut = glued === 'ك' || (glued === 'ف' && isPunct(doc.tokens.tok(i - 1), '،,'));
  const start = from ?? (cut ? doc.tokens.tok(i).start : m.start);
  return { kind: 'person', text: doc.text.slice(start, end), start, end, entityId: end === m.end && !cut ? m.entityId : undefined, via: 'name' };
}

/**
 * One-word mention m at token i is the last word of a longer mention of the same person written before it (البراك after
 * مسلم البراك): the linker found it a surname, so nothing after it belongs to the name.
 */
function endsEarlierName(doc: SpeakerDoc, m: LinkedMention, i: number): boolean {
  const word = normalizeArabic(doc.text.slice(m.start, m.end));
  const { first, byLast } = doc.longNames();
  // The answer depends on every earlier person (an edit to one can change it): read from the first (the span the memo
  // keeps), then only those whose last word is this one.
  if (first < 0 || first >= i || !doc.personAt.has(first)) return false;
  for (const k of byLast.get(word) ?? []) if (k < i && doc.personAt.get(k)?.entityId === m.entityId) return true;
  return false;
}

export function named2(doc: SpeakerDoc, [a, b]: [number, number]): Subject {
  return { kind: 'person', text: slice(doc, a, b), start: doc.tokens.tok(a).start, end: doc.tokens.tok(b - 1).end, via: 'apposition' };
}

/** Words of a title phrase for matching a later bare title (الوزير الروسي) to the person it introduced. */
export function titleWords(doc: SpeakerDoc, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) if (doc.tokens.tok(k).kind === 'word') out.push(headCore(doc.tokens.tok(k)));
  return out;
}

/** Gender of a singular head noun as written (مسؤولة → f, مسؤول → m); plurals (مصادر، مسؤولون) tell nothing. */
export function singularGender(t: Token): boolean | undefined {
  const w = withoutMarks(t.text);
  if (/ة$/.test(w)) return true;
  if (/(ون|ين|ات|اء)$/.test(w) || /^[وف]?(مصادر|أوساط|شهود|سكان)$/.test(w)) return undefined;
  return false;
}
