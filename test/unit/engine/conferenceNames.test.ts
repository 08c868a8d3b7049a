import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagConferences } from '../../../server/src/engine/conferenceNames';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines, labelTexts, tagNames as names, tagNumbers as tags } from './helpers';

const misc = (text: string) => labelTexts(text, 'MISC');

test('a conference named by a word the training text hardly saw is one MISC span with its head; its year stays outside', () => {
  assert.deepEqual(misc('وعرضت الشركة منتجها الجديد خلال مؤتمر زيفارو 2026 في المنامة .'), ['مؤتمر زيفارو']);
  // A head before an agreeing adjective or a known word with its pronoun is no name.
  assert.deepEqual(misc('وقال الوزير في مؤتمر صحفي عقده أمس إن المفاوضات مستمرة .'), []);
  // After منتدى, which shows no case, its adjective agrees in the accusative.
  assert.deepEqual(misc('وتنظم البلدية منتدى تفاعليا لسكان الأحياء الشعبية .'), []);
});

test('the UN climate conference is one MISC span with its complement, no UN mention inside; the trade body is not a meeting', () => {
  const lines = entityLines('وانطلقت أعمال مؤتمر الأمم المتحدة لتغير المناخ في مدينة بيليم .');
  assert.ok(lines.includes('MISC مؤتمر الأمم المتحدة لتغير المناخ'), lines.join(', '));
  assert.ok(!lines.includes('ORGANIZATION الأمم المتحدة'), lines.join(', '));
  assert.deepEqual(misc('وأصدر مؤتمر الأمم المتحدة للتجارة والتنمية تقريره السنوي .'), []);
});

test('كوب and its count are MISC, with the conference head before them; a host place run into it keeps its own span', () => {
  assert.ok(misc('وتعهدت الدول الغنية بتمويل إضافي خلال مؤتمر كوب 30 .').includes('مؤتمر كوب 30'));
  const s = tokenize('وتستضيف أديس كوب 31');
  const out = tagConferences(s, s.map((t) => t.norm), tags('O', 'B-LOC', 'I-LOC', 'O'), () => 0, () => 0);
  assert.deepEqual(names(out), ['O', 'B-LOC', 'B-MISC', 'I-MISC']);
  // A cup of water counted by a number is no conference: only the count right after كوب.
  const cup = tokenize('شرب كوب ماء');
  assert.deepEqual(names(tagConferences(cup, cup.map((t) => t.norm), tags('O', 'O', 'O'), () => 100, () => 100)), ['O', 'O', 'O']);
});

test('a conference named by a place and a لل complement is one MISC span; a place alone after the head stays the place', () => {
  const s = tokenize('وافتتح مؤتمر فيينا للطاقة أعماله');
  const st = s.map((t) => t.norm);
  assert.deepEqual(names(tagConferences(s, st, tags('O', 'O', 'B-LOC', 'O', 'O'), () => 100, () => 100)), ['O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']);
  const bare = tokenize('وافتتح مؤتمر فيينا أعماله');
  assert.deepEqual(names(tagConferences(bare, bare.map((t) => t.norm), tags('O', 'O', 'B-LOC', 'O'), () => 100, () => 100)), ['O', 'O', 'B-LOC', 'O']);
});

test('a participle after the head describes the meeting (مؤتمر موسع), no name', () => {
  assert.deepEqual(misc('وعقدت النقابة مؤتمر موسع للأعضاء في مقرها الرئيسي .'), []);
  assert.deepEqual(misc('واتفق القادة على عقد مؤتمر مصغر الأسبوع المقبل .'), []);
});

test('a forum the tagger read as a body named by its town and closing adjective is one MISC span with its head', () => {
  assert.deepEqual(misc('وألقى الوزير كلمة في منتدى دافوس الاقتصادي أمس .'), ['منتدى دافوس الاقتصادي']);
});
