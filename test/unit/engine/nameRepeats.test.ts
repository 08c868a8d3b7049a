import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkEntities } from '../../../server/src/engine/linking';
import { analyze, labelTexts } from './helpers';
import { personParagraph } from './linkParagraphs';

// Issue 10, item 6: a name read whole once in an article is read whole wherever it stands whole.
const persons = (text: string) => labelTexts(text, 'PERSON');

test('a caption naming a person the article names in full gets the whole name, not its last word', () => {
  const text = 'وقال الأمين العام بان كي مون إن المنظمة قلقة من التصعيد .\nبان كي مون يبتسم خلال مؤتمر صحفي في جنيف\n';
  assert.deepEqual(persons(text), ['بان كي مون', 'بان كي مون']);
});

test('an unknown name whose surname alone was read takes its given name where the article writes it in full again', () => {
  const text = 'قال رئيس تحرير جريدة الوفاق مصيب نعيمي إن الانهيار وشيك .\nوأضاف مصيب نعيمي أن الحكومة تتحمل المسؤولية .\n';
  assert.deepEqual(persons(text), ['مصيب نعيمي', 'مصيب نعيمي']);
});

test('part of a full name standing together elsewhere is read as that part of the name, linked to it', () => {
  const text = 'وأعلن المجلس الدستوري فوز محمد ولد الشيخ الغزواني بالانتخابات .\nوقال ولد الشيخ الغزواني إنه سيكون رئيسا للجميع .\n';
  const people = analyze(text).entities.filter((e) => e.label === 'PERSON');
  assert.equal(people.length, 1, 'one person');
  assert.deepEqual(people[0].mentions.map((m) => text.slice(m.start, m.end)), ['محمد ولد الشيخ الغزواني', 'ولد الشيخ الغزواني']);
});

test('a name read once with a common word after it (the tagger ran on) does not spread that word to its other mentions', () => {
  const common = new Set(['اليمين', 'ادى', 'وقال']);
  const lex = { freq: (w: string) => (common.has(w) ? 500 : 0) };
  // «ادى [هيثم بن طارق اليمين]»: the tagger ran into «اليمين» (the oath) once; elsewhere it read the name alone.
  const first = personParagraph(['ادى', 'هيثم', 'بن', 'طارق', 'اليمين'], 0, [[1, 5]]);
  const second = personParagraph(['وقال', 'هيثم', 'بن', 'طارق', 'اليمين', 'الدستورية'], 100, [[1, 4]]);
  const keys = linkEntities([first, second], lex).flatMap((e) => e.mentions.map((m) => m.key));
  assert.deepEqual(keys.sort(), ['هيثم بن طارق', 'هيثم بن طارق اليمين']);
  // A rare word after it is the name's (a surname the tagger left off): it spreads.
  const rare = personParagraph(['وقال', 'هيثم', 'بن', 'طارق', 'السعيدي'], 100, [[1, 4]]);
  const named = personParagraph(['ادى', 'هيثم', 'بن', 'طارق', 'السعيدي'], 0, [[1, 5]]);
  assert.deepEqual(linkEntities([named, rare], lex).flatMap((e) => e.mentions.map((m) => m.key)), ['هيثم بن طارق السعيدي', 'هيثم بن طارق السعيدي']);
});

test('a lone given name the tagger read before a surname the article names alone elsewhere is one person with it', () => {
  const lex = { freq: () => 0 };
  // «[أمجد] العضايلة أن …» then «وأكد [العضايلة] أن»: the tagger kept the given name and left the surname out.
  const first = personParagraph(['الإعلام', 'أمجد', 'العضايلة', 'أن'], 0, [[1, 2]]);
  const second = personParagraph(['وأكد', 'العضايلة', 'أن'], 100, [[1, 2]]);
  const people = linkEntities([first, second], lex);
  assert.equal(people.length, 1, 'one person');
  assert.deepEqual(people[0].mentions.map((m) => [m.firstToken, m.lastToken, m.propagated]), [[1, 3, false], [1, 2, false]]);
  // Two names the tagger read side by side stay two (a list without commas: ارسطوطاليس فيثاغورس).
  const list = personParagraph(['ذكر', 'ارسطوطاليس', 'فيثاغورس'], 0, [[1, 2], [2, 3]]);
  assert.equal(linkEntities([list, personParagraph(['وقال', 'فيثاغورس'], 100, [[1, 2]])], lex).length, 2);
});
