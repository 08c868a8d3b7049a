// After an edit inside one paragraph, the next version's lines before and after it are the last version's (copied at
// once, not compared line by line), the snapshot says so, and its tokens still equal those of a fresh analysis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { BlockResults, tokenBlocks } from '../../../server/src/features/tokenBlocks';

const model = loadDefaultModel();
const PARAS = [
  'قال وزير الخارجية سامر الخطيب إن الوفد وصل إلى عمّان صباح الأحد.',
  'وأضاف الخطيب أن المحادثات مع شركة النور للطاقة ستستمر أسبوعاً.',
  'وفي بيروت، قالت المتحدثة باسم الحكومة ليلى حداد: «سنعلن النتائج قريباً».',
  'وأكدت حداد أن الحكومة تتابع الملف عن كثب.',
  'ومن المقرر أن يزور الوفد دمشق يوم الخميس المقبل.',
  'وكانت الخطوط الجوية الوطنية قد أعلنت عن رحلات إضافية إلى القاهرة.',
  'وقال مدير المطار خالد منصور إن الحركة عادت إلى طبيعتها.',
]; // (7 paragraphs: the edit below is in the fourth, so lines on both sides are kept)

test('an edit inside one paragraph: the lines around it are the last version\'s objects, and its tokens equal a fresh analysis', () => {
  const an = new Analyzer(model);
  const doc = 'file:///shared.ar.txt';
  const before = PARAS.join('\n');
  const first = an.spanSnapshot(before, { document: doc, version: 1 });
  const results = new BlockResults();
  const blocks1 = tokenBlocks(first, [], before);
  const id = results.full(doc, blocks1).resultId!;
  // A letter typed at the end of a word in the third paragraph (no name changes: nothing is linked again).
  const at = before.indexOf('قريباً');
  const after = before.slice(0, at) + 'ا' + before.slice(at);
  an.noteEdit(doc, at, at, 1, before.length, { before: 1, after: 2 });
  const second = an.spanSnapshot(after, { document: doc, version: 2 });
  assert.equal(second.lines.count, 7);
  // The snapshot names the lines it shares with the last version, and they are the same objects.
  assert.ok(second.shares, 'the snapshot says which lines it kept');
  assert.equal(second.shares.lines, first.lines);
  // (the splitter reads one paragraph more on either side of an edit)
  const { head, tail } = second.shares;
  assert.ok(head >= 1 && head <= 2 && tail >= 1 && tail <= 4, `head ${head}, tail ${tail}`);
  for (let i = 0; i < head; i++) assert.equal(second.lines.spans[i], first.lines.spans[i]);
  for (let i = 7 - tail; i < 7; i++) {
    assert.equal(second.lines.spans[i], first.lines.spans[i]);
    assert.equal(second.lines.starts[i], first.lines.starts[i] + 1);
  }
  // The spans, and the tokens (whole and as a delta on the last answer), are a fresh analysis's.
  const fresh = new Analyzer(model).spanSnapshot(after, { document: 'file:///fresh.ar.txt', version: 1 });
  assert.deepEqual(second.annotations(), fresh.annotations());
  const blocks2 = tokenBlocks(second, [], after, { blocks: blocks1, snapshot: first });
  assert.equal(blocks2[0], blocks1[0]);
  assert.equal(blocks2[6], blocks1[6]);
  const freshData = new BlockResults().full('x', tokenBlocks(fresh, [], after)).data;
  assert.deepEqual(results.full(doc, blocks2).data, freshData);
  const delta = new BlockResults();
  const id2 = delta.full(doc, blocks1).resultId!;
  const d = delta.delta(doc, blocks2, id2);
  assert.ok('edits' in d);
  const data = results.full(doc, blocks1).data.slice();
  for (const e of d.edits) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
  assert.deepEqual(data, freshData);
  assert.ok(id);
});

test('a line break typed: no line is said to be shared past the change, and the tokens equal a fresh analysis', () => {
  const an = new Analyzer(model);
  const doc = 'file:///shared2.ar.txt';
  const before = PARAS.join('\n');
  const first = an.spanSnapshot(before, { document: doc, version: 1 });
  const blocks1 = tokenBlocks(first, [], before);
  const at = before.indexOf('وأضاف');
  const after = before.slice(0, at) + '\n' + before.slice(at);
  an.noteEdit(doc, at, at, 1, before.length, { before: 1, after: 2 });
  const second = an.spanSnapshot(after, { document: doc, version: 2 });
  assert.equal(second.lines.count, 8);
  if (second.shares) {
    assert.ok(second.shares.head + second.shares.tail <= 7);
    for (let i = 0; i < second.shares.head; i++) assert.equal(second.lines.spans[i], first.lines.spans[i]);
    for (let k = 1; k <= second.shares.tail; k++) assert.equal(second.lines.spans[8 - k], first.lines.spans[7 - k]);
  }
  const fresh = new Analyzer(model).spanSnapshot(after, { document: 'file:///fresh2.ar.txt', version: 1 });
  assert.deepEqual(second.annotations(), fresh.annotations());
  const blocks2 = tokenBlocks(second, [], after, { blocks: blocks1, snapshot: first });
  assert.deepEqual(new BlockResults().full('a', blocks2).data, new BlockResults().full('b', tokenBlocks(fresh, [], after)).data);
});
