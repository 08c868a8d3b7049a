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
