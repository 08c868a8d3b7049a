// Organisation names found by the words around them: courts by their adjectives, papers by their head noun, blocs after their descriptor, a body's sport complement.
import { beginTag as B, insideTag as I, markSpan, spanEnd, takeNextWords } from './tagger';
import { Token } from './tokenize';
import { definite, endsAsFeminineNisba } from './namePatterns';
import { wordSet as set } from './wordSets';
import { cueBit } from './sentenceCues';
import { FUTURE_VERB } from './triggers';
import { hasMark, listMarks } from './nameMarks';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_BODIES_BY_CUE = new TagDraft();
const DRAFT_EXTEND_PURPOSE_COMPLEMENTS = new TagDraft();
const DRAFT_DROP_VERBS_AT_BODY_ENDS = new TagDraft();
const DRAFT_COORDINATED_BODIES = new TagDraft();
const DRAFT_TAG_FOREIGN_BODIES = new TagDraft();
// Regexes tested per word: a literal inside a function is a new object each time it runs.
const LOC_PER_CLUB_FIRST_PLAST_MARK_ANY = listMarks(['LOC', 'PER', 'CLUB', 'FIRST', 'PLAST']);
const LOC_PER_FIRST_PLAST_MARK_ANY = listMarks(['LOC', 'PER', 'FIRST', 'PLAST']);
const DEFINITE_PLURAL = /^ال.+(ين|ون)$/;
const DEFINITE_NISBA_PLURAL = /^ال.{3,}ي(ين|ون)$/;

// The organisation tags, computed once: the loops below compare every token with them.
const B_ORG = B('ORG');
const B_LOC = B('LOC');
const I_ORG = I('ORG');

/** Adjective endings (normalised): الإدارية، العليا، الكبرى، الدستوري. */
const ADJECTIVE = /(ي|يه|يا|ى)$/;
/** Adjectives that date or rank a court rather than name it (المحكمة نفسها is no adjective, المحكمة الأولى is a hearing). */
const NOT_NAMING = set('الاولي الاول الثانيه الثاني نفسها ذاتها الجديده الجديد الحاليه السابقه الماضيه الماضي المعنيه المحليه التاليه');
/** Heads of a newspaper's or magazine's name: the definite word after them is the title (صحيفة النهار، مجلة العربي). */
const PAPER_HEADS = set('صحيفة جريدة مجلة');
/** Descriptors kept outside a bloc's name (كتلة [العمل الشعبي]); not قائمة, a list of anything (قائمة الدول الراعية). */
const BLOC_DESCRIPTORS = set('كتلة');
/** Masses that كتلة measures rather than names (كتلة الأجور العمومية: the wage bill; كتلة الهواء القطبي: an air mass). */
export const BLOC_MASSES = set('الأجور الرواتب الهواء الجليد النقد النقدية الديون');
const MAX_ADJECTIVES = 2;
/** Every head the cue loop looks at, so one lookup turns most tokens away. */
const CUE_HEADS = new Set(['المحكمه', ...PAPER_HEADS, ...BLOC_DESCRIPTORS]);
/** tagBodiesByCue starts at a cue head: without one it changes nothing (sentenceCues.ts). */
export const BODY_CUE = cueBit(CUE_HEADS);

/**
 * Bodies the tagger left O that their shape names: `المحكمة` + definite adjectives (المحكمة الإدارية العليا، المحكمة
 * الدستورية); a paper's head + a definite word (لصحيفة النهار); a definite noun + definite adjective after a bloc's or
 *  descriptor (كتلة العمل الشعبي). `isNationality(k)`: token k is a listed nationality adjective.
 */
