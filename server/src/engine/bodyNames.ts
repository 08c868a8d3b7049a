// Organisation spans the tagger cut or missed: construct heads, `head + definite` bodies, لـ complements, bracketed short names.
import { normalizeArabic } from './normalize';
import { beginTag as B, insideTag as I, isInside, markSpan, spanEnd, spanStart, tagLabel } from './tagger';
import { Token } from './tokenize';
import { definite, endsAsNisba, isTitleWord } from './namePatterns';
import { PREPOSITIONS, RELATIVE_PRONOUNS, wordSet as set } from './wordSets';
import { cueBit } from './sentenceCues';
import { ORG_LIST, PLACE_LIST } from './nameMarks';
import { ORGANIZATION_HEADS } from './triggers';
import { TagDraft } from './tagDraft';
import { notShortName } from './bracketGlosses';
const DRAFT_EXTEND_BODY_HEADS = new TagDraft();
const DRAFT_TAG_CONSTRUCT_BODIES = new TagDraft();
const DRAFT_TAG_BRACKETED_SHORT_NAMES = new TagDraft();

// Tag numbers looked up once: the passes test them on every token.
const B_LOC = B('LOC');
const B_ORG = B('ORG');
const I_ORG = I('ORG');



/** Longest short name in brackets (`د ب أ`، `سي آي إيه`). */
const MAX_SHORT_NAME = 4;
/** A definite sound masculine plural (المقاتلون، المسلحين), normalised: people, as a gloss names them. */
const PEOPLE_PLURAL = /^ال[\u0621-\u064A]{3,}(ون|ين)$/;
/** Training-text count from which a bracketed word is an ordinary word (a month, a gloss), not a short name. */
const COMMON_SHORT_NAME = 100;

/** Head nouns in the construct state that open an organisation's name (شركة …، برنامج …، بنك …). */
const CONSTRUCT_HEADS = set(`
  وزارة منظمة حزب جامعة شركة مؤسسة جمعية هيئة مجلس اتحاد حركة جماعة بنك مصرف وكالة صحيفة قناة نادي منتخب مركز معهد
  لجنة محكمة رابطة تحالف جبهة مجموعة مصلحة إدارة مكتب كلية أكاديمية مستشفى فيلق كتائب برنامج صندوق مفوضية نقابة مرصد
  مجلة إذاعة شبكة بورصة سلطة تنظيم
`);
const MAX_BODY_SPAN = 8;
/** Prepositions that a verbal noun governs (للحصول على، للانتقال إلى): the لـ word before them is no name's complement. */
const AFTER_MASDAR = set('على علي إلى الى من في عن مع');

/**
 * Organisation heads the tagger left outside the name they open: a construct-state head right
 * before an organisation span, often behind a clitic (`لشركة [نوفا …]`، `لبرنامج [الأغذية العالمي]`),
 * is taken in; a `لـ + definite` complement right after a span headed by one (`شركة النيل [للحديد]
 * [والصلب]`، `الشركة السعودية [للكهرباء]`) and the definite words that follow it are taken in too.
 */
