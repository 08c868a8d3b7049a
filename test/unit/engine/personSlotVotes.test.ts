import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, find, openDocument, textsOf } from './helpers';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { inPersonSlot, SLOT_CONFIDENCE } from '../../../server/src/engine/personSlotVotes';
import { tokenize } from '../../../server/src/engine/tokenize';

// An invented runner, فيرانزا: a foreign shape the tagger reads as a place where nothing around it says otherwise.
const DOUBT = 'وتساءل معلقون عن جاهزية فيرانزا ، وقال أحدهم إن الموسم طويل .';
const SAID = 'وقالت فيرانزا في المؤتمر الصحفي إنها سعيدة .';

test('a person slot is right after a verb of saying of either gender, right after a definite title, or right before الذي/التي', () => {
  const at = (text: string, k: number, titles: number[] = []) => inPersonSlot(tokenize(text), (j) => titles.includes(j), k, k + 1);
  assert.equal(at('وقالت فيرانزا إنها سعيدة', 1), true);
  assert.equal(at('وقال فيرانزو إنه سعيد', 1), true);
  assert.equal(at('وصلت العداءة فيرانزا امس', 2, [1]), true);
  assert.equal(at('ان فيرانزا التي فازت امس', 1), true);
  // After a preposition or a noun, before a verb: no slot the name alone does not give.
  assert.equal(at('وسافر الوفد الى فيرانزا امس', 3), false);
  assert.equal(at('عن جاهزية فيرانزا للسباق', 2), false);
});

test("the article's place reading of a name follows the person the tagger reads after a verb of saying", () => {
  // Alone, the doubtful line reads the name as a place; with the quoted runner, both mentions are hers.
  assert.deepEqual(textsOf(analyze(DOUBT), 'PERSON'), []);
  const both = analyze(`${DOUBT}\n${SAID}`);
  assert.deepEqual(textsOf(both, 'PERSON'), ['فيرانزا', 'فيرانزا']);
  assert.deepEqual(textsOf(both, 'LOCATION'), []);
});

test('an open document that gains the line of saying votes as annotate does, and loses it as annotate does', () => {
  const model = loadDefaultModel();
  const doc = openDocument(new Analyzer(model), 'file:///slot.ar.txt', DOUBT);
  const entities = (a: ReturnType<Analyzer['analyze']>) => a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.start}`);
  doc.edit(doc.text.length, doc.text.length, `\n${SAID}`);
  const gained = doc.analyze();
  assert.deepEqual(entities(gained), entities(new Analyzer(model).analyze(doc.text)));
  assert.deepEqual(textsOf(gained, 'PERSON'), ['فيرانزا', 'فيرانزا']);
  doc.edit(DOUBT.length, doc.text.length, '');
  const lost = doc.analyze();
  assert.deepEqual(entities(lost), entities(new Analyzer(model).analyze(doc.text)));
  assert.deepEqual(textsOf(lost, 'PERSON'), []);
});

test('a capital the lists hold only as a place, misread as a person after وقالت, does not carry its other mentions', () => {
  for (const city of ['هافانا', 'مانيلا']) {
    const a = analyze(`وقالت ${city} إن العقوبات تضر بالمرضى .\nووصل وفد برلماني إلى ${city} أمس .`);
    assert.deepEqual(textsOf(a, 'PERSON'), [], city);
    assert.deepEqual(textsOf(a, 'LOCATION'), [city, city], city);
  }
});

test('a club or company the lists hold as a body, read as a person after a verb of saying, shows no raised confidence', () => {
  // The slot says a person only where a person may speak; a club and a company speak so too (وقال توتنهام، وقالت هوندا).
  for (const [line, name] of [['وقال توتنهام في بيان على موقعه إن المدافع سيغيب شهرا .', 'توتنهام'],
    ['وقالت هوندا في بيان إن مصنعها الجديد سيفتح العام المقبل .', 'هوندا']]) {
    const mention = find(analyze(line), name);
    assert.ok(mention !== undefined && mention.kind === 'entity', name);
    assert.ok((mention.confidence ?? 1) < SLOT_CONFIDENCE, `${name} ${mention.confidence}`);
  }
  // A person the tagger reads in the same slot keeps the raised confidence.
  const person = find(analyze(SAID), 'فيرانزا');
  assert.ok(person !== undefined && (person.confidence ?? 0) >= SLOT_CONFIDENCE);
});
