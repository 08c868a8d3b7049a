import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines, labelTexts } from './helpers';

test('علي after a name and before the next name of a list or a stop is the family name, not the preposition', () => {
  assert.deepEqual(entityLines('ويلعب في خط الهجوم عمرو زكي وعبدالحليم علي وهاني العجيزي.'), ['PERSON عمرو زكي', 'PERSON عبدالحليم علي', 'PERSON هاني العجيزي']);
  assert.deepEqual(entityLines('وتغلب فيدرر علي نادال في النهائي.'), ['PERSON فيدرر', 'PERSON نادال']);
});

test('على written with ى closing a name before أن is the preposition of "to stress that", not the name علي', () => {
  assert.deepEqual(labelTexts('واكد المدرب سامي على ان اللاعبين في حالة جيدة .', 'PERSON'), ['سامي']);
  // The name written with ى elsewhere stays whole (منذ عهد محمد على .).
  assert.deepEqual(labelTexts('وبني المسجد في عهد محمد على .', 'PERSON'), ['محمد على']);
});
