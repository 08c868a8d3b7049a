// Bodies described, not named: a company's description before its name (شركة الأمن الإلكتروني [كاسبرسكي]), a body of a
// country without a name (محكمة فرنسية), the board of a company already named (مجلس إدارة الشركة).
import { beginTag as B, insideTag as I, isInside, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { definite } from './namePatterns';
import { wordSet as set } from './wordSets';
import { ORGANIZATION_HEADS } from './triggers';
import { BLOC_MASSES } from './bodyCues';
import { hasMark, listMarks } from './nameMarks';
import { HOSPITAL_HEADS } from './hospitalNames';
import { TagDraft } from './tagDraft';
const DRAFT_DROP_WORDS_BEFORE_BODIES = new TagDraft();
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const LOC_FIRST_MARK_ANY = listMarks(['LOC', 'FIRST']);
const LATIN_START = /^[A-Za-z]/;

const B_ORG = B('ORG');
const I_ORG = I('ORG');

/** Heads that a description of the trade follows before the company's own name (شركة النفط الوطنية، مجموعة الاتصالات). */
const DESCRIBED_HEADS = set('شركة مجموعة منصة');
/** Longest name after the description (بتروليوس دي فنزويلا). */
const MAX_NAME_WORDS = 4;
/** Training-text count below which a word is taken as a foreign name rather than a word of the sentence. */
const RARE_NAME = 3;

/**
 * `head + definite words (the trade, an adjective, a nationality) + a foreign name`: where the name is Latin or words the
 * training text hardly knows, without ال, the organisation is the name alone and the head and description are O, as the
 * project's sets tag descriptors (`شركة الأمن الإلكتروني [كاسبرسكي]`، `شركة الذكاء الاصطناعي الإماراتية [G42]`). The name
 * may be inside the tagger's span or the span (of any label) right after it. `freq(k)`: training count of token k.
 */
export function splitDescribedCompanies(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[], freq: (k: number) => number): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // the description is read as an organisation first: most sentences have none
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  const n = out.length;
  const nameWord = (k: number) => k < n && (sentence[k].kind === 'word' || sentence[k].kind === 'number') && !definite(stems[k]) &&
    (/^[A-Za-z]/.test(sentence[k].text) || (sentence[k].kind === 'word' && freq(k) < RARE_NAME && !hasMark(marks[k], LOC_FIRST_MARK_ANY)));
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    if (!DESCRIBED_HEADS.has(stems[b])) { b = e - 1; continue; }
    // The description: one to three definite words right after the head.
    let d = b + 1;
    while (d < e && d - b <= 3 && definite(stems[d])) d++;
    if (d === b + 1) { b = e - 1; continue; }
    // The name: the rest of the span, or the span right after it when the description ends the span.
    const nameStart = d;
    let nameEnd = e;
    if (d === e) {
      if (e >= n || out[e] === 0 || isInside(out[e]) || !tagLabel(out[e])) { b = e - 1; continue; }
      nameEnd = spanEnd(out, e);
    }
    if (nameEnd - nameStart > MAX_NAME_WORDS) { b = e - 1; continue; }
    // The first word is foreign or rare; the words after it may be anything but a definite word (دي فنزويلا، 42).
    let all = nameWord(nameStart);
    for (let k = nameStart + 1; k < nameEnd; k++) if (definite(stems[k]) || (sentence[k].kind !== 'word' && sentence[k].kind !== 'number')) all = false;
    if (!all) { b = e - 1; continue; }
    if (out === tags) out = tags.slice();
    for (let k = b; k < nameStart; k++) out[k] = 0;
    for (let k = nameStart; k < nameEnd; k++) out[k] = k === nameStart ? B_ORG : I_ORG;
    b = nameEnd - 1;
  }
  return out;
}

/**
 * A one-word organisation the tagger put right before another that opens with a body's head noun (`صادق [مجلس النواب]`،
 * `ميليشيا [اتحاد المحاكم]`، `إدارة [نادي القادسية]`) is the verb or the noun that governs it, not a name: two bodies never
 * stand side by side without a conjunction or a mark between them. Not a word a list holds as an organisation.
 */
