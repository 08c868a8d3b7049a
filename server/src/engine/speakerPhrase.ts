// Reads the subject phrase at a position: a name after a title chain, a body, an anonymous source or a bare title.
import type { TextLike } from './pieceText';
import type { TokenLookup } from './tokenMap';
import { LinkedMention } from './linking';
import { ANONYMOUS, cueGender, cueKind, DOCUMENTS, endsSubject, headCore, headsAdjunct, isBody, isTitle, stripConj, ungluedCore } from './quoteCues';
import { CIRCUMSTANTIAL, definite, isPunct, named2, personSubject, PREPOSITIONS, singularGender, slice, stopAt } from './speakerName';
import { Token } from './tokenize';
import type { TokenList } from './tokenView';
import { endsAsNisba } from './namePatterns';
import { holderAfterGenitive, nameAfterTitle, quotedNameEnd, scanChain } from './speakerTitleChain';
import { isHonorific, isHonorificPronoun } from './officialAnaphor';

export type SubjectKind = 'person' | 'body' | 'anonymous' | 'title';

export interface Subject {
  kind: SubjectKind;
  text: string;
  start: number;
  end: number;
  entityId?: string;
  /** How it was named: a tagged name, a name read from apposition, a title resolved to a person, a title alone. */
  via: 'name' | 'apposition' | 'title' | 'bare-title' | 'organisation' | 'anonymous';
  /** Token where the title that introduced this person starts (for resolving a later bare title). */
  titleFrom?: number;
  /** Grammatical gender the phrase shows (a feminine title or body noun), when it shows one. */
  fem?: boolean;
}

/** The document the reader walks: tokens, mentions by token, and boundaries. */
export interface SpeakerDoc {
  tokens: TokenList;
  text: TextLike;
  personAt: TokenLookup<LinkedMention>;
  /** Any entity mention starting at a token, and the token it ends before. */
  mentionAt: TokenLookup<{ m: LinkedMention; endToken: number }>;
  /** True when token i starts a sentence or paragraph. */
  boundary(i: number): boolean;
  /** Persons of two words or more by their last word (normalised), and the first person's token: read without tracking. */
  longNames(): LongNames;
}

export interface LongNames {
  first: number;
  byLast: Map<string, number[]>;
}

const TITLE_SPAN = 24;
const nisba = (t: Token) => definite(t) && /(ي|يه|يين|يون)$/.test(t.norm);
/** Masculine adjectives that are not nisba forms (الأمين العام، الهلال الأحمر). */
const ADJECTIVES = new Set(['العام', 'الاعلي', 'الاول', 'الاسبق', 'السابق', 'الجديد', 'الدايم', 'المستقل', 'الاحمر', 'المساعد', 'المشترك', 'الخاص', 'الاكبر']);

/**
 * Where the noun phrase headed at i ends (وزارة الخارجية، البنك المركزي الأردني، منظمة «أنا يقظ»،
 * بعثة الأمم المتحدة للدعم في ليبيا، المتحدث باسم الجيش الإسرائيلي). An indefinite head takes a
 * genitive; after that only adjectives that agree (nisba, or feminine after a feminine head), so
 * an object is not swallowed (وحثت البعثة الأطراف، ووصف الوزير الوضع).
 */
