// A transliterated name ending in a company's, paper's or channel's own word is an organisation, not a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from './helpers';
import { relabelBodyTails } from '../../../server/src/engine/companyTails';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';

const spans = (...t: string[]) => t.map((x) => TAGS.indexOf(x));
const norms = (words: string) => words.split(' ').map((w) => normalizeArabic(w));
const entities = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);

test('a foreign name ending in a body\'s own last word is an organisation, in the tagger\'s words and in an article', () => {
  assert.deepEqual(relabelBodyTails(norms('قالت دايلي ميرور إن'), spans('O', 'B-PERS', 'I-PERS', 'O')), spans('O', 'B-ORG', 'I-ORG', 'O'));
  const found = entities('وذكرت ستار تريبيون أن الشرطة فتحت تحقيقا في الحادث .');
  assert.ok(found.includes('ORGANIZATION ستار تريبيون'), found.join(' | '));
});

test('the tail word alone is no organisation', () => {
  assert.deepEqual(relabelBodyTails(norms('قال نيوز إن'), spans('O', 'B-PERS', 'O')), spans('O', 'B-PERS', 'O'));
});

test('a body\'s tail word left outside the name, or read as a name of its own, ends the company\'s name', () => {
  assert.deepEqual(relabelBodyTails(norms('مثل داتونغ اوتوموبيل اندستريال ،'), spans('O', 'B-LOC', 'B-LOC', 'I-LOC', 'O')),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
  assert.deepEqual(relabelBodyTails(norms('طريق شركة جلف فيلم المسؤولة'), spans('O', 'B-ORG', 'I-ORG', 'O', 'O')),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
  // A film after a person is a film, not the end of a company's name.
  assert.deepEqual(relabelBodyTails(norms('وقدم محمد فيلم الافتتاح'), spans('O', 'B-PERS', 'O', 'O')), spans('O', 'B-PERS', 'O', 'O'));
});

test('a film or the media word followed by what it names is the company\'s work, not the end of its name', () => {
  // A film's title, kind or description after the word: the company made the film (second reader's probes, session 24).
  assert.deepEqual(relabelBodyTails(norms('وعرضت شركة ديزني فيلم الأسد الملك'), spans('O', 'B-ORG', 'I-ORG', 'O', 'B-MISC', 'I-MISC')),
    spans('O', 'B-ORG', 'I-ORG', 'O', 'B-MISC', 'I-MISC'));
  assert.deepEqual(relabelBodyTails(norms('انتجت شركة نيبون انيميشن فيلم انمي تابع'), spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O')),
    spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'));
  assert.deepEqual(relabelBodyTails(norms('وأنتجت شركة الإنتاج فيلم الرعب الجديد'), spans('O', 'B-ORG', 'I-ORG', 'O', 'O', 'O')),
    spans('O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'));
  // The body's own adjective, or the end of the sentence, after it: the name's end.
  assert.deepEqual(relabelBodyTails(norms('عبر شركة جلف فيلم .'), spans('O', 'B-ORG', 'I-ORG', 'O', 'O')), spans('O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'));
});