export function tagBodiesByCue(sentence: Token[], stems: string[], prefixes: string[], tags: number[], isNationality: (k: number) => boolean): number[] {
  const out = DRAFT_TAG_BODIES_BY_CUE.begin(tags);
  const n = out.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0 && !prefixes[k];
  const adjective = (k: number) => free(k) && definite(stems[k]) && ADJECTIVE.test(stems[k]) && !NOT_NAMING.has(stems[k]);
  const mark = (b: number, e: number) => { markSpan(out, b, e, B_ORG, I_ORG); };
  for (let i = 0; i + 1 < n; i++) {
    if (out[i] !== 0 || !CUE_HEADS.has(stems[i]) || sentence[i].kind !== 'word') continue;
    if (stems[i] === 'المحكمه' && adjective(i + 1) && !isNationality(i + 1)) {
      let e = i + 1;
      while (e - i <= MAX_ADJECTIVES && adjective(e)) e++;
      mark(i, e);
      i = e - 1;
    } else if (PAPER_HEADS.has(stems[i]) && free(i + 1) && definite(stems[i + 1]) && !isNationality(i + 1)) {
      mark(i, i + 2);
      i++;
    } else if (BLOC_DESCRIPTORS.has(stems[i]) && free(i + 1) && definite(stems[i + 1]) && !BLOC_MASSES.has(stems[i + 1]) && !ADJECTIVE.test(stems[i + 1]) && adjective(i + 2) && !isNationality(i + 2)) {
      mark(i + 1, i + 3);
      i += 2;
    }
  }
  return DRAFT_TAG_BODIES_BY_CUE.close(tags, out);
}

/**
 * A body of a sport named with its game (الجامعة الملكية المغربية [لكرة القدم]، الاتحاد العربي [لكرة اليد]): a definite
 * head and its adjectives take `لـ + game + definite` after them.
 */
export function extendSportComplements(sentence: Token[], stems: string[], prefixes: string[], tags: number[]): number[] {
  const n = tags.length;
  return takeNextWords(tags, B_ORG, I_ORG, (b, e) => e + 1 < n && e - b >= 2 && stems[b].startsWith('ال') && !TEAMS.has(stems[b]) &&
    GAMES.has(sentence[e].norm) && tags[e + 1] === 0 && sentence[e + 1].kind === 'word' && !prefixes[e + 1] && definite(stems[e + 1]), 2);
}

/** A national team's game is no part of its name (المنتخب العراقي لكرة القدم), as the project's sets tag it. */
const TEAMS = set('المنتخب');
/** لـ + a game, before its definite genitive (لكرة القدم، لألعاب القوى). */
const GAMES = set('لكرة لالعاب لرياضة');

/** Prepositions a verbal noun of a body's purpose governs (للدفاع عن، للوقاية من). */
const PURPOSE_PREPOSITIONS = set('عن من');
/** Verbal nouns of a body's purpose after لل (normalised): للدفاع، للوقاية، للبحث، للإفراج (عن المعتقلين). */
const PURPOSE = /^لل(دفاع|وقايه|بحث|حد|تحرر|خروج|تضامن|افراج)$/;
/** Heads of associations, centres and committees, which are named for a purpose (not الحكومة, الجيش, الأمم). */
const PURPOSE_HEADS = set('الرابطة الجمعية المركز المنظمة الهيئة اللجنة المعهد الشبكة المرصد الاتحاد المجلس الصندوق المؤسسة الجبهة الحركة النقابة المنتدى التحالف الائتلاف');

/**
 * A body named for its purpose (الرابطة التونسية للدفاع [عن حقوق الإنسان]، المركز الأوروبي للوقاية [من الأمراض]): a span
 * ending in لل + a verbal noun of purpose takes عن/من and the genitives after it, up to the first definite word and its
 * definite genitive.
 */
