// Tells speech from quoted names and attributes each quotation to its speaker (cue verbs, titles, pronouns).
import { Entity, LinkedMention } from './linking';
import { normalizeArabic } from './normalize';
import { QuotePair } from './quoteMarks';
import { Token } from './tokenize';
import { NAME_HEADS, PERSON_TITLES } from './triggers';

export interface Speaker {
  text: string;
  entityId?: string;
  /** The mention the attribution points at (for brat relations). */
  start?: number;
  end?: number;
  /** The reporting word that introduced the quotation (قال، أضاف، بحسب …), if any. */
  cue?: string;
  /** How the speaker was found: named after the cue, a title resolved to a person, or a pronoun. */
  via?: 'name' | 'title' | 'pronoun' | 'organisation' | 'anonymous' | 'context' | 'annotator';
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

function forms(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Reporting verbs in the persons and participles news uses; و/ف prefixes are stripped before lookup. */
const CUES = forms(`
  قال قالت قالوا يقول تقول أضاف أضافت يضيف تضيف أوضح أوضحت يوضح توضح أكد أكدت يؤكد تؤكد صرح صرحت يصرح أشار أشارت يشير تشير
  تابع تابعت يتابع ذكر ذكرت يذكر لفت لفتت يلفت شدد شددت يشدد اعتبر اعتبرت يعتبر رأى رأت يرى وصف وصفت يصف وصفها وصفه وصفتها
  حذر حذرت يحذر أعلن أعلنت يعلن كتب كتبت يكتب نقل نقلت نقلوا ينقل قوله قولها أفاد أفادت يفيد أردف أردفت استطرد تساءل تساءلت أجاب أجابت ختم ختمت
  مشيرا مشيرة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة قائلا قائلة معتبرا معتبرة محذرا محذرة لافتا لافتة متابعا مشددا معربا
  وفق وفقا بحسب حسب لسان نقلا
`);
const RELAY = forms('نقل نقلت نقلوا ينقل نقلا');
const NO_SUBJECT = forms('أن إن بأن بأنه بأنها أنه أنها إنه إنها : إلى في على عن ب بـ لـ خلال');

function stripConj(w: string): string {
  return /^[وف]/.test(w) && w.length > 3 ? w.slice(1) : w;
}

function isCue(t: Token): boolean {
  return t.kind === 'word' && (CUES.has(t.norm) || CUES.has(stripConj(t.norm)));
}

export interface AttributionContext {
  tokens: Token[];
  /** Index of the first token at or after an offset. */
  tokenAt(offset: number): number;
  entities: Entity[];
  text: string;
}

/** Sentence boundaries the attribution search must not cross. */
function sentenceStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !['.', '!', '?', '؟'].includes(tokens[k].text)) k--;
  return k + 1;
}

/**
 * Classifies quote pairs and attributes speakers across the document. Short quoted text
 * without a reporting cue, or right after a name head (`منظمة “…”`, `تطبيق “…”`), is a
 * quoted name, not speech.
 */
