// Places named after a settlement head that the tagger left O.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('an unseen definite word after a settlement head is the place, though it folds like a surname (منطقة المسعودية)', () => {
  assert.deepEqual(places('وفر السكان من منطقة المسعودية ، بحسب الأهالي .'), ['المسعودية']);
});

test('a common definite word closed by a crossing\'s or field\'s adjective is the place (منفذ القائم الحدودي، حقل الشرارة النفطي)', () => {
  assert.deepEqual(places('ضبطت السلطات شحنة قادمة من سوريا عبر منفذ القائم الحدودي .'), ['سوريا', 'القائم']);
  assert.deepEqual(places('أغلق محتجون حقل الشرارة النفطي في أوباري .'), ['الشرارة', 'أوباري']);
  // A field with no such adjective names no place (physics).
  assert.deepEqual(places('ويولد التيار حقل كهرومغناطيسي قوي .'), []);
});

test('a nominative dual head names its two places, the second a common word too (بلدتا تنقو وطويلة), and is no place itself', () => {
  assert.deepEqual(places('وتعرضت قريتا تنقو وطويلة لقصف مدفعي .'), ['تنقو', 'طويلة']);
  assert.deepEqual(places('وزار الوفد مدينتا بنغازي ودرنة .'), ['بنغازي', 'درنة']);
});

test('a name after a plural head ending in the letters of نا is no pronoun unless the word before it is known (مخيمات فرتانا), and keeps its ف', () => {
  assert.deepEqual(places('ونقل اللاجئون إلى مخيمات فرتانا وتيلونغ ، بحسب المفوضية .'), ['فرتانا', 'تيلونغ']);
  // Our villages: the pronoun on a known plural stays no place.
  assert.deepEqual(places('وعاد النازحون إلى مخيمات مدننا ، بحسب المفوضية .'), []);
});

test('one word after a venue\'s head that the training text never saw is the place it is named after (ملعب لوسيل); a venue described is none', () => {
  // The splitter reads a first ل as the preposition (ل + وسيل): the word as written is still the name.
  assert.deepEqual(places('واكتظت مدرجات ملعب لوسيل بالمشجعين طوال اللقاء .'), ['لوسيل']);
  assert.deepEqual(places('وأقيم اللقاء بملعب محايد قريب من الحدود .'), []);
});

test('a named square the tagger left O is the place with its head (ساحة التحرير، ساحة النور); the open ground of a battle or a mosque is none', () => {
  assert.deepEqual(places('وتظاهر آلاف في ساحة التحرير مطالبين بإسقاط الحكومة .'), ['ساحة التحرير']);
  assert.deepEqual(places('وخرج المئات إلى ساحة الأوبرا بالعاصمة .'), ['ساحة الأوبرا']);
  assert.deepEqual(places('وقال إن الجنود تركوا ساحة المعركة بعد ساعات .'), []);
  assert.deepEqual(places('ونفذ الحكم في ساحة الإعدام صباح اليوم .'), []);
  assert.deepEqual(places('وأدى المصلون الصلاة في ساحة المسجد بعد الظهر .'), []);
  // The field of politics: a definite head is no square's.
  assert.deepEqual(places('وتحولت الساحة السياسية إلى ساحة الصراع بين الأحزاب .'), []);
});

test('a definite word after a bare quarter head is the quarter however common (بحي الدرجة، سكان حي الأقواس), the head outside; not its side nor a time word', () => {
  assert.deepEqual(places('ويقام العزاء في منزل الأسرة بحي الدرجة .'), ['الدرجة']);
  assert.deepEqual(places('وقال سكان حي الأقواس إن المياه انقطعت .'), ['الأقواس']);
  assert.deepEqual(places('ويقع المنزل في حي الشرق من المدينة .'), []);
  // Live, not a quarter.
  assert.deepEqual(places('وتم نقل المباراة في بث حي الليلة .'), []);
});
