import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteerMarksFor } from '../../../server/src/engine/features';
import { FilteredSet } from '../../../server/src/engine/keyFilter';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { tokenize } from '../../../server/src/engine/tokenize';
import type { WordForm } from '../../../server/src/engine/interner';
import { PERSON_TITLES } from '../../../server/src/engine/triggers';
import { resetWordScores, scoredWords, scoreSentence, trimWordScores, wordScoresSize } from '../../../server/src/engine/wordScores';

test('shared word forms: every token keeps its own spelling and normalised form, punctuation is not folded', () => {
  const text = 'قالت الأمم المتحدة، إن الامم المتحدة ستجتمع؛ وقالت الأمم المتحدة ؐ 12/7/2025 ٣٫٥';
  const first = tokenize(text);
  const again = tokenize(text, 100);
  assert.deepEqual(first.map((t) => t.text), again.map((t) => t.text));
  for (const t of first) {
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.norm, t.kind === 'punct' ? t.text : normalizeArabic(t.text));
  }
  // U+0610 stands alone as a mark: normalisation would delete it, a punctuation token keeps it.
  assert.ok(first.some((t) => t.kind === 'punct' && t.text === '\u0610' && t.norm === '\u0610'));
  assert.deepEqual(first.filter((t) => t.norm === 'الامم').map((t) => t.text), ['الأمم', 'الامم', 'الأمم']);
});

test('a filtered word set answers exactly as the set: no member is turned away', () => {
  const words = new Set([...PERSON_TITLES]);
  const filtered = new FilteredSet(words);
  for (const w of words) assert.ok(filtered.has(w), w);
  const others = tokenize('وقال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي إن الوزير والسفير سيزوران بيروت').map((t) => t.norm);
  for (const w of [...others, '', 'ا', 'الرييس', 'رييس']) assert.equal(filtered.has(w), words.has(w), w);
});

test('shared word forms: many distinct words (the recent-forms table meets collisions) each keep their own text and normalised form', () => {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةى';
  const words: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    let w = '';
    for (let x = i + 1; x > 0; x = Math.floor(x / letters.length)) w += letters[x % letters.length];
    words.push(w);
  }
  const text = words.join(' ');
  const tokens = tokenize(text);
  assert.equal(tokens.length, words.length);
  for (const t of tokens) {
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.norm, normalizeArabic(t.text));
  }
});

test('trimming the word cache keeps the words that recurred, with the same scores', () => {
  const model = loadDefaultModel();
  resetWordScores(model);
  const text = 'وقال وزير الخارجية المصري سامح شكري في القاهرة إن الاتحاد الأوروبي سيرسل وفدا إلى القاهرة.';
  const tokens = tokenize(text);
  const score = () => scoreSentence(scoredWords(tokens, model), gazetteerMarksFor(scoredWords(tokens, model).map((w) => w.info), model.gazetteer), model).slice();
  const before = score();
  const distinct = new Set(tokens.map((t) => t.kind + t.norm)).size;
  assert.equal(wordScoresSize(model), distinct);
  // Every word was looked up again by score(): all are kept up to the limit, and no more.
  trimWordScores(model, 5);
  assert.equal(wordScoresSize(model), 5);
  trimWordScores(model, 5);
  // Not looked up since the last trim: none is kept.
  assert.equal(wordScoresSize(model), 0);
  assert.deepEqual(score(), before);
  scoredWords(tokens, model);
  trimWordScores(model, 100);
  assert.equal(wordScoresSize(model), distinct);
  assert.deepEqual(score(), before);
  resetWordScores(model);
});

test('a word form remembers its scored word: tagging with the tokenizer\'s forms scores as without them, also after the cache is trimmed or reset', () => {
  const model = loadDefaultModel();
  resetWordScores(model);
  const text = 'وقال وزير الخارجية المصري سامح شكري في القاهرة إن الاتحاد الأوروبي سيرسل وفدا إلى القاهرة.';
  const forms: WordForm[] = [];
  const tokens = tokenize(text, 0, forms);
  assert.equal(forms.length, tokens.length);
  const score = (withForms?: WordForm[]) => {
    const words = scoredWords(tokens, model, withForms);
    return scoreSentence(words, gazetteerMarksFor(words.map((w) => w.info), model.gazetteer), model).slice();
  };
  const plain = score();
  assert.deepEqual(score(forms), plain);
  // Remembered now: the same again from the forms.
  assert.deepEqual(score(forms), plain);
  // Trimmed words are let go; a form must not answer with one (its scores would be gone).
  trimWordScores(model, 3);
  trimWordScores(model, 0);
  // …nor keep it alive: a long session's forms would hold every word the cache ever dropped.
  assert.ok(forms.every((f) => f.scored === undefined && f.scoredBy === undefined), 'no form points at a dropped word');
  assert.deepEqual(score(forms), plain);
  assert.ok(forms.some((f) => f.scored !== undefined), 'scored again, the forms remember their words');
  resetWordScores(model);
  assert.deepEqual(score(forms), plain);
  resetWordScores(model);
});
