// Place boundaries after decoding: settlement heads out, facilities named after places, coordinated places.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coordinatedPlaces, headForm, placeHeadsOut, splitCoordinatedPlaces } from '../../../server/src/engine/placeBounds';
import { tagCliticCountries } from '../../../server/src/engine/cliticCountries';
import { trimListedBodies } from '../../../server/src/engine/bodyNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { tokenize } from '../../../server/src/engine/tokenize';
import { analyze, entityLines, tagNames as names, tagNumbers as tags, textsOf } from './helpers';

const stemsOf = (s: string) => s.split(' ').map((w) => normalizeArabic(w));
const none = (n: number): string[][] => Array.from({ length: n }, () => []);

test('a settlement head stays outside the place (قرية [نعلين]); a common word left alone keeps it (حي الرمال)', () => {
  const stems = stemsOf('في قرية نعلين غرب');
  const rare = () => 0;
  assert.deepEqual(names(placeHeadsOut(stems, none(4), tags('O', 'B-LOC', 'I-LOC', 'O'), rare)), ['O', 'O', 'B-LOC', 'O']);
  // `الرمال` alone would be linked to every later `الرمال` (sand) of the article: the span stays whole.
  const common = (k: number) => (k === 2 ? 500 : 0);
  assert.deepEqual(names(placeHeadsOut(stemsOf('في حي الرمال غرب'), none(4), tags('O', 'B-LOC', 'I-LOC', 'O'), common)), ['O', 'B-LOC', 'I-LOC', 'O']);
});

test('a facility named after a place tags the place, without the head or the closing adjective', () => {
  const stems = stemsOf('قرب مطار بغداد الدولي امس');
  assert.deepEqual(names(placeHeadsOut(stems, none(5), tags('O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'), () => 0)), ['O', 'O', 'B-LOC', 'O', 'O']);
});

test('an unknown word after و that ends a list of places is a place; a word with a pronoun suffix is not', () => {
  const s = tokenize('فروا نحو سنار والقضارف بعد دخول القوات');
  const out = coordinatedPlaces(s, none(s.length), tags('O', 'O', 'B-LOC', 'O', 'O', 'O', 'O'), () => 0, () => undefined);
  assert.deepEqual(names(out), ['O', 'O', 'B-LOC', 'B-LOC', 'O', 'O', 'O']);
  const others = tokenize('في إنجلترا وغيرها .');
  assert.deepEqual(names(coordinatedPlaces(others, none(others.length), tags('O', 'B-LOC', 'O', 'O'), () => 0, () => undefined)), ['O', 'B-LOC', 'O', 'O']);
});

test('a listed place behind the و the clitic splitter left on ends a list of places, however often the text saw it (بغداد وبعقوبة)', () => {
  const s = tokenize('عثر على جثث في بغداد وبعقوبة .');
  const lists = (w: string) => (w === 'بعقوبه' ? 'LOC' : w === 'مالي' ? 'LOC|NAT' : undefined);
  assert.deepEqual(names(coordinatedPlaces(s, none(s.length), tags('O', 'O', 'O', 'O', 'B-LOC', 'O', 'O'), () => 12, lists)),
    ['O', 'O', 'O', 'O', 'B-LOC', 'B-LOC', 'O']);
  // A word the lists also hold as a nationality is left alone (ومالي: and financial).
  const m = tokenize('في بغداد ومالي .');
  assert.deepEqual(names(coordinatedPlaces(m, none(m.length), tags('O', 'B-LOC', 'O', 'O'), () => 12, lists)), ['O', 'B-LOC', 'O', 'O']);
});

test('an organisation span that runs on past a listed name into a plain noun ends with the listed name', () => {
  const stems = stemsOf('رفض حزب تواصل النتائج');
  const marks = [[], ['ORG-B'], ['ORG-E'], []];
  assert.deepEqual(names(trimListedBodies(stems, ['', '', '', ''], marks, tags('O', 'B-ORG', 'I-ORG', 'I-ORG'))), ['O', 'B-ORG', 'I-ORG', 'O']);
});

