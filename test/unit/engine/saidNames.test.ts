import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagSaidNames } from '../../../server/src/engine/saidNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { tokenize } from '../../../server/src/engine/tokenize';
import { entityLines } from './helpers';

/** tagSaidNames on a sentence with nothing tagged; `verbs` are the reporting verbs, `known` words the training text has seen often. */
function run(text: string, known: string[] = [], places: string[] = []): string[] {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => t.norm);
  const verbs = new Set(['وقال', 'قالت', 'واكد', 'وأكد'].map(normalizeArabic));
  return tagSaidNames(tokens, stems, stems.map(() => ''), stems.map(() => 0), (k) => verbs.has(stems[k]), (k) => (known.includes(tokens[k].text) ? 50 : 0),
    (k) => places.includes(tokens[k].text)).map((t) => TAGS[t]);
}

test('an unseen word between a reporting verb and إن or a colon is the speaker', () => {
  assert.deepEqual(run('وقال حميدتي إن المعركة'), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run('وقال تريباثي : مع'), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run('وقال جونسون إن'), ['O', 'B-PERS', 'O']);
  assert.deepEqual(entityLines('وقال العضايلة إن القوات المسلحة تنتشر في المحافظات .'), ['PERSON العضايلة']);
  assert.deepEqual(entityLines('وقال حميدتي إن المعركة لم تنته .'), ['PERSON حميدتي']);
});

test('a known word, a plural, a definite dual or a listed place there is no speaker', () => {
  assert.deepEqual(run('وقال المتحدث إن الجيش', ['المتحدث']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقال دبلوماسيون إن الولايات'), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقال متمردون إن الولايات'), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وأكد الرجلان أن الوضع'), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقالت منسك إن المحادثات', [], ['منسك']), ['O', 'O', 'O', 'O']);
});

test('a surname the people lists hold whole after a speech verb stays the name, with its first letter', () => {
  assert.deepEqual(entityLines('من جانبها قالت ليفني ان اسرائيل لديها الحق .'), ['PERSON ليفني', 'LOCATION اسرائيل']);
});

test('a people-listed surname the splitter read as a clitic and a word is the speaker; a clitic and a word is not', () => {
  const said = (text: string, cut: number, surname: boolean) => {
    const tokens = tokenize(text);
    const stems = tokens.map((t, k) => (k === cut ? t.norm.slice(1) : t.norm));
    const prefixes = tokens.map((t, k) => (k === cut ? t.norm[0] : ''));
    return tagSaidNames(tokens, stems, prefixes, stems.map(() => 0), (k) => stems[k] === normalizeArabic('قالت') || stems[k] === normalizeArabic('وقال'),
      () => 0, () => false, (k) => surname && k === cut).map((t) => TAGS[t]);
  };
  assert.deepEqual(said('قالت ليفني ان', 1, true), ['O', 'B-PERS', 'O']);
  assert.deepEqual(said('وقال لمراسلنا ان', 1, false), ['O', 'O', 'O']);
});

test('an unseen speaker whose name opens with ف after a reporting verb is read whole, not as ف + a word', () => {
  assert.deepEqual(entityLines('وأكد فالديرانو أن الفريق جاهز للمباراة .'), ['PERSON فالديرانو']);
  assert.deepEqual(entityLines('وقال فالنتيرو إن الفوز مهم .'), ['PERSON فالنتيرو']);
  // After no verb the letter stays a conjunction (a known word behind it).
  assert.deepEqual(entityLines('وقال إن الفوز مهم فالمباراة صعبة .'), []);
});

test('a given name that is also an adjective and a definite nisba after a reporting verb and إن are a person', () => {
  assert.deepEqual(entityLines('وقال إن سالم الحربي سيصل غدا .'), ['PERSON سالم الحربي']);
  assert.deepEqual(entityLines('وقال إن سعيد الحربي سيصل غدا .'), ['PERSON سعيد الحربي']);
  // No preposition opens it (من is a name part too), and an adjective alone stays one.
  assert.deepEqual(entityLines('وأضاف ان من الضروري ان يتم الانسحاب .'), []);
  assert.deepEqual(entityLines('وقال إن سعيد جدا بالفوز .'), []);
});

test('after وقال إن, a given name before an elative written with ى (عيد الأضحى) is no person: the elative is no family nisba', () => {
  assert.ok(!entityLines('وأضاف أن عيد الأضحى سيكون الأحد .').some((e) => e.startsWith('PERSON')));
  assert.ok(!entityLines('وقال إن نور الأقصى لن ينطفئ .').some((e) => e.startsWith('PERSON')));
});

test('a ل-phrase of whom it was said to between the unseen speaker and إن leaves the speaker read', () => {
  const said = (text: string) => {
    const tokens = tokenize(text);
    // The splitter cuts ل from a word it knows (للمراسلين → ل + المراسلين).
    const cut: Record<string, string> = { للمراسلين: 'المراسلين', لراديو: 'راديو', لبرانكو: 'برانكو' };
    const stems = tokens.map((t) => cut[t.norm] ?? t.norm);
    const prefixes = tokens.map((t) => (cut[t.norm] ? 'ل' : ''));
    return tagSaidNames(tokens, stems, prefixes, stems.map(() => 0), (k) => stems[k] === normalizeArabic('وقال'),
      (k) => (['المراسلين', 'راديو'].includes(stems[k]) ? 40 : 0), () => false).map((t) => TAGS[t]);
  };
  assert.deepEqual(said('وقال كوستوفا للمراسلين إن'), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(said('وقال كوستوفا لراديو محلي إن'), ['O', 'B-PERS', 'O', 'O', 'O']);
  // A phrase of three words is no address to someone; nor a ل-word the text does not know.
  assert.deepEqual(said('وقال كوستوفا لراديو محلي جديد إن'), ['O', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(said('وقال كوستوفا لبرانكو إن'), ['O', 'O', 'O', 'O']);
});

test('the word between a reporting verb and في with where it was said is the speaker, two letters long if never seen', () => {
  assert.deepEqual(run('وقال تيمرمان في بيان صدر أمس'), ['O', 'B-PERS', 'O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقال شو في خطاب أمام'), ['O', 'B-PERS', 'O', 'O', 'O']);
  assert.deepEqual(run('وأكد لو أن الاتفاق', ['لو']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(entityLines('وقال شو في خطاب أمام البرلمان إن بلاده مستعدة للحوار .'), ['PERSON شو']);
});

test('before في and a statement, a known word, a place and a definite body in ة speak for themselves; في elsewhere opens nothing', () => {
  assert.deepEqual(run('وقال مسؤول في بيان', ['مسؤول']), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('قالت النقابة في بيان'), ['O', 'O', 'O', 'O']);
  assert.deepEqual(run('وقال تيمرمان في المدينة'), ['O', 'O', 'O', 'O']);
});
