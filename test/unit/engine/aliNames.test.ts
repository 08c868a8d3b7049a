import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('علي after a name and before the next name of a list or a stop is the family name, not the preposition', () => {
  assert.deepEqual(entityLines('ويلعب في خط الهجوم عمرو زكي وعبدالحليم علي وهاني العجيزي.'), ['PERSON عمرو زكي', 'PERSON عبدالحليم علي', 'PERSON هاني العجيزي']);
  assert.deepEqual(entityLines('وتغلب فيدرر علي نادال في النهائي.'), ['PERSON فيدرر', 'PERSON نادال']);
});
