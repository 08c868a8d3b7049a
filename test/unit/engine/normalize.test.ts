import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arabicRatio, normalizeArabic } from '../../../server/src/engine/normalize';
import { tokenize } from '../../../server/src/engine/tokenize';

test('hamza forms, alef maqsura, ta marbuta, tatweel and diacritics fold together', () => {
  assert.equal(normalizeArabic('الأُمَم'), normalizeArabic('الامم'));
  assert.equal(normalizeArabic('إسرائيل'), 'اسراييل');
  assert.equal(normalizeArabic('مستشفى'), normalizeArabic('مستشفي'));
  assert.equal(normalizeArabic('مدينة'), 'مدينه');
  assert.equal(normalizeArabic('بـــيروت'), 'بيروت');
  assert.equal(normalizeArabic('\u200Fموسكو\u200E'), 'موسكو');
});

test('Arabic-Indic and Persian digits become ASCII', () => {
  assert.equal(normalizeArabic('١٢/٧/٢٠٢٥'), '12/7/2025');
  assert.equal(normalizeArabic('۱۴۴۷'), '1447');
});

test('tokens keep exact UTF-16 offsets around emoji and astral characters', () => {
  const text = 'زار 😀 لافروف 𝔸 موسكو';
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(toks.map((t) => t.text), ['زار', '😀', 'لافروف', '𝔸', 'موسكو']);
});

test('numbers keep their separators; quote marks split from glued clitics', () => {
  assert.deepEqual(tokenize('في 12/7/2025 الساعة 10:30 و”لهذا').map((t) => t.text), ['في', '12/7/2025', 'الساعة', '10:30', 'و', '”', 'لهذا']);
});

test('Arabic share tells an Arabic article from English plain text', () => {
  assert.ok(arabicRatio('التقى وزير الخارجية الروسي نظيره الكوري') > 0.9);
  assert.ok(arabicRatio('The quick brown fox jumps over the lazy dog') < 0.1);
});

test('decomposed accents and Arabic marks stay inside their word', () => {
  const nfd = 'قال José Mourinho إن'.normalize('NFD');
  assert.deepEqual(tokenize(nfd).map((t) => t.text), ['قال', 'José', 'Mourinho', 'إن'].map((w) => w.normalize('NFD')));
  // Hamza written as alef + combining hamza above folds like the precomposed letter.
  const decomposed = 'الأمم'.normalize('NFD');
  assert.deepEqual(tokenize(decomposed).map((t) => t.norm), [normalizeArabic('الأمم')]);
});
