import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addNewsOrganizations, addRecentPeople } from '../../../server/src/engine/newsLists';
import { analyze } from './helpers';

test('the recent-people list adds full names as PER and their last word as a surname, beside what the model lists hold', () => {
  const phrases = new Map([['سعيد', 'FIRST|NAME'], ['غزة', 'LOC']]);
  const folded = new Map<string, string>();
  addRecentPeople(phrases, folded, '# a comment line\nعبد المجيد تبّون\n  قيس سعيد \nمفرد\n');
  assert.equal(phrases.get('عبد المجيد تبون'), 'PER');
  assert.equal(phrases.get('تبون'), 'PLAST');
  assert.equal(phrases.get('سعيد'), 'FIRST|NAME|PLAST');
  assert.equal(phrases.get('قيس سعيد'), 'PER');
  assert.equal(phrases.get('مفرد'), undefined, 'one word is no full name');
  assert.equal(phrases.get('غزة'), 'LOC');
  assert.ok([...folded.values()].every((v) => v === 'PER' || v === 'PLAST'));
  assert.ok(folded.size >= 4);
});

test('a head of state missing from the shipped people list is found whole, and by surname later in the article', () => {
  const found = analyze('رشح الرئيس عبد المجيد تبون نفسه لولاية ثانية. وقال تبون إن الانتخابات ستجري في موعدها.').annotations
    .filter((a) => a.kind === 'entity' && a.label === 'PERSON').map((a) => a.text);
  assert.deepEqual(found, ['عبد المجيد تبون', 'تبون']);
});

test('the organisations list adds names in Arabic script as ORG, beside what the model lists hold', () => {
  const phrases = new Map([['وانا', 'FIRST']]);
  addNewsOrganizations(phrases, '# companies\nميديتل\nوانا\nبلوم بنك\nQualcomm\n');
  assert.equal(phrases.get('ميديتل'), 'ORG');
  assert.equal(phrases.get('وانا'), 'FIRST|ORG');
  assert.equal(phrases.get('بلوم بنك'), 'ORG');
  assert.equal(phrases.get('qualcomm'), undefined);
  assert.equal(phrases.get('Qualcomm'), undefined);
});

test('a last word the training text has seen is no surname of its own, though the full name is listed', () => {
  const phrases = new Map<string, string>();
  const counts = new Map([['العون', 1], ['كامل', 82]]);
  addRecentPeople(phrases, new Map(), 'ميشال عون\nصالح كامل\nسلفا كير ميارديت\n', (w) => counts.get(w) ?? 0);
  assert.equal(phrases.get('ميشال عون'), 'PER');
  assert.equal(phrases.get('عون'), undefined, 'العون (help) would read as the surname');
  assert.equal(phrases.get('كامل'), undefined);
  assert.equal(phrases.get('ميارديت'), 'PLAST');
});
