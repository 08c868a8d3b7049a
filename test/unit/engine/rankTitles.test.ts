import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankTitlesOut } from '../../../server/src/engine/rankTitles';
import { labelTexts, tagNames, tagNumbers } from './helpers';

// Issue 10, session 56: a rank the tagger took in as a person's first word stays outside the name.

test('a rank opening a person span leaves it; the name opens on the next word', () => {
  const stems = ['قايد', 'الاسطول', 'الادميرال', 'براد', 'كوبر', '.'];
  assert.deepEqual(tagNames(rankTitlesOut(stems, tagNumbers('O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'))), ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // Two words: the rank and the given name (an unseen surname read apart).
  assert.deepEqual(tagNames(rankTitlesOut(['قايد', 'العماد', 'ميشال', 'سليمان'], tagNumbers('O', 'B-PERS', 'I-PERS', 'O'))), ['O', 'O', 'B-PERS', 'O']);
});

test('a compound rank leaves with its closing word (الفريق أول)', () => {
  const stems = ['وقال', 'الفريق', 'اول', 'عبد', 'الفتاح', 'البرهان'];
  assert.deepEqual(tagNames(rankTitlesOut(stems, tagNumbers('O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS'))), ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS']);
});

test('a rank read as a one-word person right before the person is no person', () => {
  assert.deepEqual(tagNames(rankTitlesOut(['وقال', 'الادميرال', 'كوبر', 'ان'], tagNumbers('O', 'B-PERS', 'B-PERS', 'O'))), ['O', 'O', 'B-PERS', 'O']);
});

test('not a title names keep, a rank the corpora take in as often, nor a rank alone', () => {
  const keep = (stems: string[], tags: string[]) => assert.deepEqual(tagNames(rankTitlesOut(stems, tagNumbers(...tags))), tags);
  keep(['الشيخ', 'سعود', 'الشريم'], ['B-PERS', 'I-PERS', 'I-PERS']);
  keep(['اللواء', 'خليفه', 'حفتر'], ['B-PERS', 'I-PERS', 'I-PERS']);
  keep(['وقال', 'الجنرال', 'إن'], ['O', 'B-PERS', 'O']);
  keep(['الفريق', 'اول'], ['B-PERS', 'I-PERS']);
});

test('in a sentence: the rank stays outside the name the tagger read with it', () => {
  assert.deepEqual(labelTexts('وشارك قائد الأسطول الخامس الأدميرال براد كوبر في الاجتماع .', 'PERSON'), ['براد كوبر']);
  assert.deepEqual(labelTexts('وأعلن قائد الجيش العماد ميشال عون أن الوضع مستقر .', 'PERSON'), ['ميشال عون']);
  // A rank a speaker pass read as a one-word name before the surname.
  assert.deepEqual(labelTexts('وقال الأدميرال كوبر إن الأسطول جاهز .', 'PERSON'), ['كوبر']);
});
