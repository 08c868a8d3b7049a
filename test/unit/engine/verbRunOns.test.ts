import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verbRunOns } from '../../../server/src/engine/verbRunOns';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

const persons = (text: string) => entityLines(text).filter((l) => l.startsWith('PERSON'));

/** verbRunOns on words written out; the training text knows `known` forms (3 times each); `names` are listed name parts. */
function run(words: string[], input: string[], known: string[] = [], names: string[] = [], stems: Record<number, string> = {}): string[] {
  return verbRunOns(words.map((w, k) => stems[k] ?? normalizeArabic(w)), words.map(() => []), input.map((t) => TAGS.indexOf(t)), (k) => words[k],
    (w) => (known.includes(w) ? 3 : 0), (w) => names.includes(w)).map((t) => TAGS[t]);
}

test('a name in a headline does not run on into the present verb after it', () => {
  assert.deepEqual(persons('دجوكوفيتش يتحدى الاصابة ويتاهل الى الدور الثاني'), ['PERSON دجوكوفيتش']);
  assert.deepEqual(persons('هاميلتون يتصدر التجارب الحرة في سباق البحرين'), ['PERSON هاميلتون']);
  // The verb's other persons are its evidence: يتهم is known as تتهم.
  assert.deepEqual(run(['ماسا', 'يتهم', 'هاميلتون', 'بالتهور'], ['B-PERS', 'I-PERS', 'I-PERS', 'O'], ['تتهم']), ['B-PERS', 'O', 'B-PERS', 'O']);
  assert.deepEqual(run(['الوزير', 'مهاجراني', 'لايؤمن', 'بالرقابة'], ['O', 'B-PERS', 'I-PERS', 'O'], ['تومن']), ['O', 'B-PERS', 'O', 'O']);
});

test('nor into a present verb of a doubled root, whose two-letter past the training text knows', () => {
  assert.deepEqual(persons('فوجئت برضا يشن هجوما على الفيلم قبل عرضه'), ['PERSON رضا']);
});

test('nor into a feminine past verb at its end, whose present the training text knows', () => {
  assert.deepEqual(run(['نظير', 'مجلي', 'تباينت', 'امس'], ['B-PERS', 'I-PERS', 'I-PERS', 'O'], ['يتباين']), ['B-PERS', 'I-PERS', 'O', 'O']);
  // A plural's ات is no verb (بركات), nor a given name so spelled, which the lists hold (عصمت: يعصم is a verb).
  assert.deepEqual(run(['محمد', 'بركات', 'إن'], ['B-PERS', 'I-PERS', 'O'], ['يبركا']), ['B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['أحمد', 'عصمت', 'إن'], ['B-PERS', 'I-PERS', 'O'], ['يعصم'], ['عصمت']), ['B-PERS', 'I-PERS', 'O']);
  // Inside a longer name it is the name's letters (no split there).
  assert.deepEqual(run(['رأفت', 'تباينت', 'سعيد'], ['B-PERS', 'I-PERS', 'I-PERS'], ['يتباين']), ['B-PERS', 'I-PERS', 'I-PERS']);
});

test('nor into a masculine past verb at its end, whose present the training text knows', () => {
  assert.deepEqual(run(['الرئيس', 'قيس', 'سعيد', 'أقال', 'وزير'], ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], ['يقال']), ['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  assert.deepEqual(run(['وأبو', 'عبد', 'الله', 'تذوق', 'طعم'], ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O'], ['يتذوق']), ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
  // A surname the lists hold stays (حسن: يحسن is a verb).
  assert.deepEqual(run(['محمد', 'حسن', 'إن'], ['B-PERS', 'I-PERS', 'O'], ['يحسن'], ['حسن']), ['B-PERS', 'I-PERS', 'O']);
  // Its ت form alone is no evidence: a verbal noun or a plural (الباشا طبيق: تطبيق).
  assert.deepEqual(run(['اتهم', 'الباشا', 'طبيق', 'الحكومة'], ['O', 'B-PERS', 'I-PERS', 'O'], ['تطبيق']), ['O', 'B-PERS', 'I-PERS', 'O']);
});

test('nor into a participle or a verbal noun behind ب', () => {
  assert.deepEqual(persons('وكان المدافع ماتيراتزي متهما بالاعتداء على الحكم'), ['PERSON ماتيراتزي']);
  assert.deepEqual(run(['من', 'الونسو', 'متصدر', 'الترتيب'], ['O', 'B-PERS', 'I-PERS', 'O'], ['يتصدر']), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['اتهم', 'شوماخر', 'بافتقاد', 'الروح'], ['O', 'B-PERS', 'I-PERS', 'O'], ['يفتقد']), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['انضم', 'ايمرسون', 'بالتالي', 'الى'], ['O', 'B-PERS', 'I-PERS', 'O'], ['التالي'], [], { 2: 'التالي' }), ['O', 'B-PERS', 'O', 'O']);
});