export function extendPurposeComplements(sentence: Token[], stems: string[], prefixes: string[], marks: readonly string[][], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span to extend or trim: most sentences
  const out = DRAFT_EXTEND_PURPOSE_COMPLEMENTS.begin(tags);
  const n = out.length;
  const free = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0 && !prefixes[k];
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    // A government, an army or a body the list holds whole (الاتحاد الأوروبي، الأمم المتحدة) is the subject of a purpose
    // clause (تسعى الأمم المتحدة للحد من …), not a body named for its purpose.
    if (!PURPOSE_HEADS.has(stems[b]) || (marks[b].includes('ORG-B') && marks[e - 1].includes('ORG-E'))) { b = e - 1; continue; }
    // The purpose itself may still be outside a definite body's span (الرابطة التونسية [للدفاع] عن …): the preposition after it says so.
    if (e + 1 < n && e - b >= 2 && stems[b].startsWith('ال') && out[e] === 0 && PURPOSE.test(sentence[e].norm) && PURPOSE_PREPOSITIONS.has(sentence[e + 1].norm)) {
      out[e] = I_ORG;
      e++;
    }
    if (e - b >= 2 && PURPOSE.test(sentence[e - 1].norm) && free(e) && PURPOSE_PREPOSITIONS.has(sentence[e].norm)) {
      let k = e + 1;
      while (k - e <= 2 && free(k) && !definite(stems[k])) k++;
      if (free(k) && definite(stems[k])) {
        k++;
        if (free(k) && definite(stems[k])) k++;
        for (let j = e; j < k; j++) out[j] = I_ORG;
        b = k - 1;
        continue;
      }
    }
    b = e - 1;
  }
  return DRAFT_EXTEND_PURPOSE_COMPLEMENTS.close(tags, out);
}

/**
 * Heads of state institutions that have no proper name of their own (مجلس الوزراء، النيابة العامة، الدفاع المدني), and
 * of banks, unions, parties, associations and companies named by common words (البنك المركزي، نقابة الصحفيين، الحزب
 * الشيوعي، الهلال الأحمر، الصليب الأحمر): in NewsFANE, WikiFANE and Wojood such a span before a nationality adjective takes it in 111
 * times in 112 (البنك 7, الاتحاد 22, الحزب 10, الشركة 6, وزارة 39 …).
 */
const STATE_HEADS = set(`مجلس المجلس النيابة الدفاع وزارة الوزارة هيئة الهيئة مصلحة المصلحة دائرة المديرية الإدارة المحكمة محكمة
  البنك بنك المصرف الاتحاد اتحاد الحزب الجمعية الشركة النقابة نقابة الهلال الصليب`);

/**
 * A country's mission abroad and its state broadcaster, named by the nationality alone (السفارة العراقية، التليفزيون
 * المصري، التلفزيون السوري): the tagger reads the bare head.
 */
const EMBASSIES = set('السفارة القنصلية التلفزيون التليفزيون الإذاعة');

/**
 * The Red Crescent and the Red Cross (الهلال الأحمر، الصليب الأحمر), also after a head of their own (جمعية الهلال الأحمر): a
 * national society takes its nationality in every one of the corpora's 4 and the read sets' 17 (none left out).
 */
const RED_EMBLEMS = set('الهلال الصليب');
const RED = 'الاحمر';
/**
 * Bank heads: a bank's head and the word after it are its own words even where the clubs list holds them (the bank's football
 * club البنك الأهلي): البنك الأهلي [المصري] is whole 12 times of 12 in the read sets' gold and 2 of 2 in WikiFANE; a bank +
 * adjective + nisba is inside 7 times of 8 in the corpora.
 */
const BANK_HEADS = set('البنك بنك المصرف مصرف');

/** Heads of bodies named by their members (نقابة المعلمين، اتحاد الطلاب، تجمع المهنيين، رابطة الكتاب). */
const MEMBER_HEADS = set('نقابة النقابة اتحاد الاتحاد تجمع التجمع رابطة الرابطة لجنة اللجنة جمعية الجمعية هيئة الهيئة');

