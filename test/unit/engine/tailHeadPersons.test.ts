// A company named name-first (دويتشه بنك) and the analyst named right after it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('a bank named before its head ends at بنك, and the given name after it opens the person', () => {
  const lines = entityLines('وقال المحلل لدى دويتشه بنك فيليب كرامر إن الطلب سيتراجع .');
  assert.ok(lines.includes('ORGANIZATION دويتشه بنك'), lines.join(' / '));
  assert.ok(lines.includes('PERSON فيليب كرامر'), lines.join(' / '));
  const split = entityLines('وقال الخبير لدى كومرتس بنك يورغ كرامر إن اليورو سيتراجع .');
  assert.ok(split.includes('ORGANIZATION كومرتس بنك'), split.join(' / '));
  assert.ok(split.includes('PERSON يورغ كرامر'), split.join(' / '));
});

test('a bank named head-first, or a place after the tail head, stays one body', () => {
  assert.ok(entityLines('وأعلن بنك فيصل الإسلامي عن أرباح قياسية .').includes('ORGANIZATION بنك فيصل الإسلامي'));
  assert.ok(entityLines('وقال رئيس بنك عودة سمير حنا إن الودائع ارتفعت .').includes('ORGANIZATION بنك عودة'));
  assert.ok(entityLines('وافتتح سيتي بنك مصر فرعا جديدا في القاهرة .').includes('ORGANIZATION سيتي بنك مصر'));
});