export function phraseEnd(doc: SpeakerDoc, i: number, limit: number): number {
  const { tokens } = doc;
  const ent = doc.mentionAt.get(i);
  // An adjective may agree with the head or with its genitive (ممثل النيابة العامة، هيئة الدفاع المستقلة).
  let fem = /(ه|ات)$/.test(headCore(tokens.tok(i))); // قوات … المؤقتة: plurals in ات take feminine adjectives
  let construct = !definite(tokens.tok(i));
  const isDoc = DOCUMENTS.has(headCore(tokens.tok(i)));
  let j = ent && ent.m.label !== 'PERSON' ? Math.max(i + 1, ent.endToken) : i + 1;
  if (j > i + 1) construct = false;
  while (j < limit && j - i < 12 && !doc.boundary(j)) {
    const t = tokens.tok(j);
    const m = doc.mentionAt.get(j);
    const q = quotedNameEnd(doc, j, limit);
    if (m && m.m.label !== 'PERSON' && construct) { j = m.endToken; construct = false; continue; }
    if (q > 0 && (construct || j === i + 1 && !definite(tokens.tok(i)))) { j = q; construct = false; continue; }
    if (t.kind !== 'word' || endsSubject(t) || doc.personAt.has(j)) break;
    if (isDoc && /^صادر/.test(t.norm) && tokens.tok(j + 1)?.norm === 'عن') { j += 2; construct = true; continue; }
    if (t.norm === 'بلا' && j + 1 < limit) { j += 2; construct = false; continue; }
    if (t.norm === 'في' && doc.mentionAt.get(j + 1)?.m.label === 'LOCATION') { j = doc.mentionAt.get(j + 1)!.endToken; construct = false; continue; }
    if (t.norm === 'باسم' || t.norm === 'لدي') { j++; construct = true; continue; }
    // ل-complements (للدعم، لإغاثة اللاجئين) belong to the name, except right after a definite head (الوزارة للصحافيين).
    if (t.norm.startsWith('ل') && t.norm.length > 2 && (construct || j > i + 1)) { j++; construct = !t.norm.startsWith('لل'); continue; }
    if (construct && definite(t)) { fem ||= t.norm.endsWith('ه'); j++; construct = false; continue; }
    // اتحاد نقابات عمال النفط: a chain of indefinite nouns in construct that a definite word closes.
    if (construct && !PREPOSITIONS.has(t.norm)) {
      let k = j;
      while (k < limit && k - j < 3 && tokens.tok(k).kind === 'word' && !definite(tokens.tok(k)) && !PREPOSITIONS.has(tokens.tok(k).norm) && !endsSubject(tokens.tok(k)) && !/^[لب]/.test(tokens.tok(k).norm)) k++;
      if (k > j && k < limit && (definite(tokens.tok(k)) || doc.mentionAt.has(k)) && !doc.personAt.has(k)) { j = k; continue; }
    }
    // للأشخاص المعوقين، للعمال المهاجرين: a plural adjective of the ل-complement before it.
    if (definite(t) && /(ين|ون)$/.test(t.norm) && /^لل/.test(tokens.tok(j - 1).norm)) { j++; continue; }
    // (an adjective takes no preposition: الوزير للصحفيين is the audience)
    if (definite(t) && !/^(لل|بال)/.test(t.norm) && (nisba(t) || (fem && t.norm.endsWith('ه')) || ADJECTIVES.has(stripConj(t.norm)) || (t.norm.startsWith('وال') && j > i + 1))) { j++; continue; }
    // منظمات إغاثية، دول نامية: an indefinite head takes an indefinite nisba adjective.
    if (j === i + 1 && !definite(tokens.tok(i)) && !definite(t) && t.norm.length > 3 && endsAsNisba(t.norm) && !PREPOSITIONS.has(t.norm) && !isTitle(t) && !endsSubject(t)) { j++; construct = false; continue; }
    break;
  }
  return j;
}