const FEMININE = /(ه|ات)$/; // a feminine word, normalised (الحكومه، الصناعات)
/** The nisba after words b..e-1 agrees with one: a feminine one after masculine words describes the noun before them (قافلة الصليب الأحمر [الأمريكية]). */
const agrees = (stems: readonly string[], b: number, e: number) => !endsAsFeminineNisba(stems[e]) || stems.slice(b, e).some((s) => FEMININE.test(s));

/**
 * A state institution without a proper name of its own takes the nationality adjective after it (مجلس الوزراء
 * [السعودي]، النيابة العامة [المصرية]، الدفاع المدني [الجزائري]), as the project's sets and NewsFANE tag it; a span
 * holding a listed name (a place, person or club: مجلس [دبي]) has a proper name and leaves the adjective out. (Giving
 * the adjective back from a listed club, الترجي الرياضي [التونسي], was tried: the lists hold الوداد البيضاوي whole, dev fell.)
 */
export function takeInstitutionNationality(stems: string[], marks: readonly string[][], tags: number[], isNationality: (k: number) => boolean,
  nationalityWord: (w: string) => boolean = () => false): number[] {
  // الهلال before الأحمر is the Red Crescent's emblem, not the club the clubs list holds (الهلال الأحمر [السوداني] was cut).
  const proper = (k: number) => hasMark(marks[k], LOC_PER_CLUB_FIRST_PLAST_MARK_ANY) && !(RED_EMBLEMS.has(stems[k]) && stems[k + 1] === RED) &&
    !((BANK_HEADS.has(stems[k]) || (k > 0 && BANK_HEADS.has(stems[k - 1]))) && !hasMark(marks[k], LOC_PER_FIRST_PLAST_MARK_ANY));
  const anyProper = (b: number, e: number) => { for (let k = b; k < e; k++) if (proper(k)) return true; return false; };
  const allDefinite = (b: number, e: number) => stems.slice(b, e).every((s) => s.startsWith('ال'));
  return takeNextWords(tags, B_ORG, I_ORG, (b, e) =>
    // An embassy the tagger read as its bare head (انفجار [السفارة] العراقية) takes its nationality too.
    (((e - b >= 2 && (STATE_HEADS.has(stems[b]) || (RED_EMBLEMS.has(stems[e - 2]) && stems[e - 1] === RED))) || (e - b === 1 && EMBASSIES.has(stems[b]))) &&
      isNationality(e) && stems[e].startsWith('ال') &&
      allDefinite(b + 1, e) && !anyProper(b, e) && agrees(stems, b, e)) ||
    // A body of members (نقابة المعلمين، النقابة الوطنية للصحفيين) takes their plural nationality, which the list holds only
    // in the singular (نقابة المعلمين [اليمنيين]، اتحاد الصحفيين [التشاديين]): the adjective agrees with the members, inside the name.
    (e - b >= 2 && MEMBER_HEADS.has(stems[b]) && DEFINITE_PLURAL.test(stems[e - 1]) && DEFINITE_NISBA_PLURAL.test(stems[e]) &&
      nationalityWord(stems[e].slice(0, -2)) && allDefinite(b + 1, e) && !anyProper(b, e)));
}

/**
 * An organisation span that took in a verb at either end (وفاز [الترجي الرياضي]، إن [الصندوق] سيضخ): a result or
 * reporting verb opening it (`isVerb`) or a future verb closing it is the sentence, not the name. Not a listed word (جامعة
 * [ستانفورد]، شركة [سيمنس]: `listed(w)`), nor the name after an indefinite head (شركة [سينوبك]: a verb cannot follow it there).
 * The sentence's next words behind ب after the name's definite words are cut off too
 * (محكمة الاستئناف [بالرباط بتغريم]). (Cutting a common indefinite last word, وزارة الصحة [تسجيل], was tried: it cut
 * `الجزيرة [نت]` and `الاتحاد الجنوب [أفريقي]` on NewsFANE.)
 */
