import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';

test("a by-line's place and colon are followed by the writer's name", () => {
  // The tagger read the family name alone.
  assert.deepEqual(labelTexts('جدة : مساعد القرني أعلنت شركة المراعي أمس', 'PERSON'), ['مساعد القرني']);
});

test("a credit word's colon is followed by the credited name, even one that reads as a verb", () => {
  assert.deepEqual(labelTexts('تصوير : طالب القرعاني', 'PERSON'), ['طالب القرعاني']);
});

test('a by-line with a verb, a title or a definite word after its colon names no one there', () => {
  assert.deepEqual(labelTexts('بيروت : أعلن الجيش اللبناني أمس انتشاره في الجنوب .', 'PERSON'), []);
  assert.deepEqual(labelTexts('تقرير : الباصات العربية المفخخة في المدينة .', 'PERSON'), []);
});

test("a by-line's colon before a given name and a plural of a known noun opens a headline, no writer", () => {
  assert.deepEqual(labelTexts('غزة : عودة نازحين إلى شمال القطاع رغم القصف .', 'PERSON'), []);
});
