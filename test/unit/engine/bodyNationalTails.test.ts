import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { takeBodyNationalities, takeGenitiveAdjectives } from '../../../server/src/engine/bodyNationalTails';
import { TAGS } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const spans = (...t: string[]) => t.map((x) => TAGS.indexOf(x));

test('a public body named by common words takes the nationality adjective after it', () => {
  assert.ok(labelTexts('وأعلنت حركة التغيير الباكستانية مقاطعة الانتخابات .', 'ORGANIZATION').includes('حركة التغيير الباكستانية'));
  assert.ok(labelTexts('ولم تمنح هيئة مراقبة الأغذية الباكستانية أي ترخيص .', 'ORGANIZATION').includes('هيئة مراقبة الأغذية الباكستانية'));
});

test('an adjective that does not agree with the head, or follows a body with a listed name, stays outside', () => {
  const norm = (w: string) => w.split(' ').map(normalizeArabic);
  const stems = norm('لجنة الانتخابات الماليزي ان');
  const tags = spans('B-ORG', 'I-ORG', 'O', 'O');
  const run = (st: string[], marks: string[][]) => takeBodyNationalities(st, ['', '', '', ''], marks, tags, (k) => k === 2);
  assert.deepEqual(run(norm('لجنة الانتخابات الماليزية ان'), [[], [], [], []]), spans('B-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(run(stems, [[], [], [], []]), tags);
  assert.deepEqual(run(norm('مؤسسة الشارقة الإماراتية ان'), [[], ['LOC-S'], [], []]), tags);
});

test('a body named by its head and one genitive keeps the nisba adjective of that genitive', () => {
  assert.ok(labelTexts('وقالت حركة التغيير الديمقراطي المعارضة إن الانتخابات مزورة .', 'ORGANIZATION').includes('حركة التغيير الديمقراطي'));
  assert.ok(labelTexts('وأحالت هيئة النزاهة الاتحادية في العراق مدير عام الشركة إلى القضاء .', 'ORGANIZATION').includes('هيئة النزاهة الاتحادية'));
});

test('a word of time or size, a describing adjective or a listed name before it keeps the adjective outside', () => {
  const norm = (w: string) => w.split(' ').map(normalizeArabic);
  const tags = spans('B-ORG', 'I-ORG', 'O', 'O');
  const run = (text: string, marks: string[][] = [[], [], [], []]) => takeGenitiveAdjectives(norm(text), ['', '', '', ''], marks, tags, () => false);
  assert.deepEqual(run('حركة التغيير الديمقراطي ان'), spans('B-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(run('مجلس الوزراء الحالي ان'), tags);
  assert.deepEqual(run('مجلس الوزراء الاستثنائي ان'), tags);
  assert.deepEqual(run('لجنة الانتخابات التي ان'), tags);
  assert.deepEqual(run('حركة النور السلفي ان'), tags);
  assert.deepEqual(run('مؤسسة الشارقة الثقافية ان', [[], ['LOC-S'], [], []]), tags);
});

test('an adjective of how often after a body describes its count or its meeting, and stays outside (probe, session 47)', () => {
  assert.ok(labelTexts('وسجلت حصيلة وزارة الصحة اليومية ثلاثين وفاة .', 'ORGANIZATION').includes('وزارة الصحة'));
  const norm = (w: string) => w.split(' ').map(normalizeArabic);
  const tags = spans('B-ORG', 'I-ORG', 'O', 'O');
  const run = (text: string) => takeGenitiveAdjectives(norm(text), ['', '', '', ''], [[], [], [], []], tags, () => false);
  assert.deepEqual(run('لجنة المتابعة الدوري ان'), tags);
  assert.deepEqual(run('هيئة الاحصاء السنوية ان'), tags);
  // A nisba of what the body is still goes in.
  assert.deepEqual(run('مجلس الامن القومي ان'), spans('B-ORG', 'I-ORG', 'I-ORG', 'O'));
});
