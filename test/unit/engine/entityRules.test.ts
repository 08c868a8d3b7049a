import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropBareHeads, tagGovernmentBodies, trimNationality } from '../../../server/src/engine/nameRules';
import { fillListedGaps } from '../../../server/src/engine/listedGaps';
import { adjustPersonBounds } from '../../../server/src/engine/personBounds';
import { tagSportsClubs } from '../../../server/src/engine/sportsClubs';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { analyze, entityLines as entities, tagNames as names, tagNumbers as tags, textsOf, labelTexts } from './helpers';
import { tagCompetitions } from '../../../server/src/engine/miscNames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { splitClitics } from '../../../server/src/engine/clitics';
import { mapLexicon } from '../../../server/src/engine/model';

const stems = (s: string) => s.split(' ').map(normalizeArabic);

/** The entity texts of one label the analysis finds in `text`, in order. */
const labelled = (label: string) => (text: string) => labelTexts(text, label);
const persons = labelled('PERSON');
const places = labelled('LOCATION');
const misc = labelled('MISC');
const organisations = labelled('ORGANIZATION');

test('a government body with a nationality adjective is one organisation, but not inside a title', () => {
  const s = stems('أعلن الجيش التشادي أن');
  const nat = (k: number) => k === 2;
  assert.deepEqual(names(tagGovernmentBodies(s, tags('O', 'O', 'O', 'O'), nat)), ['O', 'B-ORG', 'I-ORG', 'O']);
  const role = stems('وزير الخارجية الكيني');
  assert.deepEqual(names(tagGovernmentBodies(role, tags('O', 'O', 'O'), (k) => k === 2)), ['O', 'O', 'O']);
});

test('a league named by its country is a competition (MISC)', () => {
  const s = stems('تصدر الدوري البلجيكي');
  assert.deepEqual(names(tagGovernmentBodies(s, tags('O', 'O', 'O'), (k) => k === 2)), ['O', 'B-MISC', 'I-MISC']);
});

test('a single word of the curated organisation list is an organisation unless a place list holds it too', () => {
  const marks = [[], ['ORG-S'], ['ORG-S', 'LOC-S']];
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'O'))), ['O', 'B-ORG', 'O']);
});

test('person boundaries follow a listed full name and leave a nationality adjective out', () => {
  // The tagger found only the surname of a listed two-word name.
  const common = () => 100;
  const listed = [[], ['PER-B'], ['PER-E'], []];
  assert.deepEqual(names(adjustPersonBounds(stems('قال ماريو دراغي إن'), listed, tags('O', 'O', 'B-PERS', 'O'), common)), ['O', 'B-PERS', 'I-PERS', 'O']);
  // الكيني سامي وانجيرو: the adjective is not part of the name.
  const nat = [['NAT-S'], ['FIRST-S'], [], []];
  assert.deepEqual(names(adjustPersonBounds(stems('الكيني سامي وانجيرو أمس'), nat, tags('B-PERS', 'I-PERS', 'I-PERS', 'O'), common)), ['O', 'B-PERS', 'I-PERS', 'O']);
});

test('a listed surname of a well-known person, unseen in training, is that person', () => {
  const marks = [[], ['PLAST-S'], []];
  const freq = (k: number) => (k === 1 ? 0 : 100);
  assert.deepEqual(names(adjustPersonBounds(stems('وصل دراغي أمس'), marks, tags('O', 'O', 'O'), freq)), ['O', 'B-PERS', 'O']);
  // A common word that happens to be a surname stays O.
  assert.deepEqual(names(adjustPersonBounds(stems('وصل دراغي أمس'), marks, tags('O', 'O', 'O'), () => 100)), ['O', 'O', 'O']);
  // The tagger's one-word MISC or place on it is the person too, but a product's name after its head stays the product.
  assert.deepEqual(names(adjustPersonBounds(stems('حذر دراغي أمس'), marks, tags('O', 'B-MISC', 'O'), freq)), ['O', 'B-PERS', 'O']);
  assert.deepEqual(names(adjustPersonBounds(stems('زار دراغي العاصمة'), marks, tags('O', 'B-LOC', 'O'), freq)), ['O', 'B-PERS', 'O']);
  assert.deepEqual(names(adjustPersonBounds(stems('زار دراغي العاصمة'), [[], ['PLAST-S', 'LOC-S'], []], tags('O', 'B-LOC', 'O'), freq)), ['O', 'B-LOC', 'O']);
  assert.deepEqual(names(adjustPersonBounds(stems('نموذج دراغي أمس'), marks, tags('O', 'B-MISC', 'O'), freq)), ['O', 'B-MISC', 'O']);
  assert.deepEqual(entities('بينما حذر ماكرون من التهاون.'), ['PERSON ماكرون']);
});

test('a body with a nationality adjective is tagged in running text', () => {
  const a = analyze('وقالت الحكومة الكينية في بيان إن الأمطار ستستمر.');
  const org = a.annotations.find((x) => x.kind === 'entity' && x.label === 'ORGANIZATION');
  assert.equal(org?.text, 'الحكومة الكينية');
});

test('a clubs-list word is a club in a sports sentence only, and never a common word that shares its spelling', () => {
  const marks = [[], ['CLUB-S'], [], [], ['CLUB-S']];
  const freq = (k: number) => (k === 4 ? 5000 : 10);
  const sport = stems('فاز الوحدات في مباراة كان');
  assert.deepEqual(names(tagSportsClubs(sport, marks, tags('O', 'O', 'O', 'O', 'O'), freq)), ['O', 'B-ORG', 'O', 'O', 'O']);
  const other = stems('زار الوحدات في العاصمة كان');
  assert.deepEqual(names(tagSportsClubs(other, marks, tags('O', 'O', 'O', 'O', 'O'), freq)), ['O', 'O', 'O', 'O', 'O']);
});

