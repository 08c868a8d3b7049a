import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goldFromReview, ReviewedSpan } from '../../../server/src/training/sidecarGold';
import { TAGS } from '../../../server/src/engine/tagger';

// Two sentences on one line, a third on the next: hand-made, offsets computed from the text.
const TEXT = 'قال وزير الخارجية أحمد سالم إن الوفد وصل إلى عمان. وأكدت الوزارة الخبر.\nوغادر الوفد بيروت صباحا.';
const at = (word: string, from = 0) => { const start = TEXT.indexOf(word, from); assert.ok(start >= 0, word); return { start, end: start + word.length }; };
const span = (word: string, label: ReviewedSpan['label'], status: ReviewedSpan['status']): ReviewedSpan => ({ ...at(word), label, status });
const tagsOf = (s: { tokens: Array<{ text: string }>; gold: number[] }) => s.tokens.map((t, i) => `${t.text}/${TAGS[s.gold[i]]}`).join(' ');

test('a reviewed article: every sentence is gold, remaining suggestions count as accepted', () => {
  const spans = [span('أحمد سالم', 'PERSON', 'accepted'), span('عمان', 'LOCATION', 'suggested'), span('بيروت', 'LOCATION', 'manual')];
  const gold = goldFromReview(TEXT, spans, [], true);
  assert.equal(gold.length, 3);
  assert.match(tagsOf(gold[0]), /أحمد\/B-PERS سالم\/I-PERS/);
  assert.match(tagsOf(gold[0]), /عمان\/B-LOC/);
  assert.match(tagsOf(gold[0]), /الخارجية\/O/);
  assert.ok(gold[1].gold.every((t) => t === 0), 'a sentence without names is all O');
});

test('a partly reviewed article keeps only sentences whose every suggestion was decided', () => {
  const spans = [span('أحمد سالم', 'PERSON', 'accepted'), span('عمان', 'LOCATION', 'suggested'), span('بيروت', 'LOCATION', 'accepted')];
  const gold = goldFromReview(TEXT, spans, [at('أحمد سالم'), at('بيروت')], false);
  assert.equal(gold.length, 1, 'the first sentence still has an undecided suggestion; the second has no decision');
  assert.match(tagsOf(gold[0]), /^وغادر\/O الوفد\/O بيروت\/B-LOC/);
});

test('a rejected suggestion makes its sentence gold with O in its place', () => {
  // الوزارة was suggested and rejected: applyDecisions drops it, the decision remains.
  const gold = goldFromReview(TEXT, [], [at('الوزارة')], false);
  assert.equal(gold.length, 1);
  assert.match(tagsOf(gold[0]), /الوزارة\/O/);
});

test('a span after an attached clitic tags the whole token as its beginning', () => {
  const spans = [{ ...at('بيروت'), label: 'LOCATION' as const, status: 'accepted' as const }, { start: at('وأكدت').end + 1 + 0, end: at('الوزارة').end, label: 'ORGANIZATION' as const, status: 'accepted' as const }];
  const gold = goldFromReview(TEXT, spans, spans, false);
  assert.match(tagsOf(gold[0]), /الوزارة\/B-ORG/);
  const clitic = goldFromReview('زار الوفد وبيروت أمس.', [{ start: 11, end: 16, label: 'LOCATION', status: 'manual' }], [{ start: 11, end: 16 }], false);
  assert.match(tagsOf(clitic[0]), /وبيروت\/B-LOC/);
});
