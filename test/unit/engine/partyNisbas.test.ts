import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('الحزب and a nisba is a party, its describing word outside', () => {
  assert.ok(entityLines('وفاز فيها الحزب الوطني الحاكم بأغلبية الثلثين .').includes('ORGANIZATION الحزب الوطني'));
});

test('a party named by الحزب and a nisba keeps its nationality', () => {
  assert.ok(entityLines('وقال القيادي في الحزب الإسلامي العراقي إن الانتخابات ستجري .').includes('ORGANIZATION الحزب الإسلامي العراقي'));
});

test('an ordinal or a wing after الحزب names no party', () => {
  assert.deepEqual(entityLines('وأصبح الحزب الثاني في البرلمان .'), []);
  assert.ok(!entityLines('وانتقد جناح الحزب العسكري القرار .').some((e) => e.startsWith('ORGANIZATION')));
});

test('حزب and an indefinite feminine noun name a party, with the genitive that completes it', () => {
  assert.deepEqual(entityLines('وحصل حزب إرادة على عشرة مقاعد في البرلمان.'), ['ORGANIZATION حزب إرادة']);
});

test('حزب and a verbal noun of what a party does name none', () => {
  assert.deepEqual(entityLines('وقال إن حزب معارضة جديدا سيتأسس.'), []);
});

test('حزب and an indefinite masculine noun (no adjective: the text never writes it with ال and ة) name a party', () => {
  assert.deepEqual(entityLines('وأعلن حزب وعد مشاركته في الانتخابات المقبلة.'), ['ORGANIZATION حزب وعد']);
});

test('حزب and a masculine adjective, or a verb, name none', () => {
  assert.deepEqual(entityLines('وقال إن حزب سياسي واحد لا يكفي.'), []);
  assert.deepEqual(entityLines('وأسس الرجل حزب جديد في المدينة.'), []);
  assert.deepEqual(entityLines('وطالب حزب يدعو إلى الإصلاح بالتغيير.'), []);
});

test('every or any party (كل حزب، أي حزب) names none: the feminine noun after it is what the verb gives or takes', () => {
  assert.deepEqual(entityLines('ولم يحقق أي حزب نسبة كافية لتشكيل الحكومة منفردا .'), []);
  assert.deepEqual(entityLines('وأعطى الناخبون كل حزب فرصة لعرض برنامجه .'), []);
  assert.deepEqual(entityLines('ومنح الدستور لكل حزب حصة من التمويل .'), []);
  assert.deepEqual(entityLines('ولكل حزب عضو في اللجنة .'), []);
  assert.deepEqual(entityLines('وأعطى القانون كل حزب مقعد في المجلس .'), []);
});

test('حزب, an adjective and the adjective\'s own genitive (a construct adjective) name no party', () => {
  assert.deepEqual(entityLines('ويقود حزب كبير المعارضة الحملة ضد الحكومة .'), []);
  // A party named with a definite word keeps it.
  assert.deepEqual(entityLines('وقال حزب الواحة الديمقراطي إنه سيشارك .'), ['ORGANIZATION حزب الواحة الديمقراطي']);
});