export function dropVerbsAtBodyEnds(sentence: Token[], stems: string[], prefixes: string[], tags: number[], isVerb: (k: number) => boolean, listed: (w: string) => boolean,
  placeListed: (w: string) => boolean = () => false): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span to extend or trim: most sentences
  const out = DRAFT_DROP_VERBS_AT_BODY_ENDS.begin(tags);
  const n = out.length;
  for (let b = 0; b < n; b++) {
    if (out[b] !== B_ORG) continue;
    let e = spanEnd(out, b);
    e = trimBodyTail(sentence, stems, prefixes, out, b, e, listed, placeListed);
    if (e - b >= 2 && FUTURE_VERB.test(sentence[e - 1].norm) && !prefixes[e - 1] && !(e - b === 2 && !stems[b].startsWith('ال')) && !listed(sentence[e - 1].norm)) { out[e - 1] = 0; e--; }
    if (e - b >= 2 && isVerb(b)) { out[b] = 0; out[b + 1] = B_ORG; }
    b = e - 1;
  }
  return DRAFT_DROP_VERBS_AT_BODY_ENDS.close(tags, out);
}

/** The span b..e cut where the sentence goes on (see dropVerbsAtBodyEnds); returns its new end. */
function trimBodyTail(sentence: Token[], stems: string[], prefixes: string[], out: number[], b: number, e: number, listed: (w: string) => boolean,
  placeListed: (w: string) => boolean): number {
  // ب + a word after a definite word of the name: `in`/`with` something, the sentence going on (بلا حدود is a name's own).
  for (let k = b + 2; k < e; k++) {
    if (/^و?ب$/.test(prefixes[k]) && stems[k] !== 'لا' && stems[k - 1].startsWith('ال') && !listed(sentence[k].norm)) {
      for (let j = k; j < e; j++) out[j] = 0;
      // The place cut off is still a place (مجلس الدولة [بمصر]، محكمة الجنايات [بالقاهرة]): one listed word.
      if (e - k === 1 && (placeListed(stems[k]) || (stems[k].startsWith('ال') && placeListed(stems[k].slice(2))))) out[k] = B_LOC;
      return k;
    }
  }
  return e;
}

/** Training-text count below which an unknown word after `و` next to a body is taken as another body. */
const RARE_BODY = 3;

/**
 * `… [الاتحاد الأفريقي] [والإيقاد] .`: a word after `و` right after an organisation, rare in the training text without its
 * `و`, closing the sentence or clause, is a second body, as coordinatedPlaces does for places. A run of such words is a
 * list of bodies (نتفليكس [وشاهد] [وآرتي] الفرنسية), and a nationality adjective after the last closes it as punctuation
 * does (إيني الإيطالية [وريبسول] الإسبانية): the adjective stays outside, as after a company's own name; so does the next
 * body of a list.
 * A known noun with a lone ه where the paragraph spells ة (انتر ميلان [وضيفه] بايرن ميونيخ: his guest) is no body:
 * `pronounNoun(k)`; spread by document consistency, it had made every ضيفه of a sports page a club.
 * `restFreq(k)`: training count of token k without its first letter; `listed(w)`: a list holds w; `isNationality(k)`.
 */
