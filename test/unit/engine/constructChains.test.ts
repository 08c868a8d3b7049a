// A body's name cut after a plural in construct (مجلس مفوضي | الهيئة …) is one name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinConstructChains } from '../../../server/src/engine/constructChains';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

const run = (words: string[], input: string[], seen: Record<string, number>) =>
  joinConstructChains(words.map((w) => normalizeArabic(w)), input.map((t) => TAGS.indexOf(t)), (w) => seen[w] ?? 0).map((t) => TAGS[t]);

test('a board of commissioners cut before the commission it belongs to is one body', () => {
  const lines = entityLines('وقرر مجلس مفوضي الهيئة العليا للانتخابات تأجيل الاقتراع إلى الشهر المقبل .');
  assert.ok(lines.includes('ORGANIZATION مجلس مفوضي الهيئة العليا للانتخابات'), lines.join(' / '));
});

test('a body ending in a foreign name with ي, or in a plural the text never saw, stays apart from the body after it', () => {
  // شركة كونامي | الشركة العربية: كونامين is no word.
  assert.deepEqual(run(['شركة', 'كونامي', 'الشركة', 'العربية'], ['B-ORG', 'I-ORG', 'B-ORG', 'I-ORG'], {}), ['B-ORG', 'I-ORG', 'B-ORG', 'I-ORG']);
  // The plural known: one body.
  assert.deepEqual(run(['اتحاد', 'موظفي', 'الأمم', 'المتحدة'], ['B-ORG', 'I-ORG', 'B-ORG', 'I-ORG'], { الموظفين: 40 }), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  // After a body the next one is not joined over a word outside both.
  assert.deepEqual(run(['اتحاد', 'موظفي', 'و', 'الأمم', 'المتحدة'], ['B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG'], { الموظفين: 40 }), ['B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG']);
});
