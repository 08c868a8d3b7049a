import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';

test('after a dual club noun in sports news the two names joined by و are two clubs, the dual and its adjective outside', () => {
  // The tagger reads the first as a person with the head in it; the splitter keeps و on the unknown second.
  assert.deepEqual(entityLines('وكان ناديي زاندرفيك وكولبري يونايتد الانكليزيين قد اعلنا رغبتهما في ضم اللاعب .'),
    ['ORGANIZATION زاندرفيك', 'ORGANIZATION كولبري يونايتد']);
});

test('a word with its pronoun after the second club is no part of it', () => {
  assert.deepEqual(entityLines('وأبدى ناديي زاندرفيك وكولبري يونايتد اهتمامهما بضم المهاجم .'),
    ['ORGANIZATION زاندرفيك', 'ORGANIZATION كولبري يونايتد']);
});

test('a dual team outside sports news, or "my team" before و, names no clubs', () => {
  assert.deepEqual(entityLines('وعمل فريقي البحث والتطوير على المشروع الجديد طوال العام .'), []);
  assert.deepEqual(entityLines('وقال المدرب بعد المباراة إن فريقي وجمهوره يستحقان الفوز .'), []);
});

test("a club's own teams by age, line or sport after the dual noun are no two clubs", () => {
  assert.deepEqual(entityLines('وبعد المباراة أشاد المدرب بأداء فريقي الأشبال والأواسط في الدوري .'), []);
  assert.deepEqual(entityLines('وقال مدرب الفريق بعد المباراة إن فريقي السلة واليد سيشاركان في الدوري .'), []);
});
