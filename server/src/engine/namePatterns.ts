// Corrections after decoding for name shapes the training data's era barely shows: Latin-script product
// names inside Arabic text, named bodies written as head + adjective + لـ complement, and listed
// multi-word places the tagger cut short.
import { beginTag as B, insideTag as I, isInside, markSpan, spanEnd, tagLabel } from './tagger';
import { Token } from './tokenize';
import { ORGANIZATION_HEADS, PERSON_TITLE_FORMS, PERSON_TITLES } from './triggers';
import { cueKind } from './quoteCues';
import { NAME_LISTS as NAME_LIST_MARK, hasMark, listMarks } from './nameMarks';
import { COMPASS_WORDS, LAM_STOPS, LAM_WORDS, wordSet as set, filteredWordSet as filtered } from './wordSets';
import { cueBit, markBit } from './sentenceCues';
import { icuRegionNames } from './regionNames';
import { TagDraft } from './tagDraft';
const DRAFT_TAG_DEFINITE_BODIES = new TagDraft();
const DRAFT_EXTEND_LISTED_PLACES = new TagDraft();

/** Tag numbers looked up once: the rules run on every sentence tagged. */
/** The tags the rules test and set on every token, looked up once. */
const B_LOC = B('LOC');
const B_MISC = B('MISC');
const B_ORG = B('ORG');
const B_PERS = B('PERS');
const I_LOC = I('LOC');
const I_ORG = I('ORG');
const I_PERS = I('PERS');


/** Definite head nouns of public bodies whose full name is `head + adjective + لـ complement`. */
const BODY_HEAD_WORDS = `
  المجلس المرصد المديرية اللجنة المركز المفوضية المندوبية الهيئة المنظمة الاتحاد الرابطة النقابة الجمعية المؤسسة
  الوكالة المعهد الصندوق المحكمة الإدارة الشركة المجموعة الجبهة الحركة الأكاديمية المنتدى البنك المصرف الكونفدرالية
  الفدرالية الفيدرالية الكونفيدرالية
`;
const BODY_HEADS = filtered(BODY_HEAD_WORDS);
/** tagDefiniteBodies starts at a body head: without one it changes nothing (sentenceCues.ts). */
export const DEFINITE_BODY_CUE = cueBit(set(BODY_HEAD_WORDS));
/** Function words spelled with a leading ال (إلى، التي، الذي، إلا، الآن) end a name. */
const AL_PARTICLES = set('إلى الى التي الذي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي إلا الا الآن الان');
export const definite = (stem: string) => stem.startsWith('ال') && !AL_PARTICLES.has(stem);
/**
 * A definite masculine sound plural of seven letters or more (المصلين، المحتجون، الباحثين): people, the verb's subject or
 * object, no name; shorter words are often names (العين، الحسين).
 */
export const definitePlural = (stem: string) => /^ال.{3,}(ين|ون)$/.test(stem);

/** Adjectives that never make a head a name by themselves (ordinals and rank in sport, size). */
const NOT_NAMING = set('الأول الأولى الثاني الثانية الثالث الثالثة الأخير الأخيرة الرئيسي الرئيسية الحالي الحالية الجديد الجديدة السابق السابقة المقبل المقبلة');
const MAX_BODY_WORDS = 6;

/**
 * `ال + head + ال + adjective + لـ complement` (المجلس الأعلى للدولة، المرصد السوري لحقوق الإنسان،
 * المديرية العامة للحماية المدنية) is the full name of a body even when no word of it is a name; the
 * tagger, trained on older news, leaves many of them O. Only spans wholly O are tagged; the
 * complement runs over its definite genitives (لشؤون اللاجئين) and stops at anything else.
 */
export function tagDefiniteBodies(sentence: Token[], stems: string[], prefixes: string[], tags: number[]): number[] {
  const out = DRAFT_TAG_DEFINITE_BODIES.begin(tags);
  const n = out.length;
  const word = (k: number) => k < n && sentence[k].kind === 'word';
  for (let i = 0; i + 2 < n; i++) {
    if (out[i] !== 0 || !BODY_HEADS.has(stems[i])) continue;
    // One or two definite adjectives without a clitic (الأعلى، السامية، العامة، السوري).
    let j = i + 1;
    while (j < n && j - i <= 2 && word(j) && out[j] === 0 && !prefixes[j] && definite(stems[j]) && !BODY_HEADS.has(stems[j])) j++;
    if (j === i + 1 || j >= n || NOT_NAMING.has(stems[j - 1])) continue;
    // The لـ complement: لـ/للـ + noun (للدولة، لحقوق، للتخطيط), or an unsplit لـ + verbal noun before a definite genitive (لإنقاذ الشعب).
    const lamNoun = (k: number) => sentence[k].norm.length >= 5 && sentence[k].norm[0] === 'ل' && !LAM_WORDS.has(sentence[k].norm) &&
      VERBAL_NOUN.test(sentence[k].norm.slice(1)) && word(k + 1) && out[k + 1] === 0 && !prefixes[k + 1] && definite(stems[k + 1]);
    if (!word(j) || out[j] !== 0 || LAM_STOPS.has(sentence[j].norm) || (prefixes[j] !== 'ل' && !sentence[j].norm.startsWith('لل') && !lamNoun(j))) continue;
    let e = j + 1;
    while (e < n && e - i < MAX_BODY_WORDS && word(e) && out[e] === 0 && !prefixes[e] && definite(stems[e])) e++;
    markSpan(out, i, e, B_ORG, I_ORG);
    i = e - 1;
  }
  return DRAFT_TAG_DEFINITE_BODIES.close(tags, out);
}