export function coordinatedBodies(sentence: Token[], tags: number[], restFreq: (k: number) => number, listed: (w: string) => boolean,
  isNationality: (k: number) => boolean = () => false, pronounNoun: (k: number) => boolean = () => false): number[] {
  if (tags.indexOf(B_ORG) < 0 && tags.indexOf(I_ORG) < 0) return tags; // no organisation next to which a body could follow: most sentences
  const out = DRAFT_COORDINATED_BODIES.begin(tags);
  const n = out.length;
  const conjunct = (k: number) => {
    if (out[k] !== 0 || sentence[k].kind !== 'word') return false;
    const w = sentence[k].norm;
    if (w[0] !== 'و' || w.length < 5 || restFreq(k) >= RARE_BODY || /(ها|هم|هما|هن|كم|نا)$/.test(w) || pronounNoun(k)) return false;
    // A past verb's ending (واستنكرت، وتعهدوا، واتفقتا) on a word no list holds: the clause ends on a verb, naming nothing
    // (a body's name ending so, ومايكروسوفت, is listed).
    // So does a sound masculine plural no list holds: people (وحقوقيون مصريون، ومستثمرون صينيون), not a body.
    return !(/(ت|وا|تا|ون|ين)$/.test(w) && !listed(w.slice(1)));
  };
  const body = (k: number) => out[k] === B_ORG || out[k] === I_ORG;
  for (let k = 1; k < n; k++) {
    // Next to a body, or to the nationality adjective after one (إيني الإيطالية [وريبسول]).
    if (!body(k - 1) && !(k >= 2 && out[k - 1] === 0 && isNationality(k - 1) && body(k - 2))) continue;
    let e = k;
    while (e < n && conjunct(e)) e++;
    // Closed by punctuation, the end, a nationality adjective or the next body of the list (توتال [وفيزا] [وبنك أفريكا]).
    if (e === k || (e < n && sentence[e].kind !== 'punct' && out[e] !== B_ORG && !(out[e] === 0 && isNationality(e)))) continue;
    for (let j = k; j < e; j++) out[j] = B_ORG;
    k = e;
  }
  return DRAFT_COORDINATED_BODIES.close(tags, out);
}

/** Heads that open a body's name made of foreign or unknown words (جماعة لشكر طيبة، شركة إنفوسيس، حركة كفاية). */
const FOREIGN_NAME_HEADS = set('جماعة حركة حزب منظمة شركة مجموعة جبهة مؤسسة وكالة صحيفة');
/** tagForeignBodies starts at a head of a foreign body's name: without one it changes nothing (sentenceCues.ts). */
export const FOREIGN_BODY_CUE = cueBit(FOREIGN_NAME_HEADS);
const MAX_FOREIGN_WORDS = 3;
/** Training count from which a singular is an Arabic noun the training text knows (صفقة). */
const KNOWN_SINGULAR = 5;

/**
 * A body head the tagger left O before words the training text hardly knows (جماعة [لشكر طيبة]، شركة [إنفوسيس]): the head
 * and those words, up to three, are the body's name. `freq(k)`: training count of token k.
 */
export function tagForeignBodies(sentence: Token[], stems: string[], prefixes: string[], tags: number[], freq: (k: number) => number,
  wordFreq: (w: string) => number = () => 0): number[] {
  const out = DRAFT_TAG_FOREIGN_BODIES.begin(tags);
  const n = out.length;
  // Not a word with a clitic: the splitter's reading (لشكر as ل + شكر) says nothing of how rare the name is; nor the
  // plural of a word the training text knows (مجموعة [صفقات]: صفقة), an Arabic noun however rare its plural.
  // Nor a feminine nisba: it describes the head (حركة احتجاجية) and names nothing.
  const rare = (k: number) => k < n && sentence[k].kind === 'word' && out[k] === 0 && !prefixes[k] && !stems[k].startsWith('ال') &&
    /^[\u0621-\u064A]/.test(sentence[k].text) && freq(k) < RARE_BODY && !endsAsFeminineNisba(stems[k]) &&
    !(stems[k].length >= 5 && stems[k].endsWith('ات') && wordFreq(stems[k].slice(0, -2) + 'ه') >= KNOWN_SINGULAR);
  for (let i = 0; i + 1 < n; i++) {
    if (out[i] !== 0 || !FOREIGN_NAME_HEADS.has(stems[i]) || !rare(i + 1)) continue;
    let e = i + 1;
    while (e - i <= MAX_FOREIGN_WORDS && rare(e)) e++;
    markSpan(out, i, e, B_ORG, I_ORG);
    i = e - 1;
  }
  return DRAFT_TAG_FOREIGN_BODIES.close(tags, out);
}
