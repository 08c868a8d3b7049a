import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerSubjects } from '../../../server/src/engine/speakerSubjects';
import { plural } from '../../../server/src/engine/saidNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines } from './helpers';

/** speakerSubjects on a sentence with nothing tagged; `names` are the words whose own reading leans to a person, `places` the listed places. */
function run(text: string, names: string[], places: string[] = []): string[] {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => t.norm);
  const verbs = new Set(['وقال', 'قالت', 'وقالوا', 'وانتقد', 'وتعتبر', 'وأكد'].map(normalizeArabic));
  return speakerSubjects(tokens, stems, stems.map(() => ''), stems.map(() => 0), (k) => verbs.has(stems[k]),
    (k, t) => (t === 0 ? 0 : names.includes(tokens[k].text) ? -100 : -230), (k) => places.includes(tokens[k].text), plural, () => false).map((t) => TAGS[t]);
}

test('an unlisted surname right after a reporting verb, with no إن after it, is the speaker', () => {
  assert.deepEqual(entityLines('واعتبر لافاليت في مقابلة أن القرار خاطئ .'), ['PERSON لافاليت']);
  assert.deepEqual(entityLines('وأكد تروتنيف خلال اللقاء أن الحكومة ستدعم المشروع .'), ['PERSON تروتنيف']);
  assert.deepEqual(run('وقال شو في خطاب', ['شو']), ['O', 'B-PERS', 'O', 'O']);
});

test('an unlisted name right after a past verb of acting is its subject, the definite word after it the object', () => {
  assert.deepEqual(entityLines('واستقبل تروتنيف الوفد في مكتبه أمس .'), ['PERSON تروتنيف']);
  assert.deepEqual(entityLines('وزار تروتنيف المصنع برفقة المحافظ .'), ['PERSON تروتنيف']);
  assert.deepEqual(run('ورفض شو الاقتراح', ['شو']), ['O', 'B-PERS', 'O']);
  // An acting verb that itself begins with و, without a conjunction before it (واصل، وصلت).
  assert.deepEqual(run('واصل شو جولته', ['شو']), ['O', 'B-PERS', 'O']);
  assert.deepEqual(run('وصلت شو إلى', ['شو']), ['O', 'B-PERS', 'O']);
  // An indefinite accusative after it is the object of a verb whose subject is in the verb.
  assert.deepEqual(run('وتلقى بلاغا من', ['بلاغا']), ['O', 'O', 'O']);
});

test('a common noun, a plural verb, a listed place or a noun governing the next word is no speaker', () => {
  assert.deepEqual(run('وقال مصدر في الشرطة', []), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقالوا شو في خطاب', ['شو']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقالت منسك في بيان', ['منسك'], ['منسك']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('قالت محللة الطاقة في', ['محللة']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وانتقد مستشارو حزب', ['مستشارو']), ['O', 'O', 'O']);
  assert.deepEqual(run('وتعتبر حافزا قويا', ['حافزا']), ['O', 'O', 'O']);
  assert.deepEqual(entityLines('وانتقد مستشارو حزب الأصالة غياب دراسة .').filter((x) => x.startsWith('PERSON')), []);
});

test('a common noun after a reporting verb, before a short quoted title, is no speaker: the title is its', () => {
  assert.deepEqual(entityLines('وقال موفد " السفير " إلى دمشق إن اللقاء كان إيجابيا .'), ['ORGANIZATION السفير', 'LOCATION دمشق']);
  // A word leaning to a name before a short quotation stays the speaker.
  const tokens = tokenize('وقال شو " لا "');
  const stems = tokens.map((t) => t.norm);
  const tags = stems.map((_, k) => (k === 1 ? TAGS.indexOf('B-PERS') : 0));
  const own = (k: number, t: number) => (t === 0 ? 0 : k === 1 ? -100 : -230);
  assert.deepEqual(speakerSubjects(tokens, stems, stems.map(() => ''), tags, (k) => k === 0, own, () => false, plural, () => false).map((t) => TAGS[t]),
    ['O', 'B-PERS', 'O', 'O', 'O']);
  const noun = (_k: number, t: number) => (t === 0 ? 0 : -230);
  assert.deepEqual(speakerSubjects(tokens, stems, stems.map(() => ''), tags, (k) => k === 0, noun, () => false, plural, () => false).map((t) => TAGS[t]),
    ['O', 'O', 'O', 'O', 'O']);
});
