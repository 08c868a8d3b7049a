// The date finder skips a parser at a word its start gate rules out: the gates (and the lists word forms remember) must never hide a date.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Cursor } from '../../../server/src/engine/dateCursor';
import { numericDate } from '../../../server/src/engine/dateParsers';
import { DATE_PARSERS, findDates, parsersAtToken, START_GATES } from '../../../server/src/engine/dates';
import { WordForm } from '../../../server/src/engine/interner';
import { tokenize } from '../../../server/src/engine/tokenize';

const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-dates');

test('every date parser has a start gate', () => {
  for (const p of DATE_PARSERS) assert.ok(START_GATES.has(p), `no start gate for ${p.name}`);
});

test('no date parser matches at a word its start gate rules out (every word of the date dev sets)', () => {
  let matches = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.startsWith('#') || line.startsWith('===')) continue;
      const tokens = tokenize(line.replace(/\{\{([^|}]*)\|[^}]*\}\}/g, '$1'));
      const c = new Cursor(tokens);
      for (let i = 0; i < tokens.length; i++) {
        const alone = new Cursor([tokens[i]]);
        for (const p of DATE_PARSERS) {
          const m = p(c, i);
          if (!m || m.end <= i) continue;
          matches++;
          assert.ok(START_GATES.get(p)!(alone, 0), `${p.name} matches at «${tokens[i].text}» but its gate rules it out: ${line.slice(0, 80)}`);
        }
      }
    }
  }
  assert.ok(matches > 500, `only ${matches} parser matches: the dev sets were not read`);
});

test('the parsers a word form remembers are those its token would get: dates found with the forms as without, at every token', () => {
  let tried = 0;
  let dates = 0;
  // Twice: the second pass reads every form's remembered list.
  for (let round = 0; round < 2; round++) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (line.startsWith('#') || line.startsWith('===')) continue;
        const text = line.replace(/\{\{([^|}]*)\|[^}]*\}\}/g, '$1');
        const forms: WordForm[] = [];
        const tokens = tokenize(text, 0, forms);
        for (let i = 0; i < tokens.length; i++) {
          const own = parsersAtToken(tokens, i, undefined);
          assert.deepEqual(parsersAtToken(tokens, i, forms).map((p) => p.name), own.map((p) => p.name), `«${tokens[i].text}»`);
          tried += own.length;
        }
        const found = findDates(tokens, { forms });
        assert.deepEqual(found, findDates(tokenize(text)), text.slice(0, 80));
        dates += found.length;
      }
    }
  }
  assert.ok(tried > 1000 && dates > 500, `only ${tried} parsers and ${dates} dates: the dev sets were not read`);
  // A word no date starts with gets no parser; a month, a number and an opening bracket do.
  const forms: WordForm[] = [];
  const tokens = tokenize('قال الوزير في 5 مارس ( 2020 )', 0, forms);
  assert.deepEqual(tokens.map((_, i) => parsersAtToken(tokens, i, forms).length > 0), [false, false, false, true, true, true, true, false]);
});

test('numericDate reads a spaced or joined day/month/year and no lone number', () => {
  const at = (s: string) => numericDate(new Cursor(tokenize(s)), 0);
  assert.deepEqual(at('7 / 2 / 2002')?.spec, { kind: 'absolute', calendar: 'gregorian', year: 2002, month: 2, day: 7 });
  assert.deepEqual(at('2020-1-5')?.spec, { kind: 'absolute', calendar: 'gregorian', year: 2020, month: 1, day: 5 });
  assert.equal(at('1/1/2000')?.end, 1);
  for (const s of ['2020', '12345678', '1/1/200', '5 مارس']) assert.equal(at(s), undefined, s);
});
