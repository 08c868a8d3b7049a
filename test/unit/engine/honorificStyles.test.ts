import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a style of address before a title ends the name run into it and stays outside the next one', () => {
  assert.deepEqual(entityLines('واستقبل فخامة الرئيس ميشال سليمان سماحة السيد حسن نصر الله.'), ['PERSON ميشال سليمان', 'PERSON حسن نصر الله']);
  assert.deepEqual(entityLines('وقال فضيلة الشيخ عبدالله المنيع وسماحة المفتي علي جمعة ان القرار صائب.'), ['PERSON الشيخ عبدالله المنيع', 'PERSON علي جمعة']);
  assert.deepEqual(entityLines('وشارك سماحة المفتي احمد بدر الدين حسون في المؤتمر.'), ['PERSON احمد بدر الدين حسون']);
});

test('a style is a name only where it is one: a family name after a given name, a given name before a surname', () => {
  assert.deepEqual(entityLines('وقال الوزير السابق ميشال سماحة إن التحقيق مستمر.'), ['PERSON ميشال سماحة']);
  assert.deepEqual(entityLines('وقالت الممثلة معالي زايد إن الدور صعب.'), ['PERSON معالي زايد']);
  assert.deepEqual(entityLines('وقال الكاتب أنطون سعادة إن الحزب قومي.'), ['PERSON أنطون سعادة']);
});
