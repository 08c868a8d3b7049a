import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagNamesAfterTitles } from '../../../server/src/engine/titleNames';
import { buildGazetteer } from '../../../server/src/engine/gazetteer';
import { mapLexicon } from '../../../server/src/engine/model';
import { splitClitics } from '../../../server/src/engine/clitics';
import { TAGS } from '../../../server/src/engine/tagger';
import { tokenize } from '../../../server/src/engine/tokenize';

const lex = mapLexicon({ 'رييس': 300, 'مجلس': 300, 'النواب': 40, 'نبيه': 7, 'بري': 23, 'ما': 2000, 'لم': 800, 'المتحدث': 22, 'باسم': 300,
  'الحكومه': 270, 'الايرانيه': 30, 'علي': 7000, 'ربيعي': 0, 'مقتل': 50, 'فوز': 30, 'بفوزه': 0 });
const gaz = buildGazetteer({ 'نبيه': 'NAME', 'بري': 'FIRST|LOC|NAME', 'علي': 'FIRST|NAME', 'ربيعي': 'NAME' });

/** Runs the backoff on a sentence with the tagger's tags given. */
function after(text: string, given: string[]): string[] {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => splitClitics(t.norm, lex).stem);
  return tagNamesAfterTitles(tokens, stems, given.map((g) => TAGS.indexOf(g)), lex, gaz).map((t) => TAGS[t]);
}

test('a name after a title and the body the tagger found in its complement is a person', () => {
  assert.deepEqual(after('رئيس مجلس النواب نبيه بري ما لم', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O']),
    ['O', 'B-ORG', 'I-ORG', 'B-PERS', 'I-PERS', 'O', 'O']);
  assert.deepEqual(after('المتحدث باسم الحكومة الإيرانية علي ربيعي مقتل', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']),
    ['O', 'O', 'B-ORG', 'I-ORG', 'B-PERS', 'I-PERS', 'O']);
});

test('after a title, على and words with a clitic and a pronoun suffix are no name', () => {
  assert.deepEqual(after('رئيس مجلس النواب بفوزه على', ['O', 'B-ORG', 'I-ORG', 'O', 'O']), ['O', 'B-ORG', 'I-ORG', 'O', 'O']);
});

test('after a title, a later name word the clitic splitter cut is as rare as its whole form', () => {
  const lx = mapLexicon({ 'وزيره': 16, 'الصحه': 50, 'الفرنسيه': 200, 'انييس': 0, 'بوزين': 0, 'وزين': 4, 'الي': 5000 });
  const tokens = tokenize('وزيرة الصحة الفرنسية أنييس بوزين إلى');
  const stems = tokens.map((t) => splitClitics(t.norm, lx).stem);
  stems[4] = 'وزين';
  const out = tagNamesAfterTitles(tokens, stems, tokens.map(() => 0), lx, buildGazetteer({ 'الفرنسيه': 'NAT' })).map((t) => TAGS[t]);
  assert.deepEqual(out, ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
});
