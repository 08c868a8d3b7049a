// "Take Theirs" in the compare view writes nothing over text that changed since the comparison, and nothing into a closed article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Item, RangeJson, whyNotTake } from '../../../client/src/compareItems';

const text = 'وقال الوزير محمد علي إن القاهرة';
const at = (n: number): { line: number; character: number } => ({ line: 0, character: n });
const range = (a: number, b: number): RangeJson => ({ start: at(a), end: at(b) });
const side = (label: string, word: string, t = text) => { const s = t.indexOf(word); return { label, start: s, end: s + word.length, text: word, range: range(s, s + word.length) }; };
const textOf = (t: string) => (r: RangeJson) => t.slice(r.start.character, r.end.character);

test('an item whose words are where the comparison found them is taken', () => {
  const item: Item = { id: 'label:x', kind: 'label', mine: side('LOCATION', 'محمد علي'), theirs: side('PERSON', 'محمد علي'), range: side('PERSON', 'محمد علي').range, text: 'محمد علي' };
  assert.equal(whyNotTake(item, textOf(text)), undefined);
  const onlyTheirs: Item = { id: 'o', kind: 'onlyTheirs', theirs: side('LOCATION', 'القاهرة'), range: side('LOCATION', 'القاهرة').range, text: 'القاهرة' };
  assert.equal(whyNotTake(onlyTheirs, textOf(text)), undefined);
});

test('after an edit before the view compared again, their span would cover other words: nothing is taken, and the user is told to compare again', () => {
  const theirs = side('LOCATION', 'القاهرة');
  const item: Item = { id: 'o', kind: 'onlyTheirs', theirs, range: theirs.range, text: 'القاهرة' };
  const edited = 'قال ' + text.slice(5); // one letter fewer before it: the range now covers "لقاهرة" and a space
  assert.match(whyNotTake(item, textOf(edited))!, /changed since the comparison; nothing was taken/);
  const mine = side('PERSON', 'محمد علي');
  assert.match(whyNotTake({ id: 'm', kind: 'onlyMine', mine, range: mine.range, text: 'محمد علي' }, textOf(edited))!, /changed since/);
});

test('a closed article takes nothing (the server would answer that it is not an Arabic article)', () => {
  const theirs = side('LOCATION', 'القاهرة');
  assert.match(whyNotTake({ id: 'o', kind: 'onlyTheirs', theirs, range: theirs.range, text: 'القاهرة' }, undefined)!, /closed/);
});
