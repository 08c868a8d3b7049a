import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityPrefix } from '../../../server/src/engine/mentionStart';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines } from './helpers';

const model = loadDefaultModel();
/** The letters the mention-start pass leaves out of a one-word person mention at word `i` of `text`, no split given. */
const cut = (text: string, i: number) => {
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  return entityPrefix(tokens, tokens.map((t) => t.norm), tokens.map(() => ''), i, model, 'PERSON');
};

test('an unseen foreign name opening with ف keeps it as its first letter', () => {
  assert.deepEqual(entityLines('وقال فيلتشيك إن الفريق جاهز للمباراة .'), ['PERSON فيلتشيك']);
  assert.equal(cut('وقال فيلتشيك إن الفريق جاهز', 1), '');
});

test('ف before a listed name, or before ال, is still the conjunction', () => {
  assert.equal(cut('وقال إن فالعضايلتي سيصل غدا', 2), 'ف');
  assert.equal(cut('وقال إن فبوتين سيصل غدا', 2), 'ف');
});
