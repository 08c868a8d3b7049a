// Closed-class words of reported speech: cue verbs by kind, speaker heads (anonymous, bodies, documents), name heads.
import { normalizeArabic } from './normalize';
import { withoutArticle } from './clitics';
import { Token } from './tokenize';
import { NAME_HEADS, ORGANIZATION_HEADS, PERSON_TITLES } from './triggers';
import type { TokenList } from './tokenView';
import { opinionCue, ownSpeechNoun, QUOTE_PREPS, speechNoun, talkCue } from './quotePrepCues';

export { QUOTE_PREPS };
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const PAST_PLURAL = /وا$/;
const PRESENT_PLURAL = /^[يت].+ون$/;
const SAYING_PLURAL = /^[يت]?(قولون|ضيفون|ؤكدون)$/;
const OBLIQUE_PLURAL = /ين$/;
const CONJ_START = /^[وف]/;

function forms(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/**
 * verb: a finite reporting verb whose subject follows it (قال الوزير). participle: a circumstantial
 * (مؤكداً) or a verb with an object pronoun (ووصفها) — the subject is the sentence's. relay: نقل عن X,
 * X is the speaker. doc: ورد/جاء في X, the document X speaks. suffixed: قوله/قولها, which repeat an
 * earlier cue. prep: بحسب/وفقاً لـ X.
 */
export type CueKind = 'verb' | 'participle' | 'relay' | 'doc' | 'suffixed' | 'prep';

const VERBS = forms(`
  قال قالت قالوا قلن يقول تقول يقولون أضاف أضافت أضافوا يضيف تضيف أوضح أوضحت أوضحوا يوضح توضح أكد أكدت أكدوا يؤكد تؤكد
  صرح صرحت صرحوا يصرح تصرح أشار أشارت أشاروا يشير تشير تابع تابعت ذكر ذكرت ذكروا يذكر تذكر لفت لفتت يلفت شدد شددت يشدد تشدد
  اعتبر اعتبرت اعتبروا يعتبر تعتبر رأى رأت رأوا يرى ترى وصف وصفت يصف تصف حذر حذرت حذروا يحذر تحذر أعلن أعلنت يعلن تعلن
  كتب كتبت يكتب تكتب غرد غردت يغرد أفاد أفادت أفادوا يفيد تفيد أردف أردفت استطرد استطردت تساءل تساءلت يتساءل أجاب أجابت
  ختم ختمت اختتم اختتمت بينت يبين تبين ناشد ناشدت يناشد تناشد دعا دعت دعوا يدعو تدعو طالب طالبت طالبوا يطالب تطالب
  أعرب أعربت يعرب تعرب حث حثت يحث تحث اتهم اتهمت يتهم تتهم انتقد انتقدت ينتقد نفى نفت ينفي تنفي أقر أقرت توقع توقعت يتوقع تتوقع
  أشاد أشادت يشيد ندد نددت يندد هدد هددت وعد وعدت اعترف اعترفت جدد جددت يجدد علق علقت يعلق أوصى أوصت نوه نوهت استدرك
  كشف كشفت يكشف تكشف أبدى أبدت تعهد تعهدت رد ردت يرد ترد قالا أعلنا أكدا روى روت يروي تروي حمل حملت يحمل تحمل
  توعد توعدت يتوعد رحب رحبت يرحب استنكر استنكرت أدان أدانت يدين شجب شجبت طمأن لوح لوحت اقترح اقترحت
  سأل سألت يسأل تسأل قول
  يرون يؤكدون يعتبرون يشيرون يوضحون يحذرون يتوقعون يطالبون
`);
const PARTICIPLES = forms(`
  قائلا قائلة مضيفا مضيفة موضحا موضحة مؤكدا مؤكدة مصرحا مشيرا مشيرة متابعا متابعة ذاكرا لافتا لافتة مشددا مشددة معتبرا معتبرة
  واصفا واصفة محذرا محذرة معلنا معلنة مغردا كاتبا مبينا مبينة مناشدا مناشدة داعيا داعية مطالبا مطالبة معربا معربة حاثا متهما
  منتقدا نافيا نافية مقرا متوقعا متوقعة مشيدا مشيدة منددا مهددا معترفا مجددا مجددة معلقا منوها منوهة مستدركا كاشفا كاشفة متسائلا
  متسائلة مختتما متعهدا مردفا متوعدا مرحبا مستنكرا مدينا مقترحا
  وصفها وصفه وصفتها وصفته وصفهم ووصفها ووصفه
`);
const RELAY = forms('نقل نقلت نقلوا ينقل تنقل نقلا');
const DOC = forms('ورد جاء');
const SUFFIXED = forms('قوله قولها قولهم بقوله بقولها بقولهم');
/** بالقول، مكتفياً بالقول: the verb before it names the speaker, as a participle does. */
const BY_SAYING = forms('بالقول');
const PREP = forms('وفق وفقا بحسب حسب لسان');
/** Verbs of the same shape as a noun elsewhere (بين "between", طالب "student"): cues only when a clause follows. */
export const AMBIGUOUS = forms('بين طالب داعية مطالبة متهما رد');

/**
 * Grammatical gender a cue shows (قالت، تقول، مضيفة are feminine; قال، يقول، مضيفاً masculine), or
 * undefined when the form does not tell (plurals, nouns, قوله).
 */
export function cueGender(t: Token): 'f' | 'm' | undefined {
  const w = stripConj(t.norm);
  if (VERBS.has(w) && w.endsWith('ت') && VERBS.has(w.slice(0, -1))) return 'f';
  if (VERBS.has(w) && w.startsWith('ت') && VERBS.has('ي' + w.slice(1))) return 'f';
  if (PARTICIPLES.has(w) && w.endsWith('ه') && PARTICIPLES.has(w.slice(0, -1) + 'ا')) return 'f';
  if (VERBS.has(w + 'ت') || (w.startsWith('ي') && VERBS.has('ت' + w.slice(1))) || (w.endsWith('ا') && PARTICIPLES.has(w.slice(0, -1) + 'ه'))) return 'm';
  return undefined;
}

/** A cue in the plural (قالوا، أضافوا، يقولون، مؤكدين): its subject is a group, never one named person. */
export function cuePlural(t: Token): boolean {
  const w = stripConj(t.norm);
  return (VERBS.has(w) && (PAST_PLURAL.test(w) || PRESENT_PLURAL.test(w) || w === 'قلن')) || SAYING_PLURAL.test(w) || (w.endsWith('ين') && PARTICIPLES.has(w.replace(OBLIQUE_PLURAL, 'ا')));
}

export function stripConj(w: string): string {
  return CONJ_START.test(w) && w.length > 3 ? w.slice(1) : w;
}

/**
 * Lookups by word form run in every window scan: remember them, bounded so a server never grows
 * without end. Two generations: when the newer one is full it becomes the older and words still in
 * use move back on their next lookup, so a document with more distinct words than the bound does not
 * empty the cache on every pass.
 */
/** What memo keeps for an undefined answer: most words have none, and a kept undefined would cost a second probe (has). */
const NONE = Symbol('none');

function memo<T>(fn: (w: string) => T, limit = 100_000): (w: string) => T {
  let cache = new Map<string, T | typeof NONE>();
  let older = new Map<string, T | typeof NONE>();
  return (w) => {
    let v = cache.get(w);
    if (v === undefined) {
      v = older.get(w);
      if (v === undefined) { const r = fn(w); v = r === undefined ? NONE : r; }
      if (cache.size >= limit) { older = cache; cache = new Map(); }
      cache.set(w, v);
    }
    return (v === NONE ? undefined : v) as T;
  };
}

export function cueKind(t: Token): CueKind | undefined {
  return t.kind === 'word' ? cueOf(t.norm) : undefined;
}

const cueOf = memo((w: string): CueKind | undefined => {
  const s = stripConj(w);
  if (w === 'ورد' || DOC.has(w) || DOC.has(s)) return 'doc';
  if (VERBS.has(s) || VERBS.has(w) || (w === 'وبين')) return 'verb';
  if (PARTICIPLES.has(s) || PARTICIPLES.has(w) || BY_SAYING.has(w) || BY_SAYING.has(s)) return 'participle';
  if (RELAY.has(s)) return 'relay';
  if (SUFFIXED.has(s) || SUFFIXED.has(w)) return 'suffixed';
  if (PREP.has(s) || PREP.has(w)) return 'prep';
  return undefined;
});

/** Normalised word w is a reporting verb as cueKind reads it (a word token of w is a 'verb' cue): read once per word form. */
export function verbCueWord(w: string): boolean {
  return cueOf(w) === 'verb';
}

/** A cue word after these is a noun (في رد على سؤال، في تصريح). */
const AFTER_PREP = new Set(['في', 'وفي', 'علي', 'عن', 'من', 'الي']);

/**
 * A cue that can govern a quotation after it: not a noun after a preposition (في رد على سؤال), not a
 * verbal noun of a withheld name (رفض ذكر اسمه، طلب عدم نشر هويته).
 */
export function governingCue(tokens: TokenList, k: number): CueKind | undefined {
  // في رأي فلان، فإن: the one cue a preposition stands before.
  if (opinionCue(tokens, k)) return 'verb';
  const kind = cueKind(tokens.tok(k)) ?? objectCue(tokens, k) ?? speechNoun(tokens, k) ?? talkCue(tokens, k);
  if (!kind || AFTER_PREP.has(tokens.tok(k - 1)?.norm ?? '') || /^(اسمه|اسمها|هويته|هويتها)$/.test(tokens.tok(k + 1)?.norm ?? '')) return undefined;
  return kind;
}

/**
 * بما اعتبرته «…»، ما وصفه «…»، القانون الذي اعتبره «…»: a reporting verb with its object pronoun after ما or a relative
 * pronoun; its subject is the sentence's.
 */
const MA = new Set(['ما', 'بما', 'مما', 'لما', 'الذي', 'التي']);

function objectCue(tokens: TokenList, k: number): CueKind | undefined {
  if (!MA.has(tokens.tok(k - 1)?.norm ?? '')) return undefined;
  const kind = objectVerb(tokens.tok(k));
  return kind === 'verb' ? 'participle' : kind === 'relay' ? 'relay' : undefined;
}

/** The cue kind of a verb with an object pronoun (أكده، نقلته، قاله), or undefined. */
export function objectVerb(t: Token | undefined): CueKind | undefined {
  if (t?.kind !== 'word') return undefined;
  const bare = t.norm.replace(/(هما|هم|ها|ه)$/, '');
  const kind = bare !== t.norm && bare.length > 2 ? cueOf(bare) : undefined;
  return kind === 'verb' || kind === 'relay' ? kind : undefined;
}

/** Words that open the reported clause: the subject search stops here. */
export const COMPLEMENTIZERS = forms('أن إن بأن أنه أنها إنه إنها بأنه بأنها بأنهم أنهم إنهم فإن وأن وإن لأن');

/** Indefinite nouns for a source the text does not name (قال مصدر مطلع); definite, they refer back to one. */
export const ANONYMOUS = forms(`
  مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين دبلوماسي دبلوماسية دبلوماسيون شاهد شهود أوساط مصرفي مصرفية متعامل متعاملون
  مفاوض ضابط موظف موظفة ساكن سكان مواطن مواطنة نازح نازحة ولي ولية أحد طفل طفلة مقرب مقربون محللون مراقبون خبراء ناشطون
  متداول متداولون
  عامل عاملة تاجر فلاح مزارع مهاجر مهاجرة لاجئ لاجئة ناج ناجية مسافر مسافرة مواطنون مستخدمون مغردون إحدى
  امرأة سيدة فتاة شابة شاب مسن مسنة عجوز مشجع مشجعة متظاهر متظاهرة محتج محتجة زائر زائرة سائق سائقة بائع بائعة
  صياد طالبة مريض مريضة
  جيران أهالي أهالى مسلحون مسلحين
  مقربين محللين مراقبين ناشطين متظاهرين محتجين مواطنين مستخدمين مغردين دبلوماسيين مفاوضين مسؤولي مصادر
`);

/** Speaker titles beyond the shared list: professions and roles news puts before a name. */
const EXTRA_TITLES = forms(`
  مساعد محلل محللة خبير خبيرة باحث باحثة ناقد ناقدة عضو عضوة مؤسس مؤسسة شريك عداء عداءة حارس ملاكم مهاجم مدافع نجم بطل
  بطلة رئيس رئيسة وكيل وكيلة قاضية محامية دكتورة أستاذة مهندسة مدعي نقيب عالم مسؤولة والد والدة والده والدته مدير الدكتورة
  مراسل معلق معلقة طبيب طبيبة ممرض ممرضة مخرج مخرجة منتج منتجة ضابط عقيد لواء رائد رقيب عريف قيادي قيادية كبير كبيرة روائي روائية
  والي محافظ دولي منسق منسقة سكرتير مفتش ناطقة مستشارة اقتصادي وزيرة نائبة أمينة مديرة مدربة لاعبة رئيس مراقب مراقبة
  ممثل ممثلة ممثلو ممثلي زوج زوجة شقيق شقيقة أخ أخت نجل نجلة
`);
/** Role words news uses for someone just introduced by another role (البطل المصري after الرباع المصري): not offices. */
export const GENERIC_ROLES = forms('بطل بطلة لاعب لاعبة نجم نجمة دولي عداء عداءة حارس ملاكم رباع دراج مهاجم مدافع فنان فنانة مطرب مطربة');
/** Nouns for a source's figures or words (وحسب معطيات الوزارة): the body after them speaks. */
export const SOURCE_NOUNS = forms('معطيات بيانات أرقام إحصاءات إحصائيات تقديرات تصريحات تصريح رواية');
/** Time phrases that may stand between a verb and its subject (أعلن الشهر الماضي …). */
export const TIME_WORDS = forms(`
  الشهر الأسبوع العام اليوم أمس مساء صباح ليل فجر ظهر الماضي الماضية الجاري الحالي المقبل السابق الأحد الاثنين الثلاثاء
  الأربعاء الخميس الجمعة السبت مساء أيضا كذلك بدوره بدورها
`);

/** Heads the lexicon knows; a leading و/ف is a conjunction only when what remains is one of them (ووزارة, not وزارة → زارة). */
const KNOWN = new Set<string>();

function core(w: string): string {
  const rest = /^[وف]/.test(w) && w.length > 3 ? w.slice(1) : w;
  const s = rest !== w && (rest.startsWith('ال') || KNOWN.has(rest) || !KNOWN.has(withoutArticle(w))) && !KNOWN.has(w) ? rest : w;
  return withoutArticle(s);
}
/** core() by word form, remembered (called for every token of the look-back windows). */
const coreOf = memo(core);

/** A title or role word, allowing و/ف, ال and a glued ل/ب/لل (ووفقاً لمحللة الطاقة). */
export function isTitle(t: Token): boolean {
  return t.kind === 'word' && titleOf(t.norm);
}

const titleOf = memo((norm: string): boolean => {
  const c = core(norm);
  if (PERSON_TITLES.has(c) || EXTRA_TITLES.has(c) || PERSON_TITLES.has(stripConj(norm))) return true;
  const unglued = withoutArticle(c.replace(/^(لل|ل|ب)/, (m) => (m === 'لل' ? 'ال' : '')));
  if (unglued !== c && unglued.length > 2 && (PERSON_TITLES.has(unglued) || EXTRA_TITLES.has(unglued))) return true;
  // A possessive suffix (رئيستها، مدربه): the title without it, ت back to ة.
  const own = c.replace(/(هما|هم|ها|ه)$/, '').replace(/ت$/, 'ه');
  return own !== c && own.length > 2 && (PERSON_TITLES.has(own) || EXTRA_TITLES.has(own));
});

/** The head word without a glued preposition (لمنظمة → منظمة), for matching a bare mention to its antecedent. */
export function ungluedCore(t: Token): string {
  return ungluedOf(t.norm);
}

const ungluedOf = memo((norm: string): string => {
  const c = coreOf(norm);
  if (KNOWN.has(c)) return c; // لجنة, بعثة: the ل/ب is the word's own letter
  const u = withoutArticle(c.replace(/^(لل|ل|ب)(?=..)/, (m) => (m === 'لل' ? 'ال' : '')));
  return u.length > 2 && KNOWN.has(u) ? u : c;
});

/** Bodies and documents that speak in news (وقالت الهيئة، وأضاف التقرير، وكتبت صحيفة «…»). */
const BODIES = new Set([...ORGANIZATION_HEADS].map(withoutArticle).concat([...forms(`
  برنامج صندوق بعثة قيادة خلية مكتب جهاز نيابة هلال صليب مجمع تنسيقية مفوضية أمانة حكومة رئاسة وفد كتلة منتدى وكالة
  ديوان تقرير بيان وثيقة مذكرة دراسة مسح رسالة افتتاحية هيئة لجنة مجموعة دائرة محكمة إذاعة قناة صحيفة موقع شركة بنك جيش شرطة
  خارجية داخلية سفارة قنصلية منظمة حركة تحالف نقابة اتحاد رابطة معارضة موالاة فدرالية فيدرالية كونفدرالية ودادية سلطات أجهزة
  منظمات جمعيات دول أحزاب نقابات فصائل هيئات حكومات شركات
`)]));
for (const set of [PERSON_TITLES, EXTRA_TITLES, BODIES, ANONYMOUS]) for (const w of set) { KNOWN.add(w); KNOWN.add(withoutArticle(w)); }

/** Documents: they speak for whoever issued them (تقرير صادر عن …). */
export const DOCUMENTS = forms('تقرير بيان وثيقة مذكرة دراسة مسح رسالة افتتاحية');

export function isBody(t: Token): boolean {
  return t.kind === 'word' && (BODIES.has(coreOf(t.norm)) || BODIES.has(ungluedCore(t)));
}

/** A noun a speaker is named by instead of a name: a title or role, an unnamed source (مستخدمون، متداول) or a body (النقابة). */
export function isSpeakerNoun(t: Token): boolean {
  return t.kind === 'word' && (isTitle(t) || isBody(t) || ANONYMOUS.has(coreOf(t.norm)));
}

export function headCore(t: Token): string {
  return coreOf(t.norm);
}

/** Nouns that, right before quoted text, mark it as a name, title or term rather than speech. */
const TERM_HEADS = new Set([...[...NAME_HEADS].map(withoutArticle), ...forms(`
  كتلة فريق تنظيم منتدى خدمة مجمع صندوق إذاعة قناة صحيفة وكالة منصة تهم تهمة قضية عنوان بعنوان شعار لقب اسم مسمى تسمية
  فيلم فيلما مسرحية أغنية ألبوم كتاب رواية ديوان معرض مسلسل برنامج حملة عملية مبادرة هاشتاغ وسم مصطلح عبارة كلمة جائزة
  نادي فرقة مجموعة موقع صفحة صفحته صفحتها حساب حسابه حسابها تطبيق مشروع مؤسسة شركة بنك استثمار جماعة ائتلاف قائمة لائحة
`)]);

export function isNameHead(t: Token | undefined): boolean {
  // A definite noun before the marks is the subject of the reported clause (أن الحكومة «…»), not a name's head.
  if (!t || t.kind !== 'word' || stripConj(t.norm).startsWith('ال')) return false;
  const c = core(t.norm);
  return TERM_HEADS.has(c) || TERM_HEADS.has(c.replace(/^(لل|ل|ب)/, '')) || TERM_HEADS.has(core(c.replace(/^(ل|ب)/, '')));
}

/** قد and its conjoined forms (أما الوزير فقد صرح): the verb follows, the subject is over. */
const QAD = forms('قد وقد فقد لقد ولقد');

/**
 * Words that head a phrase of place, time or audience after a cue (أمام النواب، وسط تصفيق الحضور،
 * خلال المؤتمر): never a speaker. أمام is told from إمام (imam) by its hamza as written.
 */
const NEVER_SUBJECT = forms('وسط خلال عقب إثر اثناء أثناء بحضور قبيل لدى بين');
export function headsAdjunct(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return NEVER_SUBJECT.has(t.norm) || NEVER_SUBJECT.has(stripConj(t.norm)) || /^[وف]?أمام$/.test(t.text);
}

/** Words that end a subject phrase: a cue, a complementizer, قد, a relative pronoun, a speech noun with its pronoun (عن الوزير تحذيره). */
export function endsSubject(t: Token): boolean {
  return COMPLEMENTIZERS.has(t.norm) || QAD.has(t.norm) || t.norm === 'الذي' || t.norm === 'التي' || cueKind(t) !== undefined || ownSpeechNoun(t);
}