test('in an article, a village and a town of a wire story are places without their head nouns', () => {
  const a = analyze('أصيب ثمانية فلسطينيين خلال مسيرة في قرية نعلين غرب رام الله، وقالت مصادر إن مستوطنين هاجموا بلدة حوارة.');
  const places = textsOf(a, 'LOCATION');
  assert.ok(places.includes('نعلين') && !places.some((p) => p.startsWith('قرية')), places.join(','));
  assert.ok(!places.some((p) => p.startsWith('بلدة')), places.join(','));
});

test('a facility named after a person stays a facility; a place name ends at the first closing adjective', () => {
  const person = stemsOf('واغلق مطار رفيق الحريري الدولي ساعتين');
  const marks = [[], [], ['NAME-S'], ['NAME-S'], ['NAME-S'], []];
  const out = placeHeadsOut(person, marks, tags('O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC'), () => 0);
  assert.deepEqual(names(out), ['O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O']);
  const king = stemsOf('الى مطار الملك خالد الدولي بالرياض');
  assert.deepEqual(names(placeHeadsOut(king, none(6), tags('O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC'), () => 0)), ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']);
  const place = stemsOf('قرب مطار بغداد الدولي بالامس');
  assert.deepEqual(names(placeHeadsOut(place, none(5), tags('O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC'), () => 0)), ['O', 'O', 'B-LOC', 'O', 'O']);
});

test('training and run time take the same bare form of a settlement head, keeping two letters', () => {
  assert.equal(headForm('وبمدينة'), 'وبمدينة'.slice(2));
  assert.equal(headForm('بحي'), 'حي');
  assert.equal(headForm('لك'), 'لك');
  assert.equal(headForm('وب'), 'وب');
});

test('two coordinated places the tagger joined are two places; a listed whole (البوسنة والهرسك) stays one', () => {
  const s = tokenize('في المنيا وسوهاج امس');
  const lists = (w: string) => (w === 'البوسنه والهرسك' ? 'LOC' : undefined);
  const joined = tags('O', 'B-LOC', 'I-LOC', 'O');
  assert.deepEqual(names(splitCoordinatedPlaces(s, stemsOf('في المنيا وسوهاج امس'), none(4), joined, lists, () => 0)), ['O', 'B-LOC', 'B-LOC', 'O']);
  const bosnia = tokenize('في البوسنة والهرسك امس');
  assert.deepEqual(names(splitCoordinatedPlaces(bosnia, stemsOf('في البوسنة والهرسك امس'), none(4), joined, lists, () => 0)), ['O', 'B-LOC', 'I-LOC', 'O']);
  // A common word after و is no second place (a frequent word of the training text).
  const common = tokenize('في الضفة والقطاع امس');
  assert.deepEqual(names(splitCoordinatedPlaces(common, stemsOf('في الضفة والقطاع امس'), none(4), joined, lists, () => 50)), ['O', 'B-LOC', 'I-LOC', 'O']);
  // Nor a rare present-tense verb (ويطارد), which a place list would hold were it a place.
  const verb = tokenize('في وعمامة ويطارد الشيطان');
  assert.deepEqual(names(splitCoordinatedPlaces(verb, stemsOf('في وعمامة ويطارد الشيطان'), none(4), joined, lists, () => 0)), ['O', 'B-LOC', 'I-LOC', 'O']);
});

test('a country name behind a clitic the tagger left O is a place; a word that only looks like ل + country is not', () => {
  const tok = tokenize('نصب رئيسا لتشاد وسافر للبحرين ومصر ثم إلى لبنان');
  const none = tok.map(() => [] as string[]);
  const out = tagCliticCountries(tok, none, tok.map(() => 0)).map((t) => TAGS[t]);
  assert.deepEqual(out, ['O', 'O', 'B-LOC', 'O', 'B-LOC', 'B-LOC', 'O', 'O', 'O']);
  // مالي is Mali and "financial": with و only (ومالي) the adjective reading stays possible; with ل it is the country.
  const mali = tokenize('دعم ومالي ولمالي');
  const nat = mali.map(() => ['NAT-S']);
  assert.deepEqual(tagCliticCountries(mali, nat, mali.map(() => 0)).map((t) => TAGS[t]), ['O', 'O', 'B-LOC']);
});

test('a facility named after a well-known, listed city tags the city, though the city is a common word of the training text', () => {
  const a = analyze('ووصل إلى مطار بيروت الدولي رئيس الحكومة قادما من الرياض، فيما بقي مطار دمشق مغلقا.');
  const places = textsOf(a, 'LOCATION');
  assert.ok(places.includes('بيروت') && places.includes('دمشق'), places.join(','));
  assert.ok(!a.annotations.some((x) => x.kind === 'entity' && x.text.startsWith('مطار')), a.annotations.map((x) => x.text).join(','));
});

test('a district after حي is the place when ب is written on the head too (the splitter keeps it on a word of two letters)', () => {
  assert.deepEqual(entityLines('وقعت الحادثة في شقة بحي درادب وسط المدينة.'), ['LOCATION درادب']);
  assert.deepEqual(entityLines('نزل عليه الوحي وحي السماء.'), []);
});

test('the West Bank is a place with a preposition written on it too (the places list holds it)', () => {
  assert.deepEqual(entityLines('وتحدث عن الوضع بالضفة الغربية امس.'), ['LOCATION الضفة الغربية']);
});

test('the names listed after a plural or dual settlement head are places, each behind its و, the head outside', () => {
  const lines = entityLines('وتتكدس الأسر في احياء رفيديا والمخفيه . وداهمت القوات مخيمي بلاطه وعسكر فجر اليوم .');
  assert.ok(lines.includes('LOCATION رفيديا') && lines.includes('LOCATION المخفيه') && lines.includes('LOCATION عسكر'), lines.join(' | '));
  const heads = entityLines('خصصت الاموال للطرق في بلديات السانيا وبئر الجير وعين الترك .');
  assert.ok(heads.includes('LOCATION السانيا') && !heads.some((l) => l.includes('بلديات')), heads.join(' | '));
  // Nationality adjectives after a plural head are no places.
  assert.deepEqual(entityLines('وقعت هجمات في مدن بريطانية واميركية .'), []);
});

test('a stadium named by a listed place tags the place without its head and adjective; one named otherwise keeps its span', () => {
  const lines = entityLines('وفاز الفريق بهدفين على ملعب سوسة الأولمبي أمس .');
  assert.ok(lines.includes('LOCATION سوسة') && !lines.some((l) => l.includes('ملعب')), lines.join(' | '));
  const national = entityLines('وتعادل الفريقان على ملعب المنامة الوطني سلبيا .');
  assert.ok(national.includes('LOCATION المنامة') && !national.some((l) => l.includes('ملعب')), national.join(' | '));
});

test('a border crossing or prison named after a place tags the place; behind ب the prison is the sentence, not a place', () => {
  const crossing = entityLines('ودخلت الشاحنات عبر منفذ طريبيل الحدودي امس .');
  assert.ok(crossing.includes('LOCATION طريبيل') && !crossing.some((l) => l.includes('منفذ')), crossing.join(' | '));
  const sentenced = entityLines('وقضت المحكمة بسجن متهمين اثنين بتهمة التهريب .');
  assert.ok(!sentenced.some((l) => l.startsWith('LOCATION')), sentenced.join(' | '));
});

test('two installations named after a dual head are both places', () => {
  const lines = entityLines('واستهدفت الطائرات منشأتي بقيق وخريص ، وتوقف الانتاج .');
  assert.ok(lines.includes('LOCATION بقيق') && lines.includes('LOCATION خريص'), lines.join(' | '));
});

test('a list of places followed by a time adverbial has ended: its last unknown word behind و is a place', () => {
  const s = tokenize('وقعت مواجهات في سنار والدندر الشهر الماضي');
  const out = coordinatedPlaces(s, none(s.length), tags('O', 'O', 'O', 'B-LOC', 'O', 'O', 'O'), () => 0, () => undefined);
  assert.deepEqual(names(out), ['O', 'O', 'O', 'B-LOC', 'B-LOC', 'O', 'O']);
});

test('a plural head in construct with verbal nouns or the plural of a participle names no places (مناطق الاستجمام والتخييم)', () => {
  assert.deepEqual(entityLines('وتم تطوير مناطق الاستجمام والتخييم على الساحل .'), []);
  assert.ok(!entityLines('وتحولت أحياء المهمشين والمعدمين إلى بؤر للجريمة .').some((l) => /المهمشين|المعدمين/.test(l)));
  // Camps named by their people: a nisba's plural is a people, not a place.
  assert.deepEqual(entityLines('وتنتشر مخيمات الروهينغا والبيهاريين في بنغلاديش .'), ['LOCATION بنغلاديش']);
  // Names after the head are still places.
  const places = entityLines('وتضررت مدن بنغازي والبيضاء وشحات من الفيضانات .');
  assert.ok(places.includes('LOCATION شحات'), places.join(' | '));
});

test('jailing people named by a verbal-noun plural is no name (سجن المدونات)', { todo: 'the word-class model (session 22) reads سجن المدونات as MISC itself, and placeHeadsOut keeps a tagger MISC span over a prison head and the jailed (سجن المغردين)' }, () => {
  assert.deepEqual(entityLines('ودعت المنظمة الحقوقية إلى وقف سجن المدونات .'), []);
});

test('a prison or crossing head that is also a verbal or agent noun takes the people or events it acts on, no place', () => {
  assert.deepEqual(entityLines('وقالت الشرطة إن منفذ التفجيرين كان يعمل بمفرده .'), []);
  // The tagger's span over the prison head and the jailed is not cut down to a place.
  const stems = stemsOf('احتجاجا على سجن المغردين في');
  assert.deepEqual(names(placeHeadsOut(stems, none(5), tags('O', 'O', 'B-MISC', 'I-MISC', 'O'), () => 0)), ['O', 'O', 'B-MISC', 'I-MISC', 'O']);
  // A listed place that reads as a dual of a common word (البحرين: البحر) is still the place the facility is named after.
  const listed = [[], [], ['LOC-S'], [], []];
  const bahrain = placeHeadsOut(stemsOf('الى مطار البحرين الدولي امس'), listed, tags('O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'), () => 0, () => 300);
  assert.deepEqual(names(bahrain), ['O', 'O', 'B-LOC', 'O', 'O']);
});

test('a time adverbial ends a list of places after a definite word, not after a verb with its own adverbial', () => {
  const s = tokenize('عقدت الجلسة في بغداد وتأجلت الشهر الماضي');
  const out = coordinatedPlaces(s, none(s.length), tags('O', 'O', 'O', 'B-LOC', 'O', 'O', 'O'), () => 0, () => undefined);
  assert.deepEqual(names(out), ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'O']);
  const people = tokenize('تجمع المتظاهرون في الحسيمة والمعتقلون الأسبوع الماضي');
  const plural = coordinatedPlaces(people, none(people.length), tags('O', 'O', 'O', 'B-LOC', 'O', 'O', 'O'), () => 0, () => undefined);
  assert.deepEqual(names(plural), ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'O']);
});

test('a state named like a channel and a club is the state after its head; the channel stays the channel', () => {
  assert.deepEqual(entityLines('وتقدمت القوات داخل ولاية الجزيرة بعد معارك عنيفة .'), ['LOCATION الجزيرة']);
  assert.deepEqual(entityLines('وبثت قناة الجزيرة التقرير .'), ['ORGANIZATION قناة الجزيرة']);
});