export function dropWordsBeforeBodies(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  const out = DRAFT_DROP_WORDS_BEFORE_BODIES.begin(tags);
  const n = out.length;
  const bare = (s: string) => (s.startsWith('ال') ? s.slice(2) : s);
  const opensBody = (k: number) => ORGANIZATION_HEADS.has(stems[k]) || ORGANIZATION_HEADS.has(bare(stems[k])) || hasMark(marks[k], BODY_START);
  for (let k = 0; k + 1 < n; k++) {
    if (out[k] !== B_ORG || sentence[k].kind !== 'word' || definite(stems[k])) continue;
    // The management of a body named after it (مجلس [إدارة] بنك الكويت الوطني، إدارة جامعة القاهرة) is no part of its
    // name: the corpora start the body after إدارة 36 times in 38 (not إدارة معلومات الطاقة, whose next word opens no body).
    if (out[k + 1] === I_ORG && MANAGEMENT.has(stems[k]) && opensBody(k + 1)) { out[k] = 0; out[k + 1] = B_ORG; continue; }
    // A bloc's descriptor before its name (كتلة [المستقبل]، تكتل [لبنان القوي]) stays outside, as the project's sets tag it
    // (bodyCues.ts): the tagger takes it in from NewsFANE, which does so two times in three. Not a mass كتلة measures.
    if (out[k + 1] === I_ORG && BLOCS.has(stems[k]) && !BLOC_MASSES.has(stems[k + 1])) { out[k] = 0; out[k + 1] = B_ORG; continue; }
    if (out[k + 1] !== B_ORG) continue;
    if (marks[k].some((m) => m.startsWith('ORG')) || LATIN_START.test(sentence[k].text)) continue;
    // A conjunction before the second body makes the two a list (دانون [وبنك أفريكا]), as the rule itself says.
    if (sentence[k + 1].norm.startsWith('و') && sentence[k + 1].norm.slice(1) === stems[k + 1]) continue;
    if (ORGANIZATION_HEADS.has(stems[k + 1]) || ORGANIZATION_HEADS.has(bare(stems[k + 1]))) out[k] = 0;
  }
  return DRAFT_DROP_WORDS_BEFORE_BODIES.close(tags, out);
}

/** Descriptors of a parliamentary bloc, indefinite (الكتلة الصدرية is a name of its own). */
const BLOCS = set('تكتل');
/** The management (إدارة) of the body named after it. */
const MANAGEMENT = set('إدارة');
/** A list's mark for a body or club beginning at the word (as spelled or transliteration-folded). */
const BODY_START = listMarks(['ORG', 'CLUB'], { places: 'BS' });

/** A national team is named by its country, whose word may be the nationality's too (منتخب مالي، منتخب زيمبابوي). */
const TEAM_HEADS = set('منتخب');
/** Longest all-indefinite description read as a body (شركة نفط بريطانية). */
const MAX_DESCRIPTION = 3;

/** Every word of b…e without the article, and none but the last in a name list (no copy of the words per span). */
function indefiniteUnnamed(stems: readonly string[], b: number, e: number, named: (k: number) => boolean): boolean {
  for (let k = b; k < e; k++) if (stems[k].startsWith('ال') || (k !== e - 1 && named(k))) return false;
  return true;
}

/**
 * Whether a list names a word of b…e, the second word apart when it has the article (a loop, not a closure over b:
 * that would cost a context per token).
 */
function namedBeyondArticle(stems: readonly string[], b: number, e: number, named: (k: number) => boolean): boolean {
  for (let k = b; k < e; k++) if (named(k) && !(k === b + 1 && stems[b + 1].startsWith('ال'))) return true;
  return false;
}

/** Whether a list names a word of b…e. */
function anyNamed(b: number, e: number, named: (k: number) => boolean): boolean {
  for (let k = b; k < e; k++) if (named(k)) return true;
  return false;
}

/**
 * `head + nationality` with no article and no name (محكمة فرنسية، شركة نفط بريطانية، صحيفة أمريكية) describes a body of
 * that country and names none: a body's name is definite or carries a proper name; not a national team. So does an
 * indefinite head with what describes it right after (`describes(k)`): a common adjective (حزب إسلامي، محكمة ميدانية،
 * مجلس تشريعي) or a لل complement (بنك للعيون، مؤسسة للطبع والنشر). `named(k)`: a list holds token k as a name part,
 * place or body.
 */
