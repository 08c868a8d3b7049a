import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addNewsPlaces } from '../../../server/src/engine/newsPlaces';
import { labelTexts } from './helpers';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('the news places list adds its names as LOC, beside what the model lists hold', () => {
  const phrases = new Map([['هيت', 'NAME'], ['الوكره', 'CLUB'], ['الاناضول', 'ORG'], ['غزه', 'LOC']]);
  addNewsPlaces(phrases, () => 0, '# a comment line\nتلعفر\nجرف الصخر\n  هيت \nالوكرة\nالأناضول\nغزة\nروستوف على الدون\nفي الصخر\n');
  assert.equal(phrases.get('تلعفر'), 'LOC');
  assert.equal(phrases.get('جرف الصخر'), 'LOC');
  assert.equal(phrases.get('هيت'), 'LOC|NAME', 'a name part that is also a town is both');
  assert.equal(phrases.get('الوكره'), 'CLUB', 'a club named after its town keeps its club reading');
  assert.equal(phrases.get('الاناضول'), 'ORG', 'so does a body');
  assert.equal(phrases.get('غزه'), 'LOC');
  assert.equal(phrases.get('روستوف علي الدون'), 'LOC', 'a particle inside a name is kept');
  assert.equal(phrases.get('في الصخر'), undefined, 'a phrase that begins with a particle is no name');
});

test('a one-word place the training text knows as a frequent word stays a word', () => {
  const phrases = new Map<string, string>();
  const counts = new Map([['حديثه', 75], ['القايم', 21], ['العماره', 22], ['معان', 2]]);
  addNewsPlaces(phrases, (w) => counts.get(w) ?? 0, 'حديثة\nالقائم\nالعمارة\nمعان\n');
  assert.equal(phrases.get('حديثه'), undefined, 'حديثة: modern');
  assert.equal(phrases.get('القايم'), undefined, 'القائم: existing');
  assert.equal(phrases.get('العماره'), undefined, 'العمارة: the building');
  assert.equal(phrases.get('معان'), 'LOC');
  // A definite place whose bare word is frequent is the adjective or word with the article (الرماح الطوال: the long spears).
  assert.ok(!places('وقال ان الرماح الطوال كانت سلاح الفرسان .').includes('الطوال'));
});

test('towns of the news missing from the shipped place list are places, a two-word one whole', () => {
  assert.deepEqual(places('هاجم مسلحون مواقع للجيش في تلعفر فجر اليوم'), ['تلعفر']);
  assert.deepEqual(places('قتل ثلاثة اشخاص في قصف على جرف الصخر امس'), ['جرف الصخر']);
  assert.deepEqual(places('شن الجيش غارات على خان شيخون وسراقب'), ['خان شيخون', 'سراقب']);
  assert.deepEqual(places('سقطت قذائف على بيت حانون وخان يونس'), ['بيت حانون', 'خان يونس']);
});

test('a list of two towns after a visit is two places (زار الوزير الفاشر ونيالا)', { todo: 'the word-class model (session 22) tags neither town in this unpunctuated line; the coordinated-places rule needs a first place the tagger found' }, () => {
  assert.deepEqual(places('زار الوزير الفاشر ونيالا'), ['الفاشر', 'نيالا']);
});

test('a word of the list left out on purpose stays a word, and a small town that is also a common word is a place only as one', () => {
  assert.deepEqual(places('قدم المحامي حجة قوية امام المحكمة'), []);
  assert.deepEqual(places('اندلعت اشتباكات في المفرق امس'), ['المفرق']);
  assert.deepEqual(places('وقعت الحادثة عند المفرق المؤدي الى الطريق السريع'), []);
  assert.deepEqual(places('قال ان للقرار معان كثيرة في السياق السياسي'), []);
});