export function extendBodyHeads(stems: string[], prefixes: string[], sentence: Token[], tags: number[], isNationality: (k: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // both steps start at an organisation's first word
  const out = DRAFT_EXTEND_BODY_HEADS.begin(tags);
  const n = out.length;
  const head = (k: number) => CONSTRUCT_HEADS.has(stems[k]) || (stems[k].startsWith('ال') && CONSTRUCT_HEADS.has(stems[k].slice(2)));
  for (let b = 1; b < n; b++) {
    if (out[b] !== B_ORG || out[b - 1] !== 0 || sentence[b - 1].kind !== 'word') continue;
    // A head before another body (برنامج [البنك الدولي]) names a part or a work of that body, not a new name.
    if (!CONSTRUCT_HEADS.has(stems[b - 1]) || head(b)) continue;
    out[b - 1] = B_ORG;
    out[b] = I_ORG;
  }
  const word = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0;
  // لـ + a definite noun (للحديد، للكهرباء), then its definite adjectives and و + definite (والصلب): only after a
  // definite head and adjective (الشركة السعودية، المجلس الأعلى), the shape of a body's full name; after a proper
  // name (نادي الزمالك [للموسم] …، [للحصول] على) it is the sentence going on. A preposition after it ends the idea.
  const adjective = (k: number) => definite(stems[k]) && endsAsNisba(stems[k]);
  // و + a definite noun joins the complement when it ends the name or has its own adjective after it (للحديد [والصلب]
  // وقف، للاستثمار [والمناطق الحرة]), never as a title or before another definite noun: `للاستثمار والوزير السابق`
  // is the sentence going on to a person.
  const title = (k: number) => isTitleWord(stems[k]) || isTitleWord(stems[k].slice(2));
  const nounAfter = (k: number) => k < n && sentence[k].kind === 'word' && !prefixes[k] && definite(stems[k]);
  const coordinated = (k: number) => normalizeArabic(sentence[k].text).startsWith('وال') && !title(k) &&
    (!nounAfter(k + 1) || (!title(k + 1) && /(ي|يه|ه)$/.test(stems[k + 1])));
  // A definite feminine word right after a noun joined by و: its adjective (والمناطق [الحرة]), unless it goes on to its object.
  const feminineAdjective = (j: number) => /ه$/.test(stems[j]) && prefixes[j - 1] === 'و' && !WEEKDAYS.has(stems[j]) && !title(j) &&
    !(j + 1 < n && PREPOSITIONS.has(stems[j + 1]));
  // (Declared once, not in the loop: `coordinated` reads two of them, which would give every token of the loop a context.)
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    if (!head(b) || e - b < 2) { b = e - 1; continue; }
    // Also a construct head, its definite genitive and that one's adjective (حزب التجمع الوطني [للأحرار]).
    const shaped = (stems[b].startsWith('ال') && e - b === 2 && definite(stems[b + 1])) ||
      (!stems[b].startsWith('ال') && e - b === 3 && definite(stems[b + 1]) && adjective(b + 2));
    const next = e + 1 < n ? stems[e + 1] : '';
    if (shaped && word(e) && sentence[e].norm.startsWith('لل') && sentence[e].norm.length > 3 && !AFTER_MASDAR.has(next)) {
      let k = e + 1;
      while (k - b < MAX_BODY_SPAN && word(k) && !isNationality(k) && definite(stems[k]) && (!prefixes[k] || (prefixes[k] === 'و' && coordinated(k)))) k++;
      for (let j = e; j < k; j++) out[j] = I_ORG;
      e = k;
    } else if (e - b >= 3 && sentence[e - 1].norm.startsWith('لل') && word(e) && coordinated(e) && definite(stems[e]) && !isNationality(e)) {
      // A span that already ends in its لـ complement takes the complement's coordinated noun and its adjectives
      // (المعهد الوطني للحساسية [والأمراض المعدية]); only adjectives after it, so a time word (الأحد) stays out.
      // Further nouns joined by و and their adjectives, feminine ones too (للتربية [والعلم والثقافة]، للاستثمار [والمناطق
      // الحرة]): right after a noun joined by و a definite word is its adjective, unless it is a day (الجمعة) or goes on to
      // its object (للاستثمار والمناطق الحرة [الموافقة على]: the sentence's noun).
      let k = e + 1;
      while (k - b < MAX_BODY_SPAN && word(k) && !isNationality(k) && definite(stems[k]) &&
        (prefixes[k] ? prefixes[k] === 'و' && coordinated(k) : adjective(k) || feminineAdjective(k))) k++;
      for (let j = e; j < k; j++) out[j] = I_ORG;
      e = k;
    }
    b = e - 1;
  }
  return DRAFT_EXTEND_BODY_HEADS.close(tags, out);
}

/** Court panels and teams, not bodies: هيئة الدفاع (the defence), هيئة المحكمة (the bench), هيئة المحلفين (the jury); nor is مجلس الإدارة (any company's board). */
const GENERIC_PANELS = set('الدفاع المحكمة المحلفين');
/** The panel head as stems spell it (هيئة folds to هييه: its hamza seat is a ya). */
const PANEL_HEAD = normalizeArabic('هيئة');
/**
 * Heads that with one definite noun after them are, in news, a named body (هيئة الانتخابات، مجموعة العثيم، جبهة التوافق،
 * تيار المستقبل، اتحاد الكتاب، رابطة العالم الإسلامي: NewsFANE and WikiFANE tag these ORGANIZATION, and most of the few
 * left O are bodies too); not حركة، جماعة (حركة الأرض، جماعة الداعية: more often plain nouns).
 */
const NAMING_HEADS = set('هيئة محكمة وزارة مجموعة حزب منظمة جمعية نقابة مؤسسة جامعة شركة مستشفى مجلس لجنة جبهة تيار اتحاد رابطة');
/**
 * The front and the current in their plain senses: with these nouns جبهة and تيار name no body (على جبهة القتال، جبهة
 * الرأس، تيار الكهرباء، تيار الماء).
 */
