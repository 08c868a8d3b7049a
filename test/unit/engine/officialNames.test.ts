import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

const bodies = (text: string) => entities(text).filter((l) => l.startsWith('ORGANIZATION'));

test('a UN mission keeps its head, its complement and the country it serves in', () => {
  assert.deepEqual(bodies('وقالت بعثة الأمم المتحدة لدعم الانتقال السياسي في الصومال إنها قلقة .'),
    ['ORGANIZATION بعثة الأمم المتحدة لدعم الانتقال السياسي في الصومال']);
  assert.deepEqual(bodies('وأعلن مكتب الأمم المتحدة المعني بالمخدرات والجريمة تقريره السنوي .'),
    ['ORGANIZATION مكتب الأمم المتحدة المعني بالمخدرات والجريمة']);
});

test('a high commissioner before the UN after ل is one body with its field', () => {
  assert.deepEqual(bodies('وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن المخيمات مكتظة .'),
    ['ORGANIZATION المفوضية السامية للأمم المتحدة لشؤون اللاجئين']);
});

test('a UN force with nothing after the UN stays the UN alone, as does a new force described', () => {
  assert.deepEqual(bodies('ووصلت قوة الأمم المتحدة إلى المدينة صباحا .'), ['ORGANIZATION الأمم المتحدة']);
  assert.deepEqual(bodies('وستنتشر قوة الأمم المتحدة الجديدة قرب الحدود .').filter((l) => l.includes('الجديدة')), []);
});

test('a party named by one word keeps its من أجل purpose, a supervising body its على object', () => {
  assert.deepEqual(bodies('وتقدم حزب التجمع من أجل الجمهورية في الانتخابات البلدية .'), ['ORGANIZATION حزب التجمع من أجل الجمهورية']);
  assert.deepEqual(bodies('وقالت هيئة الإشراف على الانتخابات إنها تلقت شكاوى .'), ['ORGANIZATION هيئة الإشراف على الانتخابات']);
});

test('a body ends before the word attaching it to another', () => {
  assert.deepEqual(bodies('وقال رئيس اللجنة الوطنية لشؤون المفقودين التابعة للحكومة إن العمل مستمر .').filter((l) => l.includes('التابعة')), []);
});

test('a bare mission and its country are one name when its short name follows in brackets', () => {
  assert.deepEqual(bodies('وانتشر جنود بعثة الاتحاد الأفريقي في الصومال ( أميسوم ) قرب الميناء .').filter((l) => l.includes('بعثة')),
    ['ORGANIZATION بعثة الاتحاد الأفريقي في الصومال']);
});

test('a name ending in a ل + noun complement takes the nouns coordinated with its genitive', () => {
  assert.deepEqual(bodies('وقال المعهد الوطني لمكافحة الأوبئة والحميات إن الإصابات تراجعت .'), ['ORGANIZATION المعهد الوطني لمكافحة الأوبئة والحميات']);
  assert.deepEqual(bodies('وأعلنت الوكالة الإقليمية لحماية البيئة والغابات خطة جديدة .'), ['ORGANIZATION الوكالة الإقليمية لحماية البيئة والغابات']);
});

test('a place governed by the complement\'s chain stays inside the mission\'s name', () => {
  assert.deepEqual(bodies('وقالت بعثة الأمم المتحدة لمراقبة هدنة طرابلس إن الوضع هادئ .'), ['ORGANIZATION بعثة الأمم المتحدة لمراقبة هدنة طرابلس']);
});

test('after a verb of striving, من أجل is the verb\'s purpose, not part of the party\'s name', () => {
  assert.deepEqual(bodies('ويناضل حزب النسور من أجل الاستقلال منذ عقود .'), ['ORGANIZATION حزب النسور']);
  assert.deepEqual(bodies('وتسعى حركة الينابيع من أجل المساواة بين المناطق .').filter((l) => l.includes('أجل')), []);
});

test('a من أجل whose object takes its own preposition opens a purpose clause, outside the party\'s name', () => {
  assert.deepEqual(bodies('واعتصم مؤيدو حزب الفجر من أجل الإفراج عن السجناء .').filter((l) => l.includes('أجل')), []);
});

test('after a verb of insisting, على is the verb\'s unless a second على follows the object', () => {
  assert.deepEqual(bodies('وحرصت هيئة الرقابة على التقيد بالمواعيد .'), ['ORGANIZATION هيئة الرقابة']);
  assert.deepEqual(bodies('وشددت هيئة الرقابة على المصارف على ضرورة رفع رؤوس الأموال .'), ['ORGANIZATION هيئة الرقابة على المصارف']);
});

test('the short name in brackets after a mission read whole is the mission too, and so is its later bare use', () => {
  const text = 'وقالت بعثة الأمم المتحدة لدعم الانتقال السياسي في الصومال ( يونسوم ) إن الوضع مستقر .\n\nوتعمل يونسوم منذ سنوات في البلاد .';
  assert.deepEqual(bodies(text), ['ORGANIZATION بعثة الأمم المتحدة لدعم الانتقال السياسي في الصومال', 'ORGANIZATION يونسوم', 'ORGANIZATION يونسوم']);
});
