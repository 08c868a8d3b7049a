// The date finder skips five parsers at a number whose next token none of them reads there (dateNumberNext.ts): that must never hide a date.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Cursor } from '../../../server/src/engine/dateCursor';
import { DAY_PARTS, DIRECTIONS, ENGLISH_MONTHS, GREGORIAN_MONTHS, HIJRI_MONTHS, HIJRI_PAIRS, LEVANTINE_PAIRS, UNITS } from '../../../server/src/engine/dateLexicon';
import { numberMayContinue } from '../../../server/src/engine/dateNumberNext';
import { best, DATE_PARSERS, findDates } from '../../../server/src/engine/dates';
import { Token, tokenize } from '../../../server/src/engine/tokenize';

const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'dev-dates');
/** The parsers findDates skips at a number when numberMayContinue says no. */
const NEEDS_NEXT = DATE_PARSERS.filter((p) => ['numericDate', 'calendarDate', 'amountExpr', 'timeExpr', 'rangeStart'].includes(p.name));

/** Every number of `tokens` the check rules out, with what the five parsers find there (nothing, if the check is right). */
function missed(tokens: Token[]): string[] {
  const c = new Cursor(tokens);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'number' || numberMayContinue(tokens[i], tokens[i + 1])) continue;
    const m = best(c, i, NEEDS_NEXT);
    if (m) out.push(`«${tokens.slice(i, m.end).map((t) => t.text).join(' ')}»`);
  }
  return out;
}

test('the five parsers numberMayContinue rules out match at no such number of the date dev sets', () => {
  let numbers = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.startsWith('#') || line.startsWith('===')) continue;
      const tokens = tokenize(line.replace(/\{\{([^|}]*)\|[^}]*\}\}/g, '$1'));
      numbers += tokens.filter((t) => t.kind === 'number').length;
      assert.deepEqual(missed(tokens), [], line.slice(0, 80));
    }
  }
  assert.ok(numbers > 300, `only ${numbers} numbers: the dev sets were not read`);
});

test('nor before any word of the date tables, with or without a clitic, nor at the paragraph\'s end', () => {
  const words = [...UNITS.keys(), ...DAY_PARTS.keys(), ...DIRECTIONS.keys(), ...GREGORIAN_MONTHS.keys(), ...HIJRI_MONTHS.keys(), ...LEVANTINE_PAIRS.keys(),
    ...HIJRI_PAIRS.keys(), ...ENGLISH_MONTHS.keys(), 'August', 'SEPT', 'الشهر', 'الجاري', 'عشر', 'عشرة', 'عدة', 'بضعة', 'بضع', 'و', 'إلى', 'حتى', 'من', 'في', 'مليون', 'شخص', '%', '/', '-', '.', '،', ')'];
  const after = ['', ' الماضي', ' الجاري', ' 2020', ' / 2 / 2002', ' مارس 2020', ' أيام'];
  let tried = 0;
  for (const n of ['5', '15', '31', '2020', '250', '10:30', '3.5', '10.30', '١٥', '7/2/2002']) {
    for (const w of words) {
      for (const p of ['', 'و', 'ب', 'ل', 'ال']) {
        for (const tail of after) {
          const text = `في ${n} ${p}${w}${tail}`;
          assert.deepEqual(missed(tokenize(text)), [], text);
          tried++;
        }
      }
    }
    assert.deepEqual(missed(tokenize(`في ${n}`)), [], n);
  }
  assert.ok(tried > 5000);
});

test('a number goes on to a date where the next word is one the parsers read, and findDates still finds it', () => {
  for (const [text, date] of [['في 15 مارس', '15 مارس'], ['منذ 3 أيام', '3 أيام'], ['الساعة 10 مساء', 'الساعة 10 مساء'], ['بين 14 و18 أغسطس', '14'],
    ['في 7 / 2 / 2002', '7 / 2 / 2002'], ['on 20 August 2024', '20 August 2024'], ['يوم 15 الجاري', 'يوم 15 الجاري'], ['في 10:30 صباحا', '10:30 صباحا']] as const) {
    const tokens = tokenize(text);
    const found = findDates(tokens).map((d) => text.slice(d.start, d.end));
    assert.ok(found.includes(date), `${text}: ${JSON.stringify(found)}`);
  }
  const [n, w] = tokenize('5 أشخاص');
  assert.equal(numberMayContinue(n, w), false);
  assert.equal(numberMayContinue(n, undefined), false);
  // A year needs no next word: yearExpr is not one of the five.
  assert.deepEqual(findDates(tokenize('في 2020')).length, 1);
});
