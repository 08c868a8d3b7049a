import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inWideCues, wordWideCues } from '../../../server/src/engine/wideCues';
import { KIN_CUE } from '../../../server/src/engine/kinNames';
import { CALLED_NAME_CUE } from '../../../server/src/engine/calledNames';
import { PARTY_CUE } from '../../../server/src/engine/partyNisbas';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { entityLines, labelTexts } from './helpers';

// correctTags skips kinNames and tagCalledNames, and tagNamedBodyShapes its four party passes, in a sentence
// whose words carry none of their bits: a bit must sit on every head its pass starts from, and on no ordinary word.
const n = normalizeArabic;
const ALL = [KIN_CUE, CALLED_NAME_CUE, PARTY_CUE];
const stem = (w: string) => wordWideCues(n(w), 'x');
const whole = (w: string) => wordWideCues('x', n(w));

test('each gated pass has its bit on its heads, with their clitics, and on no ordinary word', () => {
  for (const w of ['ابنته', 'وزوجها', 'لأخيه', 'فشقيقتهم', 'والدتهما', 'أم', 'وأخ', 'اسم', 'يدعى', 'وتدعى', 'المدعوة', 'اسمها']) {
    assert.ok(inWideCues(whole(w), KIN_CUE), w);
  }
  assert.ok(inWideCues(stem('اسم'), CALLED_NAME_CUE));
  assert.ok(inWideCues(whole('باسم'), CALLED_NAME_CUE));
  for (const w of ['حزب', 'الحزب']) assert.ok(inWideCues(stem(w), PARTY_CUE), w);
  for (const w of ['أبناء', 'زوجي', 'أخبار', 'الشمال', 'مالي', 'أسماء', 'حزبه', 'أحزاب', 'الأحزاب', 'قال', 'المدينة']) {
    assert.ok(!inWideCues(stem(w), ...ALL) && !inWideCues(whole(w), ...ALL), w);
  }
});

test('the gated passes still change the sentences they are for', () => {
  // kinNames: a listed given name the tagger left O after a kinship noun with its pronoun, or after a naming verb.
  assert.deepEqual(entityLines('وسافرت العائلة مع ابنتها نعيمة إلى القرية .'), ['PERSON نعيمة']);
  assert.deepEqual(entityLines('وجاء مع والده هشام إلى السوق .'), ['PERSON هشام']);
  assert.deepEqual(entityLines('وأكد رجل يدعى عامر أنه شاهد الحادث .'), ['PERSON عامر']);
  // tagCalledNames: a rare word a thing bears as its name.
  assert.deepEqual(labelTexts('وأطلقت الشركة منصة تحمل اسم دفعاتي للتجار .', 'MISC'), ['دفعاتي']);
  // The party passes: الحزب and a nisba.
  assert.deepEqual(entityLines('وانسحب الحزب الزراعي من الائتلاف .'), ['ORGANIZATION الحزب الزراعي']);
});
