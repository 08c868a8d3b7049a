import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('a country playing a match is its team: subject of a result verb, facing another country, genitive of a team noun', () => {
  assert.deepEqual(entities('وتعادل العراق مع السعودية سلبيا في الدوحة.'), ['ORGANIZATION العراق', 'ORGANIZATION السعودية', 'LOCATION الدوحة']);
  assert.ok(entities('وسجل لاوتارو مارتينيز في مرمى كولومبيا في المباراة.').includes('ORGANIZATION كولومبيا'));
  assert.ok(entities('واستعد المنتخب لمواجهة مصر في تصفيات كأس العالم.').includes('ORGANIZATION مصر'));
  assert.deepEqual(entities('ويلعب المغرب مباراة الافتتاح أمام جزر القمر في الرباط.'), ['ORGANIZATION المغرب', 'ORGANIZATION جزر القمر', 'LOCATION الرباط']);
});

test('a team noun\'s country is split from the coach\'s name the tagger ran it into', () => {
  const found = entities('وأشاد مدرب الأردن الحسين عموتة باللاعبين بعد المباراة.');
  assert.ok(found.includes('ORGANIZATION الأردن'), found.join(', '));
  assert.ok(!found.some((e) => e.startsWith('PERSON') && e.includes('الأردن')), found.join(', '));
});

test('where the match is played, and countries outside sports news, stay places', () => {
  assert.ok(entities('وأقيمت المباراة في قطر أمام جمهور كبير.').includes('LOCATION قطر'));
  assert.ok(entities('وفاز الحزب بالانتخابات في تونس.').includes('LOCATION تونس'));
});

test('a word only the clubs list holds is the club in sports news though the tagger read a place (المريخ, Mars)', () => {
  assert.ok(entities('وسجل المهاجم هدفا من ركلة جزاء ، ليعوض المريخ خسارته ذهابا 0 - 1 .').includes('ORGANIZATION المريخ'));
  assert.ok(!entities('وأرسلت وكالة الفضاء مسبارا إلى المريخ العام الماضي.').includes('ORGANIZATION المريخ'));
});

test('a country facing another in a sports sentence\'s politics, or playing a role, is the country', () => {
  assert.ok(entities('وقصفت الطائرات ملعب كرة القدم في بيت لاهيا، فيما تقف السلطة عاجزة أمام إسرائيل.').includes('LOCATION إسرائيل'));
  assert.ok(entities('وقرر الاتحاد استبعاد الأندية الروسية من البطولة في إطار العقوبات الغربية ضد روسيا.').includes('LOCATION روسيا'));
  assert.ok(entities('وتستعد إسرائيل لمواجهة إيران في حرب مفتوحة، وأوقف الاتحاد مباريات الدوري.').includes('LOCATION إيران'));
  assert.ok(entities('وتلعب قطر دورا محوريا في الوساطة بعد عام من استضافتها بطولة كأس العالم.').includes('LOCATION قطر'));
  assert.ok(entities('ويواجه لبنان أزمة اقتصادية دفعت الاتحاد إلى إلغاء الموسم الكروي.').includes('LOCATION لبنان'));
  assert.ok(entities('وفاز المغرب بتنظيم مونديال 2030 بالاشتراك مع إسبانيا والبرتغال.').includes('LOCATION المغرب'));
  assert.ok(entities('وقال مدرب المنتخب إن الحرب ضد روسيا أثرت على استعداد لاعبيه.').includes('LOCATION روسيا'));
  // The match stays a match: its word before أمام.
  assert.ok(entities('وأكد المدرب أن المنتخب سيواصل مشواره أمام العراق في الدور المقبل.').includes('ORGANIZATION العراق'));
});

test('a result or playing verb the lexicon keeps with its و still makes the country after it a team', () => {
  const found = entities('وتغلبت تونس على فرنسا بهدف نظيف في الجولة الأخيرة.');
  assert.ok(found.includes('ORGANIZATION تونس') && found.includes('ORGANIZATION فرنسا'), found.join(', '));
  assert.ok(entities('وتلعب مصر مباراتها الثانية أمام غانا يوم السبت.').includes('ORGANIZATION مصر'));
  assert.ok(entities('وتغلبت مصر على أزمة الطاقة، وتعادلت المغرب مع الجزائر في الجولة الثانية.').includes('LOCATION مصر'));
});

test('a listed club in the opponent\'s slot of a result is the club though a given-name list holds the word too (الفوز على الهلال)', () => {
  assert.ok(entities('وقاد المدرب فريقه إلى الفوز على الهلال في الدوري .').includes('ORGANIZATION الهلال'));
});