/**
 * Shapes of a verbal noun after an unsplit لـ (normalised): إفعال لإنقاذ، افتعال لانتخاب، استفعال لاستثمار، انفعال،
 * تفعيل لتحرير، تفاعل لتعاون، تفعلة لتنمية، مفاعلة لمكافحة، فعالة لحماية.
 */
export const VERBAL_NOUN = /^(ا..ا.|ا.ت.ا.|است..ا.|ان..ا.|ت..ي.|ت.ا..|ت...ه|م.ا..ه|..ا.ه)$/;

/** Compass words: the training news tags `شرق [أفريقيا]` and `[جنوب أفريقيا]` alike, so a listed phrase they open is left to the tagger. */
const COMPASS = filtered(COMPASS_WORDS);
/** Two-word country names that open with a compass word, from ICU's Arabic region names (جنوب السودان، جنوب أفريقيا). */
const COMPASS_COUNTRIES: ReadonlySet<string> = new Set([...icuRegionNames()].filter((name) => {
  const words = name.split(' ');
  return words.length === 2 && COMPASS.has(words[0]);
}));

/** extendListedPlaces starts at a listed place's first word: without one it changes nothing (sentenceCues.ts). */
export const LISTED_PLACE_MARKS = markBit('LOC-B');

/**
 * A listed place of two or more words (تيزي وزو، سلطنة عمان، الخرطوم بحري) of which the tagger
 * tagged only a part as LOCATION is taken whole, when the rest of it is O. `marks` are the
 * sentence's gazetteer marks (`LOC-B` … `LOC-E`); `stems` its clitic-free words.
 */
export function extendListedPlaces(stems: string[], marks: readonly string[][], tags: number[]): number[] {
  const out = DRAFT_EXTEND_LISTED_PLACES.begin(tags);
  const n = out.length;
  for (let i = 0; i < n; i++) {
    if (!marks[i].includes('LOC-B')) continue;
    let e = i + 1;
    while (e < n && !marks[e].includes('LOC-E') && marks[e].includes('LOC-I')) e++;
    if (e >= n || !marks[e].includes('LOC-E')) continue;
    // A compass word opens a country's name (جنوب السودان، جنوب أفريقيا) but otherwise only a region of a place.
    if (COMPASS.has(stems[i]) && !(e === i + 1 && COMPASS_COUNTRIES.has(stems[i] + ' ' + stems[e]))) continue;
    const span = out.slice(i, e + 1);
    const locs = span.filter((t) => tagLabel(t) === 'LOCATION').length;
    if (locs === 0 || locs === span.length || span.some((t) => t !== 0 && tagLabel(t) !== 'LOCATION')) continue;
    // Only a place inside the listed span, not one running on before or after it.
    if ((i > 0 && isInside(out[i]) && tagLabel(out[i - 1]) === 'LOCATION') || (e + 1 < n && isInside(out[e + 1]))) continue;
    markSpan(out, i, e + 1, B_LOC, I_LOC);
    i = e;
  }
  return DRAFT_EXTEND_LISTED_PLACES.close(tags, out);
}

/** A feminine nisba, normalised (السورية → السوريه): it describes a feminine head (حركة احتجاجية), not a masculine one. */
export const endsAsFeminineNisba = (w: string): boolean => w.endsWith('يه');
/**
 * A normalised word ending as a nisba adjective does (الاقتصادي، السورية): one that describes a name's head rather than
 * names it, where many passes stop a name or leave a word out. Written once so every pass reads the same two endings.
 */
export const endsAsNisba = (w: string): boolean => w.endsWith('ي') || endsAsFeminineNisba(w);
/**
 * A definite nisba (الدولي، الحمروني; السورية too when `feminine`): ال, `minLetters` letters at least, then the ending.
 * Passes differ on the length: two letters take الملي، three leave it.
 */
