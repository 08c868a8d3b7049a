import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts as entities } from './helpers';

test('an unknown name before a feminine nationality in business news is a company, the nationality outside', () => {
  assert.deepEqual(entities('وتملك تورنالي الفرنسية 40 في المائة من أسهم الشركة .', 'ORGANIZATION'), ['تورنالي']);
  // Not the possessed preposition before it (بينهم).
  assert.deepEqual(entities('وكانت الشركة قد جمعت تمويلا من مستثمرين بينهم كوبيكسا اليابانية .', 'ORGANIZATION'), ['كوبيكسا']);
});

test('a place after its head or في, a possessed noun, or financial المالية is no company', () => {
  assert.deepEqual(entities('وارتفعت الأسهم في مدينة إسن الألمانية أمس .', 'ORGANIZATION'), []);
  assert.deepEqual(entities('ولو كانت قدراته المالية تسمح له لاشترى أسهم الشركة .', 'ORGANIZATION'), []);
});
