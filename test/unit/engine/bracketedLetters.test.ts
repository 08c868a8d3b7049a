import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

const bodies = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === 'ORGANIZATION').map((x) => x.text);

test('an agency credited by its letters in brackets at a caption\'s end is an organisation', () => {
  assert.deepEqual(bodies('مقاتلون عند مدخل المدينة ( أ ب )'), ['أ ب']);
  assert.deepEqual(bodies('صورة لمحتجين أمام المبنى ( و م ع )'), ['و م ع']);
});

test('one bracketed letter is an item of a list, not a body', () => {
  assert.deepEqual(bodies('وتشمل الشروط ( أ ) و ( ب ) من المادة الثالثة.'), []);
});
