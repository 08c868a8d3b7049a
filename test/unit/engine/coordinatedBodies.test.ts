import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines, labelTexts } from './helpers';

const bodies = (text: string) => labelTexts(text, 'ORGANIZATION');

test('an unknown word after و next to a company and its nationality is a second company when another nationality closes it', () => {
  assert.deepEqual(bodies('وقعت الوزارة اتفاقا مع إيني الإيطالية وريبسول الإسبانية لتطوير حقل غاز .'), ['إيني', 'ريبسول']);
});

test('an unknown word after و between two bodies of a list is a body too', () => {
  assert.deepEqual(bodies('وشارك في التمويل رعاة بينهم توتال إنرجيز ونيكسترا وبنك أفريكا .'), ['توتال إنرجيز', 'نيكسترا', 'بنك أفريكا']);
});

test('people named by a plural after و and their nationality are no second body (a second reader\'s cases)', () => {
  assert.deepEqual(bodies('وانتقدت منظمة العفو الدولية وحقوقيون مصريون الحكم .'), ['منظمة العفو الدولية']);
  assert.deepEqual(bodies('ووقعت الاتفاقية شركة سيمنس الألمانية ومهندسون مصريون .'), ['شركة سيمنس']);
});

test('a known noun with its pronoun after و beside a club is no second club, nor is it spread through the page', () => {
  const text = 'وتعادل مانشستر يونايتد مع ضيفه ليفربول 1-1 امس.\n\nوفي المواجهة المثيرة بين انتر ميلان الايطالي وضيفه بايرن ميونيخ الالماني.';
  assert.deepEqual(entityLines(text), ['ORGANIZATION مانشستر يونايتد', 'ORGANIZATION ليفربول', 'ORGANIZATION انتر ميلان', 'ORGANIZATION بايرن ميونيخ']);
});
