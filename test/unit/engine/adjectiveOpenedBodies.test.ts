import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalConll, unseenAnalyzer } from '../../../server/src/cli/evaluation';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { takeHeadsBeforeAdjectives } from '../../../server/src/engine/adjectiveOpenedBodies';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const conll = (words: string[], tags: Record<number, string>) => words.map((w, k) => `${w}\t${tags[k] ?? 'O'}`).join('\n') + '\n';
/** ORG precision, recall and F1 of `text` read as eval --unseen reads it: its gold bodies neither listed nor met in training. */
const unseenOrgRow = (text: string) => {
  const u = unseenAnalyzer(text, loadDefaultModel(), false, 'family');
  return evalConll(text, u.analyzer, 'entities', false, false, false, u.mask).split('\n').find((l) => l.startsWith('ORG'))?.split(/\s+/).slice(1, 4).map(Number);
};

test('a body whose name the lists and training never held keeps its definite head before its adjective', () => {
  const red = ['وقالت', 'إنها', 'كانت', 'تسافر', 'فجرا', 'مع', 'اللجنة', 'الدولية', 'للصليب', 'الأحمر', 'لتراه', '45', 'دقيقة', '.'];
  assert.deepEqual(unseenOrgRow(conll(red, { 6: 'B-ORG', 7: 'I-ORG', 8: 'I-ORG', 9: 'I-ORG' })), [1, 1, 1]);
  const media = ['حول', 'حقوق', 'النشر', '،', 'إذ', 'طالبت', 'الشركة', 'المتحدة', 'للخدمات', 'الإعلامية', 'بتعويض', 'عن', 'استخدام', 'برامجها', '.'];
  assert.deepEqual(unseenOrgRow(conll(media, { 6: 'B-ORG', 7: 'I-ORG', 8: 'I-ORG', 9: 'I-ORG' })), [1, 1, 1]);
});

const B = beginTag('ORG');
const I = insideTag('ORG');
const norm = (s: string) => s.split(' ').map((w) => normalizeArabic(w));

test('the head is taken in only when it is a definite body head, left O, agreeing with a clitic-free adjective', () => {
  const never = () => false;
  // اللجنة [الدولية للصليب] → [اللجنة الدولية للصليب]
  assert.deepEqual(takeHeadsBeforeAdjectives(norm('مع اللجنه الدوليه الصليب'), ['', '', '', 'ل'], [0, 0, B, I], never), [0, B, I, I]);
  // A clitic on the head is the head's (للجنة).
  assert.deepEqual(takeHeadsBeforeAdjectives(norm('مع اللجنه الدوليه'), ['', 'ل', ''], [0, 0, B], never), [0, B, I]);
  const unchanged = (words: string, prefixes: string[], tags: number[], listed: (b: number, e: number) => boolean = never) =>
    assert.deepEqual(takeHeadsBeforeAdjectives(norm(words), prefixes, tags, listed), tags);
  unchanged('مع اللجنه الدولي', ['', '', ''], [0, 0, B]); // a masculine adjective after a feminine head
  unchanged('مع اللجنه الدوليه', ['', '', 'و'], [0, 0, B]); // a clitic on the adjective: no adjective of the head
  unchanged('مع لجنه الدوليه', ['', '', ''], [0, 0, B]); // an indefinite head governs a genitive, no adjective
  unchanged('مع العاصفه الدوليه', ['', '', ''], [0, 0, B]); // no body's head
  unchanged('مع اللجنه الدوليه', ['', '', ''], [0, B, B]); // the head is a span of its own already
  unchanged('مع اللجنه الرئيس', ['', '', ''], [0, 0, B]); // no adjective
  // A one-word span the lists hold as a body is the club's own name (النادي [الأهلي]); a longer one is taken in.
  unchanged('لاعبي النادي الاهلي', ['', '', ''], [0, 0, B], (b, e) => e - b === 1);
  assert.deepEqual(takeHeadsBeforeAdjectives(norm('انتاج الشركه المتحده الخدمات'), ['', '', '', 'ل'], [0, 0, B, I], () => true), [0, B, I, I]);
});
