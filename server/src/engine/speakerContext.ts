// Discourse context for a speaker the cue does not name: connectives before a sentence's subject, the verb a
// participle hangs on, the person named before قوله, a surname linked to an earlier full mention, interview frames.
import type { TextLike } from './pieceText';
import { LinkedMention } from './linking';
import { normalizeArabic } from './normalize';
import { ANONYMOUS, COMPLEMENTIZERS, cueKind, headsAdjunct, isBody, isTitle, stripConj, TIME_WORDS } from './quoteCues';
import { personSubject } from './speakerName';
import { phraseEnd, SpeakerDoc, Subject } from './speakerPhrase';
import { Token } from './tokenize';
import { endsAsNisba } from './namePatterns';

const forms = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
/** Words that follow a first name after a title without being a surname (رئيس الحكومة فلان الجديد). */
const NOT_SURNAMES = forms('الجديد الجديدة السابق السابقة الحالي الحالية المكلف المكلفة بالوكالة بالنيابة');

/** Connectives a sentence may open with before its subject (لكن الوزير …، بينما قال …). */
const LEADS = forms('لكن ولكن بينما وبينما فيما وفيما كما');
const TOPIC = forms('أما وأما');

/**
 * Where a sentence's subject may start: after أما (the topic is the subject: أما الحارس X، …، فقال),
 * after a connective (لكن مستشار …، X، نفى), after غير أن.
 */
export function subjectLead(doc: SpeakerDoc, a: number): { at: number; topic: boolean } {
  const t = doc.tokens.tok(a);
  if (!t || t.kind !== 'word') return { at: a, topic: false };
  if (TOPIC.has(t.norm)) return { at: a + 1, topic: true };
  if (LEADS.has(t.norm)) return { at: a + 1, topic: false };
  if (/^و?غير$/.test(t.norm) && COMPLEMENTIZERS.has(doc.tokens.tok(a + 1)?.norm ?? '')) return { at: a + 2, topic: false };
  return { at: a, topic: false };
}

/** Dashes that close a wire dateline before the story's first sentence. */
const DATELINE_DASHES = new Set(['-', '–', '—']);
/** Longest dateline read (tokens): `بغداد 12 - 5 ( أ ف ب ) -`. */
const MAX_DATELINE = 10;

/**
 * Where a line's sentence starts after a dateline (`رام الله -`، `عمان ( رويترز ) -`): the place and the agency are
 * not its subject, and a subject read there took the agency, or a person named later in the sentence, for the speaker.
 * Only words, numbers and brackets, none of them a person or a title, may stand before the dash, and a sentence of
 * some words must follow it.
 */
export function pastDateline(doc: SpeakerDoc, a: number): number {
  const { tokens } = doc;
  if (a > 0 && !/\n/.test(doc.text.slice(tokens.tok(a - 1).end, tokens.tok(a).start))) return a;
  for (let j = a + 1; j < Math.min(tokens.length - 1, a + MAX_DATELINE); j++) {
    const t = tokens.tok(j);
    // `محمد علي - 45 عاماً - قال`، `الرئيس الأمريكي - الذي يزور المنطقة - قال`: a person's dashes, not a dateline's.
    if (doc.personAt.has(j - 1) || isTitle(tokens.tok(j - 1))) return a;
    // A sentence goes on after the dash (`عمان - الغد` on a line of its own is a place and an outlet, not a dateline to skip).
    const goesOn = () => { for (let e = j + 2; e <= j + 4; e++) if (e >= tokens.length || doc.boundary(e)) return false; return true; };
    if (DATELINE_DASHES.has(t.text) && tokens.tok(j + 1).kind === 'word' && tokens.tok(j - 1).kind !== 'number') return goesOn() ? agencyDashed(doc, j) + 1 : a;
    if (t.kind === 'word' ? cueKind(t) !== undefined : t.kind === 'punct' && !'()-–—'.includes(t.text)) return a;
  }
  return a;
}

/** Longest agency read between two dashes (`أ ف ب`، `د ب أ`). */
const MAX_AGENCY = 3;

/**
 * `واشنطن - رويترز - قال X`: the agency between the place's dash and a second one is the dateline's too. Returns the
 * second dash when one to three plain words (no cue, person or title) stand between and a word follows it; else `dash`.
 */
