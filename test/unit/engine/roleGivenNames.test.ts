import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleGivenNames } from '../../../server/src/engine/roleGivenNames';
import { normalizeArabic } from '../../../server/src/engine/normalize';
import { TAGS } from '../../../server/src/engine/tagger';
import { labelTexts } from './helpers';

const B_PERS = TAGS.indexOf('B-PERS');

/** roleGivenNames on words written out; `tags` by position (default O), `seen` training counts, `lists` marks (default none). */
function run(words: string[], { tags = {}, seen = {}, lists = {}, lean = {} }: { tags?: Record<number, string>; seen?: Record<string, number>;
  lists?: Record<number, string[]>; lean?: Record<number, number> } = {}): string[] {
  const own = (k: number, t: number) => (t === B_PERS ? (lean[k] ?? -1000) : 0);
  const reads = { stems: words.map((w) => normalizeArabic(w)), marks: words.map((_, k) => lists[k] ?? []), text: (k: number) => words[k],
    norm: (k: number) => normalizeArabic(words[k]), wordFreq: (w: string) => seen[w] ?? 0, nameWord: () => false, verb: () => false, own };
  return roleGivenNames(reads, words.map((_, k) => TAGS.indexOf(tags[k] ?? 'O'))).map((t) => TAGS[t]);
}

test('a lone given name after a definite word for a private person is that person (المعلمة [هبة]، المواطنة [نادين])', () => {
  assert.deepEqual(labelTexts('وتحدثت المعلمة هبة ( 29 عاما ) عن الحادث .', 'PERSON'), ['هبة']);
  assert.deepEqual(labelTexts('وقالت المواطنة نادين ، التي تنتظر ، إن الوضع صعب .', 'PERSON'), ['نادين']);
  assert.deepEqual(labelTexts('نقل الطفل يامن إلى المستشفى .', 'PERSON'), ['يامن']);
});

test('the grandmother is no Jeddah: a definite person noun read as a one-word place is none (الجدة)', () => {
  assert.deepEqual(labelTexts('وصلت الجدة أمس إلى المنزل .', 'LOCATION'), []);
  assert.deepEqual(labelTexts('قالت الجدة سعدية إنها نجت من الانهيار .', 'PERSON'), ['سعدية']);
  // The town itself, without the article, stays a place.
  assert.deepEqual(labelTexts('وزار الوزير جدة أمس .', 'LOCATION'), ['جدة']);
});

test('a given name opens the name the tagger read without it (الطالب [يزن عبد الكريم])', () => {
  assert.deepEqual(run(['الطالب', 'يزن', 'عبد', 'الكريم', '('], { tags: { 2: 'B-PERS', 3: 'I-PERS' }, lists: { 1: ['FIRST-S'] }, seen: { يزن: 3 } }),
    ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
});

test('no name after a person noun: a state word, a predicate, a common word before the sentence goes on, a place', () => {
  // Accusatives of state (the probes of session 47) and a common given name that is an adjective before a preposition.
  assert.deepEqual(labelTexts('وعاد الطالب منهكا مكتئبا إلى منزله .', 'PERSON'), []);
  assert.deepEqual(labelTexts('وقال المواطن سعيد بالقرار إنه راض .', 'PERSON'), []);
  // The noun is كان's or a staying verb's subject: what follows is what the person is.
  assert.deepEqual(labelTexts('وكانت الأم سعيدة بعودة ابنها .', 'PERSON'), []);
  assert.deepEqual(labelTexts('وبقيت الطفلة وحيدة في البيت .', 'PERSON'), []);
  assert.deepEqual(run(['وكان', 'السائق', 'ماهر', 'في'], { lists: { 2: ['FIRST-S'] }, seen: { ماهر: 10 } }), ['O', 'O', 'O', 'O']);
  // A given name the lists hold only as a place too, and one no list holds that reads as no name.
  assert.deepEqual(run(['الطفل', 'سيناء', '.'], { lists: { 1: ['FIRST-S', 'LOC-S'] } }), ['O', 'O', 'O']);
  assert.deepEqual(run(['الطفل', 'رضيع', '.'], { seen: { رضيع: 5 } }), ['O', 'O', 'O']);
  assert.deepEqual(run(['الطفل', 'رضيع', 'في'], { lean: { 1: -200 } }), ['O', 'O', 'O']);
  // The folded list alone is no given name.
  assert.deepEqual(run(['الطفل', 'يبكي', 'كثيرا'], { lists: { 1: ['fNAME-S'] }, seen: { يبكي: 30 } }), ['O', 'O', 'O']);
});

test('the family name after the given name is taken, a feminine word of state is not (الطفلة [هبة موعد] .، ريم مبكرة)', () => {
  assert.deepEqual(run(['الطفلة', 'هبة', 'موعد', '.'], { lists: { 1: ['FIRST-S'] }, seen: { هبه: 10, موعد: 20 } }), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['الطالبة', 'اسماء', 'الحكيمي', 'من'], { lists: { 1: ['FIRST-S'] } }), ['O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(run(['وصلت', 'الطفلة', 'ريم', 'مبكرة', '.'], { lists: { 2: ['FIRST-S'] }, seen: { ريم: 6, مبكره: 10 } }),
    ['O', 'O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(labelTexts('وصلت الطفلة ريم مبكرة .', 'PERSON'), ['ريم']);
});

test('a word no list holds and the text never met is the name when it closes its phrase or reads as a name (المواطنة [نادين] ،)', () => {
  assert.deepEqual(run(['وقالت', 'المواطنة', 'نادين', '،', 'التي']), ['O', 'O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['نقل', 'الطفل', 'كارين', 'إلى'], { lean: { 2: -100 } }), ['O', 'O', 'B-PERS', 'O']);
});

test('a noun opening the sentence or a clause after a mark is the subject: the word after it is its predicate (الطفل [مسرور] ،)', () => {
  assert.deepEqual(labelTexts('الطفل مسرور ، وفق والدته .', 'PERSON'), []);
  assert.deepEqual(run(['المعلم', 'مسرور', '.'], { lists: { 1: ['NAME-S'] } }), ['O', 'O', 'O']);
  assert.deepEqual(run(['وأضافت', ':', 'الطفل', 'معصوم', '،'], { lists: { 3: ['NAME-S'] } }), ['O', 'O', 'O', 'O', 'O']);
  // A relative pronoun after it still shows the name there; after a comma the noun goes on with the sentence's list.
  assert.deepEqual(run(['الممرضة', 'نادين', 'التي', 'تعمل'], { lists: { 1: ['FIRST-S'] }, seen: { التي: 9000 } }), ['O', 'B-PERS', 'O', 'O']);
  assert.deepEqual(run(['الوزير', '،', 'المعلمة', 'نادين', '،'], { lists: { 3: ['FIRST-S'] } }), ['O', 'O', 'O', 'B-PERS', 'O']);
});
