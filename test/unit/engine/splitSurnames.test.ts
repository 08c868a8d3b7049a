import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParagraphTags } from '../../../server/src/engine/entities';
import { linkEntities } from '../../../server/src/engine/linking';
import type { Linked } from '../../../server/src/engine/paragraphLinks';
import { tokenize } from '../../../server/src/engine/tokenize';
import { VersionEntities } from '../../../server/src/engine/versionEntities';
import { personParagraph } from './linkParagraphs';

// Issue 10, item 6: a first full mention the tagger split before its surname, where the article names the surname alone.

const lex = { freq: () => 0 };
const persons = (ps: ParagraphTags[]) => linkEntities(ps, lex).filter((e) => e.label === 'PERSON')
  .flatMap((e) => e.mentions.map((m) => m.key)).sort();

test('two given names read apart from a surname the article names alone again are one name', () => {
  const first = personParagraph(['وقال', 'الوزير', 'فيصل', 'ظفر', 'مرزا', 'إن', 'الوضع', 'مستقر'], 0, [[2, 4], [4, 5]]);
  const later = personParagraph(['وأضاف', 'مرزا', 'أن', 'الحكومة', 'مستعدة'], 100, [[1, 2]]);
  assert.deepEqual(persons([first, later]), ['فيصل ظفر مرزا', 'مرزا']);
});

test('not where the given names are named again elsewhere: two people side by side', () => {
  const first = personParagraph(['وبحث', 'جوزيف', 'عون', 'مرزا', 'الوضع'], 0, [[1, 3], [3, 4]]);
  const later = personParagraph(['وقال', 'جوزيف', 'عون', 'والوزير', 'كلاما'], 100, [[1, 3]]);
  const third = personParagraph(['وأضاف', 'مرزا', 'أن', 'الحكومة', 'مستعدة'], 200, [[1, 2]]);
  assert.deepEqual(persons([first, later, third]), ['جوزيف عون', 'جوزيف عون', 'مرزا', 'مرزا']);
});

test('not a one-word first part (a title or company word the tagger took in), nor a surname named only there', () => {
  const one = personParagraph(['رئيس', 'مايكروسوفت', 'براد', 'سميث', 'قال'], 0, [[2, 3], [3, 4]]);
  const again = personParagraph(['وأضاف', 'سميث', 'أن'], 100, [[1, 2]]);
  assert.deepEqual(persons([one, again]), ['براد', 'سميث', 'سميث']);
  const once = personParagraph(['وقال', 'الوزير', 'فيصل', 'ظفر', 'مرزا', 'إن'], 0, [[2, 4], [4, 5]]);
  assert.deepEqual(persons([once]), ['فيصل ظفر', 'مرزا']);
});

/**
 * An open document's mentions as text (VersionEntities.build): two paragraphs, each with person spans over its token ranges.
 */
function openDocumentMentions(texts: [string, string], spans: [Array<[number, number]>, Array<[number, number]>], freq: (w: string) => number): string[] {
  const paras = [{ base: 0, text: texts[0] }, { base: texts[0].length + 1, text: texts[1] }];
  const linked: Linked[] = paras.map((p, i) => {
    const tokens = tokenize(p.text, p.base);
    const entries = spans[i].map(([a, b]) => ({ propagated: false, m: { label: 'PERSON' as const, start: tokens[a].start, end: tokens[b - 1].end,
      key: tokens.slice(a, b).map((t) => t.norm).join(' '), confidence: 0.9, firstToken: a, lastToken: b } }));
    return { frame: p.base, entries, labels: entries.map(() => 'PERSON' as const), keys: entries.map((x) => x.m.key), queried: new Int32Array(0), ties: false };
  });
  const { entities } = new VersionEntities().build(paras, linked, freq);
  const text = texts.join('\n');
  return entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end))).sort();
}

test('an open document joins the split name as a fresh analysis does (VersionEntities.build)', () => {
  const mentions = openDocumentMentions(['وقال الوزير فيصل ظفر مرزا إن الوضع مستقر', 'وأضاف مرزا أن الحكومة مستعدة'], [[[2, 4], [4, 5]], [[1, 2]]], () => 0);
  assert.deepEqual(mentions, ['فيصل ظفر مرزا', 'مرزا']);
});

// Second reader (session 55c): after a verb that takes a person as its object the two names are two people.
// Every verb known to the training text, as a blanket past-verb test would read them.
const verbs = { freq: (w: string) => (['يعين', 'تعين', 'يستقبل', 'يعلن', 'تعلن', 'يصل', 'تصل'].includes(w) ? 5 : 0) };

test('not after a verb that takes a person as its object: its doer and its object side by side', () => {
  const first = personParagraph(['عين', 'دونالد', 'ترامب', 'روبيو', 'وزيرا'], 0, [[1, 3], [3, 4]]);
  const later = personParagraph(['وقال', 'روبيو', 'إنه', 'فخور'], 100, [[1, 2]]);
  const keys = linkEntities([first, later], verbs).filter((e) => e.label === 'PERSON').flatMap((e) => e.mentions.map((m) => m.key)).sort();
  assert.deepEqual(keys, ['دونالد ترامب', 'روبيو', 'روبيو']);
});

test('after a verb of saying or of coming (one person, its doer) the join stands', () => {
  for (const verb of ['واعلن', 'وصل']) {
    const first = personParagraph([verb, 'لويس', 'فرناندو', 'أوتيرو', 'إلى'], 0, [[1, 3], [3, 4]]);
    const later = personParagraph(['وقال', 'أوتيرو', 'إنه', 'سيفوز'], 100, [[1, 2]]);
    const keys = linkEntities([first, later], verbs).filter((e) => e.label === 'PERSON').flatMap((e) => e.mentions.map((m) => m.key)).sort();
    assert.deepEqual(keys, ['أوتيرو', 'لويس فرناندو أوتيرو'], verb);
  }
});

test('an open document keeps the split after such a verb, as a fresh analysis does (VersionEntities.build)', () => {
  const mentions = openDocumentMentions(['استقبل عبد الفتاح السيسي بلينكن في القاهرة', 'وقال بلينكن إن مصر شريك'], [[[1, 4], [4, 5]], [[1, 2]]], verbs.freq);
  assert.deepEqual(mentions, ['بلينكن', 'بلينكن', 'عبد الفتاح السيسي'].sort());
});

test('a one-word first part after a rank is the given name: it joins the surname (الأدميرال [براد] [كوبر])', () => {
  // Tokens' norms as the tokenizer writes them (normalised: الادميرال).
  const first = personParagraph(['بمشاركة', 'قائد', 'الاسطول', 'الادميرال', 'براد', 'كوبر', '.'], 0, [[4, 5], [5, 6]]);
  const later = personParagraph(['وقال', 'كوبر', 'إن', 'الملاحة', 'آمنة'], 100, [[1, 2]]);
  assert.deepEqual(persons([first, later]), ['براد كوبر', 'كوبر']);
  // After any other word the one-word first part stays apart (رئيس مايكروسوفت [براد] [سميث]).
  const plain = personParagraph(['بمشاركة', 'قائد', 'الاسطول', 'الامريكي', 'براد', 'كوبر', '.'], 0, [[4, 5], [5, 6]]);
  assert.deepEqual(persons([plain, later]), ['براد', 'كوبر', 'كوبر']);
});
