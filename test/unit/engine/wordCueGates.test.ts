import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inWideCues, wordWideCues } from '../../../server/src/engine/wideCues';
import { DISEASE_CUE, NON_ENTITIES } from '../../../server/src/engine/diseaseNames';
import { REGION_CUE } from '../../../server/src/engine/regionGovernments';
import { INTERNATIONAL_CUE } from '../../../server/src/engine/internationalHeads';
import { WALAD_CUE } from '../../../server/src/engine/waladNames';
import { PARTICLE_CUE } from '../../../server/src/engine/particleSurnames';
import { PUBLISHING_HOUSE_CUE } from '../../../server/src/engine/publishingHouses';
import { CHANNEL_CUE } from '../../../server/src/engine/numberedChannels';
import { BODY_HEAD_CUE, DEFINITE_HEADS } from '../../../server/src/engine/bodyHeadPersons';
import { KNOWN_LETTERS_CUE } from '../../../server/src/engine/wireBodies';
import { HOMELAND_CUE } from '../../../server/src/engine/homelandBodies';
import { PURPOSE_CUE } from '../../../server/src/engine/purposeClauses';
import { withoutArticle, withoutProclitics } from '../../../server/src/engine/clitics';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { entityLines } from './helpers';

// dropDiseaseNames, tagRegionGovernments, tagInternationalHeads, waladGivenNames, particleSurnames, tagPublishingHouses and
// tagNumberedChannels (and splitBodyHeadPersons, tagKnownLetters, dropHomelandBodies, endBodiesAtPurposes) are skipped in a sentence whose words carry none of their
// bits: a bit must sit on every word the pass reads as its head (stem, stem without ال, or form without its proclitics).
const n = normalizeArabic;
const ALL = [DISEASE_CUE, REGION_CUE, INTERNATIONAL_CUE, WALAD_CUE, PARTICLE_CUE, PUBLISHING_HOUSE_CUE, CHANNEL_CUE];
const stem = (w: string) => wordWideCues(n(w), 'x');
const whole = (w: string) => wordWideCues('x', n(w));

test('each gated pass has its bit on its heads, as stems or as whole forms, and on no ordinary word', () => {
  for (const w of ['فيروس', 'الحمى', 'متلازمة', 'كورونا', 'الكوليرا', 'الزيكا', 'ايبولا']) assert.ok(inWideCues(stem(w), DISEASE_CUE), w);
  for (const w of ['بفيروس', 'وبالكوليرا', 'لكورونا', 'فكوفيد', 'ولحمى', 'كالسرطان']) assert.ok(inWideCues(whole(w), DISEASE_CUE), w);
  assert.ok(inWideCues(stem('إقليم'), REGION_CUE));
  for (const w of ['الدولي', 'الدولية']) assert.ok(inWideCues(stem(w), INTERNATIONAL_CUE), w);
  // ولد is read whole (a clitic on it is no name's ولد); the particles as their own stems, so فإن (فان once normalised) is none.
  assert.ok(inWideCues(whole('ولد'), WALAD_CUE));
  for (const w of ['دي', 'دا', 'دو', 'ديل', 'دوس', 'فون', 'فان']) assert.ok(inWideCues(stem(w), PARTICLE_CUE), w);
  for (const w of ['وولد', 'الولد', 'ولده', 'أولاد', 'فإن', 'دين', 'لا', 'دير']) assert.ok(!inWideCues(whole(w), WALAD_CUE, PARTICLE_CUE), w);
  assert.ok(!inWideCues(stem('ولد'), WALAD_CUE) && !inWideCues(stem('دين'), PARTICLE_CUE));
  assert.ok(inWideCues(stem('دار'), PUBLISHING_HOUSE_CUE) && inWideCues(stem('القناة'), CHANNEL_CUE));
  // splitBodyHeadPersons' heads are common words (الحكومة): its bit is checked on its own, not with the list below.
  for (const w of DEFINITE_HEADS) assert.ok(inWideCues(stem(w), BODY_HEAD_CUE), w);
  for (const w of ['حكومة', 'وزارة', 'الدولة', 'الرئيس', 'قال']) assert.ok(!inWideCues(stem(w), BODY_HEAD_CUE) && !inWideCues(whole(w), BODY_HEAD_CUE), w);
  // tagKnownLetters keys on the first spelled letter as written apart: its whole form, never a stem or a word holding it.
  for (const w of ['أ', 'ا', 'و', 'د', 'يو', 'اف', 'سي', 'بي']) assert.ok(inWideCues(whole(w), KNOWN_LETTERS_CUE), w);
  for (const w of ['في', 'من', 'ب', 'ق', 'وا', 'ان', 'بيان', 'سي ان ان']) assert.ok(!inWideCues(whole(w), KNOWN_LETTERS_CUE), w);
  assert.ok(!inWideCues(stem('و'), KNOWN_LETTERS_CUE) && !inWideCues(stem('اف'), KNOWN_LETTERS_CUE));
  // بلاد with its pronoun, or alone before the pronoun written apart; ل + a deliberation, split off or still on the stem.
  for (const w of ['بلاده', 'بلادها', 'بلادنا', 'بلاد']) assert.ok(inWideCues(stem(w), HOMELAND_CUE), w);
  for (const w of ['مناقشة', 'لمناقشة', 'بحث', 'لبحث', 'النظر', 'لإقرار', 'التشاور']) assert.ok(inWideCues(stem(w), PURPOSE_CUE), w);
  for (const w of ['البلاد', 'بلدان', 'دراسة', 'لدراسة', 'لحماية', 'الباحث', 'نظرا']) assert.ok(!inWideCues(stem(w), HOMELAND_CUE, PURPOSE_CUE) && !inWideCues(whole(w), HOMELAND_CUE, PURPOSE_CUE), w);
  for (const w of ['مالي', 'الحكومة', 'قال', 'الدولة', 'إقليمي', 'الإقليمية', 'دولي', 'دولية', 'مرضى', 'الأطباء', 'وقال', 'الدار', 'ديار', 'قناة', 'القنوات']) {
    assert.ok(!inWideCues(stem(w), ...ALL) && !inWideCues(whole(w), ...ALL), w);
  }
});

