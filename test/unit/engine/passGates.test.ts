import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceCues, sentenceMarks } from '../../../server/src/engine/sentenceCues';
import { SAID_CUE } from '../../../server/src/engine/saidNames';
import { NATIONALITY_MARK } from '../../../server/src/engine/sentenceReads';
import { besidePerson } from '../../../server/src/engine/personConjuncts';
import { ONE_WORD_PLACE_MARK } from '../../../server/src/engine/prepositionPlaces';
import { TITLE_CUE } from '../../../server/src/engine/titleNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines, labelTexts } from './helpers';

// Gates skip a pass in a sentence that lacks what the pass starts from; the pass must still fire where that is present.
const stems = (s: string) => s.split(' ').map(normalizeArabic);
const tags = (...t: string[]) => t.map((x) => TAGS.indexOf(x));

test('the said-words cue is set by إن, أن or a colon, and a speaker before them is still tagged', () => {
  assert.notEqual(sentenceCues(stems('وقال حميدتي إن المعركة')) & SAID_CUE, 0);
  assert.notEqual(sentenceCues(stems('وأكد الوزير أن الحكومة')) & SAID_CUE, 0);
  assert.notEqual(sentenceCues(stems('وقال تريباثي : مع')) & SAID_CUE, 0);
  assert.equal(sentenceCues(stems('وصل الوفد إلى العاصمة صباحا')) & SAID_CUE, 0);
  // tagSaidNames and titledSurnames, both behind the cue.
  assert.ok(entityLines('وقال حميدتي إن المعركة لم تنته .').includes('PERSON حميدتي'));
  assert.ok(entityLines('وقال رئيس البلدية رمزي يعيش إن المشروع سينتهي في الصيف .').includes('PERSON رمزي يعيش'));
});

test('the nationality mark is set only by a listed nationality, and a mission named by one is still a body', () => {
  assert.notEqual(sentenceMarks([['LOC-B'], ['NAT-S'], []]) & NATIONALITY_MARK, 0);
  assert.equal(sentenceMarks([['LOC-B'], ['fNAT-S', 'ORG-B'], []]) & NATIONALITY_MARK, 0);
  // tagMissions, behind the mark.
  assert.ok(entityLines('وتقع السفارة السعودية في حي السفارات .').includes('ORGANIZATION السفارة السعودية'));
});

test('a word is beside a person only one or two tokens from a person span, and a conjoined name there is still a person', () => {
  assert.ok(besidePerson(tags('B-PERS', 'O', 'O'), 1));
  assert.ok(besidePerson(tags('B-PERS', 'I-PERS', 'O', 'O'), 3));
  assert.ok(besidePerson(tags('O', 'O', 'B-PERS'), 0));
  assert.ok(!besidePerson(tags('B-PERS', 'O', 'O', 'O'), 3));
  assert.ok(!besidePerson(tags('O', 'B-LOC', 'I-PERS', 'O', 'O', 'B-PERS'), 0), 'a place, and a person three tokens on');
  // personConjuncts, behind the test.
  assert.ok(entityLines('وتأهل فيدرر وهينان إلى الدور الثاني .').some((e) => e.startsWith('PERSON') && e.includes('هينان')));
});

test('the one-word place mark is set only by a one-word listed place, and a town after a preposition is still a place', () => {
  assert.notEqual(sentenceMarks([[], ['LOC-S'], []]) & ONE_WORD_PLACE_MARK, 0);
  assert.equal(sentenceMarks([[], ['LOC-B'], ['LOC-E'], ['fLOC-S']]) & ONE_WORD_PLACE_MARK, 0);
  // tagPlacesAfterPrepositions, behind the mark.
  assert.ok(labelTexts('قتل ثلاثة اشخاص في الفاشر امس .', 'LOCATION').includes('الفاشر'));
});

test('passes behind the title cue, the said-words cue and a span label still fire where those are present', () => {
  // womenNisbaSurnames needs a title before the given name; tagBylineNames a colon; relabelBodyTails a span to extend.
  assert.notEqual(sentenceCues(stems('قالت الباحثة ليلى الجزائري')) & TITLE_CUE, 0);
  assert.deepEqual(labelTexts('قالت الباحثة ليلى الجزائري من معهد باستور إن النتائج مشجعة .', 'PERSON'), ['ليلى الجزائري']);
  assert.deepEqual(labelTexts('تصوير : طالب القرعاني', 'PERSON'), ['طالب القرعاني']);
  assert.ok(entityLines('وذكرت ستار تريبيون أن الشرطة فتحت تحقيقا في الحادث .').includes('ORGANIZATION ستار تريبيون'));
});
