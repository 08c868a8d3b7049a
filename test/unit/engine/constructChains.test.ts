// A body's name cut after a noun in construct (مجلس مفوضي | الهيئة …، شركة غاز | الجنوب) is one name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinConstructChains, takeConstructTails } from '../../../server/src/engine/constructChains';
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

const tails = (words: string[], input: string[], seen: Record<string, number>, person: (k: number) => boolean = () => false) => {
  const stems = words.map((w) => normalizeArabic(w));
  return takeConstructTails(stems, stems.map(() => ''), input.map((t) => TAGS.indexOf(t)), (w) => seen[w] ?? 0, () => false, () => true,
    () => false, person).map((t) => TAGS[t]);
};

test('a company named by a common noun and its genitive keeps the genitive (شركة غاز الجنوب)', () => {
  const lines = entityLines('وقال المتحدث إن شركة غاز الجنوب ستملك نصف الحصة .');
  assert.ok(lines.includes('ORGANIZATION شركة غاز الجنوب'), lines.join(' / '));
});

test('a genitive split off as a place after a common noun joins the body; a foreign name or a holder does not', () => {
  const seen = { المجتمع: 80, النفط: 200, العين: 60 };
  // حركة مجتمع | السلم: the noun in construct needs its genitive.
  assert.deepEqual(tails(['حركة', 'مجتمع', 'السلم', 'الجلسة'], ['B-ORG', 'I-ORG', 'O', 'O'], seen), ['B-ORG', 'I-ORG', 'I-ORG', 'O']);
  // تحالف نفط | الأنبار tagged a place on its own: one body.
  assert.deepEqual(tails(['تحالف', 'نفط', 'الأنبار', 'أولا'], ['B-ORG', 'I-ORG', 'B-LOC', 'O'], seen), ['B-ORG', 'I-ORG', 'I-ORG', 'O']);
  // A foreign name takes no article, a nisba is the nationality passes' own, a longer place is a place.
  assert.deepEqual(tails(['شركة', 'هواوي', 'الجديدة'], ['B-ORG', 'I-ORG', 'O'], seen), ['B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(tails(['حركة', 'مجتمع', 'المغربية'], ['B-ORG', 'I-ORG', 'O'], seen), ['B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(tails(['شركة', 'نفط', 'الدار', 'البيضاء'], ['B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'], seen), ['B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']);
  // The holder after the body: جامعة عين شمس | الدكتور.
  assert.deepEqual(tails(['جامعة', 'عين', 'الدكتور'], ['B-ORG', 'I-ORG', 'O'], seen, (k) => k === 2), ['B-ORG', 'I-ORG', 'O']);
});
