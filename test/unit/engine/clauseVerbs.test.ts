import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const entities = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity').map((a) => `${a.label}:${a.text}`);

test('a verb opening a clause before its subject\'s title is no person (وأشرف وزير الداخلية على …)', () => {
  assert.deepEqual(entities('وأشرف وزير الداخلية على الانتخابات في المحافظات.').filter((e) => e.startsWith('PERSON')), []);
  // The name with its surname stays a name.
  assert.ok(entities('وأشرف حكيمي لاعب باريس سان جيرمان شارك في التدريبات.').includes('PERSON:أشرف حكيمي'));
});

test('a place or body does not end in the future verb after it (أن [المملكة] ستوفر اللقاح)', () => {
  assert.ok(entities('وأعلن الوزير أن المملكة ستوفر اللقاح مجانا للمواطنين.').includes('LOCATION:المملكة'));
});
