// Session 62's speaker mends, each checked on its probes in docs/probes/speakers-session62 (where it must act and near-misses).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

type Q = { text: string; attributes: Record<string, unknown> };
const quotes = (text: string): Q[] => analyze(text).annotations.filter((x) => x.kind === 'quotation');
const who = (q: Q | undefined) => (q?.attributes.speaker as { text: string; via?: string } | undefined);

test('a surname the article wrote ending a full name takes no object after it as a name word (ورفع الشمري صورة قال)', () => {
  const q = quotes('وقدم النائب فهد الشمري استجوابا لوزير الأشغال بسبب تأخر مشاريع الطرق.\nورفع الشمري صورة قال إنها «تكشف حجم الإهمال في الطريق الدائري».');
  assert.equal(q.length, 1);
  assert.doesNotMatch(who(q[0])?.text ?? '', /صورة/);
  assert.match(who(q[0])?.text ?? '', /الشمري/);
});

test('a name the tagger cut short still takes its surname when no full name of that person ends with the word', () => {
  const q = quotes('ضرب زلزال قوي شمال باكستان فجر الأحد.\nوقال قائد فرق الإنقاذ فاتح قره خان في مؤتمر صحفي إن «عشرات القرى معزولة».');
  assert.equal(q.length, 1);
  assert.match(who(q[0])?.text ?? '', /قره خان/);
});
