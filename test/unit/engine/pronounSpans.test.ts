import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';
import { dropPronounSpans } from '../../../server/src/engine/pronounSpans';
import { tokenize } from '../../../server/src/engine/tokenize';
import { beginTag } from '../../../server/src/engine/tagger';

const B_ORG = beginTag('ORG');

const all = (text: string) => entityLines(text);

test('a pronoun behind a conjunction is no place: وأنا after a town, فأنا opening a clause', () => {
  assert.deepEqual(all('جئت إلى دبي وأنا في العشرين من عمري .').filter((t) => t.includes('أنا')), []);
  assert.deepEqual(all('احمد الله على نعمته ، فأنا لست من عائلة ثرية .').filter((t) => t.includes('أنا')), []);
});

test('a pronoun written with its vowel marks or a tatweel behind a clitic is no place either', () => {
  assert.deepEqual(all('جئت إلى دمشق وَأَنَا في العاشرة من عمري .').filter((t) => t.includes('أَنَا')), []);
  assert.deepEqual(all('عدت إلى بيروت وأنـا في الثلاثين من عمري .').filter((t) => t.includes('أنـا')), []);
});

test('the given name آنا is not folded into the pronoun', () => {
  assert.ok(all('وقالت الصحفية آنا بوليتكوفسكايا إن الوضع صعب .').some((t) => t.includes('آنا')));
});

test('a name spelled as و + the pronoun before a mark keeps its tag: a pronoun opens a clause (the pass itself)', () => {
  const sentence = tokenize('عدد مشتركي وانا ، التابعة للشركة');
  const prefixes = sentence.map((t) => (t.text === 'وانا' ? 'و' : ''));
  const tags = sentence.map((t) => (t.text === 'وانا' ? B_ORG : 0));
  assert.deepEqual(dropPronounSpans(sentence, prefixes, tags), tags);
  const clause = tokenize('جئت إلى المدينة وانا في العشرين');
  const clauseTags = clause.map((t) => (t.text === 'وانا' ? B_ORG : 0));
  assert.deepEqual(dropPronounSpans(clause, clause.map((t) => (t.text === 'وانا' ? 'و' : '')), clauseTags), clause.map(() => 0));
});
