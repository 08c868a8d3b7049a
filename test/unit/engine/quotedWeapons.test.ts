import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, textsOf } from './helpers';
import { QUOTED_WEAPON_CUE } from '../../../server/src/engine/quotedWeapons';
import { WEAPON_HEAD_CUE, WEAPON_HEADS } from '../../../server/src/engine/weaponNames';
import { inWideCues, wordWideCues } from '../../../server/src/engine/wideCues';
import { normalizeArabic } from '../../../server/src/engine/normalize';

// Invented systems and vehicles, quoted after their heads as defence and war reports write them.
const probe = (text: string) => { const a = analyze(text); return { misc: textsOf(a, 'MISC'), pers: textsOf(a, 'PERSON'), org: textsOf(a, 'ORGANIZATION') }; };

test('a name quoted after a weapon head, past its purpose words, is the system (MISC), whatever the tagger read there', () => {
  for (const [text, name] of [
    ['وشملت الصفقة صواريخ " كورنيلا " المطورة محليا .', 'كورنيلا'],
    ['وتسعى الدولة لشراء منظومات الدفاع الصاروخي " زيفار " من الشركة .', 'زيفار'],
    ['وجرت المحادثات حول مقاتلات " رافيلكس تيفار " مع الحكومة .', 'رافيلكس تيفار'],
  ]) assert.deepEqual(probe(text).misc, [name], text);
});

test('a drone or armoured vehicle quoted after its head is MISC, its model number inside', () => {
  assert.deepEqual(probe('واطلع الوزير على الطائرة بدون طيار " شاهوك " من إنتاج الشركة .').misc, ['شاهوك']);
  assert.deepEqual(probe('وعرضت الشركة عربتها المدرعة " صقرين 3 " في الجناح .').misc, ['صقرين 3']);
});

test('no system: a quoted common word or clause after the head, or a given name the lists hold', () => {
  assert.deepEqual(probe('وقال الشهود إن طائرات " مجهولة " قصفت الموقع .').misc, []);
  assert.deepEqual(probe('وقال القائد إن الصواريخ " ستصل قريبا إلى المنطقة " .').misc, []);
  assert.deepEqual(probe('وأطلقت صواريخ " حسن " على المدينة .').misc, []);
});

test('no system: a body, a person or a kunya the lists hold, quoted after a vehicle head, keeps its reading', () => {
  assert.deepEqual(probe('وكانت دبابات " الجيش السوري " تتقدم نحو المدينة .').org, ['الجيش السوري']);
  assert.deepEqual(probe('وقال إن طائرات " محمد بن زايد " نقلت المساعدات .').pers, ['محمد بن زايد']);
  assert.deepEqual(probe('وكانت عربة " أبو سمير " تنقل الجرحى إلى المستشفى .').pers, ['أبو سمير']);
});

test('no system: a kunya quoted after a vehicle head, however rare its name, is a man (a commander of the aircraft)', () => {
  assert.deepEqual(probe('وقال قائد المروحيات " أبو هادي " إن الطلعة نجحت .').pers, ['أبو هادي']);
  assert.deepEqual(probe('وقال قائد الطائرات " أبو زكريا " إن الطلعة نجحت .').misc, []);
});

// correctTags runs quotedWeapons and weaponsNotPersons only in a sentence holding a head as written whole (wide cue bits):
// every head they start from must carry its pass's bit, and an ordinary word none.
test('the weapon passes open on every head they read as written whole, clitics and all, and on no ordinary word', () => {
  const whole = (w: string) => wordWideCues('x', normalizeArabic(w));
  for (const w of WEAPON_HEADS) assert.ok(inWideCues(wordWideCues('x', w), WEAPON_HEAD_CUE) && inWideCues(wordWideCues('x', w), QUOTED_WEAPON_CUE), w);
  for (const w of ['الطائرة', 'طائرات', 'المدرعة', 'مروحيات', 'وصواريخ', 'بمنظومة']) assert.ok(inWideCues(whole(w), QUOTED_WEAPON_CUE), w);
  assert.ok(!inWideCues(whole('الطائرة'), WEAPON_HEAD_CUE));
  for (const w of ['قال', 'الدفاع', 'الحكومة', 'مالي', 'عربات']) assert.ok(!inWideCues(whole(w), QUOTED_WEAPON_CUE, WEAPON_HEAD_CUE), w);
  // Only the whole form opens them: a stem alone does not (the passes compare tokens' whole normalised forms).
  assert.ok(!inWideCues(wordWideCues(normalizeArabic('صواريخ'), 'x'), QUOTED_WEAPON_CUE, WEAPON_HEAD_CUE));
});
