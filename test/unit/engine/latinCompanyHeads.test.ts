import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';
import { tagHeadedLatinCompanies } from '../../../server/src/engine/latinCompanyHeads';
import { tokenize } from '../../../server/src/engine/tokenize';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';

const latin = (text: string) => entityLines(text).filter((e) => /[A-Za-z]/.test(e.slice(e.indexOf(' '))));

test('a Latin name right after an indefinite شركة or مجموعة is the company, one ORGANIZATION with its head', () => {
  // Read as a product before, or missed in lower case, or cut at its code's number.
  assert.deepEqual(latin('وقالت مجموعة Zentrix إنها ستوسع أعمالها في الخليج .'), ['ORGANIZATION مجموعة Zentrix']);
  assert.deepEqual(latin('وأطلقت مجموعة qlink صندوقا لرأس المال الجريء .'), ['ORGANIZATION مجموعة qlink']);
  assert.deepEqual(latin('وأعلنت شركة K27 الإماراتية شراكة جديدة .'), ['ORGANIZATION شركة K27']);
  // A clitic on the head stays out of the mention.
  assert.deepEqual(latin('ويضم المعرض جناحا لمجموعة Zentrix للمرة الأولى .'), ['ORGANIZATION مجموعة Zentrix']);
});

test('a product after its own noun, and a set of things named مجموعة, stay as they were', () => {
  assert.deepEqual(latin('وأطلقت الشركة هاتف Galaxy S24 الجديد .'), ['MISC Galaxy S24']);
  assert.deepEqual(latin('وطرحت مجموعة من الشركات هواتف جديدة .'), []);
  // A run holding an English function word is a phrase, not a company's name.
  const sentence = tokenize('مجموعة the Best');
  assert.deepEqual(tagHeadedLatinCompanies(sentence, [0, 0, 0]), [0, 0, 0]);
  const named = tokenize('مجموعة Best Partners');
  assert.deepEqual(tagHeadedLatinCompanies(named, [0, 0, 0]), [beginTag('ORG'), insideTag('ORG'), insideTag('ORG')]);
});

test('a company named by a Latin word takes no لل word after it: that is what it does or sponsors', () => {
  assert.deepEqual(latin('بلغت قيمة رعاية شركة qlink للمهرجان 12 مليون ريال .'), ['ORGANIZATION شركة qlink']);
  assert.deepEqual(latin('بلغت قيمة رعاية شركة stc للمهرجان 12 مليون ريال .'), ['ORGANIZATION شركة stc']);
});
