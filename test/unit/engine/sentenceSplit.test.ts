import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences, tokenize } from '../../../server/src/engine/tokenize';
import { entityLines } from './helpers';

const sentences = (text: string) => splitSentences(tokenize(text, 0)).map((s) => s.map((t) => t.text).join(' '));

test('a period after an initial or between spelled letters ends no sentence; one after a year\'s era or a pronoun does', () => {
  assert.equal(sentences('وكتبت كاثلين ج . ماكينيس مقالا طويلا .').length, 1);
  assert.equal(sentences('وقال مسؤول في ا . ش . ا إن الوفد وصل .').length, 1);
  assert.equal(sentences('وحققت فيه سي . آي . إيه أشهرا .').length, 1);
  assert.equal(sentences('وتوفي عام 1990 م . وكان شاعرا .').length, 2);
  assert.equal(sentences('وتوفي عام 1990 م. إن الراحل كان شاعرا كبيرا .').length, 2);
  assert.equal(sentences('وازدهرت حوالي 250 ق . م . وانتشرت الزراعة .').length, 2);
  assert.equal(sentences('وواصل البدري كلام ه . وقال إن الفريق جاهز .').length, 2);
  // Short words at a real sentence's end and start are no spelled letters.
  assert.equal(sentences('وقال إنه سيعود كما قال . في غضون ذلك أعلن الجيش حظر التجول .').length, 2);
  assert.equal(sentences('وقدم العزاء له . من جهة أخرى قال الوزير إن الحكومة ستجتمع .').length, 2);
});

test('an agency or bureau spelled by its letters is one organisation, spaced or dotted, in a dateline or a bracket', () => {
  assert.ok(entityLines('انقرة - اف ب : ارغمت تركيا طائرتين على الهبوط .').includes('ORGANIZATION اف ب'));
  assert.ok(entityLines('غزة - ا . ش . ا : زعمت صحيفة إسرائيلية أن الجيش سينسحب .').includes('ORGANIZATION ا . ش . ا'));
  assert.ok(entityLines('باريس (أ.ف.ب) - قالت الشرطة إن المشتبه به اعتقل .').includes('ORGANIZATION أ.ف.ب'));
  assert.ok(entityLines('وكان مكتب التحقيقات الفيدرالي ( اف . بي . اي ) يحقق في القضية .').includes('ORGANIZATION اف . بي . اي'));
  // And-with, spelled apart in pre-tokenised text, is no agency (و م ع).
  assert.deepEqual(entityLines('و مع ذلك قال الوزير إن الاتفاق قائم .').filter((e) => e.startsWith('ORGANIZATION')), []);
});

test('a name with an initial and its period is one person; a title\'s letter stays outside', () => {
  const persons = (text: string) => entityLines(text).filter((e) => e.startsWith('PERSON'));
  assert.deepEqual(persons('وقال الرئيس الأمريكي جورج و. بوش إن الحرب ستستمر.'), ['PERSON جورج و. بوش']);
  assert.deepEqual(persons('وقال جون ف. كينيدي ذلك عام 1961.'), ['PERSON جون ف. كينيدي']);
  assert.deepEqual(persons('وقال د. محمد البرادعي إن الوضع خطير.'), ['PERSON محمد البرادعي']);
});

test('a letter labelling the noun before it (المجموعة ب) ends its sentence and joins no name after it', () => {
  assert.equal(sentences('وقع المنتخب في المجموعة ب. محمد صلاح هو أبرز لاعبيه .').length, 2);
  assert.equal(sentences('ويحتاج الجسم إلى فيتامين د. وقال الطبيب إن النقص شائع .').length, 2);
  assert.equal(sentences('وقع المنتخب في المجموعة ب. إن الفريق جاهز للبطولة .').length, 2);
  const persons = entityLines('وقع المنتخب المصري في المجموعة ب. محمد صلاح هو أبرز لاعبي الفريق.').filter((e) => e.startsWith('PERSON'));
  assert.deepEqual(persons, ['PERSON محمد صلاح']);
});
