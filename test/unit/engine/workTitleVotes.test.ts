import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, textsOf } from './helpers';
import { quotedAfterWorkHead } from '../../../server/src/engine/workTitleVotes';
import { tokenize } from '../../../server/src/engine/tokenize';

// Invented works whose titles read as persons' names: the head names them once, later mentions are bare quotes.
const FILM = 'وعرض المهرجان فيلم " حكاية سليم " للمخرج هاني خليفة .';
const SERIES = 'وتابع الجمهور مسلسل " نور الدين " على قناة دبي .';

test('a title is quoted right after a work head, indefinite, definite or plural, not after another noun', () => {
  const at = (text: string, k: number, e: number) => quotedAfterWorkHead(tokenize(text), tokenize(text).map((t) => t.norm), k, e);
  assert.equal(at('عرض فيلم " حكاية سليم " امس', 3, 5), true);
  assert.equal(at('تابعوا المسلسل " نور الدين " امس', 3, 5), true);
  assert.equal(at('قال بطل " حكاية سليم " امس', 3, 5), false);
  assert.equal(at('عرض فيلم حكاية سليم امس', 2, 4), false);
  // رواية is an account by what stands before it or by what it is of after its quote, as tagging reads it; a novel otherwise.
  assert.equal(at('وبحسب رواية " سامي العلي " امس', 3, 5), false);
  assert.equal(at('وفي رواية " سامي العلي " للأحداث', 3, 5), false);
  assert.equal(at('وفي رواية " سامي العلي " لنجيب محفوظ', 3, 5), true);
});

test("a work named in quotes after its head carries the article's bare mentions of its title the tagger reads as a person", () => {
  // Alone, the bare quoted title reads as a person.
  assert.deepEqual(textsOf(analyze('وقال بطل " حكاية سليم " إن التصوير استغرق عامين .'), 'PERSON'), ['حكاية سليم']);
  const film = analyze(`${FILM}\nوقال بطل " حكاية سليم " إن التصوير استغرق عامين .`);
  assert.deepEqual(textsOf(film, 'MISC'), ['حكاية سليم', 'حكاية سليم']);
  assert.deepEqual(textsOf(film, 'PERSON'), ['هاني خليفة']);
  const series = analyze(`${SERIES}\nوشارك الفنان سامي العلي في " نور الدين " هذا العام .`);
  assert.deepEqual(textsOf(series, 'MISC'), ['نور الدين', 'نور الدين']);
});

test('a person the article names in full stays a person; the work weighs once against his mentions', () => {
  // The man's fuller name is another entity; a given name alone in the article is his, not the film's.
  const a = analyze(`${FILM}\nوقال سليم إن التصوير استغرق عامين .`);
  assert.deepEqual(textsOf(a, 'MISC'), ['حكاية سليم']);
  assert.deepEqual(textsOf(a, 'PERSON'), ['هاني خليفة', 'سليم']);
  const named = analyze('قال الرئيس سليم الحص إن الحكومة مستقيلة .\nوقدمت فرقة المسرح مسرحية " سليم الحص " أمس .\nواستقبل سليم الحص الوفد .');
  assert.deepEqual(textsOf(named, 'PERSON'), ['سليم الحص', 'سليم الحص', 'سليم الحص']);
});

test('an account (بحسب رواية " … " للأحداث) is no work: the person it quotes stays a person at his other mentions', () => {
  const a = analyze('وبحسب رواية " أحمد السيد " للأحداث فإن الشرطة بدأت بإطلاق النار .\nوأضاف أحمد السيد أنه أصيب في قدمه .');
  assert.deepEqual(textsOf(a, 'MISC'), []);
  assert.deepEqual(textsOf(a, 'PERSON'), ['أحمد السيد', 'أحمد السيد']);
});

test('an account of events (في رواية " … " للأحداث) is no work, whatever stands before رواية: the person stays a person', () => {
  const a = analyze('وفي رواية " سامي العلي " للأحداث قال إن الحريق بدأ ليلا .\nوأضاف سامي العلي أنه نجا بأعجوبة .');
  assert.deepEqual(textsOf(a, 'MISC'), []);
  assert.deepEqual(textsOf(a, 'PERSON'), ['سامي العلي', 'سامي العلي']);
  // A novel's ل names its author: still a work.
  assert.deepEqual(textsOf(analyze('وفي رواية " الحرافيش " لنجيب محفوظ يروي الكاتب سيرة الحارة .'), 'MISC'), ['الحرافيش']);
});
