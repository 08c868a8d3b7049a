import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { takeScopeAdjectives } from '../../../server/src/engine/bodyScopeTails';
import { TAGS } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const spans = (...t: string[]) => t.map((x) => TAGS.indexOf(x));
const norm = (w: string) => w.split(' ').map(normalizeArabic);
const none = (n: number) => Array.from({ length: n }, () => [] as string[]);

test('an adjective of scope left after a body is part of its name', () => {
  assert.ok(labelTexts('حصلت القائمة العراقية الوطنية على عشرين مقعدا .', 'ORGANIZATION').includes('القائمة العراقية الوطنية'));
  assert.ok(labelTexts('واتهم حزب المؤتمر الشعبي العام الحكومة بالتزوير .', 'ORGANIZATION').includes('حزب المؤتمر الشعبي العام'));
  assert.ok(labelTexts('أعلن البنك الأهلي الوطني زيادة رأس ماله .', 'ORGANIZATION').includes('البنك الأهلي الوطني'));
  assert.ok(labelTexts('وطالب الحزب الديمقراطي الحر بإصلاحات عاجلة .', 'ORGANIZATION').includes('الحزب الديمقراطي الحر'));
});

test('a scope adjective agreeing with a noun of the span joins it; a municipality takes الكبرى after its city', () => {
  const tags = spans('B-ORG', 'I-ORG', 'O', 'O');
  const run = (text: string, marks = none(4)) => takeScopeAdjectives(norm(text), ['', '', '', ''], marks, tags);
  const taken = spans('B-ORG', 'I-ORG', 'I-ORG', 'O');
  assert.deepEqual(run('صندوق الاستثمارات العامة ان'), taken);
  assert.deepEqual(run('بنك امدرمان الوطني ان'), taken);
  assert.deepEqual(run('مجموعة دلمون المالية ان'), taken);
  assert.deepEqual(run('بلدية اربد الكبرى ان', [[], ['LOC-S'], [], []]), taken);
});

test('العام of a year, a masculine adjective after feminine nouns only, and a size stay outside', () => {
  const tags = spans('B-ORG', 'I-ORG', 'O', 'O');
  const run = (text: string, marks = none(4), prefixes = ['', '', '', '']) => takeScopeAdjectives(norm(text), prefixes, marks, tags);
  assert.deepEqual(run('مجلس الامن العام الماضي'), tags);
  assert.deepEqual(run('مجلس الامن العام 2020'), tags);
  assert.deepEqual(run('مجلس الامن العام المالي'), tags);
  assert.deepEqual(run('وزارة الصحة العام ان'), tags);
  assert.deepEqual(run('وزارة الصحة الدولي ان'), tags);
  assert.deepEqual(run('شركة ابل الكبرى ان'), tags);
  assert.deepEqual(run('مجلس الامن الوطنية ان', none(4), ['', '', 'ل', '']), tags);
});