const PLAIN_SENSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [normalizeArabic('جبهة'), set('القتال الحرب المعركة المواجهة الرأس')],
  [normalizeArabic('تيار'), set('الكهرباء الماء المياه الهواء النهر البحر التضخم الحداثة')],
]);
/**
 * A union or league is of its members: اتحاد and رابطة name a body with a sound plural (رابطة الصحفيين، اتحاد صناعة
 * السيارات) or a genitive between (اتحاد صناعة …); with one abstract noun they are the plain words (اتحاد الكلمة، اتحاد
 * الجهود، رابطة الدم، رابطة العنق، رابطة الصداقة).
 */
const MEMBER_HEADS = set('اتحاد رابطة');
const SOUND_PLURAL = /(ات|ين|ون)$/;
/** Gatherings of a family, a quarter, a wake or a class that مجلس names with one noun: no body. */
const PRIVATE_COUNCILS = set('العائلة العائلات الأسرة القبيلة العشيرة الحي العزاء الفاتحة الآباء الأمهات الطلبة الطلاب الصف الشيخ');
/** tagConstructBodies starts at a naming head: without one it changes nothing (sentenceCues.ts). */
export const CONSTRUCT_BODY_CUE = cueBit(NAMING_HEADS);

/**
 * A construct head the tagger left O with the definite noun after it (`هيئة الانتخابات`،
 * `محكمة أمن الدولة`، `مجموعة العثيم`) is a body's name: `head + (indefinite genitive)* + definite`,
 * each word O and without a clitic; the definite word may not be a title (حزب الرئيس) or a people (حركة الأكراد).
 */
export function tagConstructBodies(sentence: Token[], stems: string[], prefixes: string[], marks: readonly string[][], tags: number[]): number[] {
  const out = DRAFT_TAG_CONSTRUCT_BODIES.begin(tags);
  const n = out.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0 && !prefixes[k];
  for (let i = 0; i + 1 < n; i++) {
    if (out[i] !== 0 || !NAMING_HEADS.has(stems[i])) continue;
    let j = i + 1;
    while (j < n && j - i <= 2 && free(j) && !stems[j].startsWith('ال') && !NAMING_HEADS.has(stems[j])) j++;
    if (!free(j) || !definite(stems[j]) || isTitleWord(stems[j]) || isTitleWord(stems[j].slice(2)) || marks[j].includes('NAT-S')) continue;
    // A preposition between opens a phrase of its own (هيئة [في] خدمة المقاولات: a body in the service of contractors); a
    // board of directors is its body's, no name (مجلس إدارة [المنطقة الحرة]: the FANE corpora never tag it, 0 times in 28).
    if ((i + 1 < j && (sentence[j - 1].norm.length < 3 || stems.slice(i + 1, j).some((w) => PREPOSITIONS.has(w)))) || (stems[i] === PANEL_HEAD && GENERIC_PANELS.has(stems[j])) || (stems[i] === 'مجلس' && (stems[j] === 'الاداره' || stems[i + 1] === 'اداره')) ||
      PLAIN_SENSES.get(stems[i])?.has(stems[j]) || (MEMBER_HEADS.has(stems[i]) && j === i + 1 && !SOUND_PLURAL.test(stems[j]))) continue;
    // Its definite adjectives (هيئة الرقابة المالية، هيئة النزاهة الاتحادية), not a nationality (kept apart as the tagger keeps it).
    while (j + 1 < n && j - i < 4 && free(j + 1) && definite(stems[j + 1]) && !marks[j + 1].includes('NAT-S') && !NAMING_HEADS.has(stems[j + 1].slice(2)) && endsAsNisba(stems[j + 1])) j++;
    // و + a definite noun that closes the clause (مجلس الشؤون الاقتصادية [والتنمية] الذي …) is the name's second half.
    const closes = (k: number) => k >= n || sentence[k].kind !== 'word' || (RELATIVE_PRONOUNS.has(stems[k]) && !prefixes[k]);
    if (j + 1 < n && j - i < 4 && sentence[j + 1].kind === 'word' && out[j + 1] === 0 && prefixes[j + 1] === 'و' && definite(stems[j + 1]) &&
      !marks[j + 1].includes('NAT-S') && !isTitleWord(stems[j + 1]) && !NAMING_HEADS.has(stems[j + 1].slice(2)) && closes(j + 2)) j++;
    // لجنة with one definite noun alone is any committee (لجنة التحقيق، لجنة الخبراء): a name needs more (لجنة الشؤون
    // [الخارجية]). مجلس with one is a named council (مجلس الشيوخ، مجلس الحكم، مجلس الأمناء: NewsFANE ORG 123, O 40, of those
    // 10 the board excluded above), unless its noun is a family's, a quarter's or a wake's (مجلس العائلة، مجلس العزاء).
    if (j === i + 1 && (stems[i] === 'لجنه' || (stems[i] === 'مجلس' && PRIVATE_COUNCILS.has(stems[j])))) continue;
    markSpan(out, i, j + 1, B_ORG, I_ORG);
    i = j;
  }
  return DRAFT_TAG_CONSTRUCT_BODIES.close(tags, out);
}

