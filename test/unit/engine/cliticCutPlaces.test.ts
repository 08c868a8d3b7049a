import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';
import { CLITIC_CUT_CUE } from '../../../server/src/engine/cliticCutPlaces';
import { normalizeArabic as n } from '../../../server/src/engine/normalize';
import { inWideCues, wordWideCues } from '../../../server/src/engine/wideCues';

const entities = (text: string) => analyze(text).annotations.filter((a) => a.kind === 'entity').map((a) => `${a.label}:${a.text}`);

test('a title\'s place the clitic splitter cut is the place, whole, and a name after it the holder\'s', () => {
  // بابل is read as ب + ابل (a commoner name part) and كابل as ك + ابل: only the whole word is a listed place.
  const a = entities('وقال محافظ بابل إن الوضع الأمني مستقر .');
  assert.ok(a.includes('LOCATION:بابل'), a.join(' '));
  assert.ok(!a.some((x) => x.startsWith('PERSON:')), a.join(' '));
  const b = entities('وقال محافظ بابل حسن منديل إن الوضع مستقر .');
  assert.ok(b.includes('LOCATION:بابل'), b.join(' '));
  assert.ok(b.includes('PERSON:حسن منديل'), b.join(' '));
  const c = entities('وقال رئيس بلدية بعبدا إن الطرق مفتوحة .');
  assert.ok(c.includes('LOCATION:بعبدا'), c.join(' '));
  // A real preposition after the title's own clitic, and a place whose rest is itself a place, are left as they were.
  const d = entities('والتقى الوزير بمحافظ البصرة أمس .');
  assert.ok(d.includes('LOCATION:البصرة'), d.join(' '));
});

test('a listed place the clitic splitter cut, read as a name after a preposition, is the place and the name after it the person', () => {
  const a = entities('وقال المدير العام للتربية في بابل حمزة عبد الأمير الجبوري إن التعيينات تمت .');
  assert.ok(a.includes('LOCATION:بابل'), a.join(' '));
  assert.ok(a.some((x) => x.startsWith('PERSON:حمزة')), a.join(' '));
});

test('the pass is gated on the words it starts after: a place title or head, a preposition, a preposition written apart', () => {
  // correctTags skips cliticCutPlaces in a sentence where no word carries its bit.
  const stem = (w: string) => inWideCues(wordWideCues(n(w), 'x'), CLITIC_CUT_CUE);
  const whole = (w: string) => inWideCues(wordWideCues('x', n(w)), CLITIC_CUT_CUE);
  for (const w of ['محافظ', 'سفير', 'بلدية', 'ولاية', 'في', 'إلى']) assert.ok(stem(w), w);
  for (const w of ['محافظ', 'ب', 'ل', 'ك']) assert.ok(whole(w), w);
  for (const w of ['بابل', 'الوضع', 'قال', 'مستقر']) assert.ok(!stem(w) && !whole(w), w);
});
