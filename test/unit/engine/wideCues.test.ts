import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clearWideCues, hasWideCue, inWideCues, readWideCues, wideCueBit, wordWideCues } from '../../../server/src/engine/wideCues';
import { OUTLET_DUAL_CUE } from '../../../server/src/engine/outletDuals';
import { HEADED_NAME_CUE } from '../../../server/src/engine/headedNames';
import { FORCES_CUE } from '../../../server/src/engine/securityForces';
import { REGNAL_CUE } from '../../../server/src/engine/regnalNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { entityLines } from './helpers';

// The wide cues skip a head-word pass in a sentence without its head: a word's cues must name every pass it can start.
const n = normalizeArabic;

test('a word carries the cue of a pass whose head it is, as a stem, or as written where the pass reads the whole form', () => {
  const stemOnly = wideCueBit([['مرصد']]);
  const whole = wideCueBit([['مرفأ']], [['ومرفأ']]);
  assert.notEqual(stemOnly, whole);
  assert.ok(inWideCues(wordWideCues('مرصد', 'بمرصد'), stemOnly) && !inWideCues(wordWideCues('مرصد', 'بمرصد'), whole));
  assert.ok(inWideCues(wordWideCues('مرفأ', 'مرفأ'), whole) && !inWideCues(wordWideCues('مرفأ', 'مرفأ'), stemOnly));
  assert.ok(inWideCues(wordWideCues('فأ', 'ومرفأ'), whole), 'the whole form counts even when the splitter cut the head');
  assert.ok(!inWideCues(wordWideCues('ومرفأ', ''), whole), 'a form listed as written is no stem cue');
  assert.ok(!inWideCues(wordWideCues('مرصدان', 'مرصدان'), stemOnly, whole));
});

test('the registered passes have their cues on their heads and on no ordinary word', () => {
  const cues = [OUTLET_DUAL_CUE, HEADED_NAME_CUE, FORCES_CUE, REGNAL_CUE];
  assert.ok(inWideCues(wordWideCues(n('قناتا'), n('قناتا')), OUTLET_DUAL_CUE));
  assert.ok(inWideCues(wordWideCues(n('صحيفتي'), n('لصحيفتي')), OUTLET_DUAL_CUE));
  assert.ok(inWideCues(wordWideCues(n('جمعية'), n('جمعية')), HEADED_NAME_CUE));
  assert.ok(inWideCues(wordWideCues(n('الشرطة'), n('الشرطة')), FORCES_CUE));
  assert.ok(inWideCues(wordWideCues(n('الثالث'), n('الثالث')), REGNAL_CUE));
  for (const w of ['ذهب', 'الولد', 'إلى', 'السوق', 'صباحا']) assert.ok(!inWideCues(wordWideCues(n(w), n(w)), ...cues), w);
});

test('the bank takes more passes than one 32-bit word holds, and a pass whose cue the sentence lacks is skipped', () => {
  // Forty made-up heads, one pass each: on a bank of 31 bits the 32nd registration threw when its module loaded.
  const heads = Array.from({ length: 40 }, (_, i) => 'رأس' + String.fromCharCode(0x628 + (i % 20)) + (i < 20 ? 'ا' : 'و'));
  const passes = heads.map((h) => wideCueBit([[h]]));
  assert.equal(new Set(passes).size, 40);
  const ran: number[] = [];
  const correct = (words: string[]) => {
    readWideCues(words.map((w) => ({ wideCues: wordWideCues(w, w) })));
    ran.length = 0;
    passes.forEach((cue, i) => { if (hasWideCue(cue)) ran.push(i); });
    clearWideCues();
  };
  correct(['ذهب', heads[39], 'إلى', heads[2]]);
  assert.deepEqual(ran, [2, 39], 'only the passes whose heads the sentence holds open, past the 32nd as before it');
  correct(['ذهب', 'الولد', 'إلى', 'السوق']);
  assert.deepEqual(ran, [], 'a sentence without their heads opens none of them');
  correct([heads[35]]);
  assert.deepEqual(ran, [35], 'the cues of one sentence do not stay for the next');
  assert.ok(inWideCues(wordWideCues(n('الشرطة'), n('الشرطة')), FORCES_CUE), 'the engine passes keep their cues after the bank grew');
});

test('passes behind the wide cues still fire where their head is present', () => {
  // tagOutletDuals: a dual head and two outlets.
  assert.deepEqual(entityLines('ونقلت صحيفتا الوطن والخبر عن مصدر أمني أن الطريق أغلق .').filter((e) => e.startsWith('ORG')),
    ['ORGANIZATION الوطن', 'ORGANIZATION الخبر']);
  // regnalNumbersCloseNames: the number closes a ruler's name.
  assert.ok(entityLines('واستقبل الملك فيصل الثاني الوفد في القصر .').includes('PERSON فيصل الثاني'));
});
