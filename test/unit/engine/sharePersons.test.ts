import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { sharePersonsAsCompanies } from '../../../server/src/engine/sharePersons';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const B = beginTag('PERS'), I = insideTag('PERS'), BO = beginTag('ORG'), IO = insideTag('ORG');
const stems = (words: string[]) => words.map((w) => normalizeArabic(w));

test('a name the tagger read as a person after سهم/أسهم is the company whose shares they are', () => {
  assert.deepEqual(labelTexts('عقب الإعلان ، فيما صعد سهم بالم هيلز 3.2 % .', 'ORGANIZATION'), ['بالم هيلز']);
  assert.deepEqual(labelTexts('عقب الإعلان ، فيما صعد سهم بالم هيلز 3.2 % .', 'PERSON'), []);
  const words = ['وتراجعت', 'أسهم', 'تسلا', 'بعد'];
  assert.deepEqual(sharePersonsAsCompanies(stems(words), [0, 0, B, 0]), [0, 0, BO, 0]);
  const two = ['وارتفع', 'سهم', 'طلعت', 'مصطفى', '5'];
  assert.deepEqual(sharePersonsAsCompanies(stems(two), [0, 0, B, I, 0]), [0, 0, BO, IO, 0]);
});

test('أسهم the verb "took part" keeps its person before في', () => {
  // The stems are clitic-free: وأسهم reads as أسهم.
  const words = ['أسهم', 'ميسي', 'في', 'الفوز'];
  assert.deepEqual(sharePersonsAsCompanies(stems(words), [0, B, 0, 0]), [0, B, 0, 0]);
});
