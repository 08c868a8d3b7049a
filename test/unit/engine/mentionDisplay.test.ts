// What a mention reads as in the hover and the outline: a definite name behind the preposition ل gets its article's alef back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol } from 'vscode-languageserver';
import { provideHover } from '../../../server/src/features/hover';
import { provideDocumentSymbols } from '../../../server/src/features/symbols';
import { mentionDisplayText } from '../../../server/src/engine/mentionDisplay';
import { analyze } from './helpers';

const TEXT = 'وقدمت كندا دعما للولايات المتحدة في حربها ، وزار الوفد للمملكة المغربية ثم عاد إلى لبنان .';

const hoverAt = (text: string, word: string) => {
  const doc = TextDocument.create('untitled:t.ar.txt', 'arabic-news', 1, text);
  const h = provideHover(doc, analyze(text), doc.positionAt(text.indexOf(word) + word.length - 1));
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value.split('\n')[0] : '';
};

test('a definite place behind ل shows with its article in the hover (الولايات المتحدة, not لولايات المتحدة)', () => {
  const a = analyze(TEXT);
  // The span still leaves the preposition out: the export's text is the covered text.
  assert.ok(a.annotations.some((x) => x.kind === 'entity' && x.text === 'لولايات المتحدة'));
  assert.match(hoverAt(TEXT, 'المتحدة'), /· الولايات المتحدة {2}$/);
  assert.match(hoverAt(TEXT, 'المغربية'), /· المملكة المغربية {2}$/);
});

test('the outline names a place behind لل with its article; an indefinite name behind ل is left as written (لبنان)', () => {
  const doc = TextDocument.create('untitled:t.ar.txt', 'arabic-news', 1, TEXT);
  const places = provideDocumentSymbols(doc, analyze(TEXT)).find((s) => s.name === 'Locations')?.children ?? [];
  const names = places.map((s: DocumentSymbol) => s.name);
  assert.ok(names.includes('الولايات المتحدة'), names.join('، '));
  assert.ok(!names.includes('لولايات المتحدة'));
  // للبنان is ل + لبنان: its ل is the name's own letter.
  assert.equal(mentionDisplayText('دعما للبنان', 6, 11, 'لبنان'), 'لبنان');
  // A ل inside a word is no preposition (a name cut there stays as cut), and a manual span has no normalised form.
  assert.equal(mentionDisplayText('جاء كللولايات', 6, 13, 'الولايات'), 'لولايات');
  assert.equal(mentionDisplayText('دعما للولايات', 6, 13, undefined), 'لولايات');
  // After a conjunction and with a vowel mark on the preposition: وَلِلولايات.
  assert.equal(mentionDisplayText('وَلِلولايات', 4, 11, 'الولايات'), 'الولايات');
});

test('a name opening with ل behind لل gets the article whole (للجنة: ل + اللجنة, not ل + الجنة), in its key and in the hover', () => {
  const text = 'وعين الوزير منسقا للجنة الوزارية للإصلاح .';
  const body = analyze(text).annotations.find((x) => x.kind === 'entity' && x.text.startsWith('لجنة'));
  assert.equal(body?.attributes.normalized, 'اللجنه الوزاريه الاصلاح');
  assert.match(hoverAt(text, 'الوزارية'), /· اللجنة الوزارية للإصلاح {2}$/);
});

test('a name opening with ل behind the preposition keeps its key and shows as written (للبنان: لبنان, not البنان)', () => {
  const text = 'قدمت فرنسا دعما للبنان ثم عاد الوفد لليبيا .';
  const places = analyze(text).annotations.filter((x) => x.kind === 'entity' && x.label === 'LOCATION');
  assert.deepEqual(places.map((x) => x.attributes.normalized), ['فرنسا', 'لبنان', 'ليبيا']);
  assert.match(hoverAt(text, 'للبنان'), /· لبنان {2}$/);
  assert.match(hoverAt(text, 'لليبيا'), /· ليبيا {2}$/);
});

test('a later word of a name keeps its first letter in the key where it is no clitic (شركة فورد: فورد, not ورد)', () => {
  const keys = (text: string) => analyze(text).annotations.filter((x) => x.kind === 'entity').map((x) => x.attributes.normalized);
  // ف inside a name is no conjunction.
  assert.deepEqual(keys('وأعلنت شركة فورد الأمريكية عن خسائر كبيرة .'), ['شركه فورد']);
  // ل before a verbal noun is the preposition: the key drops it as before.
  assert.deepEqual(keys('وقالت الجبهة الشعبية لتحرير فلسطين في بيان .'), ['الجبهه الشعبيه تحرير فلسطين']);
});
