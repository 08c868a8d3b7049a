import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { fullNameListItems } from '../../../server/src/engine/listedFullNames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { tagNames, tagNumbers } from './helpers';

/**
 * fullNameListItems on `text` with the tagger's `tags`, the و split off every word written with it except `kept`;
 * `lists`: the words' lists (none listed by default), `counts`: training counts (unseen by default).
 */
function run(text: string, tags: string[], lists: Record<string, string> = {}, counts: Record<string, number> = {}, kept: string[] = []): string[] {
  const tokens = tokenize(text);
  const split = (k: number) => k > 0 && tokens[k].norm.startsWith('و') && tokens[k].norm.length > 3 && !kept.includes(tokens[k].text);
  const stems = tokens.map((t, k) => (split(k) ? t.norm.slice(1) : t.norm));
  const prefixes = tokens.map((_, k) => (split(k) ? 'و' : ''));
  const listed = new Map(Object.entries(lists).map(([w, l]) => [normalizeArabic(w), l]));
  const counted = new Map(Object.entries(counts).map(([w, c]) => [normalizeArabic(w), c]));
  return tagNames(fullNameListItems(tokens, stems, prefixes, tagNumbers(...tags), (w) => counted.get(w) ?? 0, (w) => listed.get(w), () => false));
}

test('after a full name, a two-word و item no list holds is the next person of the list', () => {
  // Unseen given name, definite family name, a stop after it (the construct guard of personConjuncts stops there).
  assert.deepEqual(run('واشرف عبدالغفور وماجدة الخطيب ،', ['B-PERS', 'I-PERS', 'O', 'O', 'O'], {}, { الخطيب: 12 }),
    ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O']);
  // An unseen given name before a common family name, the next item after it (personConjuncts stops before a given name).
  assert.deepEqual(run('وعمرو زكي وعبدالحليم علي وهاني العجيزي', ['B-PERS', 'I-PERS', 'O', 'O', 'B-PERS', 'I-PERS'], {}, { علي: 7000 }),
    ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS']);
  // A و the splitter left on an unseen word.
  assert.deepEqual(run('فيصل ملكاوي وغيث الطراونة -', ['B-PERS', 'I-PERS', 'O', 'O', 'O'], {}, {}, ['وغيث']),
    ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O']);
  // A common given name in a series of و items before an unseen family name.
  assert.deepEqual(run('محمد بنطلحة وصلاح بوسريف وحسن نجمي .', ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O', 'O', 'O'], {}, { حسن: 120 }),
    ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS', 'O']);
});

test('no item after a one-word person, before a word that goes on, of a place, a definite or common first word', () => {
  assert.deepEqual(run('زايد وماجدة الخطيب ،', ['B-PERS', 'O', 'O', 'O']), ['B-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('محمد علي وزار المدينة امس', ['B-PERS', 'I-PERS', 'O', 'O', 'O']), ['B-PERS', 'I-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('محمد علي وراغوزا الشرقية .', ['B-PERS', 'I-PERS', 'O', 'O', 'O'], { راغوزا: 'LOC' }), ['B-PERS', 'I-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('محمد علي والوزير الخطيب .', ['B-PERS', 'I-PERS', 'O', 'O', 'O']), ['B-PERS', 'I-PERS', 'O', 'O', 'O']);
  // A common word after a lone full name is a noun in construct (ووزير الخارجية).
  assert.deepEqual(run('حسني مبارك ووزير الخارجية .', ['B-PERS', 'I-PERS', 'O', 'O', 'O'], {}, { وزير: 900, الخارجية: 800 }),
    ['B-PERS', 'I-PERS', 'O', 'O', 'O']);
});