/** The lists hold the word as a place and as nothing else (`جاكميل`: LOC; `أميس`: LOC|NAME). */
const onlyPlace = (listed: string) => listed !== '' && listed.split('|').every((l) => l === 'LOC');
/** The organisation ending right before token i holds a word the lists hold as an organisation: its own name (شركة هواوي). */
function namedBody(tags: number[], i: number, lists: (k: number) => string): boolean {
  for (let k = i - 1; k >= 0 && tagLabel(tags[k]) === 'ORGANIZATION'; k--) {
    if (ORG_LIST.test(lists(k))) return true;
    if (!isInside(tags[k])) break;
  }
  return false;
}

/** An organisation ends right before token i, or one and the place it works in (بعثة الاتحاد الأفريقي في السودان ( أميس )). */
function bodyBefore(tags: number[], sentence: Token[], i: number): 'body' | 'body in place' | undefined {
  const before = tagLabel(tags[i - 1]);
  if (before === 'ORGANIZATION') return 'body';
  if (before !== 'LOCATION') return undefined;
  const b = spanStart(tags, i - 1);
  return b >= 2 && sentence[b - 1].norm === 'في' && tagLabel(tags[b - 2]) === 'ORGANIZATION' ? 'body in place' : undefined;
}

/**
 * The short name in brackets after an organisation (`منظمة البلدان المصدرة للبترول ( أوبك )`، `وكالة الأنباء
 * الألمانية ( د ب أ )`، `… ( آفاد )`) is that organisation too, whatever the tagger read inside.
 */
export function tagBracketedShortNames(sentence: Token[], tags: number[], freq: (k: number) => number, lists: (k: number) => string): number[] {
  const listedPlace = (k: number) => PLACE_LIST.test(lists(k));
  const out = DRAFT_TAG_BRACKETED_SHORT_NAMES.begin(tags);
  const n = out.length;
  for (let i = 1; i + 2 < n; i++) {
    const body = sentence[i].text === '(' ? bodyBefore(out, sentence, i) : undefined;
    if (!body) continue;
    let close = i + 1;
    while (close < n && close - i <= MAX_SHORT_NAME && sentence[close].kind === 'word') close++;
    if (close >= n || close === i + 1 || sentence[close].text !== ')') continue;
    // One letter alone is a list's numbering or a section mark (… والثقافية ( I ) اتفاقية), no short name.
    if (close === i + 2 && [...sentence[i + 1].text].length < 2) continue;
    // A club's country in a results line (كوبنهاغن ( الدنمارك )) stays a place; a common word (14 آذار ( مارس )) is a gloss,
    // not a short name, and document consistency would carry the label to every later `مارس`. A word the training text never
    // saw and no place list holds, that the tagger read as a place, is the body's short name (اللجنة الوطنية المستقلة
    // للانتخابات ( سيني )); a country the lists lack (انجلترا) the training text knows. After a body and its place, no
    // country is bracketed: the noisy place list's `أميس` is the mission's (بعثة الاتحاد الأفريقي في السودان ( أميس )).
    // But a company the lists name (شركة هواوي ( شنتشن )) has its name: the unseen word after it is its seat, as the tagger
    // read; and a word the lists hold as a place and nothing else is the town the body works in (بعثة الأمم المتحدة في هايتي
    // ( جاكميل )), where `أميس`, a name too, is the list's noise.
    if (out[i + 1] === B_LOC && (freq(i + 1) > 0 || (body === 'body' ? listedPlace(i + 1) || namedBody(out, i, lists) : onlyPlace(lists(i + 1))))) continue;
    // So is the one such word the tagger left out: the seat after a listed company, the town after a body's place.
    if (out[i + 1] === 0 && close === i + 2 && (body === 'body' ? namedBody(out, i, lists) && listedPlace(i + 1) : onlyPlace(lists(i + 1)))) {
      out[i + 1] = B_LOC;
      continue;
    }
    let common = false;
    for (let k = i + 1; k < close; k++) if (sentence[k].text.length > 2 && freq(k) >= COMMON_SHORT_NAME) common = true;
    // People described, not named: a definite sound plural opening the bracket (البشمركة ( [المقاتلون الأكراد] )).
    if (common || (close > i + 2 && PEOPLE_PLURAL.test(sentence[i + 1].norm))) continue;
    // A caption's or credit's word, a date, a nisba or feminine adjective alone names no body (( أرشيفية )، ( المغاربية )).
    let describes = false;
    for (let k = i + 1; k < close; k++) if (notShortName(sentence[k].norm, close === i + 2)) describes = true;
    if (describes) continue;
    for (let k = i + 1; k < close; k++) out[k] = k === i + 1 ? B_ORG : I_ORG;
    if (close + 1 < n && isInside(out[close + 1])) out[close + 1] -= 1;
    i = close;
  }
  return DRAFT_TAG_BRACKETED_SHORT_NAMES.close(tags, out);
}