export function attributeQuotations(pairs: QuotePair[], ctx: AttributionContext): Quotation[] {
  const mentions: LinkedMention[] = ctx.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const personAt = new Map<number, LinkedMention>();
  for (const m of mentions) if (m.label === 'PERSON' || m.label === 'ORGANIZATION') personAt.set(ctx.tokenAt(m.start), m);
  const { tokens } = ctx;
  const titleKey = (t: Token) => {
    const noArticle = (w: string) => (w.startsWith('ال') ? w.slice(2) : w);
    return PERSON_TITLES.has(noArticle(t.norm)) ? noArticle(t.norm) : noArticle(stripConj(t.norm));
  };
  // Title → the persons it introduced (وزير الخارجية الأمريكي أنتوني بلينكن), in document order, built once.
  const titled = new Map<string, LinkedMention[]>();
  for (const m of mentions) {
    if (m.label !== 'PERSON') continue;
    const ti = ctx.tokenAt(m.start);
    for (let k = Math.max(0, ti - 4); k < ti; k++) {
      const key = titleKey(tokens[k]);
      if (!PERSON_TITLES.has(key)) continue;
      const list = titled.get(key) ?? [];
      if (list[list.length - 1] !== m) list.push(m);
      titled.set(key, list);
    }
  }
  const titleOwner = (title: string, before: number) => {
    const list = titled.get(title) ?? [];
    let owner: LinkedMention | undefined;
    for (const m of list) { if (m.start >= before) break; owner = m; }
    return owner;
  };
  const speakerOf = (m: LinkedMention, via: Speaker['via']): Speaker => ({ text: ctx.text.slice(m.start, m.end), entityId: m.entityId, start: m.start, end: m.end, via });
  /** The subject right after a reporting verb: a name, or a title (with its name, or resolved to whom it introduced). */
  const subjectAfter = (i: number, limit: number): Speaker | undefined => {
    if (i >= limit || i >= tokens.length) return undefined;
    const m = personAt.get(i);
    if (m) return speakerOf(m, 'name');
    if (!PERSON_TITLES.has(titleKey(tokens[i]))) return undefined;
    // A title followed by a name (الرئيس الفرنسي إيمانويل ماكرون) names the speaker; alone it refers back.
    for (let j = i + 1; j < Math.min(limit, i + 7); j++) {
      const named = personAt.get(j);
      if (named?.label === 'PERSON') return speakerOf(named, 'name');
      if (tokens[j].kind === 'punct' || NO_SUBJECT.has(tokens[j].norm)) break;
    }
    const owner = titleOwner(titleKey(tokens[i]), tokens[i].start);
    return owner ? speakerOf(owner, 'title') : undefined;
  };
  /** `نقل عن X`: the agency relays X's words, so X (after عن) is the speaker. */
  const cueSubject = (k: number, limit: number): Speaker | undefined => {
    if (!RELAY.has(stripConj(tokens[k].norm))) return subjectAfter(k + 1, limit);
    for (let j = k + 1; j < Math.min(limit, k + 8); j++) if (tokens[j].norm === 'عن') return subjectAfter(j + 1, limit);
    return undefined;
  };
  /** For a verb without a subject (وأضاف: …), the subject of the nearest earlier reporting verb. */
  const previousSubject = (k: number): Speaker | undefined => {
    for (let j = k - 1; j >= Math.max(0, k - 150); j--) {
      if (!isCue(tokens[j])) continue;
      const sp = cueSubject(j, k);
      if (sp) return { ...sp, via: 'pronoun' };
    }
    return undefined;
  };
  const out: Quotation[] = [];
  let lastSpeaker: Speaker | undefined;
  for (const pair of pairs) {
    const open = ctx.tokenAt(pair.open);
    const close = ctx.tokenAt(pair.close);
    const words = tokens.slice(open + 1, close).filter((t) => t.kind === 'word').length;
    const prev = tokens[open - 1];
    const headBefore = prev && (NAME_HEADS.has(stripConj(prev.norm)) || NAME_HEADS.has(prev.norm));
    const from = sentenceStart(tokens, open);
    let cueIdx = -1;
    for (let k = open - 1; k >= Math.max(from, open - 30); k--) if (isCue(tokens[k])) { cueIdx = k; break; }
    const nearCue = cueIdx >= 0 && (open - cueIdx <= 8 || words >= 5);
    const colon = prev?.text === ':';
    let after = -1;
    for (let k = close + 1; k < Math.min(tokens.length, close + 4); k++) if (isCue(tokens[k])) { after = k; break; }
    const speech = !headBefore && words >= 1 && (nearCue || colon || after >= 0 || words >= 8) && !(words <= 1 && !nearCue && !colon);
    if (!speech) continue;
    let speaker: Speaker | undefined;
    let cue: string | undefined;
    for (let k = cueIdx; k >= from && !speaker; k--) {
      if (k < 0 || !isCue(tokens[k])) continue;
      cue ??= tokens[k].text;
      speaker = cueSubject(k, open);
    }
    if (!speaker && after >= 0 && !tokens.slice(close + 1, after).some((t) => ['.', '!', '?', '؟'].includes(t.text))) {
      speaker = cueSubject(after, tokens.length);
      if (speaker) cue = tokens[after].text;
    }
    if (!speaker && (cueIdx >= 0 || colon)) {
      // Subject stated earlier in the sentence (الوزير … ووصفها), else the previous speaker (وأضاف أن …).
      let firstCue = cueIdx >= 0 ? cueIdx : open;
      for (let k = from; k < firstCue; k++) if (isCue(tokens[k])) { firstCue = k; break; }
      for (let k = firstCue - 1; k >= from && !speaker; k--) speaker = subjectAfter(k, k + 1);
      if (!speaker && cueIdx >= 0) speaker = previousSubject(cueIdx);
      if (!speaker && lastSpeaker && cueIdx >= 0) speaker = { ...lastSpeaker, via: 'pronoun' };
    }
    if (speaker) { speaker.cue = cue; lastSpeaker = speaker; }
    const confidence = speaker ? (speaker.via === 'name' ? 0.9 : speaker.via === 'title' ? 0.8 : 0.65) : 0.5;
    out.push({ start: pair.open, end: pair.close + 1, contentStart: pair.open + 1, contentEnd: pair.close, speaker, confidence, depth: pair.depth });
  }
  return out;
}
