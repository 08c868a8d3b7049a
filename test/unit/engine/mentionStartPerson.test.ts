import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitClitics } from '../../../server/src/engine/clitics';
import { entityPrefix } from '../../../server/src/engine/mentionStart';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { tokenize } from '../../../server/src/engine/tokenize';
import { analyze, entityLines } from './helpers';

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

/** The letters left out of a person mention at word `i` of `text`, with the clitic splitter's own reading of each word. */
const splitCut = (text: string, i: number) => {
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  const splits = tokens.map((t) => splitClitics(t.norm, model.lexicon));
  return entityPrefix(tokens, splits.map((x) => x.stem), splits.map((x) => x.prefix), i, model, 'PERSON');
};

test('a listed name part is no preposition + a rest that is only a name part or surname (لحسن، كريس، لانا)', () => {
  assert.equal(splitCut('وقال وزير الصحة لحسن أيت الطالب إن الوضع مستقر', 3), '');
  assert.equal(splitCut('وأكد كريس ويتي أن اللقاح آمن', 1), '');
  assert.equal(splitCut('وقالت الصحفية لانا الحسيني إن الحكومة لم ترد', 2), '');
  // No span starts inside the word: ل + the pronoun انا is no reading of the name.
  const lana = analyze('وقالت الصحفية لانا الحسيني إن الحكومة لم ترد على الأسئلة .').annotations.filter((x) => x.kind === 'entity');
  assert.deepEqual(lana.map((x) => `${x.label} ${x.text}`), ['PERSON لانا الحسيني']);
});

test('the rest opening a listed full name the next word continues is still that name behind the preposition', () => {
  assert.equal(splitCut('وقدم الرئيس التهنئة لحسن نصر الله على الفوز', 3), 'ل');
});
