import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phraseHeads, phraseRepeats } from '../../../server/src/engine/phraseRepeats';
import { tokenize } from '../../../server/src/engine/tokenize';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import type { EntityLabel } from '../../../server/src/engine/tagger';

// Issue 10: a body's whole name the tagger read once is the same body where a later sentence writes it bare and the tagger left it out.
/** The spans phraseRepeats adds to `sentence` (no mention in it) where the article's voted keys are `keys`, each word's count `known`. */
function repeats(sentence: string, keys: Record<string, EntityLabel>, known: readonly string[] = []): string[] {
  const tokens = tokenize(sentence);
  // The splitter's reading, as far as these sentences need it: و off a verb, ل off a definite complement (للتنمية: ل + التنمية).
  const split = (w: string): [string, string] => (w.startsWith('لل') ? ['ل', 'ا' + w.slice(1)] : w.startsWith('و') ? ['و', w.slice(1)] : ['', w]);
  const p = { tokens, stems: tokens.map((t) => split(t.norm)[1]), prefixes: tokens.map((t) => split(t.norm)[0]) };
  const canonical = new Map(Object.keys(keys).map((k) => [k, k]));
  const wellKnown = new Set(known.map((w) => normalizeArabic(w)));
  const ctx = { canonical, labelOf: (k: string) => keys[k], votes: new Set(canonical.keys()), count: (w: string) => (wellKnown.has(w) ? 500 : 0), heads: phraseHeads(canonical.keys()) };
  return phraseRepeats(p, new Uint8Array(tokens.length), ctx).map((e) => sentence.slice(e.m.start, e.m.end));
}

test('a body named once in full is that body where a later sentence writes its name bare', () => {
  const key = normalizeArabic('بورصة كالوندا');
  assert.deepEqual(repeats('وتراجعت الأسهم في بورصة كالوندا أمس .', { [key]: 'ORGANIZATION' }, ['بورصة']), ['بورصة كالوندا']);
  // A name whose first word the training text hardly knows is looked for too.
  const rare = normalizeArabic('مجموعة تيرالكس القابضة');
  assert.deepEqual(repeats('وقالت تيرالكس القابضة إن أرباحها زادت .', { [normalizeArabic('تيرالكس القابضة')]: 'ORGANIZATION', [rare]: 'ORGANIZATION' }), ['تيرالكس القابضة']);
});

test('a common phrase the tagger once read as a body is not spread: its first word is well known and no body head', () => {
  const key = normalizeArabic('الطبقة العليا');
  assert.deepEqual(repeats('وتتكون الطبقة العليا من غازات خفيفة .', { [key]: 'ORGANIZATION' }, ['الطبقة']), []);
});

test('a town centre the tagger once read as a body is not spread to its bare repeats', () => {
  const key = normalizeArabic('مركز القرية');
  assert.deepEqual(repeats('وامتلأ مركز القرية بالباعة صباحا .', { [key]: 'ORGANIZATION' }, ['مركز']), []);
  // Another genitive after the same head is still a body's name.
  const body = normalizeArabic('مركز كالوندا');
  assert.deepEqual(repeats('وافتتح مركز كالوندا فرعا .', { [body]: 'ORGANIZATION' }, ['مركز']), ['مركز كالوندا']);
});

test('a bare repeat of a place or person key of several words is left to the tagger', () => {
  const key = normalizeArabic('المجلس كالوندا');
  assert.deepEqual(repeats('وزار الوفد المجلس كالوندا أمس .', { [key]: 'LOCATION' }, ['المجلس']), []);
});

test('a longer name that runs on past the key with a complement is not cut to the key', () => {
  const key = normalizeArabic('مجلس كالوندا');
  assert.deepEqual(repeats('وتعمل النساء في مجلس كالوندا للتنمية منذ عامين .', { [key]: 'ORGANIZATION' }, ['مجلس']), []);
  assert.deepEqual(repeats('وتعمل النساء في مجلس كالوندا منذ عامين .', { [key]: 'ORGANIZATION' }, ['مجلس']), ['مجلس كالوندا']);
});