export function dropIndefiniteDescriptions(stems: string[], tags: number[], isNationality: (k: number) => boolean, named: (k: number) => boolean,
  describes: (k: number) => boolean = () => false): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span: nothing to drop
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const head = ORGANIZATION_HEADS.has(stems[b]) && !TEAM_HEADS.has(stems[b]) && !stems[b].startsWith('ال');
    const country = e - b >= 2 && e - b <= MAX_DESCRIPTION && isNationality(e - 1) && indefiniteUnnamed(stems, b, e, named);
    // The describing word right after the head; a لل complement may go on (للطبع والنشر), an adjective ends the span.
    // A لل word may be a place's name too (للعيون: the eyes, and the town).
    const described = e - b >= 2 && e - b <= MAX_DESCRIPTION && describes(b + 1) && (e - b === 2 || stems[b + 1].startsWith('ال')) &&
      !namedBeyondArticle(stems, b, e, named);
    if (head && (country || described)) {
      if (out === tags) out = tags.slice();
      for (let k = b; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}

/**
 * Bodies a text names once and then calls by their bare head (the company, the bank, the club, the party, the authority,
 * the organisation, the ministry), normalised: not الاتحاد or الجامعة, which name a club, a paper and the Arab League
 * (نادي الاتحاد، مجلس الجامعة).
 */
const ANAPHORIC_HEADS = set('الشركة البنك المصرف النادي الحزب الحركة المجموعة المؤسسة الهيئة المنظمة الوزارة');
const MAX_ORGAN_WORDS = 4;

/**
 * An organ of a body the text calls by its bare head (مجلس إدارة [الشركة]، الجمعية العمومية [للنادي]، مجلس شورى [الحزب]) is
 * no name: the company is the one named before, and its board is any company's (مجلس مفوضي [الهيئة]). NewsFANE leaves all of them O; a body's own
 * name after a head is a name or a field (مجلس إدارة بنك قطر الوطني، نادي الاتحاد). Not a span with a word a list holds as a
 * name, place or body (`named(k)`).
 */
export function dropAnaphoricBodies(stems: string[], prefixes: string[], tags: number[], named: (k: number) => boolean): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags;
  let out = tags;
  const bare = (s: string) => (s.startsWith('ال') ? s.slice(2) : s);
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    const last = stems[e - 1];
    // The last word the bare head, as it is or behind ل (للنادي: ل + النادي).
    const head = ANAPHORIC_HEADS.has(last) && (!prefixes[e - 1] || prefixes[e - 1] === 'ل');
    if (head && e - b >= 2 && e - b <= MAX_ORGAN_WORDS && (ORGANIZATION_HEADS.has(stems[b]) || ORGANIZATION_HEADS.has(bare(stems[b]))) &&
      !anyNamed(b, e, named)) {
      if (out === tags) out = tags.slice();
      for (let k = b; k < e; k++) out[k] = 0;
    }
    b = e - 1;
  }
  return out;
}

/**
 * Adjectives that say what a named body is, not part of its name (normalised): ruling, opposition, official, state-owned,
 * Salafi, a start-up (حزب النور [السلفي]، بنك إيلر [الحكومي]، شركة سلة [الناشئة]). Not المستقلة, a commission's own
 * (مفوضية الانتخابات المستقلة: bodyComplements.ts STANDING_ADJECTIVES), though a paper's description too; not السلفية,
 * which the names of Salafi bodies end in (الدعوة السلفية، جماعة الدعوة السلفية).
 */
export const DESCRIBING_ADJECTIVES = set('الحاكم الحاكمة المعارض المعارضة الرسمية الحكومي الحكومية الناشئة السلفي');
/** A definite nisba or feminine adjective (الدولية، الوطني), normalised: a body named by its head and adjectives. */
const ADJECTIVE_BEFORE = /^ال.{2,}(ي|يه)$/;

/**
 * A body's span of three words or more that ends in `DESCRIBING_ADJECTIVES` right after a word that is no adjective (its
 * proper name: النور، إيلر) ends before it, as the project's sets and NewsFANE tag it (`حزب المؤتمر الوطني`
 * [الحاكم]). After an adjective the body is named by its adjectives and this one is its own (لجنة التحقيق الدولية
 * المستقلة، الهيئة الحكومية). A clitic makes the word a noun the name governs (الهيئة العليا [للمعارضة]). A hospital's
 * الحكومي is its name's tail (hospitalNames.ts HOSPITAL_TAILS: مستشفى صور الحكومي).
 */
export function dropDescribingAdjectives(stems: readonly string[], prefixes: readonly string[], tags: number[]): number[] {
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    if (e - b >= 3 && !prefixes[e - 1] && DESCRIBING_ADJECTIVES.has(stems[e - 1]) && !ADJECTIVE_BEFORE.test(stems[e - 2]) && !HOSPITAL_HEADS.has(stems[b])) {
      if (out === tags) out = tags.slice();
      out[e - 1] = 0;
    }
    b = e - 1;
  }
  return out;
}