function agencyDashed(doc: SpeakerDoc, dash: number): number {
  const { tokens } = doc;
  for (let e = dash + 2; e <= dash + 1 + MAX_AGENCY && e < tokens.length - 1; e++) {
    const w = tokens.tok(e - 1);
    if (w.kind !== 'word' || cueKind(w) !== undefined || doc.personAt.has(e - 1) || isTitle(w) || doc.boundary(e - 1)) return dash;
    if (DATELINE_DASHES.has(tokens.tok(e).text)) return tokens.tok(e + 1).kind === 'word' ? e : dash;
  }
  return dash;
}

/** A finite reporting verb, bare or with an object pronoun (أكده، ذكرته). */
export function verbLike(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (cueKind(t) === 'verb') return true;
  const bare = t.norm.replace(/(هما|هم|ها|ه)$/, '');
  return bare !== t.norm && bare.length > 2 && cueKind({ ...t, norm: bare }) === 'verb';
}

const CLOSE_MARKS = '»”"›’';
const CLAUSE_OPENERS = forms('فيما وفيما بينما وبينما');

/**
 * The finite verb a participle (مضيفاً، بالقول) hangs on: the nearest one before it in the sentence
 * that is not inside a reported clause (…بأن الجمعية «…»، وهو ما أكده العضو X، مضيفاً). `skip` jumps
 * from a closing mark to its opening one, so no verb inside a quotation is taken.
 */
export function governingVerb(doc: SpeakerDoc, from: number, k: number, skip: (j: number) => number): { verb?: number; clause?: number } {
  const { tokens } = doc;
  for (let j = k - 1; j >= from; j--) {
    j = skip(j);
    // فيما اكتفى فلان بالقول، وهو ما أيده فلان: a new clause with its own subject; the verb before it is another's.
    const t = tokens.tok(j).norm;
    if (CLAUSE_OPENERS.has(t) || (t === 'حين' && tokens.tok(j - 1)?.norm === 'في') || (t === 'ما' && /^و?(هو|هي)$/.test(tokens.tok(j - 1)?.norm ?? ''))) return { clause: j + 1 };
    if (!verbLike(tokens.tok(j))) continue;
    let reported = false;
    for (let m = j - 1; m >= from; m--) {
      const u = tokens.tok(m);
      if (u.kind === 'punct' && CLOSE_MARKS.includes(u.text)) break; // a quotation closed: a new clause began after it
      if (COMPLEMENTIZERS.has(u.norm)) { reported = true; break; }
    }
    if (!reported) return { verb: j };
  }
  return {};
}

/** The person named last between an earlier cue and قوله/بقوله (وهو ما عبر عنه الأستاذ X، بقوله). */
export function personBefore(doc: SpeakerDoc, from: number, k: number, skip: (j: number) => number): Subject | undefined {
  for (let j = k - 1; j >= from; j--) {
    j = skip(j);
    if (doc.personAt.has(j)) return personSubject(doc, j);
  }
  return undefined;
}

/**
 * The normalised last word of a person mention of two words or more (null for one word), per mention
 * object: linked mentions are rebuilt each analysis, so this holds no earlier analysis alive.
 */
const lastWords = new WeakMap<LinkedMention, string | null>();
function lastWordOf(text: TextLike, m: LinkedMention): string | null {
  let w = lastWords.get(m);
  if (w === undefined) {
    const words = text.slice(m.start, m.end).split(/\s+/);
    w = words.length < 2 ? null : normalizeArabic(words[words.length - 1]);
    lastWords.set(m, w);
  }
  return w;
}

/**
 * A surname alone (وقال بري) of a person given in full earlier: a tagged name ending in it, or a
 * first name + this word after a title chain (رئيس مجلس النواب نبيه بري), whatever the tagger made of it.
 */
