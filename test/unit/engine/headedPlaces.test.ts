// Places named after a settlement head that the tagger left O.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('an unseen definite word after a settlement head is the place, though it folds like a surname (منطقة المسعودية)', () => {
  assert.deepEqual(places('وفر السكان من منطقة المسعودية ، بحسب الأهالي .'), ['المسعودية']);
});
