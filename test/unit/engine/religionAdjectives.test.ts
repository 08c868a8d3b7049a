import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('الإسلام after a compound name opener is the name half, no religion; after a verb, a noun or و it stays the religion', () => {
  assert.deepEqual(misc('وقال الطالب شمس الإسلام حسين إنه نجح في الامتحان .'), []);
  assert.deepEqual(misc('وتسلم الجائزة الباحث ضياء الإسلام أحمد من جامعة دكا .'), []);
  assert.deepEqual(misc('وقال إنه اعتنق الإسلام قبل عشر سنوات .'), ['الإسلام']);
  assert.deepEqual(misc('وتحدث الشيخ عن انتشار الإسلام في أفريقيا .'), ['الإسلام']);
  assert.deepEqual(misc('وقال إن اليهودية والإسلام ديانتان سماويتان .'), ['اليهودية', 'الإسلام']);
});
