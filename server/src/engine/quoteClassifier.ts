// Tells a quotation of speech from quoted names, titles, terms and headings, from the words around the marks.
import { COMPLEMENTIZERS, cueKind, QUOTE_PREPS, isNameHead } from './quoteCues';

/** لكنه «…», لكن الفريق «…»: a clause the cue still governs, like one after أن. */
const opensClause = (norm: string) => COMPLEMENTIZERS.has(norm) || /^و?لكن(ه|ها|هم|نا|ني)?$/.test(norm);
import type { TokenList } from './tokenView';
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const WHILE = /^و?(فيما|بينما)$/;

export interface PairContext {
  tokens: TokenList;
  /** Token of the opening and closing mark. */
  open: number;
  close: number;
  /** Words inside the marks. */
  words: number;
  /** Nearest governing cue before the quotation in its sentence, or -1. */
  cueBefore: number;
  /** A cue (or هكذا …) right after the closing mark. */
  cueAfter: boolean;
  /** The quotation opens its sentence or paragraph. */
  startsSentence: boolean;
  /** Closing-mark tokens of pairs already judged not to be speech. */
  names: Set<number>;
  /** The quotation is a whole paragraph of its own, not announced by a line ending with a colon. */
  headingLine: boolean;
  /** The marks follow a dash that opens the paragraph: a question or answer of an interview. */
  dialogue?: boolean;
  /** First token of the quotation's sentence. */
  sentence?: number;
}

/** Banners, slogans and chants (لافتة، شعار، هتف أنصار …): what they carry is quoted, not said. */
const BANNERS = /^[وف]?(ال)?(لافته|لافتات|يافطه|يافطات|شعار|شعارات|هتاف|هتافات)$|^[وف]?(هتف|هتفوا|هتفت|يهتف|يهتفون|هاتفين|ردد|رددوا|يرددون)$/;

/**
 * A banner or chant introduces the marks and no reporting cue of a speaker does (رفعوا لافتة ضخمة: «…»،
 * لافتات تقول «…»، الشعار الذي رفعوه كان واضحا: «…»). A cue anywhere before (وقال أحدهم رافعا لافتة:) keeps it speech.
 */
function bannerText(p: PairContext): boolean {
  if (p.sentence === undefined) return false;
  let banner = false;
  for (let k = p.open - 1; k >= p.sentence && p.open - k < 40; k--) {
    const t = p.tokens.tok(k);
    if (t.kind !== 'word') continue;
    if (WHILE.test(t.norm)) break; // …، فيما رفع أنصاره لافتات: a new clause, the cue before it is another's
    if (BANNERS.test(t.norm)) banner = true;
    else if (cueKind(t) && !BANNERS.test(p.tokens.tok(k - 1)?.norm ?? '')) return false;
  }
  return banner;
}

/** A post or message on a platform (في منشور على «…»، في تغريدة عبر «…»). */
const POSTS = /^[وب]?(منشور|تدوينه|تغريده|رساله|مقطع|فيديو|بث)$/;

/** Words a reported clause's subject and predicate may hold before a partial quotation. */
const SUBJECT_WORDS = 12;

/** Within this many words of the complementizer, the old reach: any word may stand before the marks. */
const NEAR_SUBJECT = 5;
const PARTICLES = new Set(['مع', 'من', 'الي', 'عن', 'علي', 'في', 'ب', 'لدي', 'عند', 'ضد', 'بين', 'حول', 'نحو', 'عبر', 'مثل', 'و']);

