import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('in sports news a rare word before a masculine nationality is a club, the nationality outside', () => {
  assert.deepEqual(entityLines('وفي المجموعة نفسها ، تعادل زفولدنبرغ الهولندي مع ضيفه في الجولة الثالثة .'), ['ORGANIZATION زفولدنبرغ']);
});

test('a noun with its owner\'s pronoun or a feminine in ى before the adjective is no club', () => {
  assert.deepEqual(entityLines('وتغلب البطل على منافسه المكسيكي في الجولة الرابعة من البطولة .'), []);
  assert.ok(!entityLines('وأصيب الحارس بتمزق في غضروف ركبته اليمنى خلال مباراة فريقه .').some((e) => e.startsWith('ORGANIZATION')));
});

test('a feminine club name before a masculine nationality in a sports sentence is the club', () => {
  assert.deepEqual(entityLines('وانتقل المهاجم إلى الواحة الإماراتي في الدوري الموسم الماضي.'), ['ORGANIZATION الواحة']);
  assert.deepEqual(entityLines('وخسر الفريق أمام الشعلة السعودي في الدوري.'), ['ORGANIZATION الشعلة']);
});

test('a feminine genitive before its head noun\'s nationality names no club, even in a sports sentence', () => {
  assert.deepEqual(entityLines('والتقى وزير الخارجية الفرنسي بمدرب الفريق.'), []);
});

test('in a paragraph that writes ة as ه, a feminine club name in ه before a masculine nationality is the club', () => {
  assert.ok(entityLines('وانتقل المهاجم الى الواحه الاماراتي في صفقه قياسيه .').includes('ORGANIZATION الواحه'));
  // Where the paragraph writes ة, a final ه is no ة (الاتجاه): the rule keeps to ة there.
  assert.ok(!entityLines('وسار الفريق في الاتجاه الاماراتي بعد المباراة النهائية .').some((e) => e.startsWith('ORGANIZATION')));
});