test('a bare head noun is no organisation; before a given name it is a title word and the name a person', () => {
  const s = stems('رئيس الهيئة سامي');
  assert.deepEqual(names(dropBareHeads(s, tags('O', 'B-ORG', 'I-ORG'), (k) => k === 2)), ['O', 'O', 'B-PERS']);
  assert.deepEqual(names(dropBareHeads(stems('قالت الحكومة'), tags('O', 'B-ORG'), () => false)), ['O', 'O']);
});

test('an adverb opens no name, and a well-known surname after a clitic is shown without it (اتصالا هاتفيا [ب]أردوغان)', () => {
  assert.deepEqual(entities('وأجرى الرئيس اتصالا هاتفيا بأردوغان.'), ['PERSON أردوغان']);
  assert.deepEqual(entities('واتصل الرئيس هاتفيا ببريجنيف أمس.'), ['PERSON بريجنيف']);
  assert.deepEqual(entities('وقالت مصادر مقربة لبياف إن الاتفاق قريب.'), ['PERSON بياف']);
});

test('a well-known surname the tagger read as a one-word body is the person (ونفى [حفتر]); after a body head it is the body', () => {
  assert.deepEqual(entities('ونفى حفتر وجود قوات أجنبية .'), ['PERSON حفتر']);
  const marks = [[], ['PLAST-S'], [], []];
  assert.deepEqual(names(adjustPersonBounds(['نفي', 'حفتر', 'وجود', 'قوات'], marks, tags('O', 'B-ORG', 'O', 'O'), () => 0)), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(names(adjustPersonBounds(['شركه', 'حفتر', 'وجود', 'قوات'], marks, tags('O', 'B-ORG', 'O', 'O'), () => 0)), ['O', 'B-ORG', 'O', 'O']);
});

test('a listed body the tagger read as a place and a body is one body (باريس سان جيرمان); a listed body inside a longer name is left', () => {
  const marks = [[], [], ['ORG-B', 'CLUB-B'], ['ORG-I', 'CLUB-I'], ['ORG-E', 'CLUB-E'], []];
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'B-LOC', 'B-ORG', 'I-ORG', 'O'))), ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'B-ORG', 'B-ORG', 'I-ORG', 'O'))), ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  // A place and a person are no body the tagger split; nor are spans running on past the phrase.
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'B-LOC', 'B-PERS', 'I-PERS', 'O'))), ['O', 'O', 'B-LOC', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'B-ORG', 'I-ORG', 'B-ORG', 'I-ORG', 'O'))), ['O', 'B-ORG', 'I-ORG', 'B-ORG', 'I-ORG', 'O']);
  assert.ok(entities('وتعاقد الهلال مع البرازيلي نيمار قادما من باريس سان جيرمان.').includes('ORGANIZATION باريس سان جيرمان'));
  // Read as one person's name, a listed body is the body, unless a people list holds it too.
  const two = [[], ['ORG-B'], ['ORG-E'], []];
  assert.deepEqual(names(fillListedGaps(two, tags('O', 'B-PERS', 'I-PERS', 'O'))), ['O', 'B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(names(fillListedGaps([[], ['ORG-B', 'PER-B'], ['ORG-E', 'PER-E'], []], tags('O', 'B-PERS', 'I-PERS', 'O'))), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(entities('وانتقد الوزير لبلاك روك سياساتها.'), ['ORGANIZATION بلاك روك']);
});

test('a listed body whose head the tagger left out takes its head back; a body inside another\'s name is left', () => {
  const marks = [[], ['ORG-B'], ['ORG-I'], ['ORG-E'], []];
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'B-ORG', 'I-ORG', 'O'))), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'B-ORG', 'I-ORG', 'I-ORG'))), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  // The tail read as a place, or as two names, is not the tagger's cut.
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'B-LOC', 'I-LOC', 'O'))), ['O', 'O', 'B-LOC', 'I-LOC', 'O']);
  assert.deepEqual(names(fillListedGaps(marks, tags('O', 'O', 'B-ORG', 'B-ORG', 'O'))), ['O', 'O', 'B-ORG', 'B-ORG', 'O']);
});