/** The opening mark of the quoted name closed at `close`, no further back than `floor`, or -1. */
function openingMark(tokens: TokenList, close: number, floor: number): number {
  for (let k = close - 1; k > floor && close - k <= 8; k--) {
    const t = tokens.tok(k);
    if (t.kind === 'punct' && /[«“"]/.test(t.text)) return k;
    if (t.kind === 'punct') return -1;
  }
  return -1;
}

/** ف and a particle or pronoun (فلا، فهذا، فنحن): a clause's first word, never a name's. */
const FA_CLAUSE = /^ف(لا|لن|لم|قد|ان|انه|انها|اننا|انني|هذا|هذه|ذلك|تلك|هو|هي|هم|نحن|انا|ليس|ليست|ما|من|كل|لو|اذا|لولا)$/;

/** Definite participles of naming (المعروف، الملقب، المكنى): a person's nickname in marks follows them and a بـ. */
const NICKNAMED = /^(المعروف|المعروفه|المعروفين|المعروفون|الملقب|الملقبه|الملقبين|الملقبون|المكني|المكناه|الشهير|الشهيره)$/;
/** Most words between the naming participle and its بـ (المعروف بين جيرانه بـ«الأسطى»). */
const NICKNAME_GAP = 3;

/**
 * ويقول محمود، المعروف بين جيرانه بـ«الأسطى»: the marks hold a nickname, not words said, though the cue before governs the
 * sentence. Only the definite participle after a name: ما يعرف بـ«…» (a journalist's term or a speaker's) is left as it was.
 */
function nickname(tokens: TokenList, open: number): boolean {
  const prev = tokens.tok(open - 1);
  if (prev?.norm !== 'ب' && prev?.norm !== 'بـ') return false;
  for (let k = open - 2; k >= 0 && open - 2 - k <= NICKNAME_GAP; k--) {
    const t = tokens.tok(k);
    if (t.kind !== 'word') return false;
    if (NICKNAMED.test(t.norm)) return true;
  }
  return false;
}

/** Long quoted text is speech whatever precedes it; shorter text needs a cue that governs it. */
const LONG = 8;
const MEDIUM = 5;

/**
 * Speech, unless a name head stands before the marks (منظمة «…», بتهمة «…», لـ«…», a dateline
 * dash), it is a heading line of its own, or the text is short and no cue governs it. A short quotation (1–7 words) is a partial
 * quote when it follows the cue, a complementizer and its subject (أن الحكومة «لن تتراجع»), or a
 * preposition the cue takes (أعرب عن «…»، واصفاً إياه بـ«…»).
 */
export function isSpeech(p: PairContext): boolean {
  const { tokens, open } = p;
  if (p.words === 0) return false;
  if (p.dialogue) return true;
  if (p.headingLine && !p.cueAfter) return false;
  const prev = p.startsSentence ? undefined : tokens.tok(open - 1);
  if (prev) {
    if (isNameHead(prev)) return false;
    if (prev.norm === 'ل' || prev.norm === 'لـ' || prev.text === '-' || prev.text === '–') return false;
    // «غسل الأموال» و«استغلال النفوذ»: a list continues the kind of its first item.
    if ((prev.norm === 'و' || prev.text === '،') && p.names.has(open - 2)) return false;
    if ((prev.norm === 'عليها' || prev.norm === 'عليه') && /^و?كتب/.test(tokens.tok(open - 2)?.norm ?? '')) return false;
    // على صفحته في «فيسبوك»: a platform or outlet after a preposition that follows a name head.
    if (['في', 'علي', 'عبر'].includes(prev.norm) && p.words <= 2 && (isNameHead(tokens.tok(open - 2)) || POSTS.test(tokens.tok(open - 2)?.norm ?? ''))) return false;
  }
  // بما اعتبرته «…»، ما وصفه «…»: a reporting verb with its object pronoun right before the marks.
  if (prev && p.cueBefore === open - 1 && !cueKind(prev)) return true;
  // وقال «أبو عبيدة»، … إن: a short quoted name right after the cue is its subject, not speech.
  const next = tokens.tok(p.close + 1);
  if (prev && p.cueBefore === open - 1 && p.words <= 4 && next && (next.kind === 'word' || next.text === '،' || next.text === ',')) return false;
  if (bannerText(p)) return false;
  if (p.words <= 3 && nickname(tokens, open)) return false;
  if (p.words >= LONG) return true;
  if (prev?.text === ':') return true;
  if (p.cueAfter && (!prev || prev.kind === 'punct')) return true;
  if (p.cueBefore < 0) return false;
  if (p.words >= MEDIUM) return true;
  // …إن المباراة ستقام ليلا، «فلا حجة لأحد»: opening with ف and a particle, it goes on with the reported clause, and so
  // ends a clause; a word right after the marks makes them a noun (، «فنحن والقمر جيران» أحدها: a film's title).
  if (prev && /^[،,]$/.test(prev.text) && FA_CLAUSE.test(tokens.tok(open + 1)?.norm ?? '') && (!next || next.kind === 'punct')) return true;
  // "…"، قالت فلانة، "…": the second part of a quotation split around its speaker.
  const before = tokens.tok(p.cueBefore - 2);
  if (prev && /^[،,]$/.test(prev.text) && /^[،,]$/.test(tokens.tok(p.cueBefore - 1)?.text ?? '') && before?.kind === 'punct' && /[»”"’]/.test(before.text) && !p.names.has(p.cueBefore - 2)) return true;
  if (!prev) return false;
  if (p.cueBefore === open - 1 || opensClause(prev.norm) || QUOTE_PREPS.has(prev.norm)) return true;
  // The subject of the reported clause sits between the complementizer and the marks; it may be long (أن التذبذب
  // المسجل في التموين بالوقود في ولايات الغرب «ظرفي») and hold a quoted name (أن تحالف «أوبك بلس» سيبقى «…»).
  let words = 0;
  for (let k = open - 1; k >= p.cueBefore && words < SUBJECT_WORDS; k--) {
    const t = tokens.tok(k);
    if (t.kind === 'punct') {
      const from = p.names.has(k) ? openingMark(tokens, k, p.cueBefore) : -1;
      if (from < 0) return false;
      k = from;
      continue;
    }
    words++;
    // Far from the complementizer, a quoted word after a preposition is more often a name (الاتفاق الذي وقعته
    // الوزارة أمس مع «أرامكو»): the subject must end in a content word right before the marks.
    if (opensClause(t.norm)) return words <= NEAR_SUBJECT || !PARTICLES.has(prev.norm);
  }
  return false;
}
