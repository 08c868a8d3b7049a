// Cursor.is compares a token's normalised form with the words as written: every call site must write them normalised.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Cursor } from '../../../server/src/engine/dateCursor';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tokenize } from '../../../server/src/engine/tokenize';

const engine = join(__dirname, '..', '..', '..', 'server', 'src', 'engine');

test('every word a date parser passes to Cursor.is is written normalised (a hamza or ta marbuta form would never match)', () => {
  let words = 0;
  for (const f of readdirSync(engine).filter((x) => /^(date|englishDates).*\.ts$/.test(x))) {
    const src = readFileSync(join(engine, f), 'utf8');
    for (const call of src.matchAll(/\bc\.is\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
      for (const lit of call[1].matchAll(/'([^']*)'/g)) {
        words++;
        assert.equal(lit[1], normalizeArabic(lit[1]), `${f}: c.is(${call[1]}) writes ${lit[1]}`);
      }
    }
  }
  assert.ok(words > 100, `only ${words} words found: the call-site pattern no longer reads the parsers`);
});

test('Cursor.is matches a word written with hamza, ta marbuta or tatweel against its normalised form', () => {
  const c = new Cursor(tokenize('حتى إلى الساعة الـ'));
  assert.ok(c.is(0, 'حتي'));
  assert.ok(c.is(1, 'من', 'الي'));
  assert.ok(c.is(2, 'الساعه'));
  assert.ok(c.is(3, 'ال'));
  assert.ok(!c.is(1, 'من', 'عن'));
  assert.ok(!c.is(9, 'من'), 'past the last token');
});