/**
 * An organisation span that runs on past a listed name into the sentence (`حزب تواصل [النتائج]`, `المؤسسة الوطنية للنفط
 * [الصادرات]`): where the span opens with a listed organisation and what follows it is a plain noun — no list's word, no
 * adjective (ي/ية), no nationality — the span ends with the listed name.
 */
export function trimListedBodies(stems: string[], prefixes: string[], marks: readonly string[][], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span to trim: most sentences
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  const n = out.length;
  const adjective = (j: number) => endsAsNisba(stems[j]);
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    if (!marks[b].includes('ORG-B')) { b = e - 1; continue; }
    let k = b + 1;
    while (k < e && !marks[k].includes('ORG-E')) k++;
    const next = k + 1;
    // A لل complement and its adjectives ending the span name a longer body (وكالة موديز [للتصنيف الائتماني]); with more
    // words after them, the complement is the sentence's (الأمين العام المساعد للجامعة العربية [للشؤون الاجتماعية المشرف]).
    if (next < e && lamWord(prefixes, stems, next)) {
      let j = next + 1;
      while (j < e && !prefixes[j] && adjective(j)) j++;
      if (j === e) { b = e - 1; continue; }
    }
    // A listed front or movement before ل + a noun in construct and its definite genitive is named by what it frees
    // (الجبهة الشعبية [لتحرير الجليل]): bodyComplements took that complement in.
    if (next + 2 === e && FRONTS.has(stems[b]) && lamNoun(prefixes[next], stems[next]) && stems[next + 1].startsWith('ال')) { b = e - 1; continue; }
    // A listed body ending in its لل complement, and the nouns joined to that complement by و with their adjectives (الهيئة
    // العامة للاستثمار [والمناطق الحرة]): one longer name.
    if (next < e && endsInComplement(prefixes, stems, b, k) && prefixes[next] === 'و' && stems[next].startsWith('ال')) {
      let j = next;
      while (j < e && ((prefixes[j] === 'و' && stems[j].startsWith('ال') && !ORGANIZATION_HEADS.has(stems[j])) || (!prefixes[j] && stems[j].startsWith('ال') && /(ي|ه)$/.test(stems[j])))) j++;
      if (j === e) { b = e - 1; continue; }
    }
    if (next < e && marks[next].length === 0 && !adjective(next) && stems[next].length > 2) {
      if (out === tags) out = tags.slice();
      for (let j = next; j < e; j++) out[j] = 0;
    }
    b = e - 1;
  }
  return out;
}

/** Fronts and movements (normalised): named by what they free (لتحرير الجليل), a listed short name or not. */
const FRONTS = set('الجبهة الحركة');
/** ل + an indefinite noun, the ل split off as a clitic or still on the stem (لتحرير), not لل nor لا. */
const lamNoun = (prefix: string, stem: string) =>
  prefix === 'ل' ? !stem.startsWith('ال') : prefix === '' && stem.startsWith('ل') && !stem.startsWith('لل') && !stem.startsWith('لا');
/** Token j is a لل word: ل before a definite stem (the stem of للتصنيف is التصنيف, its ل in the prefix). */
const lamWord = (prefixes: string[], stems: string[], j: number) => prefixes[j].endsWith('ل') && stems[j].startsWith('ال');

/** The span b..k ends in a لل word or in the definite adjectives after one (للاستثمار، للحقوق الاقتصادية). */
function endsInComplement(prefixes: string[], stems: string[], b: number, k: number): boolean {
  let j = k;
  while (j > b && !prefixes[j] && stems[j].startsWith('ال') && endsAsNisba(stems[j])) j--;
  return j > b && lamWord(prefixes, stems, j);
}
/** Days of the week (normalised): after a body's name a day is the sentence's date, never the name's adjective. */
const WEEKDAYS = set('السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة');
