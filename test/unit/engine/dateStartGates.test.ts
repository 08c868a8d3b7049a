// The date finder skips a parser at a word its start gate rules out: the gates must never hide a date.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Cursor } from '../../../server/src/engine/dateCursor';
import { DATE_PARSERS, START_GATES } from '../../../server/src/engine/dates';
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
