import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { entityLines, openDocument } from './helpers';

const ARTICLE = [
  'ضرب الإعصار زينب سواحل الجزيرة فجر الأحد وأجبر آلاف السكان على مغادرة منازلهم .',
  'وقال مدير مركز الأرصاد إن زينب " أعنف عاصفة منذ عشرين عاما " .',
  'وقالت زينب الحربي ، وهي معلمة في القرية ، إن الماء دخل بيتها .',
].join('\n\n');

test('a storm named with its head and then alone: the bare name is the storm, a woman of the same name keeps her surname', () => {
  const lines = entityLines(ARTICLE);
  assert.ok(lines.includes('MISC الإعصار زينب'), lines.join(' | '));
  assert.ok(lines.includes('MISC زينب'), lines.join(' | '));
  assert.ok(!lines.includes('PERSON زينب'), lines.join(' | '));
  assert.ok(lines.includes('PERSON زينب الحربي'), lines.join(' | '));
});

test('an article open in the editor reads the bare storm name as a fresh analysis does', () => {
  const doc = openDocument(new Analyzer(loadDefaultModel()), 'file:///storm.txt', ARTICLE);
  doc.edit(0, 0, 'عاجل : ');
  const lines = doc.analyze().annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
  assert.deepEqual(lines, entityLines(doc.text));
  assert.ok(lines.includes('MISC زينب'), lines.join(' | '));
});

const SPEAKER = [
  'اجتاحت العاصفة هدى شمال البلاد وقطعت الطرق بين المدن الساحلية .',
  'وقالت هدى إن " الناس يحتاجون إلى الخبز والماء قبل كل شيء " .',
  'وأضافت هدى أنها لم تنم منذ ليلتين .',
].join('\n\n');

test('a woman who speaks under a storm\'s name is a person, the storm keeps its head', () => {
  const lines = entityLines(SPEAKER);
  assert.ok(lines.includes('MISC العاصفة هدى'), lines.join(' | '));
  assert.ok(lines.includes('PERSON هدى'), lines.join(' | '));
  assert.ok(!lines.includes('MISC هدى'), lines.join(' | '));
  const doc = openDocument(new Analyzer(loadDefaultModel()), 'file:///storm-speaker.txt', SPEAKER);
  doc.edit(0, 0, 'عاجل : ');
  const open = doc.analyze().annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
  assert.deepEqual(open, entityLines(doc.text));
  assert.ok(open.includes('PERSON هدى'), open.join(' | '));
});

const QUOTED = [
  'ضرب الإعصار زينب سواحل الجزيرة فجر الأحد وأجبر آلاف السكان على مغادرة منازلهم .',
  'وقال مدير مركز الأرصاد إن زينب " أعنف عاصفة منذ عشرين عاما " .',
  'وأضاف " زينب تضعف الآن فوق البحر " .',
].join('\n\n');

test('a storm name opening a quotation after a verb of saying is the storm, in an open document as in a fresh analysis', () => {
  // The token right before is the quote mark, not the verb: both paths read that same token.
  assert.ok(entityLines(QUOTED).includes('MISC زينب'), entityLines(QUOTED).join(' | '));
  const doc = openDocument(new Analyzer(loadDefaultModel()), 'file:///storm-quoted.txt', QUOTED);
  doc.edit(0, 0, 'عاجل : ');
  const open = doc.analyze().annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
  assert.deepEqual(open, entityLines(doc.text));
  assert.ok(open.includes('MISC زينب'), open.join(' | '));
});