test('the side after the host\'s guest or the guest\'s host of a match report is a team, whatever list knows it', () => {
  assert.ok(entities('وتغلب بيرنلي على ضيفه برينتفورد بهدفين دون رد.').includes('ORGANIZATION برينتفورد'));
  assert.ok(entities('وتعادل فولفسبورغ مع ضيفه أوغسبورغ سلبيا.').includes('ORGANIZATION أوغسبورغ'));
  assert.ok(entities('وخسر فريق الاتفاق أمام مضيفه الخليج بهدف نظيف في الدوري.').includes('ORGANIZATION الخليج'));
  // A guest of state is no team: no match was played.
  assert.ok(!entities('واستقبل الرئيس ضيفه الفرنسي في قصر الإليزيه.').some((e) => e.startsWith('ORGANIZATION')));
});

test('a player beaten before a tennis score is a person, not a team', () => {
  const found = entities('وتغلب ديوكوفيتش على نادال 6-4 و6-3 في نهائي البطولة.');
  assert.ok(found.includes('PERSON نادال'), found.join(', '));
});

test('a people in the opponent\'s slot and a host country\'s adjective before a score are no teams', () => {
  assert.ok(!entities('ولن يكون من السهل على تايلاند الفوز على الكوريين اضافة الى عدم وجود الحافز للفريق التايلاندي .').includes('ORGANIZATION الكوريين'));
  assert.ok(!entities('وكانت البرازيل قد تغلبت على البلد المضيف 2 - 0 في النهائي .').includes('ORGANIZATION المضيف'));
});

test('a country a national team meets as its counterpart (منتخب زامبيا نظيره …) is the other team', () => {
  const found = entities('ويلتقي منتخب زامبيا نظيره الكونغو الثلاثاء في لوساكا ضمن التصفيات .');
  assert.ok(found.includes('ORGANIZATION الكونغو'), found.join(', '));
  // A minister's counterpart is a person, and a country after one outside a team's sentence stays a place.
  assert.ok(entities('والتقى وزير الخارجية نظيره في تونس لبحث التعاون .').includes('LOCATION تونس'));
});

test('a headline\'s country named first before its title or win is the team (قطر تحرز كأس الخليج)', () => {
  assert.ok(entities('قطر تحرز كأس الخليج للمرة الثالثة').includes('ORGANIZATION قطر'));
  assert.ok(entities('السعودية تتوج بلقب البطولة الخليجية لكرة القدم').includes('ORGANIZATION السعودية'));
  assert.ok(entities('ليبيا تفوز على تونس في تصفيات كأس العالم').includes('ORGANIZATION ليبيا'));
  // A medal and progress won are a country's: it stays a place.
  assert.ok(entities('المغرب يحرز ذهبية في البطولة العربية').includes('LOCATION المغرب'));
  assert.ok(entities('مصر تحرز تقدما في المفاوضات والمنتخب يستعد للبطولة').includes('LOCATION مصر'));
});

test('a counterpart after a role held in the team (مدرب المنتخب ونظيره) is the role\'s: the country after it stays a place', () => {
  assert.ok(entities('وبحث رئيس الاتحاد مع مدرب المنتخب ونظيره السودان سبل التعاون الرياضي .').includes('LOCATION السودان'));
  const found = entities('وتغلب منتخب العراق على نظيره الأردن بهدفين في بطولة غرب آسيا .');
  assert.ok(found.includes('ORGANIZATION الأردن'), found.join(', '));
});

test('a headline\'s country that wins a bid over others (يفوز على … في سباق تنظيم) stays a place', () => {
  assert.ok(entities('السعودية تفوز على أستراليا في سباق استضافة كأس العالم').includes('LOCATION السعودية'));
  assert.ok(entities('الجزائر تفوز على مصر في نصف نهائي كأس العرب').includes('ORGANIZATION الجزائر'));
});

test('a headline\'s winner behind its opening quotes is the team too (« الجزائر تحرز لقب … »)', () => {
  assert.ok(entities('« تونس تحرز لقب البطولة العربية لكرة اليد »').includes('ORGANIZATION تونس'));
  assert.ok(entities('" الأردن يتوج بكأس غرب آسيا لكرة القدم "').includes('ORGANIZATION الأردن'));
  assert.ok(entities('« قطر تحرز تقدما في ملف استضافة البطولة »').includes('LOCATION قطر'));
});
