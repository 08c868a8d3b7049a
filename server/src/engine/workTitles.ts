// Works named after a head or in quotes (فيلم كذب أبيض، روايات " … " و " … "), credited titles and model names: MISC.
import { beginTag as B, insideTag as I, isInside, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { COMMAS, wordSet as set } from './wordSets';
import { cueBit } from './sentenceCues';
import { TITLE_CLOSERS, TITLE_OPENERS } from './quoteMarks';
import { SPLIT_PRONOUNS } from './pronounNouns';
import { STYLE_ADJECTIVE, tagModelNames } from './modelNames';
import { endsAsNisba } from './namePatterns';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_WORK_TITLES = new TagDraft();
const DRAFT_CONTINUE_TITLE_LISTS = new TagDraft();
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const BI_LI_START = /^[بل]/;

const B_MISC = B('MISC');
const I_MISC = I('MISC');

/** Heads that introduce a work by its title (فيلم كذب أبيض، روايتها سيدات القمر، مسلسل الحشاشين); not definite ones (الرواية العربية is the genre). */
export const WORK_HEADS = set('فيلم مسلسل رواية روايته روايتها مسرحية ألبوم ألبومه أغنية أغنيته فيلمه فيلمها مسلسله مسلسلها مسرحيته مسرحيتها ألبومها أغنيتها');
/** Definite and plural heads of works that name them only by a quoted title (الفيلم الجزائري "…"، روايات "…" و"…"). */
export const QUOTED_WORK_HEADS = set('الفيلم المسلسل الرواية المسرحية الألبوم الأغنية أفلام مسلسلات روايات مسرحيات أغاني أغنيات فيلمي مسلسلي روايتي فيلما مسلسلا' +
  // Books, poems and programmes are MISC when quoted (WikiFANE 16 of 20 quoted after these heads a work, NewsFANE 3 of 3).
  ' كتاب كتابه كتابها كتابا الكتاب كتب ديوان ديوانه ديوانها ديوانا دواوين دواوينه قصيدة قصيدته قصيدتها القصيدة قصائد برنامج برنامجه برنامجها البرنامج' +
  // Definite plurals list the works they count (بعدد من الروايات الواقعية " … " و " … ").
  ' الروايات الأفلام المسلسلات المسرحيات الدواوين القصائد الأغاني ألبومات الألبومات');
/** A collection is a work's head only with its kind after it (مجموعة قصصية، مجموعته الشعرية): alone it is any group. */
const COLLECTION_HEADS = set('مجموعة مجموعته مجموعتها المجموعة مجموعات المجموعات');
const COLLECTION_KIND = /^(ال)?(قصصي|شعري)ه$/;
/** Words between a counted head and the quoted titles it lists (21 فيلما [بينها] "…"), normalised. */
const LIST_OPENERS = set('بينها منها ومنها أبرزها أبرزهما بينهما بعنوان');
/** Words after a counted head and a comma that pick its titles out (عشر روايات ، أولها " … "), normalised. */
const PICKING_OPENERS = set('أولها أشهرها أبرزها أهمها آخرها أحدثها أجملها منها ومنها بينها وأشهرها وأبرزها وآخرها');
/**
 * An elative between a work's head and its quoted title describes the work (ألبومه الأشهر " … "، روايته الأبرز " … "), as
 * الأخير does: only right before the quote, and not when the tagger read it as a place or body (a word of الأفعل's shape
 * may be one: الأردن).
 */
const elativeBeforeQuote = (sentence: readonly Token[], out: readonly number[], q: number) => q + 1 < sentence.length &&
  ELATIVE.test(sentence[q].norm) && TITLE_OPENERS.has(sentence[q + 1].text) && (out[q] === 0 || tagLabel(out[q]) === 'PERSON');
/** tagWorkTitles starts at a work head or a quote mark (a title credited to its maker): without one it changes nothing (sentenceCues.ts). */
export const WORK_CUE = cueBit(WORK_HEADS, QUOTED_WORK_HEADS, set('طراز'), ['"', '«', '“']);
/** A work head behind a preposition the clitic splitter left on it (بفيلمها، لروايته). */
export const workHeadIn = (stem: string, norm: string) => WORK_HEADS.has(stem) || (BI_LI_START.test(norm) && WORK_HEADS.has(norm.slice(1)));
/** Words that end a title: prepositions, credits and time words (للمخرجة، بطولة، من إخراج، خلال). */
const TITLE_STOP = set('في من عن على إلى مع بطولة إخراج تأليف بعد قبل خلال الذي التي الذين وهو وهي حيث منذ عام يوم لم لن قد إن أن أمس اليوم غدا الليلة مساء صباح');
const MAX_TITLE_WORDS = 4;
/** Training-text count below which a one-word title is taken as a name. */
const RARE_TITLE = 5;

/** An adjective after the head describes the work (فيلم جديد، مسلسل رمضاني، روايته التاريخية), it is no title. */
const DESCRIBES = (w: string) => endsAsNisba(w) || DESCRIPTIVE.has(w.replace(/^ال/, ''));
const DESCRIPTIVE = set('جديد جديدة قصير قصيرة طويل طويلة آخر أخرى أول أولى ثان ثانية ضخم شهير شهيرة كامل كاملة أخير أخيرة');

/**
 * The title after a work head, up to punctuation, a credit (`للمخرجة`، `بطولة`) or a preposition, is the work's
 * name (MISC) when the tagger left every word of it O: `مسلسل [تحت سابع أرض] للفنان …`، `روايتها [سيدات القمر] .`
 */
export function tagWorkTitles(sentence: Token[], stems: string[], tags: number[], freq: (k: number) => number): number[] {
  const out = DRAFT_TAG_WORK_TITLES.begin(tags);
  const n = out.length;
  for (let i = 0; i + 1 < n; i++) {
    const head = workHeadIn(stems[i], sentence[i].norm);
    const collection = COLLECTION_HEADS.has(stems[i]) && COLLECTION_KIND.test(stems[i + 1]);
    if (!head && !collection && !QUOTED_WORK_HEADS.has(stems[i])) continue;
    // A head in quotes of its own is the quoted word (اسم " الكتاب " في …): the next mark closes it, it opens no title.
    if (i > 0 && TITLE_OPENERS.has(sentence[i - 1].text) && TITLE_CLOSERS.has(sentence[i + 1].text) && opensQuote(sentence, i - 1)) continue;
    // The work's adjectives may stand between its head and the quoted title (الفيلم [الجزائري] " خارجون عن القانون "),
    // and a word opening the list a counted head makes (21 فيلما بينها " … ").
    // FANE writes the head's pronoun apart (دواوين ه " … ").
    let q = i + 1 < n && SPLIT_PRONOUNS.has(sentence[i + 1].norm) ? i + 2 : i + 1;
    while (q < n && q - i <= MAX_WORK_ADJECTIVES && sentence[q].kind === 'word' && (DESCRIBES(stems[q]) || elativeBeforeQuote(sentence, out, q))) q++;
    if (q < n && LIST_OPENERS.has(sentence[q].norm)) q++;
    // A counted head may pick its titles out behind a comma (خمسة دواوين ، أشهرها " … " و " … "): the opener, its pronoun
    // written apart in FANE (أشهر ها), then the quote.
    else if (q + 2 < n && COMMAS.has(sentence[q].text) && PICKING_OPENERS.has(sentence[q + 1].norm) && out[q + 1] === 0) q += 2;
    else if (q + 3 < n && COMMAS.has(sentence[q].text) && PICKING_OPENERS.has(sentence[q + 1].norm + sentence[q + 2].norm) && out[q + 1] === 0) q += 3;
    else if (q + 1 < n && sentence[q].norm === 'من' && SPLIT_PRONOUNS.has(sentence[q + 1].norm)) q += 2;
    // After a definite head a quote opening a clause is what was said of the work (إن الفيلم " لا يعبر عن رأيي "), no title.
    // So is a quote after a definite head that إن/أن makes a clause's subject (إن الكتاب " سيثير جدلا "): its predicate.
    const saidOf = QUOTED_WORK_HEADS.has(stems[i]) && ((q + 1 < n && CLAUSE_OPENERS.has(sentence[q + 1].norm)) || (i > 0 && stems[i].startsWith('ال') && SUBJECT_MARKERS.has(sentence[i - 1].norm)));
    let quoted = saidOf ? 0 : quotedTitleEnd(sentence, out, q, freq, false, !stems[i].startsWith('ال') && !accountAt(sentence, stems, i));
    if (quoted > 0 && accountOfEvents(sentence, stems, i, quoted)) quoted = 0;
    // Praise the tagger read as a place or body (فيلم " [رائع] ") is none.
    if (quoted === 0 && q + 2 < n && TITLE_OPENERS.has(sentence[q].text) && out[q + 1] !== 0 && tagLabel(out[q + 1]) !== 'PERSON' && !isInside(out[q + 1]) && !isInside(out[q + 2]) && quotedPraise(sentence, q, freq)) out[q + 1] = 0;
    if (quoted > 0) {
      // The tagger may have run the head on into the quote (مسلسل " الحشاشين): the head, its adjectives and the marks are outside;
      // so is a name it read in the head and its elative alone (مسرحيته [الأنجح]).
      for (let k = i; k <= q; k++) if (out[k] === B_MISC || out[k] === I_MISC) out[k] = 0;
      for (let k = i; k < q; k++) if (out[k] !== 0 && !isInside(out[k]) && spanEnd(out, k) <= q) out.fill(0, k, spanEnd(out, k));
      while (quoted > 0) {
        for (let k = q + 1; k < quoted; k++) out[k] = k === q + 1 ? B_MISC : I_MISC;
        i = quoted;
        // A list of titles after the head (روايات " اللص والكلاب " و " الطريق "): each quoted title joined to the last.
        q = quoted + 2;
        quoted = q < n && TITLE_JOINS.has(sentence[quoted + 1].text) ? quotedTitleEnd(sentence, out, q, freq, true) : 0;
      }
      continue;
    }
    if (!head) continue;
    // The head's pronoun written apart (فيلم ك الأول) opens no title: the work is named elsewhere.
    if (out[i + 1] !== 0 || sentence[i + 1].kind !== 'word' || DESCRIBES(stems[i + 1]) || SPLIT_PRONOUNS.has(sentence[i + 1].norm)) continue;
    let e = i + 1;
    while (e < n && e - i <= MAX_TITLE_WORDS && out[e] === 0 && (sentence[e].kind === 'word' || sentence[e].kind === 'number') &&
      !TITLE_STOP.has(stems[e]) && !sentence[e].norm.startsWith('لل')) e++;
    // The title must end the run: at punctuation, a stop word or a credit; a run still going is prose, not a title.
    if (e === i + 1 || e - i > MAX_TITLE_WORDS || (e < n && out[e] === 0 && sentence[e].kind === 'word' && !TITLE_STOP.has(stems[e]) && !sentence[e].norm.startsWith('لل'))) continue;
    // A one-word title must be a rare word: a common one (فيلم عظيم) is prose, and document consistency would spread it.
    if (e === i + 2 && freq(i + 1) >= RARE_TITLE) continue;
    for (let k = i + 1; k < e; k++) out[k] = k === i + 1 ? B_MISC : I_MISC;
    i = e - 1;
  }
  return tagModelNames(sentence, stems, tagCreditedTitles(sentence, continueTitleLists(sentence, DRAFT_TAG_WORK_TITLES.close(tags, out), freq)), freq);
}

/**
 * A quoted title joined by و or a comma to a quoted MISC span the tagger or a rule made is the list's next work
 * (`" [خان الخليلي] " و " [بداية ونهاية] "`): in NewsFANE and WikiFANE a quoted product so joined is followed by one 25 times in 25.
 * The tagger's first title may be wrong, so a name it read in the next quote is kept.
 */
function continueTitleLists(sentence: Token[], tags: number[], freq: (k: number) => number): number[] {
  const out = DRAFT_CONTINUE_TITLE_LISTS.begin(tags);
  const n = out.length;
  for (let q = 0; q + 2 < n; q++) {
    if (!TITLE_OPENERS.has(sentence[q].text) || out[q + 1] !== B_MISC || !opensQuote(sentence, q)) continue;
    let e = spanEnd(out, q + 1);
    while (e + 2 < n && TITLE_CLOSERS.has(sentence[e].text) && TITLE_JOINS.has(sentence[e + 1].text)) {
      const next = quotedTitleEnd(sentence, out, e + 2, freq, true);
      // Only words the tagger left O: a name it read there tells a list of bodies or people (" صن مايكروسيستمز " و " [مايكروسوفت] ").
      if (next === 0 || out.slice(e + 3, next).some((t) => t !== 0)) break;
      for (let k = e + 3; k < next; k++) out[k] = k === e + 3 ? B_MISC : I_MISC;
      e = next;
    }
    q = e;
  }
  return DRAFT_CONTINUE_TITLE_LISTS.close(tags, out);
}

/** Whether the mark at k opens a quote: an even number of straight marks before it (" صباح الورد " ورواية " … "). */
export const opensQuote = (sentence: readonly Token[], k: number) => sentence[k].text !== '"' || sentence.slice(0, k).filter((t) => t.text === '"').length % 2 === 0;

/**
 * The closing mark of a short title quoted from the opener at q (operations, weapon systems): its index after one to
 * `maxWords` words or numbers, or -1 when the quote is empty, longer, not closed by a title mark, or closed inside a span
 * going on past it.
 */
export function closedTitleEnd(sentence: readonly Token[], tags: readonly number[], q: number, maxWords: number): number {
  const n = tags.length;
  let e = q + 1;
  while (e < n && e - q <= maxWords && (sentence[e].kind === 'word' || sentence[e].kind === 'number')) e++;
  return e === q + 1 || e >= n || e - q - 1 > maxWords || !TITLE_CLOSERS.has(sentence[e].text) || (e + 1 < n && isInside(tags[e + 1])) ? -1 : e;
}

/** Credits after a quoted title: لل + the maker's trade (للمخرج، للروائية), normalised. */
const MAKERS = set('للمخرج للمخرجة للكاتب للكاتبة للروائي للروائية للشاعر للشاعرة للفنان للفنانة للمطرب للمطربة للمغني للمغنية للملحن للمؤلف للمؤلفة');

/**
 * A quoted title credited to its maker, `" title " لل + trade or nisba + person` (`" منطقة الاهتمام " للبريطاني جوناثان
 * غليزر`، `و " أسير البرتغاليين " للمغربي …`، `" … " للمخرجة اللبنانية …`), is a work (MISC) with no head before it: a quotation is credited with قال,
 * not with لل + a nisba and a name. The person must be read by the tagger.
 */
function tagCreditedTitles(sentence: Token[], tags: number[]): number[] {
  let out = tags;
  const n = tags.length;
  for (let q = 0; q + 4 < n; q++) {
    if (!TITLE_OPENERS.has(sentence[q].text) || out[q] !== 0) continue;
    let e = q + 1;
    while (e < n && e - q <= MAX_QUOTED_TITLE_WORDS && (sentence[e].kind === 'word' || sentence[e].kind === 'number')) e++;
    // Names inside the marks are the title's words (as after a work head), not a span running in or out of them.
    if (e === q + 1 || e + 2 >= n || !TITLE_CLOSERS.has(sentence[e].text) || isInside(out[q + 1]) || out[e] !== 0) continue;
    const credit = sentence[e + 1].norm;
    const maker = credit.startsWith('لل') && (MAKERS.has(credit) || endsAsNisba(credit));
    // The maker's trade may take a nisba before the name (للمخرجة اللبنانية …).
    const p = MAKERS.has(credit) && e + 3 < n && out[e + 2] === 0 && /^ال.*(ي|يه)$/.test(sentence[e + 2].norm) ? e + 3 : e + 2;
    if (!maker || tagLabel(out[p]) !== 'PERSON' || isInside(out[p])) continue;
    if (out === tags) out = tags.slice();
    for (let k = q + 1; k < e; k++) out[k] = k === q + 1 ? B_MISC : I_MISC;
    q = e;
  }
  return out;
}

/** Words that open a quoted clause, never a title the corpora quote after a definite head (normalised). */
const CLAUSE_OPENERS = set('إن إنه إنها إنهم إنما أن أنه أنها لقد قد كان كانت ليس ليست لا لم لن هو هي هذا هذه');
/** Particles that make the definite head after them a clause's subject (أن الكتاب، بأن البرنامج), normalised. */
const SUBJECT_MARKERS = set('إن أن بأن لأن وأن وإن فإن');
/** Adjectives a work's head takes before its quoted title, at most (الفيلم المصري القصير "…"). */
const MAX_WORK_ADJECTIVES = 2;
/** Words joining quoted titles of one list (normalised). */
const TITLE_JOINS = set('و ، , ثم');
/** The longest title quote marks may hold (فيلم "أصحاب ولا أعز"). */
const MAX_QUOTED_TITLE_WORDS = 8;

/**
 * Where the closing mark of a title quoted right after a work head stands (`q` is the opening mark), or 0: words closed
 * within MAX_QUOTED_TITLE_WORDS by a quote mark; one word only when rare or a name (مسلسل "الحشاشين"; a common one is
 * praise: فيلم "رائع"), or `listed` after another title, or definite after the work's `ownHead` (indefinite or possessive).
 */
function quotedTitleEnd(sentence: Token[], out: readonly number[], q: number, freq: (k: number) => number, listed = false, ownHead = false): number {
  // The quote mark O, or MISC the tagger ran on from the head (out[q - 1] a MISC begin).
  const fromHead = out[q - 1] === B_MISC && out[q] === I_MISC;
  if (q >= out.length || !TITLE_OPENERS.has(sentence[q].text) || (out[q] !== 0 && !fromHead)) return 0;
  let e = q + 1;
  while (e < out.length && e - q <= MAX_QUOTED_TITLE_WORDS && (sentence[e].kind === 'word' || sentence[e].kind === 'number')) e++;
  // Names inside the marks are the title's words (رواية " [القاهرة] الجديدة "، فيلم " [عمارة يعقوبيان] "): NewsFANE tags
  // such a quoted title a work whatever it names; only a span running on out of the marks is left.
  const closes = e < out.length && TITLE_CLOSERS.has(sentence[e].text) && (fromHead || !isInside(out[q + 1])) && (e + 1 >= out.length || !isInside(out[e + 1]));
  // In a list of titles a common word is a title too (و " الطريق "); so is a place or body the tagger read (رواية
  // " [الكرنك] "), not a given name that is also praise (فيلم " جميل "), nor a common word of an adjective's shape whatever
  // the tagger read it (فيلم " [رائع] ").
  const named = out[q + 1] !== 0 && tagLabel(out[q + 1]) !== 'PERSON' && !quotedPraise(sentence, q, freq);
  return closes && (e - q - 1 >= 2 || (e - q - 1 === 1 && (listed || freq(q + 1) < RARE_TITLE || named || (ownHead && definiteTitle(sentence[q + 1]))))) ? e : 0;
}

const DEFINITE_WORD = /^ال../;
/** أفعل with the article (الأفضل، الأكبر), normalised: a comparison, no name. */
const ELATIVE = /^الا[^ا]{3}$/;
/**
 * One definite common word quoted after an indefinite or possessive work head is the work's title (فيلمه " الطريق "، رواية
 * " الغريب "): praise is written indefinite (فيلم " رائع "); not an elative (" الأفضل ") nor a nisba or a describing adjective.
 */
const definiteTitle = (t: Token) => t.kind === 'word' && DEFINITE_WORD.test(t.norm) && !ELATIVE.test(t.norm) && !DESCRIBES(t.norm);

/** Verbs that deny, doubt or take up a story, and the words citing one (نفى، شكك في، بحسب): after them رواية is an account. */
const ACCOUNT_CUES = set('نفى نفت ينفي تنفي رفض رفضت يرفض ترفض كذب كذبت فند فندت دحض دحضت شكك شككت يشكك تشكك أيد أيدت تبنى تبنت صدق صدقت حسب بحسب وفق وفقا');
/** How far before رواية such a cue may stand: the subject between (ونفى الجيش الإسرائيلي رواية), or في (شككت الوزارة في رواية). */
const ACCOUNT_REACH = 3;
/** A story's heads that are also a party's account (رواية الجيش، روايته للأحداث). */
const ACCOUNT_HEADS = set('رواية روايته روايتها');
const CONJ_START = /^[وف]/;

/**
 * رواية at i is a party's account, not a novel, after a verb of denying or doubting or a citing word (ونفى الجيش رواية
 * " المعارضة "، بحسب رواية " الشهود "): the definite word quoted after it is the party whose account it is, no title.
 */
export function accountAt(sentence: readonly Token[], stems: readonly string[], i: number): boolean {
  if (!ACCOUNT_HEADS.has(stems[i])) return false;
  for (let k = i - 1; k >= 0 && k >= i - ACCOUNT_REACH; k--) if (ACCOUNT_CUES.has(stems[k]) || ACCOUNT_CUES.has(sentence[k].norm.replace(CONJ_START, ''))) return true;
  return false;
}

/** What an account is of, behind ل right after its quote (للأحداث، لما جرى): a novel's ل names its author (لنجيب محفوظ). */
const ACCOUNT_OF = set('للأحداث للحادث للحادثة للواقعة للوقائع لما لملابسات لتفاصيل لمجريات للمواجهات للاشتباكات للهجوم');

/**
 * رواية at i with its quote closing at e is someone's account of events, whatever stands before it (وفي رواية " سامي
 * العلي " للأحداث): the quoted words are whose account it is, no title.
 */
export const accountOfEvents = (sentence: readonly Token[], stems: readonly string[], i: number, e: number): boolean =>
  ACCOUNT_HEADS.has(stems[i]) && e + 1 < sentence.length && ACCOUNT_OF.has(sentence[e + 1].norm);

/** One quoted common word of an adjective's shape (" رائع "، " جميل "): praise of the work, no title and no name. */
function quotedPraise(sentence: Token[], q: number, freq: (k: number) => number): boolean {
  return q + 2 < sentence.length && TITLE_CLOSERS.has(sentence[q + 2].text) && freq(q + 1) >= RARE_TITLE && STYLE_ADJECTIVE.test(sentence[q + 1].norm);
}
