// A company named where the text says it is one: by its trade name, or by its rank among companies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('the word after a trade name is the company, a place word too', () => {
  assert.deepEqual(entities('وقررت الشركة اليوم تغيير اسمها التجاري إلى سلوان في خطوة مفاجئة .'), ['ORGANIZATION سلوان']);
  assert.deepEqual(entities('وبدأت الشركة العمل تحت الاسم التجاري وردة لتصبح ثالث مشغل .'), ['ORGANIZATION وردة']);
});

test('a word ranked among companies after a comma is a company, a person ranked among his sons is not', () => {
  assert.deepEqual(entities('وقالت بشائر ، أكبر شركة للمدفوعات الإلكترونية ، إن أرباحها ارتفعت .'), ['ORGANIZATION بشائر']);
  assert.deepEqual(entities('وقال محمد ، أكبر أبنائه ، إن العائلة ستعود .'), ['PERSON محمد']);
  assert.deepEqual(entities('وأعلنت نخلة ، ثاني أكبر شركة للمدفوعات في البلاد ، نتائجها .'), ['ORGANIZATION نخلة']);
  assert.deepEqual(entities('وقال محمد ، ثاني أكبر أبنائه ، إن العائلة ستعود .'), ['PERSON محمد']);
});

test('a word a body owns after a comma is a company, a town a state owns stays a place', () => {
  const found = entities('بينما بلغ عدد مشتركي سلوان ، التابعة للشركة الوطنية للاتصالات ، مليون مشترك .');
  assert.ok(found.includes('ORGANIZATION سلوان'), found.join(' | '));
  assert.deepEqual(entities('وزار الوفد مدينة سبتة ، التابعة لإسبانيا ، أمس .'), ['LOCATION سبتة', 'LOCATION إسبانيا']);
});

test('after a trade name a word of emphasis, a verb or a participle goes on with the sentence: no company', () => {
  for (const text of ['واحتفظ المصنع بالاسم التجاري نفسه بعد البيع .', 'ولا يكفي الاسم التجاري وحده لجذب المشترين .',
    'وقال إن الاسم التجاري يعود إلى العائلة .', 'وأكد أن الاسم التجاري مسجل لدى الوزارة .']) {
    assert.deepEqual(entities(text).filter((l) => l.startsWith('ORGANIZATION')), [], text);
  }
  assert.deepEqual(entities('وطرحت الشركة منتجاتها تحت الاسم التجاري سنبلة في الأسواق .'), ['ORGANIZATION سنبلة']);
});

test('a person the tagger read stays one where the cue is said of a man too (التابع، أول مشغل)', () => {
  assert.deepEqual(entities('ووصل خالد ، التابع لشركة الأمن الخاصة ، إلى الموقع .').filter((l) => l.includes('خالد')), ['PERSON خالد']);
  assert.deepEqual(entities('وأصبح سمير ، أول مشغل للرافعة في الميناء ، مدربا .').filter((l) => l.includes('سمير')), ['PERSON سمير']);
});
