import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

/** Every entity as `LABEL text`, in order. */
const entities = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);

test('a country playing a match is its team: subject of a result verb, facing another country, genitive of a team noun', () => {
  assert.deepEqual(entities('وتعادل العراق مع السعودية سلبيا في الدوحة.'), ['ORGANIZATION العراق', 'ORGANIZATION السعودية', 'LOCATION الدوحة']);
  assert.ok(entities('وسجل لاوتارو مارتينيز في مرمى كولومبيا في المباراة.').includes('ORGANIZATION كولومبيا'));
  assert.ok(entities('واستعد المنتخب لمواجهة مصر في تصفيات كأس العالم.').includes('ORGANIZATION مصر'));
  assert.deepEqual(entities('ويلعب المغرب مباراة الافتتاح أمام جزر القمر في الرباط.'), ['ORGANIZATION المغرب', 'ORGANIZATION جزر القمر', 'LOCATION الرباط']);
});

test('a team noun\'s country is split from the coach\'s name the tagger ran it into', () => {
  const found = entities('وأشاد مدرب الأردن الحسين عموتة باللاعبين بعد المباراة.');
  assert.ok(found.includes('ORGANIZATION الأردن'), found.join(', '));
  assert.ok(!found.some((e) => e.startsWith('PERSON') && e.includes('الأردن')), found.join(', '));
});

test('where the match is played, and countries outside sports news, stay places', () => {
  assert.ok(entities('وأقيمت المباراة في قطر أمام جمهور كبير.').includes('LOCATION قطر'));
  assert.ok(entities('وفاز الحزب بالانتخابات في تونس.').includes('LOCATION تونس'));
});

test('a word only the clubs list holds is the club in sports news though the tagger read a place (المريخ, Mars)', () => {
  assert.ok(entities('وسجل المهاجم هدفا من ركلة جزاء ، ليعوض المريخ خسارته ذهابا 0 - 1 .').includes('ORGANIZATION المريخ'));
  assert.ok(!entities('وأرسلت وكالة الفضاء مسبارا إلى المريخ العام الماضي.').includes('ORGANIZATION المريخ'));
});