test('a name part that reads as a verb stays in the name', () => {
  // An unseen foreign surname has no kin forms (يلتسين), a kin form that is a name is no verb's (ياجي: ناجي).
  assert.deepEqual(run(['بوريس', 'يلتسين', 'الكرملين'], ['B-PERS', 'I-PERS', 'O'], ['يلتسين']), ['B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['نوريهيرو', 'ياجي', 'إن'], ['B-PERS', 'I-PERS', 'O'], ['ناجي'], ['ناجي']), ['B-PERS', 'I-PERS', 'O']);
  // A listed name part, or a lineage word's name (بن يشجب، أبو القاسم يعيش بن علي), whatever verb it reads as.
  assert.deepEqual(run(['عدلي', 'يعيش', 'إن'], ['B-PERS', 'I-PERS', 'O'], ['تعيش'], ['يعيش']), ['B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['القاسم', 'يعيش', 'بن', 'علي'], ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS'], ['تعيش']), ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
  // Inside a name ب opens a foreign surname, and a verbal noun's shape alone is no verbal noun (بانكمان: no انكمن).
  assert.deepEqual(run(['سام', 'بانكمان', 'فريد'], ['B-PERS', 'I-PERS', 'I-PERS']), ['B-PERS', 'I-PERS', 'I-PERS']);
  assert.deepEqual(run(['سام', 'بانكمان'], ['B-PERS', 'I-PERS']), ['B-PERS', 'I-PERS']);
});

test('nor into the next clause\'s past verb with ف on it', () => {
  assert.deepEqual(run(['من', 'بيكهام', 'فانفرد', 'بالحارس'], ['O', 'B-PERS', 'I-PERS', 'O'], ['ينفرد']), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['عمرو', 'و', 'خالد', 'فذهبا', 'الى'], ['B-PERS', 'O', 'B-PERS', 'I-PERS', 'O'], ['يذهب']), ['B-PERS', 'O', 'B-PERS', 'O', 'O']);
  // A derived past the text knows without its present (استقبل, or its verbal noun استقبال; no يستقبل) is the verb too.
  assert.deepEqual(run(['الحارس', 'كوفاليف', 'فاستقبل', 'هدفا'], ['O', 'B-PERS', 'I-PERS', 'O'], ['استقبال']), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['الحارس', 'كوفاليف', 'فاحتسب', 'الحكم'], ['O', 'B-PERS', 'I-PERS', 'O'], ['احتسب']), ['O', 'B-PERS', 'O', 'O']);
  // Of a derived past's shape but unknown to the text, or listed, the word is the name's.
  assert.deepEqual(run(['ماركوس', 'فانتسلي'], ['B-PERS', 'I-PERS']), ['B-PERS', 'I-PERS']);
  // A surname with ف whose rest is no verb the text knows (فهمي: يهمي), or that the lists hold, stays.
  assert.deepEqual(run(['حسين', 'فهمي', 'ان'], ['B-PERS', 'I-PERS', 'O']), ['B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['احمد', 'فارس', 'ان'], ['B-PERS', 'I-PERS', 'O'], ['يرس'], ['فارس']), ['B-PERS', 'I-PERS', 'O']);
});

test('after أبي or أبا the word of a past verb\'s shape is the kunya\'s name, not the sentence going on', () => {
  // جاء جيش لعلي بن أبي طالب: طالب reads as a past verb whose present يطالب the text knows.
  assert.deepEqual(run(['علي', 'بن', 'أبي', 'طالب', 'بقيادة'], ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O'], ['يطالب']),
    ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['يا', 'أبا', 'حازم'], ['O', 'B-PERS', 'I-PERS'], ['يحازم']), ['O', 'B-PERS', 'I-PERS']);
  // After a given name the same word is still the verb (قيس سعيد [طالب]: Kais Saied demanded).
  assert.deepEqual(run(['قيس', 'سعيد', 'طالب'], ['B-PERS', 'I-PERS', 'I-PERS'], ['يطالب']), ['B-PERS', 'I-PERS', 'O']);
});
