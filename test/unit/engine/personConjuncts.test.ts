import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { dropConjoinedNouns, personConjuncts } from '../../../server/src/engine/personConjuncts';
import { tokenize } from '../../../server/src/engine/tokenize';
import { labelTexts, tagNames, tagNumbers } from './helpers';

/** personConjuncts on `text` with the tagger's `tags`; `lists`: the words' lists, every word unseen in the training text. */
function run(text: string, tags: string[], lists: Record<string, string>, counts: Record<string, number> = {}): string[] {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => t.norm);
  const listed = new Map(Object.entries(lists).map(([w, l]) => [normalizeArabic(w), l]));
  const counted = new Map(Object.entries(counts).map(([w, c]) => [normalizeArabic(w), c]));
  return tagNames(personConjuncts(tokens, stems, stems.map(() => ''), tagNumbers(...tags), (w) => counted.get(w) ?? 0, (w) => listed.get(w), () => false));
}

test('a listed name joined by و to a person the tagger found is a person too', () => {
  assert.deepEqual(labelTexts('وحضر الحفل محمد ملكاوي وغيث الطراونة وسامر', 'PERSON'), ['محمد ملكاوي', 'وغيث الطراونة', 'سامر']);
  // Written apart, and before the person.
  assert.deepEqual(run('ريد و موساوي', ['O', 'O', 'B-PERS'], { ريد: 'NAME' }), ['B-PERS', 'O', 'B-PERS']);
  assert.deepEqual(run('المعتز وهيفاء', ['B-PERS', 'O'], { هيفاء: 'FIRST|NAME' }), ['B-PERS', 'B-PERS']);
});

test('a family name the tagger read alone after the conjoined given name joins it', () => {
  assert.deepEqual(run('فيصل ملكاوي وغيث الطراونة', ['B-PERS', 'I-PERS', 'O', 'B-PERS'], { غيث: 'NAME' }), ['B-PERS', 'I-PERS', 'B-PERS', 'I-PERS']);
});

test('a noun in construct, a word with its pronoun apart, a place or a kunya after a verb is no conjoined person', () => {
  assert.deepEqual(run('رومانوف وشعار الامبراطورية', ['B-PERS', 'O', 'O'], { شعار: 'NAME' }), ['B-PERS', 'O', 'O']);
  assert.deepEqual(run('روماريو و سحر ه', ['B-PERS', 'O', 'O', 'O'], { سحر: 'FIRST|NAME' }), ['B-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('غاييتا وراغوزا', ['B-PERS', 'O'], { راغوزا: 'LOC|NAME' }), ['B-PERS', 'O']);
  assert.deepEqual(run('اصيبعة وكني ابا العباس', ['B-PERS', 'O', 'B-PERS', 'I-PERS'], { كني: 'NAME' }), ['B-PERS', 'O', 'B-PERS', 'I-PERS']);
  // Before a given name the word governs it (the acquittal of Alaa).
  assert.deepEqual(run('العادلي وبراءة علاء', ['B-PERS', 'O', 'O'], { براءة: 'FIRST', علاء: 'FIRST|NAME' }), ['B-PERS', 'O', 'O']);
  // A و that belongs to the word (وسام, a medal) is not taken off.
  assert.deepEqual(run('احمد وسام رفيع', ['B-PERS', 'O', 'O'], { سام: 'NAME', وسام: 'NAME' }), ['B-PERS', 'O', 'O']);
});

test('a word before a noun with its pronoun is no conjoined person (محمد علي [وخان] أسرته)', () => {
  assert.ok(!labelTexts('وكان من أعوان محمد علي وخان أسرته بعد ذلك .', 'PERSON').includes('خان'));
  assert.ok(!labelTexts('وكان من أعوان محمد علي و خان أسرة ه بعد ذلك .', 'PERSON').includes('خان'));
});

test('a series of places, a feminine noun\'s adjectives or a verb after the person is no conjoined person', () => {
  // A place across و on the other side: the series names places (غاييتا is the tagger's misreading).
  assert.deepEqual(run('مع غاييتا و تراني و راغوزا', ['O', 'B-PERS', 'O', 'O', 'O', 'B-LOC'], { تراني: 'NAME' }), ['O', 'B-PERS', 'O', 'O', 'O', 'B-LOC']);
  assert.deepEqual(run('بابل و سومر و اشور', ['B-PERS', 'O', 'O', 'O', 'B-LOC'], { سومر: 'NAME' }), ['B-PERS', 'O', 'O', 'O', 'B-LOC']);
  // Two words in ة after a feminine noun are its adjectives (in a safe and stable way).
  assert.deepEqual(run('بطريقة آمنة وثابتة .', ['O', 'B-PERS', 'O', 'O'], { ثابتة: 'FIRST' }, { بطريقة: 36 }), ['O', 'B-PERS', 'O', 'O']);
  // A feminine past whose present the text knows, no given name: Earhart formed friendships.
  assert.deepEqual(run('ايرهارت و كونت علاقات صداقة', ['B-PERS', 'O', 'O', 'O', 'O'], { كونت: 'NAME|PLAST' }, { يكون: 400, تكون: 300 }),
    ['B-PERS', 'O', 'O', 'O', 'O']);
  // A person on the other side, or a given name so spelled, still is one.
  assert.deepEqual(run('مع غاييتا و تراني و راغوزا', ['O', 'B-PERS', 'O', 'O', 'O', 'B-PERS'], { تراني: 'NAME' }), ['O', 'B-PERS', 'O', 'B-PERS', 'O', 'B-PERS']);
  assert.deepEqual(run('حسن و رفعت', ['B-PERS', 'O', 'O'], { رفعت: 'FIRST|NAME' }, { يرفع: 40 }), ['B-PERS', 'O', 'B-PERS']);
});

test('و on a definite noun the text knows, or on a people, is no one-word person; a listed family name so written is', () => {
  const drop = (text: string, tags: string[], lists: Record<string, string>, counts: Record<string, number> = {}) => {
    const tokens = tokenize(text);
    return tagNames(dropConjoinedNouns(tokens, tokens.map((t) => t.norm), tagNumbers(...tags), (w) => counts[w] ?? 0, (w) => lists[w]));
  };
  assert.deepEqual(drop('وسكاكين اليد والسهام والرماح', ['O', 'O', 'B-PERS', 'O'], {}, { السهام: 10 }), ['O', 'O', 'O', 'O']);
  assert.deepEqual(drop('اوتس والتركي اورهان باموك', ['B-PERS', 'B-PERS', 'B-PERS', 'I-PERS'], { التركي: 'NAT' }), ['B-PERS', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(drop('عباس والمالكي امس', ['B-PERS', 'B-PERS', 'O'], { المالكي: 'LAST|PLAST' }, { المالكي: 40 }), ['B-PERS', 'B-PERS', 'O']);
  assert.deepEqual(drop('عباس والشهرستاني امس', ['B-PERS', 'B-PERS', 'O'], {}), ['B-PERS', 'B-PERS', 'O']);
});
