import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagShareCompanies } from '../../../server/src/engine/shareCompanies';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

/** tagShareCompanies on words with nothing tagged, no clitics, no list and every word known to the training text. */
function run(text: string, nationalities: string[] = []): string[] {
  const stems = text.split(' ').map((w) => normalizeArabic(w));
  return tagShareCompanies(stems, stems.map(() => ''), stems.map(() => 0), () => false, () => 10,
    (k) => nationalities.includes(text.split(' ')[k])).map((t) => TAGS[t]);
}

test('the word a share governs is the company that issued it', () => {
  assert.deepEqual(entityLines('وصعد سهم معادن بنسبة 3.4 في المئة أمس .'), ['ORGANIZATION معادن']);
  assert.deepEqual(run('وتعرض سهم إعمار لضغوط كبيرة'), ['O', 'O', 'B-ORG', 'O', 'O']);
  // Its trade in a feminine nisba is its name's; a nationality stays out.
  assert.deepEqual(run('وصعد سهم إعمار العقارية بالحد'), ['O', 'O', 'B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(run('وصعد سهم توتال الفرنسية أمس', ['الفرنسية']), ['O', 'O', 'B-ORG', 'O', 'O']);
});

test('a kind of share, a sector, an adjective or the verb أسهم before في is no company', () => {
  assert.deepEqual(run('توزيع أسهم منحة على المساهمين'), ['O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('وارتفعت أسهم قطاع المصارف'), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وأصابه سهم ناري أمس'), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('كما أسهم حمدان في الفوز'), ['O', 'O', 'O', 'O', 'O']);
});
