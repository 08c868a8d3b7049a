// A body named by its indefinite head and one word no text writes with the article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityLines as entities } from './helpers';

const orgs = (text: string) => entities(text).filter((l) => l.startsWith('ORGANIZATION'));

test('an indefinite head and one rare bare word are one body: a cooperative, a publisher', () => {
  assert.deepEqual(orgs('وتعمل ثلاثون امرأة في تعاونية زاغوريت منذ سنوات .'), ['ORGANIZATION تعاونية زاغوريت']);
  assert.deepEqual(orgs('وصدرت الرواية عن دار كلاموس في الربيع الماضي .'), ['ORGANIZATION دار كلاموس']);
});

test('a head before a common word, a possessed noun or a plural with its genitive is no body', () => {
  for (const text of ['ودار حوار طويل بين الوفدين .', 'وزار الوفد دار مبعث ه في المدينة .', 'وتعمل النساء في تعاونية فلاحات القرية .',
    'وقرر حزب كبير الانسحاب .']) {
    assert.deepEqual(orgs(text), [], text);
  }
});

test('دار opening a clause is the verb of a debate, no publishing house', () => {
  for (const text of ['واجتمع النواب في القاعة حيث دار سجال حاد حول الموازنة .', 'ودار تلاسن بين الوزيرين بعد الجلسة .']) {
    assert.deepEqual(orgs(text), [], text);
  }
});

test('a publishing house opening a headline is still one body', () => {
  assert.deepEqual(orgs('دار كلمنتا تصدر رواية جديدة للكاتب .'), ['ORGANIZATION دار كلمنتا']);
});
