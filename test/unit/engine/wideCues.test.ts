import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wideCueBit, wordWideCues } from '../../../server/src/engine/wideCues';
import { OUTLET_DUAL_CUE } from '../../../server/src/engine/outletDuals';
import { HEADED_NAME_CUE } from '../../../server/src/engine/headedNames';
import { FORCES_CUE } from '../../../server/src/engine/securityForces';
import { REGNAL_CUE } from '../../../server/src/engine/regnalNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { entityLines } from './helpers';

// The wide cue bits skip a head-word pass in a sentence without its head: a word's bits must name every pass it can start.
const n = normalizeArabic;

test('a word carries the bit of a pass whose head it is, as a stem, or as written where the pass reads the whole form', () => {
  const stemOnly = wideCueBit([['مرصد']]);
  const whole = wideCueBit([['مرفأ']], [['ومرفأ']]);
  assert.notEqual(stemOnly, whole);
  assert.equal(wordWideCues('مرصد', 'بمرصد'), stemOnly);
  assert.equal(wordWideCues('مرفأ', 'مرفأ'), whole);
  assert.equal(wordWideCues('فأ', 'ومرفأ'), whole, 'the whole form counts even when the splitter cut the head');
  assert.equal(wordWideCues('ومرفأ', ''), 0, 'a form listed as written is no stem cue');
  assert.equal(wordWideCues('مرصدان', 'مرصدان') & (stemOnly | whole), 0);
});

test('the registered passes have their bits on their heads and on no ordinary word', () => {
  assert.notEqual(wordWideCues(n('قناتا'), n('قناتا')) & OUTLET_DUAL_CUE, 0);
  assert.notEqual(wordWideCues(n('صحيفتي'), n('لصحيفتي')) & OUTLET_DUAL_CUE, 0);
  assert.notEqual(wordWideCues(n('جمعية'), n('جمعية')) & HEADED_NAME_CUE, 0);
  assert.notEqual(wordWideCues(n('الشرطة'), n('الشرطة')) & FORCES_CUE, 0);
  assert.notEqual(wordWideCues(n('الثالث'), n('الثالث')) & REGNAL_CUE, 0);
  for (const w of ['ذهب', 'الولد', 'إلى', 'السوق', 'صباحا']) assert.equal(wordWideCues(n(w), n(w)), 0, w);
});

test('passes behind the wide cues still fire where their head is present', () => {
  // tagOutletDuals: a dual head and two outlets.
  assert.deepEqual(entityLines('ونقلت صحيفتا الوطن والخبر عن مصدر أمني أن الطريق أغلق .').filter((e) => e.startsWith('ORG')),
    ['ORGANIZATION الوطن', 'ORGANIZATION الخبر']);
  // regnalNumbersCloseNames: the number closes a ruler's name.
  assert.ok(entityLines('واستقبل الملك فيصل الثاني الوفد في القصر .').includes('PERSON فيصل الثاني'));
});
