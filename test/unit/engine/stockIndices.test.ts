import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagStockIndices } from '../../../server/src/engine/stockIndices';
import { tokenize } from '../../../server/src/engine/tokenize';
import { labelTexts, tagNames as names, tagNumbers as tags } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('an index named by a word the training text never saw is MISC without مؤشر, even ending in ي', () => {
  assert.deepEqual(misc('وتراجع مؤشر زاروكي 1.3 في المئة في ختام الجلسة .'), ['زاروكي']);
  // A known adjective after the head names nothing.
  assert.deepEqual(misc('وهذا مؤشر سلبي على أداء الاقتصاد .'), []);
  // Outside a market report a rare word after the head is what the sign shows, no index.
  assert.deepEqual(misc('واعتبر النائب التصريحات مؤشر انفراج في الأزمة السياسية .'), []);
  assert.deepEqual(misc('وقال الخبير إن ذلك مؤشر مقلق للمزارعين .'), []);
});

test('an index named like its publisher is the index after مؤشر, a body only where the name runs on', () => {
  const s = tokenize('وصعد مؤشر داو جونز أمس');
  const st = s.map((t) => t.norm);
  assert.deepEqual(names(tagStockIndices(s, st, tags('O', 'O', 'B-ORG', 'I-ORG', 'O'), () => 100, () => 100, () => true)), ['O', 'O', 'B-MISC', 'I-MISC', 'O']);
  const exchange = tokenize('وصعد مؤشر ناسداك دبي أمس');
  assert.deepEqual(names(tagStockIndices(exchange, exchange.map((t) => t.norm), tags('O', 'O', 'B-ORG', 'I-ORG', 'O'), () => 100, () => 100, () => true)),
    ['O', 'O', 'B-ORG', 'I-ORG', 'O']);
  // An exchange the lists hold stays a body after the head.
  const market = tokenize('وصعد مؤشر سوق مسقط');
  assert.deepEqual(names(tagStockIndices(market, market.map((t) => t.norm), tags('O', 'O', 'B-ORG', 'I-ORG'), () => 100, () => 100, () => true)), ['O', 'O', 'B-ORG', 'I-ORG']);
});
