// Places named after a settlement head that the tagger left O.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('an unseen definite word after a settlement head is the place, though it folds like a surname (منطقة المسعودية)', () => {
  assert.deepEqual(places('وفر السكان من منطقة المسعودية ، بحسب الأهالي .'), ['المسعودية']);
});

test('a common definite word closed by a crossing\'s or field\'s adjective is the place (منفذ القائم الحدودي، حقل الشرارة النفطي)', () => {
  assert.deepEqual(places('ضبطت السلطات شحنة قادمة من سوريا عبر منفذ القائم الحدودي .'), ['سوريا', 'القائم']);
  assert.deepEqual(places('أغلق محتجون حقل الشرارة النفطي في أوباري .'), ['الشرارة', 'أوباري']);
  // A field with no such adjective names no place (physics).
  assert.deepEqual(places('ويولد التيار حقل كهرومغناطيسي قوي .'), []);
});