export const definiteNisba = (w: string, minLetters: number, feminine: boolean): boolean =>
  w.startsWith('ال') && (feminine ? endsAsNisba(w) : w.endsWith('ي')) && w.length - (w.endsWith('يه') && feminine ? 4 : 3) >= minLetters;

/** A title, also in the feminine the lists lack (الأمينة → الأمين). Stems are normalised (ة → ه). */
export const isTitleWord = (stem: string) => PERSON_TITLES.has(stem) || (stem.endsWith('ه') && PERSON_TITLES.has(stem.slice(0, -1)));

/**
 * A title with its adjective (الأمينة العامة، المدير التنفيذي) is a role, not an organisation, even
 * when the tagger called it one: the organisation, if any, follows it (الأمينة العامة [لاتحاد …]).
 */
export function dropTitleBodies(stems: string[], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span: nothing to drop
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    if (e - b <= 2 && isTitleWord(stems[b]) && (e - b === 1 || stems[b + 1].startsWith('ال'))) { if (out === tags) out = tags.slice(); for (let k = b; k < e; k++) out[k] = 0; }
    b = e - 1;
  }
  return out;
}

/**
 * `للبنان`، `لليبيا`: ل + a place that itself begins with ل reads like ل + ال + …, so the clitic
 * splitter looks up `البنان` and the list match is lost. A word O after decoding whose form without
 * its first ل is a listed place (and in no person list) is that place; in a sentence with a sports cue, a place the
 * clubs list holds too is the club (هدفين [لليفربول]), as tagSportsClubs reads it without the clitic. `lists(w)`: the
 * name lists holding the normalised phrase w (`LOC|ORG`), or undefined.
 */
/** Words that make a sentence about the city itself even beside a sports word (بلدية ليفربول … الملعب الجديد … لليفربول، مسقط رأسه). */
const CITY_TALK = /^[وفبلك]?(ال)?(مدينه|بلديه|مسقط|عمده|سكان)$/;

export function tagLamPlaces(sentence: Token[], tags: number[], lists: (w: string) => string | undefined, sports = false): number[] {
  // Copied at the first place found (few sentences have one): each step reads and writes only its own word.
  let out: number[] | undefined;
  for (let i = 0; i < tags.length; i++) {
    const w = sentence[i].norm;
    if (tags[i] !== 0 || sentence[i].kind !== 'word' || !w.startsWith('لل') || w.length < 5) continue;
    if (lists(w)) continue;
    // Only ل + a place beginning with ل: ل + ال + a listed word (للأرض، للمدينة، للجزيرة) is mostly a common noun.
    const l = lists(w.slice(1));
    if (!l || /PER|NAME|FIRST|LAST/.test(l)) continue;
    const read = l.split('|');
    if (sports && read.includes('CLUB') && !sentence.some((t) => CITY_TALK.test(t.norm))) (out ??= tags.slice())[i] = B_ORG;
    else if (read.includes('LOC')) (out ??= tags.slice())[i] = B_LOC;
  }
  return out ?? tags;
}

/** Name lists that say a word can be a person's name part. */
const PERSON_NAME_MARK = listMarks(['FIRST', 'NAME', 'PER', 'PLAST'], { places: 'SB' });
/** The same lists as spelled (a folded match alone is weaker). */
const SPELLED_NAME_MARK = listMarks(['FIRST', 'NAME', 'PER', 'PLAST'], { exact: true, places: 'SB' });
/** Lists that say a word is a place, a people, a body or a club. */
const NOT_PERSON_MARK = listMarks(['LOC', 'NAT', 'ORG', 'CLUB', 'COMP']);

/**
 * An organisation span that runs on into the name of the person after it (المفوضية الأوروبية
 * أورسولا …، نادي الترجي الرياضي حمدي …، الأونروا فيليب …) ends where a listed name part follows a definite word:
 * the rest is the person. Not after a title (جامعة الملك سعود keeps its king).
 */
export function splitBodyFromPerson(stems: string[], prefixes: string[], marks: readonly string[][], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0) return tags; // no organisation span: nothing to split
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_ORG) continue;
    const e = spanEnd(out, b);
    // A body the lists hold as one word (الأونروا فيليب لازاريني) may be followed by the name at once.
    const first = marks[b].includes('ORG-S') ? b + 1 : b + 2;
    for (let k = first; k < e; k++) {
      const prev = stems[k - 1];
      if (!prev.startsWith('ال') || isTitleWord(prev) || isTitleWord(prev.slice(2)) || stems[k].startsWith('ال') || prefixes[k] || stems[k].length < 3) continue;
      if (!hasMark(marks[k], PERSON_NAME_MARK) || hasMark(marks[k], NOT_PERSON_MARK)) continue;
      // A word with لـ or بـ left on that only a folded list holds is no name: folded, an unseen verbal noun matches some.
      // With لـ it is the body's complement (الوكالة الوطنية [لتقنين] المواصلات); with بـ the sentence going on after the
      // body (يتهم الحزب الإسلامي [بتهميش] العشائر), where the body ends.
      if (/^[لب]/.test(stems[k]) && !hasMark(marks[k], SPELLED_NAME_MARK)) {
        if (stems[k][0] === 'ل') continue;
        if (out === tags) out = tags.slice();
        for (let j = k; j < e; j++) out[j] = 0;
        break;
      }
      if (out === tags) out = tags.slice();
      markSpan(out, k, e, B_PERS, I_PERS);
      break;
    }
    b = e - 1;
  }
  return out;
}


