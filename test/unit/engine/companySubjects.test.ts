import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagCompanySubjects } from '../../../server/src/engine/companySubjects';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

/** tagCompanySubjects on words with nothing tagged, no clitics, no list; `known` words the training text has with the article. */
function run(text: string, known: string[] = [], nationalities: string[] = []): string[] {
  const stems = text.split(' ').map((w) => normalizeArabic(w));
  const seen = new Set(known.map((w) => normalizeArabic(w)));
  return tagCompanySubjects(stems, stems.map(() => ''), stems.map(() => 0), () => false, (w) => (w.startsWith('ال') && seen.has(w.slice(2)) ? 10 : 0),
    (k) => nationalities.includes(text.split(' ')[k])).map((t) => TAGS[t]);
}

test('an unseen name after a company\'s act is the company, not a person', () => {
  assert.deepEqual(entityLines('وأعلنت زيمكو أمس عن أرباح قياسية .'), ['ORGANIZATION زيمكو']);
  assert.deepEqual(entityLines('واستحوذت زيلترون على حصة في بنك محلي .'), ['ORGANIZATION زيلترون']);
  assert.deepEqual(entityLines('أطلقت زيمكو هاتفا جديدا في الأسواق .'), ['ORGANIZATION زيمكو']);
  // Its nationality stays outside, as after any body's own name.
  assert.deepEqual(run('وطرحت نوفيرا الأمريكية هاتفها', [], ['الأمريكية']), ['O', 'B-ORG', 'O', 'O']);
});

test('a common noun, an object, a construct\'s head or an adverb after the verb is no company', () => {
  assert.deepEqual(run('أعلنت مصادر أمنية مقتل ثلاثة', ['مصادر']), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('وأطلقت صاروخا على المدينة', ['صاروخ']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('أعلنت قيادات عشائرية دعمها', ['قياده']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('أعلنت خلية الإعلام الأمني سقوط صاروخ'), ['O', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('أعلنت أمس الشركة عن خطتها'), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('طرحت أنحف هاتف في العالم'), ['O', 'O', 'O', 'O', 'O']);
  // A speaker's verb is left to the person passes: a woman is named by her surname alone as often.
  assert.deepEqual(run('وقالت فيلوكا إن المبيعات ارتفعت'), ['O', 'O', 'O', 'O', 'O']);
});
