import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';
import { splitClubPlayers } from '../../../server/src/engine/clubBounds';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

test('in sports news a club named with its sport adjective takes its seat after بـ', () => {
  assert.deepEqual(entityLines('وتعادل النادي الرياضي بسيدي بوزيد مع ضيفه 1 - 1 .'), ['ORGANIZATION النادي الرياضي بسيدي بوزيد']);
  assert.deepEqual(entityLines('وتعادل النادي الرياضي بالقصرين مع ضيفه 1 - 1 .'), ['ORGANIZATION النادي الرياضي بالقصرين']);
});

test('a common word after the sport adjective and بـ is the result, no seat', () => {
  assert.deepEqual(entityLines('واكتفى النادي الرياضي بالتعادل مع ضيفه 1 - 1 .'), ['ORGANIZATION النادي الرياضي']);
});

const P = beginTag('PERS');
const p = insideTag('PERS');
const O = beginTag('ORG');
const o = insideTag('ORG');
const WORDS = { clubs: new Set(['اتحاد', 'شباب', 'نجم']), placeOpeners: new Set<string>() };

/** One sentence: its words, each word's list marks (by index) and the tagger's tags; `sports` as the gate read it. */
function run(sentence: string, marks: Record<number, string[]>, tags: number[], sports = true): number[] {
  const stems = sentence.split(' ').map((w) => normalizeArabic(w));
  return splitClubPlayers(stems, stems.map(() => ''), stems.map((_, k) => marks[k] ?? []), tags, WORDS, sports);
}

test('a club word and its listed town run into a player\'s name are the club, then the person', () => {
  // لاعب اتحاد وادي زغمارة سامي القلعي: وادي زغمارة is a listed two-word town, سامي a given name.
  const marks = { 3: ['LOC-B'], 4: ['LOC-E'], 5: ['FIRST-S'] };
  assert.deepEqual(run('وعاقبت لاعب اتحاد وادي زغمارة سامي القلعي', marks, [0, 0, P, p, p, p, p]), [0, 0, O, o, o, P, p]);
  // The person span opened inside the town: an unlisted first word, then a listed one (شباب عين تيغرمين).
  assert.deepEqual(run('رئيس شباب عين تيغرمين سامي القلعي', { 3: ['LOC-S'], 4: ['FIRST-S'] }, [0, 0, 0, P, p, p]), [0, O, o, o, P, p]);
});

test('no split outside sports news, after نجم (the star himself), or without a given name after the town', () => {
  const marks = { 3: ['LOC-B'], 4: ['LOC-E'], 5: ['FIRST-S'] };
  const tags = [0, 0, P, p, p, p, p];
  assert.deepEqual(run('وعاقبت لاعب اتحاد وادي زغمارة سامي القلعي', marks, tags, false), tags);
  assert.deepEqual(run('وغاب عنها نجم وادي زغمارة سامي القلعي', marks, tags), tags);
  assert.deepEqual(run('وعاقبت لاعب اتحاد وادي زغمارة الشهير القلعي', { 3: ['LOC-B'], 4: ['LOC-E'] }, tags), tags);
});
