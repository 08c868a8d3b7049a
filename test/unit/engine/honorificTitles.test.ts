import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';

/** Each person as the analysis shows it, with its fine type. */
const persons = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === 'PERSON').map((x) => `${x.text}${x.attributes.type ? ' · ' + x.attributes.type : ''}`);

test('البابا and الشيخ open the name they introduce, as the news benchmark tags them; the type still comes from the title', () => {
  // A sheikh of a ruling family (آل …) is a ruler; without آل the title is a cleric's more often than not.
  assert.deepEqual(persons('استقبل الشيخ محمد بن راشد آل مكتوم الوفد في دبي .'), ['الشيخ محمد بن راشد آل مكتوم · Politician']);
  assert.deepEqual(persons('وأمّ الشيخ سعود الشريم المصلين في الحرم .'), ['الشيخ سعود الشريم · Religious_PER']);
  assert.deepEqual(persons('وزار البابا فرنسيس العراق في آذار .'), ['البابا فرنسيس · Religious_PER']);
  // With a preposition attached the span starts at the title itself, not at the letter before it.
  assert.deepEqual(persons('والتقى بالشيخ تميم بن حمد في الدوحة .'), ['الشيخ تميم بن حمد · Religious_PER']);
});

test('other titles stay outside, a title with no name after it is no person, one inside a name stays where it is', () => {
  assert.deepEqual(persons('وقال الرئيس إيمانويل ماكرون إن فرنسا مستعدة .'), ['إيمانويل ماكرون · Politician']);
  assert.deepEqual(persons('وقال الشيخ إن الخطبة ستكون قصيرة .'), []);
  assert.deepEqual(persons('وأعلن المجلس فوز محمد ولد الشيخ الغزواني بالانتخابات .'), ['محمد ولد الشيخ الغزواني']);
});

test('a name introduced by الشيخ is the same person when the article names it again without the title', () => {
  const a = analyze('وقال الشيخ سعود الشريم إن الحج نجح .\nوأضاف الشريم أن الحجاج عادوا .');
  const people = a.annotations.filter((x) => x.kind === 'entity' && x.label === 'PERSON');
  assert.deepEqual(people.map((x) => x.text), ['الشيخ سعود الشريم', 'الشريم']);
  assert.equal(new Set(people.map((x) => x.attributes.entityId)).size, 1);
});
