import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { isHomographTown } from '../../../server/src/engine/homographTowns';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('the homograph towns list is read, normalised, and is no place list of the model', () => {
  assert.ok(isHomographTown('العماره'));
  assert.ok(isHomographTown('اب'));
  assert.ok(!isHomographTown('بغداد'));
  // Alone, the word stays the common word it is.
  assert.deepEqual(places('وانهارت العمارة بعد الحريق .'), []);
});

test('a homograph town joined by و to a place at the end of the list is the next place', () => {
  assert.deepEqual(places('وسجلت درجات الحرارة 50 درجة في الكوت والعمارة يوم الأحد .'), ['الكوت', 'العمارة']);
  assert.deepEqual(places('وشملت الحملة محافظتي الحديدة وإب .'), ['الحديدة', 'إب']);
  // A و written apart joins it the same way.
  assert.deepEqual(places('وتوقفت الحافلات بين عمان و الزرقاء .'), ['عمان', 'الزرقاء']);
});

test('a homograph town word followed by an adjective, a genitive or a partitive من stays a word', () => {
  assert.deepEqual(places('وزار الوزير بغداد والعمارة السكنية الجديدة .'), ['بغداد']);
  assert.deepEqual(places('وشارك وفد من الدوحة والعديد من العواصم العربية .'), ['الدوحة']);
});

test('a compass word after a place and و names a direction, not the region the list holds', () => {
  assert.deepEqual(places('وتوترت العلاقات بين روسيا والغرب .'), ['روسيا']);
  assert.deepEqual(places('وتحسنت صادرات الصين والشرق .'), ['الصين']);
});

test('a place part (lake, port, citadel) or a word of public life after a place and و is that word, not a town', () => {
  // The town and its lake, its port, its citadel: the generic noun names a part of the place before it.
  assert.deepEqual(places('وزار السياح مدينة طبريا والبحيرة يوم السبت .'), ['طبريا']);
  assert.deepEqual(places('ووصلت شحنات القمح إلى جدة والميناء .'), ['جدة']);
  assert.deepEqual(places('وسيطر المسلحون على تدمر والقلعة .'), ['تدمر']);
  // The other party of a relation: a people, a movement.
  assert.deepEqual(places('وطال الصراع بين دمشق والشعب .'), ['دمشق']);
  assert.deepEqual(places('واتسعت الهوة بين الجزائر والحراك .'), ['الجزائر']);
  // A town of the list still closes the list.
  assert.deepEqual(places('وهطلت الأمطار بغزارة على البصرة والعمارة .'), ['البصرة', 'العمارة']);
});

test('العام after the word is the adjective "general" unless a time adjective follows it', () => {
  assert.deepEqual(places('وتحدث التقرير عن القاهرة والمرور العام .'), ['القاهرة']);
  assert.deepEqual(places('وزار الوزير القاهرة والأمين العام للجامعة .'), ['القاهرة']);
  assert.deepEqual(places('وسجلت إصابات في الإسكندرية ومطروح العام الماضي .'), ['الإسكندرية', 'مطروح']);
});

test('a feminine compass adjective after a bare place and و is the governorate, unless it shares a noun with an adjective before it', () => {
  // Session 55: القاهرة والشرقية (Sharqia), الرياض والشرقية (the Eastern Province).
  assert.deepEqual(places('وسجلت وزارة الصحة إصابات جديدة في القاهرة والشرقية .'), ['القاهرة', 'الشرقية']);
  assert.deepEqual(places('وسجلت الإصابات في القاهرة والإسكندرية والغربية .'), ['القاهرة', 'الإسكندرية', 'الغربية']);
  // After a compass adjective or الوسطى the two adjectives share the noun; a compass noun or a masculine adjective stays out.
  assert.ok(!places('ودعا إلى التعاون بين أوروبا الغربية والشرقية .').includes('الشرقية'));
  assert.ok(!places('وتصاعد التوتر بين كوريا الشمالية والجنوبية .').includes('الجنوبية'));
  assert.deepEqual(places('وتوترت العلاقات بين روسيا والغرب .'), ['روسيا']);
});

test('العلم after a place and و is the flag or science, not a town', () => {
  assert.deepEqual(places('وتحدث الخطيب عن فلسطين والعلم .'), ['فلسطين']);
  assert.deepEqual(places('ورفع المتظاهرون صور القدس والعلم .'), ['القدس']);
});

test('a homograph town word between a place and a repeated preposition with a place is a parallel clause\'s subject', () => {
  // في بغداد وجاسم في البصرة: two clauses of the same shape, not a list.
  assert.deepEqual(places('وولد علي في بغداد وجاسم في البصرة .'), ['بغداد', 'البصرة']);
  // Another preposition, or no place after the repeated one: the list's town as before.
  assert.deepEqual(places('وسقطت قذائف على الكوت والعمارة في ساعة متأخرة .'), ['الكوت', 'العمارة']);
  assert.deepEqual(places('وسقطت قذائف في الكوت والعمارة في ساعة متأخرة .'), ['الكوت', 'العمارة']);
});

test('a compass adjective after و shares the noun of a compass adjective before the place, or of a place ending in an adjective', () => {
  // Session 55's second reader: the eastern quarters of Aleppo and the western ones; the southern regions of Iraq and the eastern.
  assert.ok(!places('وتقع الأحياء الشرقية لحلب والغربية في مرمى القصف .').includes('الغربية'));
  assert.ok(!places('ويتركز النفط في المناطق الجنوبية من العراق والشرقية .').includes('الشرقية'));
  // A place of two words ending in a feminine adjective: Asia Minor and western Asia.
  assert.ok(!places('وعاش سنوات في آسيا الصغرى والغربية .').includes('الغربية'));
  // A compass adjective before في describes no noun of the place: two governorates; a one-word ية place is a governorate.
  assert.ok(places('وهطلت أمطار على المناطق الشمالية في الإسكندرية والغربية .').includes('الغربية'));
  assert.ok(places('وسجلت إصابات جديدة في الدقهلية والغربية .').includes('الغربية'));
});

test('a town no given-name list holds before a repeated preposition and a place is the list\'s town: the place holds both', () => {
  assert.ok(places('وسقط قتلى في الموصل وحديثة في العراق أمس .').includes('حديثة'));
  assert.ok(places('وقصف الطيران مواقع في حرستا ودوما في ريف دمشق .').includes('دوما'));
});
