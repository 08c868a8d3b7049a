import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('بطولة before the cast is the credit "starring": each actor a person, no contest', () => {
  assert.deepEqual(entityLines('والمسلسل من بطولة كريم عبد العزيز ومنى زكي.'), ['PERSON كريم عبد العزيز', 'PERSON منى زكي']);
  assert.deepEqual(entityLines('والمسلسل بطولة نور الشريف ومعالى زايد وتوفيق عبدالحميد.').filter((l) => l.startsWith('MISC')), []);
});

test('a contest named after a person keeps its closing words and stays one MISC', () => {
  assert.deepEqual(entityLines('وفاز ببطولة محمد السادس الدولية للتنس.'), ['MISC بطولة محمد السادس الدولية للتنس']);
});
