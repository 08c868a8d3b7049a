import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelTexts } from './helpers';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { tokenize } from '../../../server/src/engine/tokenize';
import { scoredWords } from '../../../server/src/engine/wordScores';
import { lamReadStem, lamStemOf } from '../../../server/src/engine/splitRereads';

const places = (text: string) => labelTexts(text, 'LOCATION');

test('a listed place behind an attached ب, which the tagger reads apart as a place, is the place (raw news attaches the clitic)', () => {
  assert.deepEqual(places('وأدى آلاف الحجاج صلاة الجمعة بمكة وسط إجراءات أمنية مشددة .'), ['مكة']);
  assert.deepEqual(places('وعقد الاجتماع بالرياض بحضور وزراء الخارجية العرب .'), ['الرياض']);
  assert.deepEqual(places('واستقبل الملك محمد السادس بالدار البيضاء وفدا من رجال الأعمال .'), ['الدار البيضاء']);
});

test('a common noun behind ب stays a word: unlisted, a listed place word described or in construct, or a noun with its adjective', () => {
  assert.deepEqual(places('وسوي المبنى بالأرض بعد القصف .'), []);
  assert.deepEqual(places('وتبدأ اللعبة بمشهد سيارة تقل البطل إلى المدينة .'), []);
  assert.deepEqual(labelTexts('وتمتاز المباني بجمال النقوش والتصميم .', 'PERSON'), []);
  assert.deepEqual(places('وينقسم المسجد إلى ثلاثة أقسام والمسقوف بالقرميد الأحمر .'), []);
});

test('a name of several words the article names elsewhere is found behind a clitic too', () => {
  assert.deepEqual(places('وقال المبعوث إن السلام في الشرق الأوسط ممكن . وأضاف أن جولته بالشرق الأوسط تهدف إلى تثبيت الهدنة .'), ['الشرق الأوسط', 'الشرق الأوسط']);
});

test('a body behind an attached ل, read apart, keeps its head (the article of للقوات is not written after the preposition)', () => {
  const bodies = labelTexts('وشاركت قطع تابعة للقوات البحرية الروسية في المناورات .', 'ORGANIZATION');
  assert.equal(bodies.length, 1);
  assert.ok(bodies[0].endsWith('قوات البحرية الروسية'), bodies[0]);
});

test('a listed place word behind ب described by a participle or by what it holds is the common noun', () => {
  assert.deepEqual(places('وانتهى الحفل بمشهد مؤثر للأمهات .'), []);
  assert.ok(!places('وهي غابة استوائية تختلط بمشهد ذي معالم بركانية .').includes('مشهد'));
  // An adverb in ا or a time noun after the place describes the verb: the place stays.
  assert.deepEqual(places('وعقد الاجتماع بجدة مؤخرا .'), ['جدة']);
  assert.deepEqual(places('ووصل الحجاج بمكة منتصف الليل .'), ['مكة']);
});

test('a given name after a place behind ب is no participle describing it', () => {
  assert.deepEqual(places('وتوفي بجدة محمد عبده عن عمر ناهز ثمانين عاما .'), ['جدة']);
});

test('a word only Wikidata\'s name parts hold, behind ب, is the manner noun; a listed given name behind ل is the person', () => {
  assert.deepEqual(labelTexts('وتحدث الوزير بفخر عن إنجازات الحكومة .', 'PERSON'), []);
  assert.ok(labelTexts('فقال علي للحسن : أقم عليه الحد .', 'PERSON').some((x) => x.endsWith('حسن')));
});

test('after قام the word behind ب is the verbal noun of what was done, no name', () => {
  assert.deepEqual(labelTexts('وقام بتنظيم الري والصرف الزراعي .', 'ORGANIZATION'), []);
});

test('the ل reading kept on a scored word is lamReadStem\'s, for the word as split and for a stem or prefix given otherwise', () => {
  const model = loadDefaultModel();
  const sentence = tokenize('وقال للندن ولليفربول للقوات للمدينة لليبيا ذهب للبيت .');
  const words = scoredWords(sentence, model);
  const stems = words.map((w) => w.stem);
  const prefixes = words.map((w) => w.prefix);
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < sentence.length; k++) {
      assert.equal(lamStemOf(sentence, words, stems, prefixes, k, model), lamReadStem(sentence[k].norm, prefixes[k], stems[k], model), sentence[k].text);
    }
  }
  // Some word read apart to its bare name, and its answer kept.
  assert.ok(words.some((w, k) => w.lamStem !== undefined && w.lamStem !== stems[k]));
  // A stem given otherwise (a mended one) is read afresh, not from the kept answer.
  const k = sentence.findIndex((t) => t.text === 'للندن');
  const other = stems.slice();
  other[k] = 'الندن';
  assert.equal(lamStemOf(sentence, words, other, prefixes, k, model), lamReadStem(sentence[k].norm, prefixes[k], other[k], model));
  other[k] = 'بيت';
  assert.equal(lamStemOf(sentence, words, other, prefixes, k, model), 'بيت');
  const noPrefix = prefixes.slice();
  noPrefix[k] = '';
  assert.equal(lamStemOf(sentence, words, stems, noPrefix, k, model), stems[k]);
});
