import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

test('the side after على/أمام + ضيفه/مضيفه in a match report is a team, and so is a one-word side before it', () => {
  assert.deepEqual(entities('وتغلب نيوكاسل على ضيفه ويجان بهدفين نظيفين .'), ['ORGANIZATION نيوكاسل', 'ORGANIZATION ويجان']);
  assert.deepEqual(entities('وفاز إيفرتون على ضيفه واتفورد في الجولة الثالثة .'), ['ORGANIZATION إيفرتون', 'ORGANIZATION واتفورد']);
  assert.deepEqual(entities('وفاز السد على ضيفه الخريطيات برباعية .'), ['ORGANIZATION السد', 'ORGANIZATION الخريطيات']);
  // The FANE corpora split the pronoun off (ضيف ه).
  assert.ok(entities('وفاز ريدينج على ضيف ه تشارلتون .').includes('ORGANIZATION تشارلتون'));
});

test('a host or guest outside a match, a rival in an election and a nationality after the role stay as they were', () => {
  assert.ok(entities('وبحث الرئيس مع ضيفه الرئيس الفرنسي إيمانويل ماكرون العلاقات الثنائية .').includes('PERSON إيمانويل ماكرون'));
  assert.ok(entities('وفاز لولا بالانتخابات على منافسه جايير بولسونارو .').includes('PERSON جايير بولسونارو'));
  assert.ok(!entities('وفاز الفريق على ضيفه البوروندي بهدف .').some((e) => e.includes('البوروندي')));
});
