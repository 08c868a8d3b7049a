import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inWideCues, wordWideCues } from '../../../server/src/engine/wideCues';
import { BLOC_CUE } from '../../../server/src/engine/blocMembers';
import { CALLED_CUE } from '../../../server/src/engine/calledBodies';
import { STANDING_CUE } from '../../../server/src/engine/standingSides';
import { CONJOINED_CUE } from '../../../server/src/engine/countryConjuncts';
import { SAYING_CUE } from '../../../server/src/engine/roleSpeakers';
import { SEAT_CUE } from '../../../server/src/engine/bodySeats';
import { PLACE_CONTEST_CUE } from '../../../server/src/engine/contestNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { entityLines } from './helpers';

// correctTags and tagLateBodies skip seven passes in a sentence whose words carry none of their bits: a bit must sit on every
// head its pass starts from (a clitic-free stem, or the whole form where the pass reads that), and on no ordinary word.
const n = normalizeArabic;
const ALL = [BLOC_CUE, CALLED_CUE, STANDING_CUE, CONJOINED_CUE, SAYING_CUE, SEAT_CUE, PLACE_CONTEST_CUE];

test('each gated pass has its bit on its heads, as stems or as whole forms, and on no ordinary word', () => {
  const stem = (w: string) => wordWideCues(n(w), 'x');
  const whole = (w: string) => wordWideCues('x', n(w));
  assert.ok(inWideCues(stem('دول'), BLOC_CUE));
  for (const w of ['تدعى', 'يسمى']) assert.ok(inWideCues(stem(w), CALLED_CUE), w);
  for (const w of ['نقاط', 'الشوط', 'بفوزها']) assert.ok(inWideCues(stem(w), STANDING_CUE), w);
  for (const w of ['محكمة', 'المحكمة', 'الجامعة', 'غرفة']) assert.ok(inWideCues(stem(w), SEAT_CUE), w);
  assert.ok(inWideCues(stem('مسابقة'), PLACE_CONTEST_CUE));
  for (const w of ['ومالي', 'والنيجر', 'وفرنسا']) assert.ok(inWideCues(whole(w), CONJOINED_CUE), w);
  for (const w of ['قال', 'وقالت', 'فأكد', 'واضافت', 'وتابع']) assert.ok(inWideCues(whole(w), SAYING_CUE), w);
  for (const w of ['مالي', 'فرنسا', 'قالوا', 'محاكم', 'دولة', 'يدعو', 'الفريق', 'ذهب']) {
    assert.ok(!inWideCues(stem(w), ...ALL) && !inWideCues(whole(w), ...ALL), w);
  }
});

test('the gated passes still change the sentences they are for', () => {
  // tagBlocMembers: a rare definite word after دول is the bloc.
  assert.deepEqual(entityLines('وقررت دول الأنديكا خفض الرسوم الجمركية .'), ['ORGANIZATION الأنديكا']);
  // tagCalledBodies: the name after تدعى is the company's.
  assert.ok(entityLines('وأسس الشاب شركة صغيرة تدعى نوران في عمان .').includes('ORGANIZATION نوران'));
  // tagStandingSides: a country holding points is its team.
  assert.deepEqual(entityLines('وبهذا الانتصار رفعت قطر رصيدها إلى 12 نقطة في المركز الثاني .'), ['ORGANIZATION قطر']);
  // tagConjoinedCountries: مالي before و + a country is the country.
  assert.ok(entityLines('ووقع الاتفاق ممثلو مالي والنيجر في الرباط .').includes('LOCATION مالي'));
  // roleSpeakers: the name after a role noun and before إن.
  assert.deepEqual(entityLines('وأضاف السائق فريد غزال إن الطريق مقطوعة'), ['PERSON فريد غزال']);
  // takeBodySeats: a chamber, its trade and its seat are one body.
  assert.deepEqual(entityLines('وقضت غرفة التجارة بصفاقس بتأجيل المعرض .'), ['ORGANIZATION غرفة التجارة بصفاقس']);
  // tagPlaceContests: a contest named with its place.
  assert.deepEqual(entityLines('وانطلقت مسابقة مواهب تونس في العاصمة .'), ['MISC مسابقة مواهب تونس']);
});