test('a body the lists hold with its nationality adjective keeps it, and a listed body keeps a first letter that looks like a clitic', () => {
  const s = stems('قال التلفزيون المصري إن');
  assert.deepEqual(names(trimNationality(s, tags('O', 'B-ORG', 'I-ORG', 'O'), (k) => k === 2)), ['O', 'B-ORG', 'O', 'O']);
  assert.deepEqual(names(trimNationality(s, tags('O', 'B-ORG', 'I-ORG', 'O'), (k) => k === 2, (b, e) => b === 1 && e === 3)), ['O', 'B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(entities('وقال التلفزيون المصري إن الرئيس سيلقي كلمة.'), ['ORGANIZATION التلفزيون المصري']);
  assert.deepEqual(entities('وأعلنت فلاي دبي أمس عن خطة جديدة.'), ['ORGANIZATION فلاي دبي']);
});

test('forces left alone by the trimmed nationality name no body (بين البشمركة [والقوات] العراقية); with a name they do', () => {
  const s = stems('بين البشمركة القوات العراقية'); // stems: والقوات is و + القوات
  const trimmed = trimNationality(s, tags('O', 'B-ORG', 'B-ORG', 'I-ORG'), (k) => k === 3);
  assert.deepEqual(names(dropBareHeads(s, trimmed, () => false)), ['O', 'B-ORG', 'O', 'O']);
  assert.deepEqual(names(dropBareHeads(stems('أعلنت السلطات'), tags('O', 'B-ORG'), () => false)), ['O', 'O']);
  assert.deepEqual(names(dropBareHeads(stems('قوات الدعم السريع'), tags('B-ORG', 'I-ORG', 'I-ORG'), () => false)), ['B-ORG', 'I-ORG', 'I-ORG']);
});

test('a league or cup head with its definite complements is one competition name', () => {
  const s = 'فاز ببطولة العالم للألعاب الشتوية أمس';
  const tokens = tokenize(s);
  const out = tagCompetitions(tokens, tokens.map((t) => splitClitics(t.norm, mapLexicon({ 'بطوله': 50 })).stem), tokens.map(() => 0));
  assert.deepEqual(names(out), ['O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O']);
});

test('a result verb alone makes no club of a common word; listed clubs facing each other are clubs', () => {
  const cotton = stems('خسر القطن المصري مكانته بعد تراجع صادرات القطن');
  const marks = cotton.map((w) => (w === 'القطن' ? ['CLUB-S'] : []));
  assert.deepEqual(names(tagSportsClubs(cotton, marks, cotton.map(() => 0), () => 10)), cotton.map(() => 'O'));
  // Even in a sports sentence, a word with its adjective after it is a noun phrase (القطن المصري).
  const sport = stems('خسر القطن المصري مكانته قبل مباراة الغد');
  assert.deepEqual(names(tagSportsClubs(sport, sport.map((w) => (w === 'القطن' ? ['CLUB-S'] : [])), sport.map(() => 0), () => 500)), sport.map(() => 'O'));
  const match = stems('تعادل الفيصلي مع الوحدات');
  const clubs = [[], ['CLUB-S'], [], ['CLUB-S']];
  assert.deepEqual(names(tagSportsClubs(match, clubs, tags('O', 'O', 'O', 'O'), () => 500)), ['O', 'B-ORG', 'O', 'B-ORG']);
});

test('a family name ending in ا after a given name stays in the name; an object after a full name does not', () => {
  const common = (w: string) => (['اسم', 'دين', 'باب', 'مرسوم'].includes(w) ? 500 : 0);
  for (const surname of ['أسما', 'دينا', 'بابا']) {
    const s = stems(`قالت نور ${surname} إن`);
    const marks = [[], ['FIRST-S'], [], []];
    assert.deepEqual(names(adjustPersonBounds(s, marks, tags('O', 'B-PERS', 'I-PERS', 'O'), () => 100, () => '', common)), ['O', 'B-PERS', 'I-PERS', 'O'], surname);
  }
  const decree = stems('أصدر أحمد الشرع مرسوما يقضي');
  const marks = [[], ['FIRST-S'], [], [], []];
  assert.deepEqual(names(adjustPersonBounds(decree, marks, tags('O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'), () => 100, () => '', common)), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
});

test('a body\'s لـ complement is a verbal noun, not the sentence going on (لصالح، لاسيما), nor a title after و', () => {
  const vote = analyze('صوت المجلس الوطني لصالح القانون الجديد بعد نقاش طويل.');
  assert.ok(!vote.annotations.some((x) => x.kind === 'entity' && x.text.includes('لصالح')), vote.annotations.map((x) => x.text).join(','));
  const youth = analyze('دعمت الحركة الوطنية لاسيما الشباب مطالب المحتجين.');
  assert.ok(!youth.annotations.some((x) => x.kind === 'entity' && x.text.includes('لاسيما')), youth.annotations.map((x) => x.text).join(','));
  const minister = analyze('التقى رئيس الهيئة العامة للاستثمار والوزير السابق في القاهرة.');
  const bodies = textsOf(minister, 'ORGANIZATION');
  assert.deepEqual(bodies, ['الهيئة العامة للاستثمار']);
  const steel = analyze('أعلنت الشركة السعودية للحديد والصلب، أمس، نتائجها.');
  assert.ok(steel.annotations.some((x) => x.kind === 'entity' && x.label === 'ORGANIZATION' && x.text === 'الشركة السعودية للحديد والصلب'), steel.annotations.map((x) => x.text).join(','));
});

test('in an article, an airport named after a person is no place; one named after a city tags the city', () => {
  const a = analyze('وأغلق مطار رفيق الحريري الدولي ساعتين، فيما هبطت الطائرة في مطار الملك خالد الدولي بالرياض.');
  const places = textsOf(a, 'LOCATION');
  assert.ok(!places.some((p) => /الحريري|خالد/.test(p)), places.join(','));
});

test('a listed given name that reads as preposition + common word keeps its first letter; a conjunction before it is left out', () => {
  assert.deepEqual(persons('وقال كمال أتاتورك إن الوضع صعب.'), ['كمال أتاتورك']);
  assert.deepEqual(persons('وقالت لبنى عبد العزيز إن الفيلم جميل.'), ['لبنى عبد العزيز']);
  assert.deepEqual(persons('التقى الوزير وكمال أتاتورك في أنقرة.'), ['كمال أتاتورك']);
  // So does one that opens with the conjunction's letter (فراس, not ف + راس; فادي, not ف + ادي).
  assert.deepEqual(persons('وقال النائب فراس العجلوني إن المجلس سيجتمع .'), ['فراس العجلوني']);
  assert.deepEqual(persons('وقال الكاتب فادي قوشقجي إن المسلسل جاهز .'), ['فادي قوشقجي']);
  // A preposition before a name that is not itself a given name still stays out.
  assert.deepEqual(persons('قدم الوزير الشكر لمحمد بن سلمان على دعمه.'), ['محمد بن سلمان']);
  // A foreign name part Wikidata lists, whose rest is a common word and no name (ك + وفي, ك + ولن).
  assert.deepEqual(persons('وحث الأمين العام كوفي عنان مجلس الأمن على التحرك.'), ['كوفي عنان']);
  assert.deepEqual(persons('وصرح وزير الخارجية الاميركي كولن باول امس بأن المحادثات مثمرة.'), ['كولن باول']);
  assert.deepEqual(persons('وسجل الإيفواري كولو توريه هدف التعادل.'), ['كولو توريه']);
  assert.deepEqual(persons('وأرسل الرئيس رسالة لبايدن أمس.'), ['بايدن']);
});

test('a name stops before the day and the verb\'s object after it (بوش خطابا الخميس → بوش)', () => {
  assert.deepEqual(persons('ومن المقرر أن يلقي بوش خطابا الخميس أمام الأمم المتحدة.'), ['بوش']);
  // After a lone given name the day is a family name (Gulf and Levant surnames).
  assert.deepEqual(persons('وقال المحلل حسين الجمعة إن الأسواق مستقرة.'), ['حسين الجمعة']);
  assert.deepEqual(persons('وقال خالد الخميس رئيس مجلس الإدارة إن الشركة ستتوسع.'), ['خالد الخميس']);
  // The accusative's alef is no name's, though folded خطابا and سلطانا match listed given names; nor is the object
  // then found alone elsewhere in the article.
  assert.deepEqual(persons('وألقى أردوغان خطابا أمام البرلمان .\nوأعلن الحزب ترشيح جمال مبارك سلطانا .'), ['أردوغان', 'جمال مبارك']);
});

test('a nominative dual of a common word is no one-word name; a name ending in ان that a list holds stays', () => {
  assert.deepEqual(places('وقتل جنديان بريطانيان بقندهار أمس .'), ['قندهار']);
  assert.deepEqual(persons('وقال عمران إن الحكومة مستمرة .'), ['عمران']);
});

test('a noun with an attached pronoun is no part of a name, a name spelled with ه for ة is', () => {
  assert.deepEqual(persons('كما هنأ الملك عبد الله الثاني الرئيس اللبناني جوزيف عون بانتخابه.'), ['عبد الله الثاني', 'جوزيف عون']);
  assert.deepEqual(persons('ويلتقي ماكرون نظيره الألماني السبت في برلين.'), ['ماكرون']);
  assert.deepEqual(persons('وقال أحمد سلامه إن الفريق جاهز.'), ['أحمد سلامه']);
});

test('علي after a title is the given name where the paragraph spells final ى elsewhere; على stays a preposition', () => {
  assert.deepEqual(persons('والتقى البابا فرنسيس المرجع الشيعي علي السيستاني في النجف.'), ['البابا فرنسيس', 'علي السيستاني']);
  assert.deepEqual(persons('وقال الرئيس علي إن بلاده لن تقبل أي تدخل، حتى لو أدى ذلك إلى العزلة.'), ['علي']);
  assert.deepEqual(persons('واعتمد الوزير على الخبراء في صياغة القانون، حتى يصدر قبل العطلة.'), []);
  // علي spelled so before a noun is still the preposition, though the paragraph spells ى elsewhere.
  assert.deepEqual(persons('وأكد الرئيس علي ضرورة الإصلاح، وقال إن الحكومة ستعمل على ذلك.'), []);
  assert.deepEqual(persons('وأثنى الوزير علي الجهود المبذولة، وقال إن مصر تسعى إلى الاستقرار.'), []);
  assert.deepEqual(persons('وقال الشيخ علي في خطبة الجمعة إن الوحدة واجبة، وأضاف أن الأمة تحتاج إلى التضامن.'), ['الشيخ علي']);
  // Text that writes every final ى as ي gives no sign: there علي after a title may be the preposition.
  assert.deepEqual(persons('وحصل الرئيس علي دعم البرلمان في الجلسة الاولي.'), []);
});

test('an app named after its head is MISC with its whole name: not its company, no و cut off, no verb after it', () => {
  assert.deepEqual(entities('وأعلنت شركة ميتا أن تطبيق واتساب سيتوقف عن العمل على الهواتف القديمة.'), ['ORGANIZATION شركة ميتا', 'MISC واتساب']);
  assert.ok(entities('وحظرت الحكومة تطبيق تيك توك.').includes('MISC تيك توك'));
  assert.ok(entities('واعتقلت الشرطة مؤسس تطبيق تيليغرام بافيل دوروف.').includes('MISC تيليغرام'));
  // Quoted after its head, as wire copy often writes it.
  assert.ok(entities('ونشرت الوزارة صورة على تطبيق “تليجرام” للرجلين.').includes('MISC تليجرام'));
  assert.ok(entities('وحمّل المستخدمون تطبيق "تيك توك" من جديد.').includes('MISC تيك توك'));
});

test('a cup runs through its construct plural to the name (كأس أمم أفريقيا), not into the edition or a relative clause', () => {
  assert.ok(entities('وتوج منتخب كوت ديفوار بلقب كأس أمم أفريقيا 2023.').includes('MISC كأس أمم أفريقيا'));
  const next = entities('وتستعد المنتخبات لبطولة كأس العالم المقبلة التي تقام في ثلاث دول.');
  assert.ok(next.some((x) => x.startsWith('MISC') && x.endsWith('كأس العالم')), next.join(','));
});

test('a name stops before the dual the verb takes as object (محمد صلاح [هدفين])', () => {
  assert.deepEqual(persons('وأحرز النجم المصري محمد صلاح هدفين في مرمى توتنهام.'), ['محمد صلاح']);
});

test('a nationality adverb coordinated with another (لبنانيا وفلسطينيا) is no place; a country spelled so stays one', () => {
  assert.deepEqual(places('وأكد الحاجة إلى مراجعة جذرية لبنانيا وفلسطينيا وعربيا لئلا نعود إلى الحرب.'), []);
  assert.deepEqual(places('وزار الرئيس سوريا وليبيا وروسيا وتركيا.'), ['سوريا', 'ليبيا', 'روسيا', 'تركيا']);
  // A country the place lists miss, coordinated with a listed one, stays a place.
  assert.deepEqual(places('وشاركت في البطولة منتخبات يوغسلافيا وألبانيا ورومانيا.'), ['يوغسلافيا', 'ألبانيا', 'رومانيا']);
});

test('a nationality right after a full name is its family nisba (محمد شياع السوداني), as the training corpora tag it', () => {
  assert.deepEqual(persons('وشارك رئيس الوزراء العراقي محمد شياع السوداني في القمة العربية.'), ['محمد شياع السوداني']);
  const german = textsOf(analyze('قال المدرب يورغن كلوب الألماني الجنسية إن ليفربول يستحق الفوز.'), 'PERSON');
  assert.deepEqual(german, ['يورغن كلوب']);
});

test('a bare head as the subject and a given name as the object are no organisation (عين المجلس فهد الأحمد رئيسا للجنة)', () => {
  assert.deepEqual(entities('وعين المجلس فهد الأحمد رئيسا للجنة.'), ['PERSON فهد الأحمد']);
  assert.deepEqual(entities('واختارت الجمعية سارة خليل أمينا للصندوق.'), ['PERSON سارة خليل']);
});

test('a product\'s second word the tagger took for a person stays in the product (مسبار يوروبا كليبر)', { todo: 'the blended model (session 33) reads يوروبا كليبر as a two-word person after the head; rule 4 takes only a lone one-word person after the name\'s first word, and taking a whole two-word person after a product head was not measured in the time' }, () => {
  const probe = entities('وأطلقت وكالة ناسا مسبار يوروبا كليبر لدراسة أحد أقمار المشتري.');
  assert.ok(probe.includes('MISC يوروبا كليبر') && !probe.some((x) => x.startsWith('PERSON')), probe.join(','));
});

test('a title in quotes after a work head is the work (فيلم "أصحاب ولا أعز"), a quoted common word is praise', () => {
  assert.ok(misc('وتصدر فيلم "أصحاب ولا أعز" قائمة الأكثر مشاهدة.').includes('أصحاب ولا أعز'));
  assert.ok(misc('وكانت رواية " حديث الصباح والمساء " قد صدرت عام 1987.').includes('حديث الصباح والمساء'));
  assert.ok(!misc('وقال الناقد إن فيلم "جميل" نجح.').includes('جميل'));
  // The tagger often runs the head on into the quote (مسلسل " الحشاشين): the title alone is the work, the head no name.
  assert.deepEqual(misc('وعرض مسلسل "الحشاشين" في رمضان.'), ['الحشاشين']);
});

test('a listed name whose later word carries its clitic (لـ, و) is matched whole, not cut before that word', () => {
  assert.deepEqual(organisations('وارتفعت الأسعار بحسب بيانات منظمة الدول المصدرة للبترول أمس.'), ['منظمة الدول المصدرة للبترول']);
  assert.deepEqual(organisations('وأصدر الاتحاد العام التونسي للشغل بيانا يدعو إلى الإضراب.'), ['الاتحاد العام التونسي للشغل']);
});

test('a lone ه after a name is the pronoun where the paragraph spells ة elsewhere, not where it writes ه for ة', () => {
  assert.deepEqual(persons('وأعلن الرئيس الفنزويلي نيكولاس مادورو فوزه بولاية ثالثة.'), ['نيكولاس مادورو']);
  // A name part the lists hold ending in ه stays (عبده، زاده).
  assert.deepEqual(persons('وغنى الفنان محمد عبده أغنية وطنية جديدة.'), ['محمد عبده']);
  // Text that writes every ة as ه gives no sign: the name keeps its last word.
  assert.deepEqual(persons('وقال المهندس أحمد سلامه ان الشركه ستبدأ العمل'), ['أحمد سلامه']);
  // ته is ة spelled before the pronoun: the pronoun, though the paragraph spells no ة at all.
  assert.deepEqual(persons('وأعلن جونسون إصابته بالفيروس ونقل إلى مستشفى سانت توماس .'), ['جونسون']);
  // So is a lone ه after one of the training text's frequent nouns, in no name list (فريقه: his team).
  assert.deepEqual(persons('وقاد رونالدو فريقه إلى الفوز في الرياض .'), ['رونالدو']);
});

test('an unseen word the name lists hold, right before a name, is its given name; not before a name opened by و', () => {
  assert.deepEqual(persons('وقال رئيس نادي الزمالك مرتضى منصور إن النادي سيتقدم بشكوى.'), ['مرتضى منصور']);
  assert.ok(!persons('وصل رئيس الوزراء إلى واشنطن حيث التقى ترامب وإيلون ماسك أمس.').some((p) => p.includes('ترامب وإيلون')));
});

test('a noun with its pronoun is no place and ends no name, ة spelled ت before it too (قمته، روايته)', () => {
  assert.deepEqual(places('وناقش مجلس التعاون لدول الخليج العربية في قمته بالدوحة ملف الأمن الإقليمي.'), ['الدوحة']);
  assert.deepEqual(persons('ونشر الكاتب الفرنسي ميشيل ويلبيك روايته الجديدة لدى دار غاليمار.').filter((p) => p.includes('روايته')), []);
  // A place the lists hold as spelled stays, though it reads as a noun with ه (جده: جدة written with ه).
  assert.deepEqual(places('ووصل الوفد إلى جده مساء أمس قادما من الرياض.'), ['جده', 'الرياض']);
});

test('a body named by head and adjective takes its لل complement, not a time word after it', () => {
  assert.deepEqual(organisations('وأعلنت الشركة السعودية للكهرباء عن خطة جديدة.'), ['الشركة السعودية للكهرباء']);
  assert.deepEqual(organisations('وأعلنت المؤسسة العامة للبترول عن زيادة الإنتاج.'), ['المؤسسة العامة للبترول']);
});

test('a definite word after a title in construct is the title\'s complement, not the name\'s first word', () => {
  assert.deepEqual(persons('وقال شيخ الأزهر أحمد الطيب إن الحوار ضروري.'), ['أحمد الطيب']);
  // A compound given name keeps its الدين.
  assert.deepEqual(persons('والتقى الوفد نور الدين بوشكوج في تونس.'), ['نور الدين بوشكوج']);
});

test('after a definite match word, two listed clubs joined by و are both clubs, however common their names', () => {
  assert.deepEqual(organisations('وانتهت المباراة بالتعادل السلبي بين الهلال والنصر.'), ['الهلال', 'النصر']);
});

test('one Latin word that speaks or signs an agreement is a company, not a product', () => {
  const latin = (text: string) => entities(text).filter((e) => /[A-Za-z]/.test(e.slice(e.indexOf(' '))));
  assert.deepEqual(latin('وأعلنت الشركة عن هاتف جديد، فيما ردت Samsung بخفض الأسعار.'), ['ORGANIZATION Samsung']);
  assert.deepEqual(latin('ووقعت مايكروسوفت اتفاقا مع OpenAI لتطوير النماذج.'), ['ORGANIZATION OpenAI']);
  assert.deepEqual(latin('وأطلقت الشركة هاتف Galaxy S24 الجديد.'), ['MISC Galaxy S24']);
});

test('two or three plain capitalised Latin words that speak are a person; a product keeps its reading', () => {
  const latin = (text: string) => entities(text).filter((e) => /[A-Za-z]/.test(e.slice(e.indexOf(' '))));
  assert.deepEqual(latin('وقال Elon Musk إن الشركة ستخفض الأسعار .'), ['PERSON Elon Musk']);
  // Right after a Latin name read as a person's, such a word is the surname.
  assert.deepEqual(latin('وأكد Jensen Huang أن الطلب على الرقائق كبير .'), ['PERSON Jensen Huang']);
  // One name-cased word opening a reported clause that will act is a company; a product so placed stays one.
  assert.deepEqual(latin('وقالت مصادر إن Tesla ستخفض الأسعار في الصين .'), ['ORGANIZATION Tesla']);
  assert.deepEqual(latin('وأعلنت الشركة أن iPhone 16 سيصل إلى الأسواق الشهر المقبل .'), ['MISC iPhone 16']);
  assert.deepEqual(latin('وأطلقت الشركة خدمة Apple Intelligence في المنطقة .'), ['MISC Apple Intelligence']);
});

test('a listed name the splitter reads as clitic + definite word keeps its first letter (كاليفورنيا, فالنسيا)', () => {
  assert.deepEqual(places('واندلعت حرائق واسعة في ولاية كاليفورنيا الأمريكية أمس.'), ['كاليفورنيا']);
  assert.deepEqual(entities('وتعاقد نادي برشلونة مع مدافع فالنسيا الإسباني.').filter((e) => e.includes('النسيا')), ['ORGANIZATION فالنسيا']);
});

test('an imam named after his mosque keeps his family name (الشيخ سعود الشريم)', { todo: 'the word-class model (session 22) ends the name at سعود; taking an unseen definite word after a lone listed name was tried in session 21 and changed mostly wrong mentions' }, () => {
  assert.deepEqual(persons('وأم إمام المسجد الحرام الشيخ سعود الشريم المصلين.'), ['الشيخ سعود الشريم']);
});

test('the verb\'s object ends no body, a definite plural ends no name of two words', () => {
  assert.deepEqual(organisations('وقعت شركة سوناطراك عقدا مع مجموعة ريبسول الاسبانية.'), ['شركة سوناطراك', 'مجموعة ريبسول']);
  // Nor the object and its agreeing adjective, the object a form the training text knows (فوزا).
  assert.ok(organisations('وحقق الاتحاد فوزا ثمينا بعد الفوز على الهلال في جدة .').includes('الاتحاد'));
  assert.deepEqual(persons('وقال الفنان تامر أبو العينين إن العمل جاهز.'), ['تامر أبو العينين']);
});

test('an unseen word after a settlement, facility or installation head is the place it names', () => {
  assert.deepEqual(places('وتعلق إيران أنشطة التخصيب في منشأة نطنز منذ أشهر.'), ['إيران', 'نطنز']);
  assert.deepEqual(places('وافتتح الوزير ميناء الدقم بحضور ممثلين عن الشركات.'), ['الدقم']);
  // A plural head that is also a verbal noun (لإحياء) names nothing.
  assert.deepEqual(places('وتسعى الحكومة لإحياء شواطىء الجزر السياحية.'), []);
});

test('a place listed as spelled after a settlement head is the place even when a folded name part matches it', () => {
  // كتاف is in the places list; its fold matches a name part.
  assert.deepEqual(places('وقالت مصادر قبلية إن مسلحين سيطروا على مديرية كتاف بعد معارك مع قبائل موالية للحكومة .'), ['كتاف']);
});

test('a one-word listed body runs on into no person\'s name after it', () => {
  assert.deepEqual(entities('وطالب المفوض العام لوكالة الأونروا فيليب لازاريني بإدخال الوقود.'), ['ORGANIZATION وكالة الأونروا', 'PERSON فيليب لازاريني']);
});

test('an event head before a place, a person or an unseen word names the event (MISC), a war by its month too', () => {
  assert.deepEqual(misc('وأحيت المطربة حفلا في مهرجانات بعلبك الدولية.'), ['مهرجانات بعلبك الدولية']);
  assert.deepEqual(misc('وسجل اللاعب هدفه الأول في دوري روشن السعودي أمام الفتح.'), ['دوري روشن السعودي']);
  assert.deepEqual(misc('وقال إن المقاومة انتصرت في حرب تموز على إسرائيل.'), ['حرب تموز']);
  // بطولة + an actor is "starring": no event.
  assert.deepEqual(misc('وعرض فيلم جديد من بطولة أحمد حلمي في القاهرة.').filter((m) => m.includes('حلمي')), []);
});

test('a crossing the lists hold whole tags its place; a state named by its direction keeps it', () => {
  assert.deepEqual(places('وقال وزير الخارجية إن معبر رفح مفتوح من الجانب المصري.'), ['رفح']);
  assert.deepEqual(places('واتهم والي ولاية شمال دارفور الحكومة بالتقصير.'), ['شمال دارفور']);
  assert.deepEqual(places('وقتل عشرة اشخاص في اشتباكات مع رجال القبائل باقليم شمال وزيرستان .'), ['شمال وزيرستان']);
});

test('علي right before a full name opening with عبد is its given name, not the preposition', () => {
  assert.deepEqual(persons('واعلنت اللجنة العليا للانتخابات فوز علي عبد الله صالح بولاية رئاسية جديدة.'), ['علي عبد الله صالح']);
  assert.deepEqual(persons('وهاجم المتظاهرون نظام علي عبدالله صالح.'), ['علي عبدالله صالح']);
});

test('a club\'s nationality stays outside its name however definite the name: after نادي, and after a listed club phrase', () => {
  const s = stems('انتقل إلى نادي الوحدة الإماراتي أمس');
  assert.deepEqual(names(trimNationality(s, tags('O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'), (k) => k === 4)), ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
  const club = stems('تعادل النجم الساحلي التونسي مع');
  assert.deepEqual(names(trimNationality(club, tags('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'), (k) => k === 3, () => false, (b, e) => b === 1 && e === 3)),
    ['O', 'B-ORG', 'I-ORG', 'O', 'O']);
  assert.ok(entities('وانتقل المهاجم إلى نادي الشارقة الإماراتي بعقد لموسمين .').includes('ORGANIZATION نادي الشارقة'));
  // A ministry's definite complement is no proper name: its nationality stays in.
  assert.deepEqual(names(trimNationality(stems('قالت وزارة الخارجية الأردنية إن'), tags('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'), (k) => k === 3)), ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
});

test('a noun with its pronoun that reads as a given name only through ة (نظيره as نظيرة) is the noun where the paragraph spells ة', () => {
  const text = 'وعقد وزير الخارجية جلسة مباحثات مع نظيره الفرنسي في باريس.\n\nوقال المتحدث باسم الرئاسة إن الرئيس سيلتقي نظيره الأسبوع المقبل.';
  assert.deepEqual(persons(text), []);
  // A name the lists spell with ه stays a name there (عبده).
  assert.deepEqual(persons('وغنى الفنان محمد عبده أغنية وطنية جديدة في الحفلة.'), ['محمد عبده']);
});

test('a title with its pronoun opening a person span is the title, not a name (أمينه العام: its secretary-general)', () => {
  assert.deepEqual(persons('وانتقد الاتحاد العام التونسي للشغل غياب الحوار، وقال أمينه العام نور الدين الطبوبي إن الاتحاد لن يقبل بالإصلاحات.'),
    ['نور الدين الطبوبي']);
  assert.deepEqual(persons('وعقد الحزب مؤتمره السنوي، وقال أمينه العام في كلمة أمام المؤتمر إن الحزب سيشارك في الانتخابات.'), []);
});

test('after a title, a name that reads as a title with its pronoun is the name it introduces (الفنانة أمينه فاخت)', () => {
  assert.deepEqual(persons('وقالت الفنانة أمينه فاخت إن الحفلة كانت ناجحة جدا.'), ['أمينه فاخت']);
});

test('after a title, a title with ها (no name ends so) stays out of the name after it (الوزيرة نظيرتها ماري …)', () => {
  assert.deepEqual(persons('والتقت الوزيرة نظيرتها ماري دوفرنيه في باريس أمس.'), ['ماري دوفرنيه']);
  assert.deepEqual(persons('واستقبلت الرئيسة مستشارتها ماري دوفرنيه في القصر.'), ['ماري دوفرنيه']);
});

test('a feminine plural with its pronoun after a name is no second name, however rare the plural (ومهاراته: مهارة)', () => {
  assert.deepEqual(persons('ونأمل الاستفادة من خبرات السيد سيباستيان ومهاراته ومعرفته كمدير للحوارات.'), ['سيباستيان']);
});

test('a name written with a hyphen and no spaces is one name, the part after the hyphen kept (جان-بيير، إس-أويل)', () => {
  assert.deepEqual(persons('وقال رئيس الوزراء الفرنسي جان-بيير رافاران إن الحكومة ستواصل الإصلاحات.'), ['جان-بيير رافاران']);
  assert.ok(organisations('ووقعت شركة إس-أويل الكورية اتفاقا مع الشركة.').some((o) => o.includes('إس-أويل')));
  // A dash with spaces, or one before a definite word, joins no name.
  assert.deepEqual(organisations('وقال المتحدث إن المفاوضات مع حزب الله-الحركة مستمرة.'), ['حزب الله']);
});

test('a listed place or club hyphened with no spaces to another name stays apart: a fixture, a route, a dateline (ليفربول-تشيلسي)', () => {
  assert.deepEqual(organisations('وانتهت مباراة ليفربول-تشيلسي بالتعادل في الدوري الإنجليزي الممتاز.'), ['ليفربول', 'تشيلسي']);
  assert.deepEqual(places('وأعيد افتتاح خط القطار دمشق-بيروت بعد توقف دام سنوات طويلة.'), ['دمشق', 'بيروت']);
  assert.deepEqual(places('القاهرة-رويترز: قالت وزارة الخارجية المصرية إن الوزير سيزور واشنطن الأسبوع المقبل.'), ['القاهرة', 'واشنطن']);
  assert.deepEqual(places('غزة-معا: قال مسؤولون في وزارة الصحة إن الحصيلة ارتفعت.'), ['غزة']);
  // A name said twice is one name (بادن-بادن); a body leads a compound of its own, whatever its second part names (موبيل).
  assert.deepEqual(places('وعقد في مدينة بادن-بادن الألمانية مؤتمر للمستثمرين العرب.'), ['بادن-بادن']);
  assert.ok(organisations('وقالت شركة إكسون-موبيل الأمريكية إن أرباحها ارتفعت في الربع الأخير.').some((o) => o.endsWith('إكسون-موبيل')));
});

test('two listed surnames hyphened with no spaces are a summit\'s or a match\'s two persons (بوتين-ترامب), not one name', () => {
  assert.deepEqual(persons('وعقدت قمة بوتين-ترامب في هلسنكي وسط إجراءات أمنية مشددة.'), ['بوتين', 'ترامب']);
  assert.deepEqual(persons('وانتهت مباراة ميسي-رونالدو بالتعادل.'), ['ميسي', 'رونالدو']);
  // After a given name the hyphened surname is one person's (كلود ليفي-ستروس).
  assert.deepEqual(persons('وقال عالم الأنثروبولوجيا كلود ليفي-ستروس إن الأساطير تتشابه.'), ['كلود ليفي-ستروس']);
});

test('a person after a definite competition head is in apposition, not the competition\'s name (مدير المهرجان عصام زكريا)', () => {
  assert.deepEqual(persons('وقال مدير المهرجان عصام زكريا إن عدد الأفلام ارتفع هذا العام.'), ['عصام زكريا']);
  // An indefinite head takes the name: the prize named after the person.
  assert.deepEqual(persons('وفاز الروائي بجائزة نجيب محفوظ للأدب هذا العام.'), []);
});

test('after a name link the word is a name part, though it reads as a noun with its pronoun (بن بويه)', () => {
  assert.deepEqual(persons('وفي عهد الأمير أحمد بن بويه توسعت الدولة وازدادت قوتها العسكرية.'), ['أحمد بن بويه']);
});

test('a stars league named by its country is one competition, not the country (دوري نجوم قطر)', () => {
  const lines = entities('وتأهل الفريق إلى دوري نجوم الكويت بعد فوزه في الجولة الأخيرة .');
  assert.ok(lines.includes('MISC دوري نجوم الكويت') && !lines.includes('LOCATION الكويت'), lines.join(' | '));
});

test('a body named by its members takes their plural nationality (نقابة المعلمين اليمنيين), which the list holds only in the singular', () => {
  const lines = entities('وأعلنت نقابة المهندسين الموريتانيين الإضراب عن العمل أمس .');
  assert.ok(lines.includes('ORGANIZATION نقابة المهندسين الموريتانيين'), lines.join(' | '));
});

test('two listed surnames hyphened after a verb or a title are one person\'s double surname; after a meeting noun two persons', () => {
  assert.deepEqual(persons('وقال راموس-هورتا إن تيمور الشرقية تحتاج إلى دعم دولي .'), ['راموس-هورتا']);
  assert.deepEqual(persons('وانتقد الرئيس المكسيكي لوبيز-أوبرادور قرار واشنطن .'), ['لوبيز-أوبرادور']);
  assert.deepEqual(persons('وتعثرت مفاوضات ترامب-كيم في هانوي .'), ['ترامب', 'كيم']);
});
