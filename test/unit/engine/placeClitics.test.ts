// Where a place's mention starts: the letter the clitic splitter read as a preposition stays when the place is listed whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a place listed whole keeps a first letter the splitter took for ك (كابل: not ك + ابل, a name part)', () => {
  assert.deepEqual(places('ودوت انفجارات في كابل ليلة امس .'), ['كابل']);
  // A preposition on a place the list holds without it still stays outside (بدمشق).
  assert.deepEqual(places('وولد بدمشق وتوفي في كابل .'), ['دمشق', 'كابل']);
});

test('a short place coordinated with the place before it loses its و in the mention text (طويلة [و]كتم, not وكتم)', () => {
  assert.deepEqual(places('هطلت أمطار غزيرة على مدينتي طويلة وكتم في شمال دارفور .'), ['طويلة', 'كتم', 'دارفور']);
  // A place the list holds with its و keeps it (ووهران is و + وهران; وهران alone is the city).
  assert.deepEqual(places('زار الوفد الجزائر ووهران .'), ['الجزائر', 'وهران']);
});

test('the place named without its و is found again behind a و later in the article (منازل وكتم: كتم)', () => {
  const text = 'هطلت أمطار غزيرة على مدينتي طويلة وكتم في شمال دارفور . وقال سكان إن السيول جرفت منازل وكتم وقرى حولها .';
  assert.deepEqual(places(text), ['طويلة', 'كتم', 'دارفور', 'كتم']);
});

test('a place opening with ل behind the preposition ل is found though the splitter reads لل as ل + ال (وصل للندن: لندن)', () => {
  assert.deepEqual(places('ووصل الرئيس للندن صباح اليوم في زيارة رسمية .'), ['لندن']);
  const london = analyze('ثم عاد الوفد للندن وباريس .').annotations.filter((x) => x.kind === 'entity' && x.label === 'LOCATION');
  assert.deepEqual(london.map((x) => x.attributes.normalized), ['لندن', 'باريس']);
  // A definite word the text knows stays ل + ال (للعاصمة is no place of its own).
  assert.deepEqual(places('وعاد الوفد للعاصمة مساء أمس .'), []);
});
