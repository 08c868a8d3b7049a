// Fine entity types (the FANE set: Politician, Athlete, Nation, Government, Sports…) from the words
// around and inside an entity's mentions; ICU gives the country names, so no list ships for them.
import { Entity } from './linking';
import { normalizeArabic } from './normalize';
import { icuRegionNames } from './regionNames';
import { wordSet as set } from './wordSets';
import type { TokenList } from './tokenView';
import { TITLES_INSIDE_NAMES } from './honorificTitles';


/** Words right before a person's name → the person's fine type. */
const PERSON_CUES: Array<[string, ReadonlySet<string>]> = [
  ['Politician', set('وزير وزيرة رئيس رئيسة الرئيس الوزير ملك الملك أمير الأمير نائب النائب سفير السفير زعيم الزعيم مستشار المستشار حاكم الحاكم مبعوث المبعوث مندوب محافظ المحافظ عمدة مرشح المرشح الناطق المتحدث السيناتور النائبة المستشارة ولي')],
  ['Athlete', set('لاعب اللاعب لاعبة اللاعبة مدرب المدرب المهاجم مهاجم حارس الحارس النجم نجم بطل البطل بطلة العداء الملاكم المصارع السباح')],
  ['Artist', set('فنان الفنان فنانة الفنانة ممثل الممثل ممثلة الممثلة مطرب المطرب مطربة المطربة المخرج مخرج الكاتب كاتب الكاتبة الشاعر شاعر الروائي الروائية المغني المغنية الموسيقار الرسام')],
  ['Religious_PER', set('الشيخ شيخ الإمام إمام البابا المطران الكاردينال الحاخام القس الأب البطريرك المفتي مفتي الداعية')],
  ['Businessperson', set('الملياردير رجل المستثمر مؤسس')],
  ['Scientist', set('العالم الباحث الباحثة البروفيسور الأستاذ عالم')],
  ['Lawyer', set('المحامي محامي المحامية القاضي قاضي')],
  ['Police', set('العقيد العميد اللواء المقدم الرائد النقيب الضابط ضابط الجنرال الفريق المشير')],
];

/** First word of an organisation's name → its fine type. */
const ORG_HEADS: Array<[string, ReadonlySet<string>]> = [
  ['Government', set('وزارة الوزارة حكومة الحكومة مجلس المجلس برلمان البرلمان هيئة الهيئة جيش الجيش شرطة الشرطة محكمة المحكمة سلطة السلطة رئاسة الرئاسة بلدية البلدية الكونغرس الكنيست قوات القوات الحرس')],
  ['Commercial', set('شركة الشركة بنك البنك مصرف المصرف مجموعة المجموعة')],
  ['Sports', set('نادي النادي منتخب المنتخب فريق الفريق')],
  ['Educational', set('جامعة الجامعة كلية الكلية معهد المعهد أكاديمية الأكاديمية مدرسة المدرسة')],
  ['Media', set('صحيفة الصحيفة وكالة الوكالة قناة القناة شبكة الشبكة تلفزيون التلفزيون إذاعة الإذاعة مجلة المجلة')],
  ['Medical-Science', set('مستشفى المستشفى')],
  ['Non-Governmental', set('حزب الحزب حركة الحركة جبهة الجبهة منظمة المنظمة جمعية الجمعية اتحاد الاتحاد رابطة الرابطة جماعة الجماعة تنظيم التنظيم مؤسسة المؤسسة')],
];

/** First word of a place's name → its fine type. */
const LOC_HEADS: Array<[string, ReadonlySet<string>]> = [
  ['Population-Center', set('مدينة المدينة بلدة البلدة قرية القرية العاصمة عاصمة مخيم')],
  ['State-or-Province', set('ولاية الولاية محافظة المحافظة إقليم الإقليم مقاطعة المقاطعة')],
  ['Water-Body', set('نهر النهر بحر البحر خليج الخليج بحيرة البحيرة مضيق المضيق المحيط')],
  ['Land-Region-Natural', set('جبل الجبل جبال جزيرة الجزيرة صحراء الصحراء وادي الوادي')],
];