/** Reads the subject phrase that starts at token i (after skipping marks, brackets and commas). */
export function readSubject(doc: SpeakerDoc, start: number, limit: number): Subject | undefined {
  const { tokens } = doc;
  let i = start;
  // A name in quotation marks right after the cue (وقال «أبو عبيدة»، واعتبرت «جبهة الخلاص» …).
  const q = quotedNameEnd(doc, i, limit);
  if (q > 0) {
    const body = isBody(tokens.tok(i + 1));
    return { kind: body ? 'body' : 'person', text: slice(doc, i + 1, q - 1), start: tokens.tok(i + 1).start, end: tokens.tok(q - 2).end, via: body ? 'organisation' : 'name' };
  }
  while (i < limit && tokens.tok(i).kind === 'punct' && !':.!?؟'.includes(tokens.tok(i).text) && !doc.boundary(i)) i++;
  // وقال سموه: the subject is the person spoken of before (a zero subject), whatever the tagger read.
  if (i >= limit || tokens.tok(i).kind !== 'word' || headsAdjunct(tokens.tok(i)) || isHonorificPronoun(tokens.tok(i))) return undefined;
  const t = tokens.tok(i);
  // قال للمحكمة: right after a verb, a noun with a glued preposition is its addressee, not its subject (وفقاً لمحللة … is).
  if (/^(لل|ل|ب)/.test(t.norm) && ungluedCore(t) !== headCore(t) && !doc.personAt.has(i) && i > 0 && cueKind(tokens.tok(i - 1)) === 'verb') return undefined;
  // قال علي ناصر: علي is written like the preposition على, but a name follows it right after the verb.
  if (t.norm === 'علي' && doc.personAt.has(i + 1) && i > 0 && cueKind(tokens.tok(i - 1)) === 'verb' && doc.mentionAt.get(i + 1)!.endToken <= i + 3) return personSubject(doc, i + 1, t.start);
  // قالت معالي [عهود] [بنت خلفان الرومي]: an honorific the tagger made a name is the name's title.
  if (isHonorific(t) && doc.mentionAt.get(i)?.endToken === i + 1) for (let k = i + 1; k <= i + 2; k++) if (doc.personAt.has(k) && !stopAt(doc, i + 1)) return personSubject(doc, k, tokens.tok(i + 1).start);
  // أضاف ضاحكاً: a one-word "name" of the فاعلاً shape right after a masculine cue is how the zero subject spoke (after
  // قالت it would be ضاحكة: وقالت كارلا is a name).
  if (doc.mentionAt.get(i)?.endToken === i + 1 && CIRCUMSTANTIAL.test(t.norm) && i > 0 && cueKind(tokens.tok(i - 1)) === 'verb' && cueGender(tokens.tok(i - 1)) === 'm') return undefined;
  if (doc.personAt.has(i) && !possessiveTitle(doc, i)) {
    // بلخياط → ب + لخياط: no subject takes ب, so the letter the tagger split off is the name's own.
    const m = doc.personAt.get(i)!;
    return personSubject(doc, i, m.start > t.start && doc.text.slice(t.start, m.start) === 'ب' ? t.start : undefined);
  }
  const c = headCore(t);
  const bare = t.norm.length > 3 ? t.norm.replace(/ا$/, '') : t.norm; // مصدراً, accusative after أن
  if (ANONYMOUS.has(t.norm) || ANONYMOUS.has(stripConj(t.norm)) || ANONYMOUS.has(bare) || (ANONYMOUS.has(c) && !isTitle(t) && !isBody(t))) {
    // المواطن أحمد الزين، الطالبة السودانية مريم خليل: a definite role noun with a name right after it (in apposition)
    // is that named bystander, not an unnamed one (the NER corpora: 8 of 8 such names stand for the noun).
    if (/^[وف]?ال/.test(t.norm)) {
      let j = i + 1;
      while (j < Math.min(limit, i + 3) && nisba(tokens.tok(j)) && !doc.personAt.has(j)) j++;
      if (j < limit && doc.personAt.has(j) && !doc.boundary(j) && !possessiveTitle(doc, j)) return { ...personSubject(doc, j), fem: singularGender(t) };
      const kunya = j === i + 1 ? kunyaAt(doc, j, limit) : undefined;
      if (kunya) return { ...kunya, fem: singularGender(t) };
    }
    // …unless the text names them after all (مسافر عالق في المحطة، يدعى جان،).
    for (let j = i + 1; j < Math.min(limit - 1, i + 10) && !doc.boundary(j); j++) {
      if (!/^و?(يدعي|تدعي|اسمه|اسمها)$/.test(tokens.tok(j).norm)) continue;
      let e = j + 1;
      while (e < Math.min(limit, j + 4) && tokens.tok(e).kind === 'word' && !stopAt(doc, e)) e++;
      if (e > j + 1) return { kind: 'person', text: slice(doc, j + 1, e), start: tokens.tok(j + 1).start, end: tokens.tok(e - 1).end, via: 'name' };
    }
    // …or gives their name in apposition (أحد أعيان المنطقة، الحاج فلان،).
    for (let j = i + 1; j < Math.min(limit - 1, i + 10) && !doc.boundary(j) && !(tokens.tok(j).kind === 'word' && endsSubject(tokens.tok(j))); j++) {
      if (!isPunct(tokens.tok(j), '،,')) continue;
      let a = j + 1;
      while (a < Math.min(limit, j + 3) && (isTitle(tokens.tok(a)) || definite(tokens.tok(a))) && !doc.personAt.has(a)) a++;
      if (doc.personAt.has(a)) return personSubject(doc, a);
      break;
    }
    return { kind: 'anonymous', text: t.text, start: t.start, end: t.end, via: 'anonymous', fem: singularGender(t) };
  }
  // بيان لوزارة المالية، تقرير للبنك الدولي: the body that issued the document speaks.
  const u = tokens.tok(i + 1);
  if (DOCUMENTS.has(headCore(t)) && u && i + 1 < limit && /^ل/.test(u.norm) && isBody(u) && ungluedCore(u) !== headCore(u)) {
    const end = phraseEnd(doc, i + 1, limit);
    const from = u.start + (/^لل/.test(u.norm) ? 2 : 1);
    return { kind: 'body', text: (/^لل/.test(u.norm) ? 'ال' : '') + doc.text.slice(from, tokens.tok(end - 1).end), start: from, end: tokens.tok(end - 1).end, via: 'organisation' };
  }
  const ent = doc.mentionAt.get(i);
  if ((ent && ent.m.label === 'ORGANIZATION') || (isBody(t) && !isTitle(t))) {
    const end = phraseEnd(doc, i, limit);
    return { kind: 'body', text: slice(doc, i, end), start: t.start, end: tokens.tok(end - 1).end, entityId: ent?.m.entityId, via: 'organisation', fem: headCore(t).endsWith('ه') };
  }
  if (!isTitle(t)) {
    // عقاريون، مصرفيون، محللون اقتصاديون: an indefinite plural of a nisba noun is an unnamed group.
    if (!definite(t) && /^[وف]?..+ي(ون|ين)$/.test(t.norm) && !/^[لب]/.test(t.norm)) return { kind: 'anonymous', text: t.text, start: t.start, end: t.end, via: 'anonymous' };
    // نواب كويتيون، دبلوماسيون غربيون: an indefinite plural with an indefinite nisba adjective is an unnamed group.
    if (!definite(t) && u && i + 1 < limit && u.kind === 'word' && !definite(u) && /^..+ي(ون|ين)$/.test(u.norm) && !doc.personAt.has(i)) return { kind: 'anonymous', text: slice(doc, i, i + 2), start: t.start, end: u.end, via: 'anonymous' };
    // An unlisted role before the name (الدولي المغربي أنس الزياني، العداء المغربي …): a few definite words.
    for (let j = i; j < Math.min(limit, i + 4) && definite(tokens.tok(j)); j++) {
      if (doc.personAt.has(j + 1)) return personSubject(doc, j + 1);
      const kunya = /^[وف]?ال/.test(tokens.tok(j).norm) ? kunyaAt(doc, j + 1, limit) : undefined;
      if (kunya) return { ...kunya, fem: singularGender(tokens.tok(i)) };
    }
    // An unlisted role noun with the name in apposition (مراقب التنبؤات في الإدارة، عبد العزيز القراوي،).
    if (PREPOSITIONS.has(t.norm) || /^[لب]/.test(t.norm) || definite(t) || t.norm.length < 3) return undefined;
    const chain = scanChain(doc, i, limit, 12);
    return chain && chain.kind !== 'title' ? chain : undefined;
  }
  const withTitle = (x: Subject): Subject => (x.kind === 'person' ? { ...x, titleFrom: i, fem: headCore(t).replace(/(هما|هم|ها)$/, '').endsWith('ه') } : x);
  const topic = /^و?اما$/.test(tokens.tok(i - 1)?.norm ?? '');
  // A name right after the title phrase, tagged or not (الروائية الأردنية سميحة خريس بجائزة …).
  const e0 = phraseEnd(doc, i, limit);
  // مدرب الترجي، فلان،: a one-word definite "name" after a title is its genitive (a club the tagger took
  // for a person) when a tagged name follows in apposition.
  if (doc.personAt.has(e0) && definite(tokens.tok(e0)) && doc.mentionAt.get(e0)?.endToken === e0 + 1 && isPunct(tokens.tok(e0 + 1), '،,') && doc.personAt.has(e0 + 2)) return withTitle(personSubject(doc, e0 + 2));
  const held = holderAfterGenitive(doc, e0, limit);
  if (held !== undefined) return withTitle(personSubject(doc, held));
  if (doc.personAt.has(e0)) return withTitle(personSubject(doc, e0));
  // النائب عن الإطار علي تركي: علي (written like على) starts the name a tagged surname ends.
  if (tokens.tok(e0)?.norm === 'علي' && doc.personAt.has(e0 + 1)) return withTitle(personSubject(doc, e0 + 1, tokens.tok(e0).start));
  // An untagged name right after it beats a tagged one further on (…سميحة خريس بجائزة «…» عن روايتها «بابنوس»).
  const near = isTitle(tokens.tok(e0) ?? t) || /^و/.test(tokens.tok(e0)?.norm ?? '') ? undefined : nameAfterTitle(doc, e0, limit, topic);
  if (near && near[1] - near[0] >= 2 && stopAt(doc, near[1])) return withTitle(named2(doc, near));
  const chain = scanChain(doc, i, limit, TITLE_SPAN);
  if (chain) return withTitle(chain);
  // No tagged name: one right after the title phrase, else the title itself (المتحدث باسم الجيش الإسرائيلي).
  let e = e0;
  const first = isTitle(tokens.tok(e0) ?? t) ? undefined : nameAfterTitle(doc, e0, limit, topic);
  if (first && first[1] - first[0] >= 2 && stopAt(doc, first[1])) return withTitle(named2(doc, first));
  while (e < limit && isTitle(tokens.tok(e))) e = phraseEnd(doc, e, limit);
  const n = nameAfterTitle(doc, e, limit, topic);
  if (n) return withTitle(named2(doc, n));
  // عضو في الجمعية، وزير سابق: an indefinite role with no name is an unnamed source, not the last minister.
  if (!definite(t) && e0 === i + 1 && !isBody(t) && !/^[وف]?(ال|لل|ل|ب)/.test(t.norm) && !/(ه|ها|هم|هما)[\u064B-\u0652]*$/.test(t.text)) return { kind: 'anonymous', text: slice(doc, i, e), start: t.start, end: tokens.tok(e - 1).end, via: 'anonymous', fem: singularGender(t) };
  return { kind: 'title', text: slice(doc, i, e), start: t.start, end: tokens.tok(e - 1).end, via: 'bare-title' };
}