export function surnameLink(doc: SpeakerDoc, i: number, w: string): Subject | undefined {
  const { tokens, text } = doc;
  if (w.length < 3 || NOT_SURNAMES.has(w)) return undefined;
  // Nearest first, within 800 tokens: a tagged name ending in w, or w after a first name and a title chain.
  // A scan of that window, not a document-wide index: the index cost a pass over every token per analysis.
  const lo = Math.max(2, i - 800);
  for (let k = i - 1; k >= lo; k--) {
    const m = doc.personAt.get(k);
    if (m && m.end <= tokens.tok(i).start && lastWordOf(text, m) === w) return { ...personSubject(doc, k), via: 'name' };
    if (tokens.tok(k).kind !== 'word' || tokens.tok(k).norm !== w) continue;
    if (tokens.tok(k - 1).kind !== 'word' || stripConj(tokens.tok(k - 1).norm).startsWith('ال') || doc.boundary(k) || doc.boundary(k - 1)) continue;
    // A title right before the first name, or a long title chain before an apposition comma (وزيرة التضامن …، صورية مولوجي).
    const reach = tokens.tok(k - 2)?.text === '،' || tokens.tok(k - 2)?.text === ',' ? 14 : 5;
    for (let t = k - 2; t >= Math.max(0, k - reach) && !doc.boundary(t + 1); t--) {
      if (!isTitle(tokens.tok(t))) continue;
      // قره خان … فاتح قره خان: the later mention may repeat more than one word of the name.
      let e = k;
      while (e + 1 < i && i + e + 1 - k < tokens.length && tokens.tok(e + 1).kind === 'word' && tokens.tok(e + 1).norm === tokens.tok(i + e + 1 - k).norm) e++;
      return { kind: 'person', text: text.slice(tokens.tok(k - 1).start, tokens.tok(e).end), start: tokens.tok(k - 1).start, end: tokens.tok(e).end, via: 'name' };
    }
  }
  return undefined;
}

/** Verbs of an interview frame (سألناها، سئل عن، التقت «الصحيفة» بـ…): the one asked speaks next. */
const ASKED = /^[وف]?(سال|سالت|سالنا|سيل|سيلت|التقت|التقي|التقينا|حاورت|حاور|حاورنا)(ه|ها|هم)?$/;

export function asks(doc: SpeakerDoc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (doc.tokens.tok(j).kind === 'word' && ASKED.test(doc.tokens.tok(j).norm)) return true;
  return false;
}

/** سأله، سألتها: a question put to someone the text named before; the asker is the subject after the verb. */
const ASKED_OBJECT = /^[وف]?(سال|سالت)(ه|ها|هم)$/;
/** Verbs of the answer that follows such a question (فأجاب، فرد). */
const ANSWERS = /^[وف]?(اجاب|اجابت|رد|ردت)$/;

/** سأله مراسل القناة: «…؟»: the ask verb with an object pronoun and a subject after it, in [from, to), or -1. */
export function askedWith(doc: SpeakerDoc, from: number, to: number): number {
  for (let j = from; j < to - 1; j++) if (doc.tokens.tok(j).kind === 'word' && ASKED_OBJECT.test(doc.tokens.tok(j).norm) && doc.tokens.tok(j + 1).kind === 'word') return j;
  return -1;
}

/** فأجاب: «…» after a sentence where someone asked him: that sentence's asker is not who answers. */
export function answerPassesOver(doc: SpeakerDoc, cue: number, from: number, to: number): boolean {
  return ANSWERS.test(doc.tokens.tok(cue)?.norm ?? '') && askedWith(doc, from, to) >= 0;
}

/** Who asks on air: not titles elsewhere (an anchor is no office), but they stand before the asker's name here. */
const INTERVIEWERS = forms('المذيع المذيعة الإعلامي الإعلامية المحاور المحاورة مقدم مقدمة');

/** وعندما سألته غامبل … ضحك قائلا: an ask verb with its object pronoun and a named asker after it; the asker does not answer. */
export function askerIn(doc: SpeakerDoc, from: number, to: number): { verb: number; name: string } | undefined {
  for (let j = from; j < to - 1; j++) {
    const t = doc.tokens.tok(j);
    if (t.kind !== 'word' || !ASKED.test(t.norm) || !/[^ن](ه|ها|هم)$/.test(t.norm)) continue;
    let p = j + 1;
    while (p < j + 3 && p < to && (isTitle(doc.tokens.tok(p)) || INTERVIEWERS.has(doc.tokens.tok(p).norm)) && !doc.personAt.has(p)) p++; // سألته الصحفية فلانة
    // وسألته الصحفية فلانة: «…؟»: nothing but marks after the asker's name, so the quotation is the question itself.
    const end = doc.mentionAt.get(p)?.endToken ?? p + 1;
    let q = end;
    while (q < to && doc.tokens.tok(q).kind !== 'word') q++;
    if (doc.personAt.has(p) && q < to) return { verb: j, name: personSubject(doc, p).text };
  }
  return undefined;
}