let nations: Set<string> | undefined;

/** Arabic country names from ICU (with and without ال), and the short forms news uses, built once. */
function nationNames(): Set<string> {
  if (nations) return nations;
  nations = new Set(icuRegionNames());
  for (const n of ['فلسطين', 'سوريا', 'السودان', 'العراق', 'اليمن', 'لبنان']) nations.add(normalizeArabic(n));
  return nations;
}

const strip = (w: string) => w.replace(/^[وف]?[بلك]?(?=ال)/, '').replace(/^[وف](?=...)/, '');
/** The sheikh's title: a cleric's, or a ruler's when the name holds his family (آل). */
const SHEIKH = set('الشيخ شيخ الشيخة');
const find = (table: Array<[string, ReadonlySet<string>]>, word: string) => table.find(([, s]) => s.has(word) || s.has(strip(word)))?.[0];
/**
 * Answers by table and word, remembered: every analysis asks again for the words before each person's mentions.
 * No type is kept as '', so one probe answers (most words have none).
 */
const answers = new Map<Array<[string, ReadonlySet<string>]>, Map<string, string>>();
function lookup(table: Array<[string, ReadonlySet<string>]>, word: string): string | undefined {
  let known = answers.get(table);
  if (!known) { known = new Map(); answers.set(table, known); }
  let type = known.get(word);
  if (type === undefined) {
    type = find(table, word) ?? '';
    if (known.size >= 100_000) known.clear();
    known.set(word, type);
  }
  return type === '' ? undefined : type;
}

/** A name's first word (the key itself when it has one word: no string made). */
const firstWord = (key: string) => { const space = key.indexOf(' '); return space < 0 ? key : key.slice(0, space); };

/** Whether a word, clitics aside, is a title written inside names; remembered as lookup() is (two patterns per person's mention otherwise). */
const opening = new Map<string, boolean>();
function opensName(norm: string): boolean {
  let opens = opening.get(norm);
  if (opens === undefined) {
    opens = TITLES_INSIDE_NAMES.has(strip(norm));
    if (opening.size >= 100_000) opening.clear();
    opening.set(norm, opens);
  }
  return opens;
}

/**
 * Fine type of an entity, or undefined when no cue decides it: the words just before any
 * mention (persons), the head word of its name (organisations, places), ICU's country names.
 * `tokenAt(offset)` is the index of the first token starting at or after offset.
 */
export function fineType(e: Entity, tokens: TokenList, tokenAt: (offset: number) => number): string | undefined {
  if (e.label === 'ORGANIZATION') return lookup(ORG_HEADS, firstWord(e.key));
  if (e.label === 'LOCATION') {
    if (nationNames().has(e.key)) return 'Nation';
    return lookup(LOC_HEADS, firstWord(e.key));
  }
  if (e.label !== 'PERSON') return undefined;
  for (const m of e.mentions) {
    let first = tokenAt(m.start);
    if (first >= tokens.length || tokens.tok(first).start > m.start) first--;
    // A title sits right before the name or a few words back (وزير الخارجية الأمريكي أنتوني بلينكن), or opens it (الشيخ, البابا).
    const opens = first < tokens.length && opensName(tokens.tok(first).norm);
    for (let k = opens ? first : first - 1; k >= Math.max(0, first - 4); k--) {
      if (tokens.tok(k).kind !== 'word') break;
      const type = lookup(PERSON_CUES, tokens.tok(k).norm);
      // A sheikh of a ruling family (آل مكتوم، آل ثاني) is a ruler: in the FANE corpora 26 such names are Politician,
      // 2 Religious_PER; without آل the title is a cleric's more often than not (101 to 70).
      if (type === 'Religious_PER' && SHEIKH.has(strip(tokens.tok(k).norm)) && e.key.split(' ').includes('ال')) return 'Politician';
      if (type) return type;
    }
  }
  return undefined;
}