/** The particle of a kunya (أم عمر، أبو سالم). */
const KUNYA = /^(ام|ابو|ابي|ابا)$/;

/** المزارعة أم عمر، المربي أبو سالم: a kunya the tagger left untagged, after a role noun, is the person's name (أم لخمسة أبناء is not). */
function kunyaAt(doc: SpeakerDoc, j: number, limit: number): Subject | undefined {
  const { tokens } = doc;
  const k = tokens.tok(j), n = tokens.tok(j + 1);
  if (j + 1 >= limit || !k || !n || !KUNYA.test(k.norm) || n.kind !== 'word' || doc.boundary(j) || doc.boundary(j + 1)) return undefined;
  if (/^[لبك]/.test(n.norm) || PREPOSITIONS.has(n.norm) || endsSubject(n) || isTitle(n) || isBody(n)) return undefined;
  // الحكومة أم المعارضة: أم before a definite noun is "or" (the corpora's counter-examples); أبو الفضل is still a kunya.
  if (k.norm === 'ام' && definite(n)) return undefined;
  return { kind: 'person', text: slice(doc, j, j + 2), start: k.start, end: n.end, via: 'name' };
}

/**
 * أمينه العام، الأمينة العامة: a title (with a possessive pronoun, by its written ه, or with ال) the
 * tagger took for a one-word name (أمينة).
 */
function possessiveTitle(doc: SpeakerDoc, i: number): boolean {
  const t = doc.tokens.tok(i);
  return doc.mentionAt.get(i)?.endToken === i + 1 && isTitle(t) && (/(ه|ها|هم|هما)[\u064B-\u0652]*$/.test(t.text) || /^[وف]?ال/.test(t.norm));
}
