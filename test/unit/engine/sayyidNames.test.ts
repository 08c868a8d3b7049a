import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { sayyidNames } from '../../../server/src/engine/sayyidNames';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';

const B = beginTag('PERS'), I = insideTag('PERS');

test('a bare سيد right before a name is the name\'s first word, not a title left outside', () => {
  assert.deepEqual(labelTexts('وقال المشجع سيد عبد المنعم إن الفريق لعب جيدا .', 'PERSON'), ['سيد عبد المنعم']);
  assert.deepEqual(labelTexts('وقال سيد حبيب الله ، الباحث في المركز ، إن الوضع صعب .', 'PERSON'), ['سيد حبيب الله']);
});

test('سيد between two spans is the middle name of one person; السيد and سيد before a definite word stay out', () => {
  const middle = ['المصارع', 'بشير', 'سيد', 'عزارة', '.'];
  assert.deepEqual(sayyidNames([0, B, 0, B, 0], (k) => middle[k]), [0, B, I, I, 0]);
  const title = ['وقال', 'السيد', 'أحمد', 'إن'];
  assert.deepEqual(sayyidNames([0, 0, B, 0], (k) => title[k]), [0, 0, B, 0]);
  const lord = ['قبر', 'سيد', 'الشهداء', 'حمزة'];
  assert.deepEqual(sayyidNames([0, 0, B, I], (k) => lord[k]), [0, 0, B, I]);
  // Not before a word no person span opens.
  const plain = ['كان', 'سيد', 'القوم', 'حاضرا'];
  assert.deepEqual(sayyidNames([0, 0, 0, 0], (k) => plain[k]), [0, 0, 0, 0]);
});

test('أمير، أمين and سيدي bare before a name are its given name too (the actor Amir Karara, Sidi Mohamed)', () => {
  assert.deepEqual(labelTexts('وقال الممثل أمير كرارة إن الفيلم جاهز .', 'PERSON'), ['أمير كرارة']);
  const sidi = ['افتتح', 'المهاجم', 'سيدي', 'محمد', 'ولد', 'أعمر', 'التسجيل'];
  assert.deepEqual(sayyidNames([0, 0, 0, B, I, I, 0], (k) => sidi[k]), [0, 0, B, I, I, I, 0]);
  // The prince of a land named with the article stays out.
  const prince = ['زرت', 'أمير', 'المؤمنين', 'علي'];
  assert.deepEqual(sayyidNames([0, 0, B, I], (k) => prince[k]), [0, 0, B, I]);
});
