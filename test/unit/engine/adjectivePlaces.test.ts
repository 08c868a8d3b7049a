// One-word places that are the adjective of the feminine noun before them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropAdjectivePlaces } from '../../../server/src/engine/adjectivePlaces';
import { tokenize } from '../../../server/src/engine/tokenize';
import { labelTexts, tagNames, tagNumbers } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a participle or a seen nisba agreeing with the feminine noun before it is its adjective, no place', () => {
  assert.deepEqual(places('ووصلت فرق الإغاثة إلى المدينة المنكوبة صباح اليوم .'), []);
  assert.deepEqual(places('نقلت الجرحى إلى قرية مجاورة .'), []);
  assert.deepEqual(places('وكانت المنطقة منطقة رعوية قبل قرون .'), []);
});

test('a head and the name after it stay a place', () => {
  // A name no list holds, not shaped as an adjective, or a nisba the training text never saw (a village's name).
  assert.ok(places('وولد في قرية صفورية قرب الناصرة .').includes('صفورية'));
  assert.ok(places('وزار الوفد مدينة بورصة التركية .').some((p) => p.startsWith('بورصة')));
});

test('a word in م the training text never saw after the head, no participle, is the village name (قرية مرواحة، قرية مزيرعة)', () => {
  assert.deepEqual(places('وتقع قرية مرواحة على بعد 20 كيلومترا من المدينة .'), ['مرواحة']);
  assert.deepEqual(places('وتقع قرية مزيرعة على بعد 20 كيلومترا من المدينة .'), ['مزيرعة']);
  // A participle the training text never saw is still an adjective (قرية مهجورة), and so is a nationality.
  assert.deepEqual(places('وعثر الرعاة على قرية مهجورة في الجبال .'), []);
  assert.deepEqual(places('وهي مدينة موريتانية تقع على ساحل المحيط .'), []);
});

test('a feminine whose masculine the training text knows well is that adjective after the agreeing noun (منطقة حرة: a free zone)', () => {
  // Tagged as a fold model tags it: the word after the head, unseen in its training, read as the place the head names.
  const sentence = tokenize('وأقامت الحكومة منطقة حرة قرب الحدود .');
  const stems = sentence.map((t) => t.norm);
  // The shipped model's counts: حر 12, الحر 22, حرة 8; the village's parts none.
  const counts: Record<string, number> = { حر: 12, الحر: 22, حره: 8 };
  const freq = (w: string) => counts[w] ?? 0;
  const out = dropAdjectivePlaces(sentence, stems, stems.map(() => ''), stems.map(() => []), tagNumbers('O', 'O', 'O', 'B-LOC', 'O', 'O', 'O'), freq);
  assert.deepEqual(tagNames(out), ['O', 'O', 'O', 'O', 'O', 'O', 'O']);
  // A village's name is no known word with ة added: it stays.
  const village = tokenize('وولد في قرية صفورية قرب الناصرة .');
  const vStems = village.map((t) => t.norm);
  const kept = dropAdjectivePlaces(village, vStems, vStems.map(() => ''), vStems.map(() => []), tagNumbers('O', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O'), freq);
  assert.deepEqual(tagNames(kept), ['O', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O']);
});

test('after a noun that names no place, an unseen nisba agreeing with it is its adjective (حكومة ائتلافية)', () => {
  assert.deepEqual(places('وأعلن رئيس الوزراء أنه سيشكل حكومة ائتلافية .'), []);
  assert.deepEqual(places('ودعا الحزب إلى حكومة ائتلافية .'), []);
  // After a settlement head an unseen nisba is still the village's name.
  assert.ok(places('وولد في قرية صفورية قرب الناصرة .').includes('صفورية'));
});