/** Prepositions that open a phrase of place, time or occasion between a cue and its subject (في ختام الندوة). */
const PP = forms('في خلال عقب بعد قبل أمام وسط إثر على عبر لدى');

/** بحضور سمو الشيخ فلان، وسط الوزير فلان: a title a phrase of presence or occasion heads names no subject. */
export function inAdjunct(doc: SpeakerDoc, j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 3) && doc.tokens.tok(k).kind === 'word'; k--) if (headsAdjunct(doc.tokens.tok(k))) return true;
  return false;
}

/**
 * Past adjuncts between a cue and a subject that comes after them (وقال للصحفيين عقب الجلسة رئيس
 * المجلس …، وقال لـ«الشروق» خبير …): the audience, an outlet, time and occasion phrases. Moves only when a
 * speaker head (title, body, tagged name, unnamed source) follows; else returns i.
 */
export function skipAdjuncts(doc: SpeakerDoc, i: number, limit: number): number {
  const { tokens } = doc;
  let j = i;
  for (let n = 0; n < 4 && j < limit && !doc.boundary(j); n++) {
    const t = tokens.tok(j);
    if (t.kind !== 'word') break;
    if (TIME_WORDS.has(t.norm) || TIME_WORDS.has(stripConj(t.norm))) { j++; continue; }
    if ((t.norm === 'ل' || t.norm === 'لـ') && tokens.tok(j + 1)?.kind === 'punct' && '«“"'.includes(tokens.tok(j + 1).text)) {
      let c = j + 2;
      while (c < Math.min(limit, j + 8) && tokens.tok(c).kind !== 'punct') c++;
      if (c >= limit || !'»”"'.includes(tokens.tok(c).text)) break;
      j = c + 1;
      continue;
    }
    // لنظيره الأردني فلان، خلال لقائه الوزير فلان: an addressee or a noun with its own object, not an adjunct to skip.
    const plain = (k: number) => { const u = tokens.tok(k); return !!u && u.kind === 'word' && !doc.mentionAt.has(k) && !isTitle(u) && !isBody(u) && !/(ه|ها|هم|هما)[\u064B-\u0652]*$/.test(u.text); };
    // للصحفيين، للمراسلين: an audience in the plural is skipped even when its noun is a role word.
    if (/^ل./.test(t.norm) && t.norm.length > 3 && (plain(j) || (/^لل.+(ين|ات)$/.test(t.norm) && !doc.mentionAt.has(j)))) {
      j = Math.max(j + 1, phraseEnd(doc, j, limit));
      while (j < limit && tokens.tok(j).kind === 'word' && !tokens.tok(j).norm.startsWith('ال') && endsAsNisba(tokens.tok(j).norm) && !doc.mentionAt.has(j)) j++;
      continue;
    }
    if ((PP.has(t.norm) || headsAdjunct(t)) && plain(j + 1)) {
      j = Math.max(j + 2, phraseEnd(doc, j + 1, limit));
      // في مؤتمر صحفي، في تصريح إذاعي: nisba adjectives of an indefinite noun (صحفي is no speaker here).
      while (j < limit && tokens.tok(j).kind === 'word' && !tokens.tok(j).norm.startsWith('ال') && endsAsNisba(tokens.tok(j).norm) && !doc.mentionAt.has(j)) j++;
      continue;
    }
    break;
  }
  if (j === i || j >= limit) return i;
  const h = tokens.tok(j);
  // عقب لقاء الرئيس فلان: a name after a title closing the skipped phrase is that title's, not a new subject.
  if (isTitle(tokens.tok(j - 1)) || doc.personAt.has(j - 1)) return i;
  const headed = doc.personAt.has(j) || isTitle(h) || isBody(h) || ANONYMOUS.has(h.norm) || ANONYMOUS.has(h.norm.replace(/ا$/, ''));
  return headed ? j : i;
}
