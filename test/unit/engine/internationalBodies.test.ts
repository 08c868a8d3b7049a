import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines } from './helpers';
import { evalConll, unseenAnalyzer } from '../../../server/src/cli/evaluation';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { continentNisba } from '../../../server/src/engine/continentUnions';

const conll = (words: string[], tags: Record<number, string>) => words.map((w, k) => `${w}\t${tags[k] ?? 'O'}`).join('\n') + '\n';
/** ORG precision, recall and F1 of `text` read as eval --unseen reads it: its gold bodies neither listed nor met in training. */
const unseenOrgRow = (text: string) => {
  const u = unseenAnalyzer(text, loadDefaultModel(), false, 'family');
  return evalConll(text, u.analyzer, 'entities', false, false, false, u.mask).split('\n').find((l) => l.startsWith('ORG'))?.split(/\s+/).slice(1, 4).map(Number);
};

test('a union named by its continent is a body even when no list holds it nor the training text met it', () => {
  const text = conll(['وسافر', 'الوزير', 'إلى', 'الاتحاد', 'الأوروبي', 'لبحث', 'الأزمة', '.'], { 3: 'B-ORG', 4: 'I-ORG' });
  assert.deepEqual(unseenOrgRow(text), [1, 1, 1]);
});

test('the continents\' nisbas come from ICU\'s region names; the Soviet Union stays a place', () => {
  assert.ok(continentNisba('الاوروبي') && continentNisba('الافريقي') && continentNisba('الاسيوي'));
  assert.ok(!continentNisba('السوفياتي') && !continentNisba('المصري') && !continentNisba('الاوروبيه'));
  assert.deepEqual(entityLines('وانهار الاتحاد السوفياتي عام 1991 .'), ['LOCATION الاتحاد السوفياتي']);
});

test('the UN is a body even when no list holds it nor the training text met it', () => {
  const text = conll(['وقال', 'مسؤول', 'إن', 'الأمم', 'المتحدة', 'سترسل', 'مساعدات', 'إلى', 'المنطقة', '.'], { 3: 'B-ORG', 4: 'I-ORG' });
  assert.deepEqual(unseenOrgRow(text), [1, 1, 1]);
});

test('an alliance named by a place is the alliance, not the place', () => {
  assert.deepEqual(entityLines('وانضمت تركيا إلى حلف بغداد عام 1955 .'), ['LOCATION تركيا', 'ORGANIZATION حلف بغداد']);
  assert.ok(entityLines('وقال قائد حلف شمال أفريقيا إن المناورات انتهت .').includes('ORGANIZATION حلف شمال أفريقيا'));
});

test('a union named "the united X" that no list holds is an organisation', () => {
  assert.deepEqual(entityLines('وانسحبت الفصائل المتحدة من المفاوضات .'), ['ORGANIZATION الفصائل المتحدة']);
  assert.deepEqual(entityLines('وتعمل المنظمات المتحدة على توزيع الغذاء .'), ['ORGANIZATION المنظمات المتحدة']);
});

test('the states named "united" stay places', () => {
  assert.deepEqual(entityLines('وزار الوفد الولايات المتحدة والمملكة المتحدة الشهر الماضي .'), ['LOCATION الولايات المتحدة', 'LOCATION المملكة المتحدة']);
  assert.deepEqual(entityLines('ووصل الوزير إلى الإمارات العربية المتحدة أمس .'), ['LOCATION الإمارات العربية المتحدة']);
});

test('a bank or agency named "international" is a body even when no list holds it nor the training text met it', () => {
  assert.deepEqual(unseenOrgRow(conll(['وتلقت', 'الحكومة', 'قرضا', 'من', 'البنك', 'الدولي', 'الشهر', 'الماضي', '.'], { 4: 'B-ORG', 5: 'I-ORG' })), [1, 1, 1]);
  assert.deepEqual(unseenOrgRow(conll(['ويمول', 'التحالف', 'الدولي', 'عمليات', 'الإغاثة', '.'], { 1: 'B-ORG', 2: 'I-ORG' })), [1, 1, 1]);
  // Not the international organisation that stands for the UN named before, nor the international community.
  assert.deepEqual(entityLines('وحذرت المنظمة الدولية من المجاعة ، وطالب المجتمع الدولي بالتحرك .'), []);
});

test('what people do or hold together, united, names no body (الجهود المتحدة، المواقف المتحدة)', () => {
  assert.deepEqual(entityLines('وأشاد الوزير بالجهود المتحدة للنقابات في الأزمة .'), []);
  assert.deepEqual(entityLines('ورحبت الحكومة بالمواقف المتحدة في القمة .'), []);
});

test('an alliance of two places named together keeps both places (حلف القاهرة والرياض)', () => {
  assert.deepEqual(entityLines('وأثار حلف عمان والقاهرة مخاوف طهران .'), ['LOCATION عمان', 'LOCATION القاهرة', 'LOCATION طهران']);
  assert.deepEqual(entityLines('وأقلق حلف الرياض وأبوظبي إيران .'), ['LOCATION الرياض', 'LOCATION أبوظبي', 'LOCATION إيران']);
});
