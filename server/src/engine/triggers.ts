// Closed-class cue words of Arabic news (titles, place and organisation head nouns), in normalised form.
import { wordSet as set } from './wordSets';


/** Words that join a name to the next word (lineage, kunya, servitude, family): the word after them is a name part. */
export const NAME_PARTICLES = set('بن ابن بنت عبد ابو ام ال ولد');

/** Titles and roles that precede a person's name. */
export const PERSON_TITLES = set(`
  وزير وزيرة رئيس رئيسة زعيم ناطق متحدث متحدثة سيد سيدة ملك ملكة أمير أميرة شيخ دكتور د مستشار مستشارة نائب نائبة
  سفير سفيرة جنرال لواء عميد فريق مشير بابا إمام مدير مديرة قائد مدرب لاعب لاعبة كاتب كاتبة شاعر فنان فنانة ممثل ممثلة
  مطرب مطربة صحفي صحفية مراسل مراسلة نظير نظيره نظيرته نظيرها أمين مبعوث مندوب حاكم عمدة مرشح مرشحة ناشط ناشطة قاضي
  محامي المحامي الأستاذ أستاذ البروفيسور المهندس مهندس العقيد المقدم الرائد النقيب الشهيد الراحل الفقيد المطران الكاردينال
  الحاخام القس الأب الرئيس الوزير الزعيم الملك الأمير الشيخ السيد السيدة المستشار النائب السفير القائد المدرب اللاعب
  المتحدث الناطق الأمين المبعوث المندوب الحاكم المرشح الكاتب الشاعر الفنان الممثل الدكتور المدير
  مفوض مفوضة المفوض منسق المنسق محافظ المحافظ المرشد المستشارة الرئيسة الوزيرة المديرة رئيسة
`);

/** The titles with and without the article, as a clitic-free stem spells them (وزير، الوزير). */
export const PERSON_TITLE_FORMS: ReadonlySet<string> = new Set([...PERSON_TITLES, ...[...PERSON_TITLES].filter((w) => !w.startsWith('ال')).map((w) => 'ال' + w)]);

/** Head nouns that introduce a place name. */
export const LOCATION_HEADS = set(`
  مدينة المدينة منطقة المنطقة محافظة ولاية إقليم قرية بلدة العاصمة عاصمة جزيرة جزر نهر بحر جبل جبال صحراء ضاحية حي مخيم
  دولة جمهورية مملكة إمارة مقاطعة شبه قضاء ناحية بلدية ميناء مطار خليج مضيق بحيرة وادي سهل هضبة شمال جنوب شرق غرب وسط
  شمالي جنوبي شرقي غربي
`);

/** Head nouns that introduce an organisation name (also before quoted names, see NAME_HEADS). */
const NAMED_ORGANIZATION_HEADS = set(`
  وزارة منظمة حزب جامعة شركة مؤسسة جمعية هيئة مجلس اتحاد حركة جماعة بنك مصرف وكالة صحيفة قناة نادي منتخب جيش مركز معهد
  لجنة محكمة برلمان رابطة تحالف جبهة مجموعة مصلحة سلطة إدارة دائرة مكتب كلية أكاديمية مستشفى فيلق كتائب ألوية لواء قوات
  شرطة الوزارة المنظمة الحزب الجامعة الشركة المؤسسة الجمعية الهيئة المجلس الاتحاد الحركة الجماعة البنك الوكالة الصحيفة
  القناة النادي المنتخب الجيش المركز المعهد اللجنة المحكمة البرلمان الرابطة التحالف الجبهة المجموعة
`);

/**
 * Head nouns of organisations, with the government and financial bodies news names by a head and an
 * adjective (الحكومة اللبنانية، البورصة المصرية); these extra heads also speak before quotes, so they
 * are not NAME_HEADS.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([...NAMED_ORGANIZATION_HEADS, ...set(`
  حكومة الحكومة مفوضية المفوضية صندوق الصندوق بورصة البورصة نقابة النقابة بلدية البلدية مجمع المجمع ديوان الديوان
  منتدى المنتدى مصرف المصرف كتلة الكتلة تنظيم التنظيم ائتلاف الائتلاف شبكة الشبكة مجلة المجلة إذاعة الإذاعة
`)]);

/**
 * ANERcorp's MISC is mostly currencies, religions, events, prizes and competitions, which the
 * FANE training types barely cover; these heads let the tagger and the rules see them.
 */
export const MISC_HEADS = set(`
  دولار يورو جنيه دينار ريال درهم ليرة روبل ين يوان فرنك شيكل روبية الدولار اليورو الجنيه الدينار الريال الدرهم الليرة الروبل
  الإسلام المسيحية اليهودية البوذية الهندوسية الإسلامية جائزة كأس بطولة دوري أولمبياد مهرجان مؤتمر قمة حرب الحرب معركة
  اتفاقية اتفاق معاهدة الجائزة الكأس البطولة الدوري المهرجان المؤتمر القمة المعركة الاتفاقية المعاهدة عملية
`);

/** Nouns that, right before quoted text, mark it as a name rather than speech. */
export const NAME_HEADS = new Set([...NAMED_ORGANIZATION_HEADS, ...LOCATION_HEADS, ...set(`
  تطبيق موقع برنامج كتاب فيلم مسلسل رواية عملية مشروع منصة شبكة مبادرة خطة حملة مجلة فندق مسجد كنيسة ساحة شارع
  ميدان سفينة صاروخ طائرة قانون مؤتمر قمة مهرجان مسابقة جائزة اسم لقب شعار وسم هاشتاج عنوان مصطلح كلمة عبارة
`)]);

/** A future-tense verb's shape (normalised): س + a present-tense prefix + three letters or more (سيزور، ستطلق، سنعمل). */
export const FUTURE_VERB = /^س[يتن][\u0621-\u064A]{3,}$/;
/** A future verb of any length: an assimilated or doubled root leaves two letters after the prefix (ستصل، سيرد). */
export const SHORT_FUTURE_VERB = /^س[يتن][\u0621-\u064A]{2,}$/;