/** Definite titles that also describe a body (الحزب الحاكم: the ruling party) or follow an honorific inside one. */
const BODY_TITLE_ADJECTIVES = set('الحاكم');
const HONORIFICS = set('سمو صاحب');

/**
 * A definite rank or office title inside an organisation span opens its head's name (وزارة الداخلية [اللواء] منصور
 * التركي، رئيس المحكمة [القاضي] …، اللجنة العليا للانتخابات [القاضي] …): a body's name never goes on into its
 * officer's title, so the span ends before it and the words after it are the person, when a name follows. Right after the head only when the
 * head is definite (a head in construct takes a title as its name: جامعة الملك سعود، مؤسسة الشهيد …); a bare head left
 * alone is no name either (the bare noun is O).
 */
export function endBodiesAtTitles(stems: string[], tags: number[]): number[] {
  if (tags.indexOf(B_ORG) < 0 && tags.indexOf(B_MISC) < 0) return tags; // no organisation or facility span: nothing to end
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    // Nor does a facility's (المسجد الحرام [الشيخ] سعود الشريم: its imam).
    if (out[b] !== B_ORG && out[b] !== B_MISC) continue;
    const e = spanEnd(out, b);
    const first = definite(stems[b]) ? b + 1 : b + 2;
    for (let k = first; k < e; k++) {
      if (!definite(stems[k]) || !(PERSON_TITLE_FORMS.has(stems[k]) || isTitleWord(stems[k])) || BODY_TITLE_ADJECTIVES.has(stems[k]) || HONORIFICS.has(stems[k - 1])) continue;
      // A facility's word in construct before the title takes it as its name too (ملعب مدينة [الملك] سلمان الرياضية).
      if (out[b] === B_MISC && !definite(stems[k - 1])) continue;
      // The name must follow: an article-less word in the span, or a person right after it (الفريق [الكتالوني] is a team).
      if (k + 1 < e ? definite(stems[k + 1]) : out[e] !== B_PERS) continue;
      if (out === tags) out = tags.slice();
      for (let j = k; j < e; j++) out[j] = j === k ? 0 : j === k + 1 ? B_PERS : I_PERS;
      if (k === b + 1 && ORGANIZATION_HEADS.has(stems[b])) out[b] = 0;
      break;
    }
    b = e - 1;
  }
  return out;
}

/**
 * Speech verbs around a person name: a verb the tagger took into the name (`[وقالت بن عمار]`) is left out of it, and an
 * unlisted indefinite role word right after the verb (`وقال مصرفي بارز`، `قال دبلوماسي`) is not a name: a speaker without a
 * name is anonymous, and the quotation finder needs to see it so. `nameWord(k)`: the word is a name all the same — a name
 * list holds it whole where the splitter cut a clitic (قالت [ليفني]: ل + يفني), or the training text never saw it nor its
 * base without ي (وقال [تريباثي]: a role word is a common one).
 */
export function dropSpeechVerbNames(sentence: Token[], stems: string[], marks: readonly string[][], tags: number[], nameWord: (k: number) => boolean = () => false): number[] {
  if (tags.indexOf(B_PERS) < 0) return tags; // no person span: nothing to drop
  // Copied at the first change (every pass copies before it writes).
  let out = tags;
  for (let b = 0; b < out.length; b++) {
    if (out[b] !== B_PERS) continue;
    const e = spanEnd(out, b);
    if (e - b >= 2 && cueKind(sentence[b]) === 'verb') { if (out === tags) out = tags.slice(); out[b] = 0; out[b + 1] = B_PERS; }
    // The stem's two letter tests before the verb test (a word's cue read), which most one-word names then never ask.
    else if (e - b === 1 && b > 0 && !stems[b].startsWith('ال') && stems[b].endsWith('ي') && cueKind(sentence[b - 1]) === 'verb' &&
      !hasMark(marks[b], NAME_LIST_MARK) && !nameWord(b)) { if (out === tags) out = tags.slice(); out[b] = 0; }
    b = e - 1;
  }
  return out;
}
