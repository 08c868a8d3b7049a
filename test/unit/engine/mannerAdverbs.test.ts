import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { endNamesAtMannerAdverbs } from '../../../server/src/engine/mannerAdverbs';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';

const B = beginTag('PERS'), I = insideTag('PERS');

test('ب + a manner noun after a speaker\'s name is an adverb, not the surname', () => {
  assert.deepEqual(labelTexts('وقال محمد بحزن إن الوضع في المدينة صعب للغاية .', 'PERSON'), ['محمد']);
  assert.deepEqual(labelTexts('وأضاف مصطفى بتفاؤل أن الأسعار ستنخفض قريبا .', 'PERSON'), ['مصطفى']);
  assert.deepEqual(labelTexts('وقال الوزير خالد العلي بصراحة إن الميزانية لا تكفي .', 'PERSON'), ['خالد العلي']);
  // A surname opening with ب is no manner noun and stays.
  assert.deepEqual(labelTexts('وقال جيروم باول إن التضخم ما زال مرتفعا .', 'PERSON'), ['جيروم باول']);
  assert.deepEqual(labelTexts('وقال عزمي بشارة إن الانتخابات لن تغير شيئا .', 'PERSON'), ['عزمي بشارة']);
});

test('the cut reads ب written apart (FANE) and leaves a one-word span alone', () => {
  const words = ['وقال', 'محمد', 'ب', 'حزن', 'إن'];
  assert.deepEqual(endNamesAtMannerAdverbs([0, B, I, I, 0], (k) => words[k]), [0, B, 0, 0, 0]);
  assert.deepEqual(endNamesAtMannerAdverbs([0, 0, 0, B, 0], (k) => words[k]), [0, 0, 0, B, 0]);
});

test('a manner noun that opens on a hamza cuts only where the hamza is written: باسي and بالم are surnames (Bassi, Palm)', () => {
  assert.deepEqual(labelTexts('وقال المدرب الإيطالي ماركو باسي إن الفريق يحتاج إلى الوقت .', 'PERSON'), ['ماركو باسي']);
  assert.deepEqual(labelTexts('وقالت الباحثة السويدية آنا بالم إن الدراسة شملت ألف طفل .', 'PERSON'), ['آنا بالم']);
  const words = ['وقال', 'حسام', 'بِأسى', 'إن'];
  assert.deepEqual(endNamesAtMannerAdverbs([0, B, I, 0], (k) => words[k]), [0, B, 0, 0]);
  const bare = ['وقال', 'ماركو', 'باسي', 'إن'];
  assert.deepEqual(endNamesAtMannerAdverbs([0, B, I, 0], (k) => bare[k]), [0, B, I, 0]);
});
