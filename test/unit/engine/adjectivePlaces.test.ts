// One-word places that are the adjective of the feminine noun before them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

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
