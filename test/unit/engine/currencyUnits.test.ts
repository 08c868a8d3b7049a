import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('a currency unit ICU names but no hand list holds is MISC after an amount, its adjective outside', () => {
  assert.deepEqual(misc('وستنفق البلدية 12 مليون أوقية قديمة على ترميم السوق .'), ['أوقية']);
  assert.deepEqual(misc('وحدد سعر كيس الأرز بـ 340 فرنكا في أسواق المدينة .'), ['فرنكا']);
  assert.deepEqual(misc('ودفع كل مزارع 900 كواشا رسوما للتسجيل .'), ['كواشا']);
});

test('an ounce of gold, a unit word with no amount before it and counted people are no currency', () => {
  assert.deepEqual(misc('وأنتج المنجم 300 ألف أوقية من الذهب العام الماضي .'), []);
  assert.deepEqual(misc('وتحدث الخبير عن تاريخ الأوقية في التجارة القديمة .'), []);
  assert.deepEqual(misc('وعبر 40 أفغانيا الحدود ليلا .'), []);
});

test('a unit spelt as a given name before a surname, or whose accusative is a word, is no currency after a number', () => {
  assert.deepEqual(misc('وأنتجت الشركة هذا العام 14 دراما تلفزيونية للعرض في رمضان .'), []);
  assert.deepEqual(misc('ومرر في الدقيقة 35 جوردي فالنتي كرة حاسمة لزميله .'), []);
  assert.deepEqual(misc('وحل في المركز 2 لارى فيرغسون بعد سباق طويل .'), []);
});

test('a currency ICU names, with the article and quoted against another currency or after its rate, is MISC', () => {
  assert.deepEqual(misc('وتراجعت النايرا إلى 1400 مقابل الدولار في السوق الموازية .'), ['النايرا', 'الدولار']);
  assert.deepEqual(misc('وتراجع سعر السيدي أمام الدولار بنحو 3 في المئة .'), ['السيدي', 'الدولار']);
  assert.deepEqual(misc('بسبب ارتفاع أسعار الأوقية مقابل العملات الأجنبية .'), ['الأوقية']);
  assert.deepEqual(misc('وارتفع الدولار أمام الين في تعاملات الصباح .'), ['الدولار', 'الين']);
  assert.deepEqual(misc('وقال المحافظ إن الأوقية الجديدة ستبقى مستقرة أمام اليورو .'), ['الأوقية', 'اليورو']);
});

test('a unit word with the article and no quote, an ounce of gold quoted, and a CD are no currency', () => {
  assert.deepEqual(misc('وتحدث الخبير عن تاريخ الأوقية في التجارة القديمة .'), []);
  assert.deepEqual(misc('وارتفع سعر الأوقية من الذهب أمام الدولار .'), ['الدولار']);
  assert.deepEqual(misc('ووزع الفنان السيدي أمام الجمهور بعد الحفل .'), []);
  assert.deepEqual(misc('وكتب جمال الدين الأفغاني مقابل الدولار الذي تلقاه .'), ['الدولار']);
});