test("the disease bit covers every form isDisease reads: each listed word with any proclitics, and with ال", () => {
  for (const w of NON_ENTITIES) {
    for (const p of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']) {
      if (withoutProclitics(p + w) === w) assert.ok(inWideCues(whole(p + w), DISEASE_CUE), p + w);
    }
    if (withoutArticle('ال' + w) === w) assert.ok(inWideCues(stem('ال' + w), DISEASE_CUE), 'ال' + w);
  }
});

test('the gated passes still change the sentences they are for', () => {
  // tagRegionGovernments: حكومة إقليم + place is one body.
  assert.deepEqual(entityLines('وطالبت حكومة إقليم تيغراي بالحوار .'), ['ORGANIZATION حكومة إقليم تيغراي']);
  assert.deepEqual(entityLines('وقالت وزارة الزراعة في إقليم تيغراي إن المحصول تراجع .'), ['ORGANIZATION وزارة الزراعة في إقليم تيغراي']);
  // tagInternationalHeads: an unlisted head + الدولي is one body.
  assert.deepEqual(entityLines('وقدمت اللجنة الدولية تقريرها إلى المجلس .'), ['ORGANIZATION اللجنة الدولية']);
  assert.deepEqual(entityLines('وتمول الوكالة الدولية المشروع منذ عامين .'), ['ORGANIZATION الوكالة الدولية']);
  // dropDiseaseNames: a place after a disease head is the disease's name, none.
  assert.deepEqual(entityLines('وسجلت السلطات إصابات بحمى لاسا في الولاية .').filter((l) => l.includes('لاسا')), []);
  // waladGivenNames: the given name before ولد joins the Mauritanian name the tagger began after it.
  assert.deepEqual(entityLines('وقال الوالي سيدي ولد اعل الشين إن المدارس ستفتح .'), ['PERSON سيدي ولد اعل الشين']);
  assert.deepEqual(entityLines('واحتسب الحكم محمدو ولد التاه ركلة جزاء للفريق .'), ['PERSON محمدو ولد التاه']);
  // particleSurnames: the particles and the surname after them join the given name.
  assert.deepEqual(entityLines('وصلت ماريسول دي لا كروز إلى المدينة عام 2009 .'), ['PERSON ماريسول دي لا كروز']);
  assert.deepEqual(entityLines('وقالت المحامية ايلينا غارسيا دي لا فوينتي إن موكلها بريء .'), ['PERSON ايلينا غارسيا دي لا فوينتي']);
  // tagPublishingHouses: دار + a name, in a sentence about publishing, is one body.
  assert.deepEqual(entityLines('وصدرت الرواية عن دار نوفل في بيروت .').filter((l) => l.includes('نوفل')), ['ORGANIZATION دار نوفل']);
  // tagNumberedChannels: القناة + a channel number is one body.
  assert.deepEqual(entityLines('وذكرت القناة 12 الإسرائيلية أن الحكومة ستجتمع .').filter((l) => l.includes('القناة')), ['ORGANIZATION القناة 12']);
  // splitBodyHeadPersons: a definite head the tagger ran into the person after it is left out of the name.
  assert.deepEqual(entityLines('وفي بيان لاحق ، شكرت الوزارة روتيم ولوكار على المساعدة .'), ['PERSON روتيم ولوكار']);
  assert.deepEqual(entityLines('وقالت المتحدثة باسم المفوضية جنيفر باغونيس في جنيف ان الوضع صعب .'), ['PERSON جنيفر باغونيس', 'LOCATION جنيف']);
  // tagKnownLetters: an agency spelled by its letters, dots and all, outside brackets is one body.
  assert.ok(entityLines('غزة - ا . ش . ا : أعلنت الوزارة عن خطة جديدة .').includes('ORGANIZATION ا . ش . ا'));
  assert.ok(entityLines('انقرة - اف ب : قال المسؤول إن المحادثات ستستأنف .').includes('ORGANIZATION اف ب'));
  // dropHomelandBodies: a team of "his country" is no body.
  assert.deepEqual(entityLines('وخاض 73 مباراة مع منتخب بلاده وكانت مشاركته الأخيرة في البطولة .').filter((l) => l.startsWith('ORGANIZATION')), []);
  // endBodiesAtPurposes: the body ends before what it met for.
  assert.ok(entityLines('واجتمعت اللجنة الوطنية العليا لمناقشة الموازنة العامة .').includes('ORGANIZATION اللجنة الوطنية العليا'));
});
