import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rareGivenOpeners } from '../../../server/src/engine/rareGivenOpeners';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { entityLines } from './helpers';

/** rareGivenOpeners on words written out; `seen` the training counts of words, `nat` the nationality positions. */
function run(words: string[], input: string[], seen: Record<string, number> = {}, nat: number[] = [], marks: string[][] = words.map(() => [])): string[] {
  return rareGivenOpeners(words.map((w) => normalizeArabic(w)), marks, input.map((t) => TAGS.indexOf(t)), (k) => words[k], (w) => seen[w] ?? 0,
    (k) => nat.includes(k), () => false).map((t) => TAGS[t]);
}

test('an unseen given name after a title or a nationality opens the name the tagger began after it', () => {
  assert.deepEqual(entityLines('أقال الرئيس النيجيري بولا أحمد تينوبو قائد الجيش .').filter((l) => l.startsWith('PERSON')), ['PERSON بولا أحمد تينوبو']);
  assert.deepEqual(entityLines('أعلن رئيس وزراء تايلاند سريتا تافيسين إقالة وزير .').filter((l) => l.startsWith('PERSON')), ['PERSON سريتا تافيسين']);
  assert.deepEqual(run(['وقالت', 'الممثلة', 'نزهة', 'بيدوان'], ['O', 'O', 'O', 'B-PERS'], { 'نزهه': 2 }), ['O', 'O', 'B-PERS', 'I-PERS']);
  // علي after a masculine nationality is the name, not the preposition على.
  assert.deepEqual(run(['للبحريني', 'علي', 'بلال', 'منصور'], ['O', 'O', 'B-PERS', 'I-PERS'], { 'علي': 7000 }, [0]), ['O', 'B-PERS', 'I-PERS', 'I-PERS']);
});

test('a word of the sentence between a title and a name stays outside it', () => {
  // A word the training text knows, a feminine nationality before على, a noun with its pronoun, a dual of a known noun.
  assert.deepEqual(run(['الرئيس', 'أمس', 'محمد'], ['O', 'O', 'B-PERS'], { 'امس': 900 }), ['O', 'O', 'B-PERS']);
  assert.deepEqual(run(['الإسرائيلية', 'على', 'أينشتاين'], ['O', 'O', 'B-PERS'], { 'علي': 7000 }, [0]), ['O', 'O', 'B-PERS']);
  assert.deepEqual(run(['وزير', 'خارجيتها', 'سيرغي', 'لافروف'], ['O', 'O', 'B-PERS', 'I-PERS'], { 'خارجيه': 300 }), ['O', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['ووزير', 'داخليته', 'حبيب'], ['O', 'O', 'B-PERS'], { 'داخليه': 300 }), ['O', 'O', 'B-PERS']);
  assert.deepEqual(run(['السعودي', 'لقاءان', 'وديان'], ['O', 'O', 'B-PERS'], { 'لقاء': 300 }, [0]), ['O', 'O', 'B-PERS']);
  // Inside a body's name the title is the body's; أمام normalises as إمام.
  assert.deepEqual(run(['جامعة', 'القاضي', 'عياض', 'يوسف'], ['B-ORG', 'I-ORG', 'O', 'B-PERS']), ['B-ORG', 'I-ORG', 'O', 'B-PERS']);
  assert.deepEqual(run(['أمام', 'ريال', 'بيتيس'], ['O', 'O', 'B-PERS']), ['O', 'O', 'B-PERS']);
  // A place list's word is no given name.
  assert.deepEqual(run(['اليونانية', 'دورا', 'باكويانيس'], ['O', 'O', 'B-PERS'], {}, [0], [[], ['LOC-S'], []]), ['O', 'O', 'B-PERS']);
});

test('an adverb between a title and a name, or a name the full-name list holds whole, opens no name', () => {
  // Second reader's probes, session 24: the adverb of the verb before the title, then its object.
  assert.deepEqual(entityLines('واغتال الموساد الإسرائيلي غدرا يحيى عياش في غزة .').filter((l) => l.startsWith('PERSON')), ['PERSON يحيى عياش']);
  assert.deepEqual(entityLines('ووصف الرئيس الأمريكي ساخرا جو بايدن بالنعسان .').filter((l) => l.startsWith('PERSON')), ['PERSON جو بايدن']);
  // A known word with its tanween alif (ظهر + ا) before a name the lists do not hold.
  assert.deepEqual(run(['العاهل', 'الأردني', 'ظهرا', 'خالد'], ['O', 'O', 'O', 'B-PERS'], { 'ظهر': 40 }, [1]), ['O', 'O', 'O', 'B-PERS']);
});

test('a given name the lists hold, however often seen and even as a town, opens a one-word person after a title', () => {
  // جورج is a town too (George, South Africa) and frequent in news: the tagger read the surname alone.
  assert.deepEqual(run(['وقال', 'الرئيس', 'جورج', 'كالدويل', 'إن'], ['O', 'O', 'O', 'B-PERS', 'O'], { جورج: 67 }, [], [[], [], ['LOC-S', 'NAME-S', 'PLAST-S'], [], []]),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // A Wikidata name part that is a town too (صوفيا).
  assert.deepEqual(run(['وقالت', 'الوزيرة', 'صوفيا', 'كالدويل', 'إن'], ['O', 'O', 'O', 'B-PERS', 'O'], { صوفيا: 40 }, [], [[], [], ['LOC-S', 'NAME-S'], [], []]),
    ['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  // Only the Wikidata name parts (which hold verbs), or before a longer span, or a body's word: left out.
  assert.deepEqual(run(['وقال', 'الرئيس', 'جورج', 'كالدويل', 'إن'], ['O', 'O', 'O', 'B-PERS', 'O'], { جورج: 67 }, [], [[], [], ['NAME-S'], [], []]),
    ['O', 'O', 'O', 'B-PERS', 'O']);
  assert.deepEqual(run(['وقال', 'الرئيس', 'جورج', 'كالدويل', 'هيل'], ['O', 'O', 'O', 'B-PERS', 'I-PERS'], { جورج: 67 }, [], [[], [], ['PLAST-S'], [], []]),
    ['O', 'O', 'O', 'B-PERS', 'I-PERS']);
  assert.deepEqual(run(['وقال', 'الرئيس', 'جورج', 'كالدويل', 'إن'], ['O', 'O', 'O', 'B-PERS', 'O'], { جورج: 67 }, [], [[], [], ['ORG-S', 'PLAST-S'], [], []]),
    ['O', 'O', 'O', 'B-PERS', 'O']);
});
