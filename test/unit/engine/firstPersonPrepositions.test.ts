import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { endNamesAtFirstPersonPrepositions } from '../../../server/src/engine/firstPersonPrepositions';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';

const B = beginTag('PERS'), I = insideTag('PERS');

test('مني/عني/معي after a given name is "from/about/with me", not the surname', () => {
  assert.deepEqual(labelTexts('واقترب كريم مني ، ثم قال إنه سيعود .', 'PERSON'), ['كريم']);
  assert.deepEqual(labelTexts('وطلب أحمد مني : " لا تتأخر " .', 'PERSON'), ['أحمد']);
});

test('only a name\'s last word after another is cut: opening a name مني is a given name (Minni, Mona)', () => {
  const words = ['وطلب', 'أحمد', 'مني', ':'];
  assert.deepEqual(endNamesAtFirstPersonPrepositions([0, B, I, 0], (k) => words[k]), [0, B, 0, 0]);
  const minni = ['زعيم', 'الحركة', 'مني', 'أركو', 'مناوي', 'مع'];
  assert.deepEqual(endNamesAtFirstPersonPrepositions([0, 0, B, I, I, 0], (k) => minni[k]), [0, 0, B, I, I, 0]);
  // Inside a longer name it is left alone (the rule reads the name's end only).
  const mid = ['قال', 'سامي', 'مني', 'زكي'];
  assert.deepEqual(endNamesAtFirstPersonPrepositions([0, B, I, I], (k) => mid[k]), [0, B, I, I]);
  // منى as written with ى is the name.
  const mona = ['وقال', 'أحمد', 'منى', 'إن'];
  assert.deepEqual(endNamesAtFirstPersonPrepositions([0, B, I, 0], (k) => mona[k]), [0, B, I, 0]);
});
