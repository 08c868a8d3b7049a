import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { addNewsOrganizations, addRecentPeople, NEWS_LISTS_FILE, prepareNewsLists, shippedNewsLists } from '../../../server/src/engine/newsLists';
import { analyze, entityLines } from './helpers';

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
  // A network spelled in letters ends in a word that is also the particle إن: the list keeps it whole.
  assert.ok(entityLines('ونقلت شبكة سي إن إن عن مسؤول قوله إن الهجوم فشل.').includes('ORGANIZATION شبكة سي إن إن'));
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

/** dist/ of the checkout (npm test builds it before the unit tests). */
const DIST = path.join(__dirname, '..', '..', '..', 'dist');

test('the news lists the build prepared beside the bundle add the same names, marks and surnames as the lists\' text', () => {
  assert.ok(fs.existsSync(path.join(DIST, NEWS_LISTS_FILE)), 'npm run build writes dist/news-lists.json');
  const built = shippedNewsLists(DIST);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(DIST, NEWS_LISTS_FILE), 'utf8')), prepareNewsLists(), 'the file holds these lists, prepared');
  assert.deepEqual(built, prepareNewsLists());
  const counts = new Map([['كامل', 82], ['العون', 1]]);
  const fromText = [new Map([['سعيد', 'FIRST|NAME']]), new Map<string, string>()];
  const fromBuild = [new Map([['سعيد', 'FIRST|NAME']]), new Map<string, string>()];
  addRecentPeople(fromText[0], fromText[1], undefined, (w) => counts.get(w) ?? 0);
  addNewsOrganizations(fromText[0]);
  addRecentPeople(fromBuild[0], fromBuild[1], built, (w) => counts.get(w) ?? 0);
  addNewsOrganizations(fromBuild[0], built);
  assert.deepEqual([...fromBuild[0]], [...fromText[0]]);
  assert.deepEqual([...fromBuild[1]], [...fromText[1]]);
  assert.equal(fromBuild[0].get('عبد المجيد تبون'), 'PER');
  assert.ok(fromBuild[0].size > 3000 && fromBuild[1].size > 2000);
});

test('a prepared lists file made from other lists (an older build) is not used: the lists are prepared from their text', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lists-'));
  try {
    fs.writeFileSync(path.join(dir, NEWS_LISTS_FILE), JSON.stringify({ source: 'an older list', people: [['اسم قديم', 'اسم قدم', 'قديم', 'قدم']], organizations: [] }));
    assert.deepEqual(shippedNewsLists(dir), prepareNewsLists());
    fs.writeFileSync(path.join(dir, NEWS_LISTS_FILE), '{"source": "cut sho');
    assert.deepEqual(shippedNewsLists(dir), prepareNewsLists());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
