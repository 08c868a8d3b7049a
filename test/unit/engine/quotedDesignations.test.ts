import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, textsOf } from './helpers';

// Invented models quoted whole, as car, phone and aircraft reports write them (session 55's probes).
const misc = (text: string) => textsOf(analyze(text), 'MISC');

test('a model quoted whole keeps its spaced dash and the word it leads to the closing mark', () => {
  assert.deepEqual(misc('وأعلنت الشركة أن طراز " سي - ماكس " سيطرح في الأسواق الأوروبية .'), ['سي - ماكس']);
});

test('a model quoted whole keeps its dotted letters and its number after a dash', () => {
  assert.deepEqual(misc('وستنتج الشركة سيارة تحمل اسم " نتاليا اس . ال . اس - 2 " بمحرك قوي .'), ['نتاليا اس . ال . اس - 2']);
});

test('a quotation going on after a dash is no model: the words after it are the sentence', () => {
  const found = misc('وقال المدير إن " ويندوز - وهو نظام قديم - لا يزال منتشرا " في المكاتب .');
  assert.ok(found.every((m) => !m.includes('-')), found.join(' | '));
});

test('a word after a dash with no code in the quote and no work or model head before it is a comment, not the name', () => {
  // Session 55 second reader: " ويندوز - ممل " read whole as the product; a model's designation holds a number or letters.
  assert.deepEqual(misc('وعلق الخبير على النظام بعبارة " ويندوز - ممل " في مقاله .'), ['ويندوز']);
  // A work's subtitle after its head still runs to the close.
  assert.deepEqual(misc('وحقق فيلم " حرب النجوم - الصحوة " إيرادات قياسية .'), ['حرب النجوم - الصحوة']);
});
