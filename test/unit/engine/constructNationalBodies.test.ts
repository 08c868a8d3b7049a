import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('an agency named by its head, a genitive and a nationality is one organisation, in text that writes ه for ة too', () => {
  assert.ok(entityLines('في المقابل ، دعت سلطه المياه الفلسطينيه البلديات الى تحسين الجبايه .').includes('ORGANIZATION سلطه المياه الفلسطينيه'));
  assert.ok(entityLines('وقالت مؤسسة البترول الكويتية إنها رفعت الأسعار .').includes('ORGANIZATION مؤسسة البترول الكويتية'));
});

test('a company described by its trade and nationality is left to the tagger', () => {
  assert.deepEqual(entityLines('وتملك شركة السيارات الألمانية مصنعا في المدينة .'), []);
});

test('a panel with a nationality is no body', () => {
  assert.ok(!entityLines('وكذلك هيئة المحلفين الإنكليزية مماثلة للفيف الإسلامي .').some((e) => e.startsWith('ORGANIZATION')));
});
