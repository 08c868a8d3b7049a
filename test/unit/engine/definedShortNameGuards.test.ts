// Which bracket definitions make a key a body for the whole article, and that a defined key stays its own body (probe58a).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { EntityMention } from '../../../server/src/engine/entities';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { openDocument } from './helpers';
import { replayRandomEdits } from './linkEditReplay';

const model = loadDefaultModel();
const labelsOf = (a: Analysis, name: string) => a.annotations.filter((x) => x.kind === 'entity' && x.text === name).map((x) => x.label);
const entities = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text} ${(x.attributes as { entityId?: string }).entityId}`);

test('a country in brackets after a mission is no short name: its later mentions stay the place', () => {
  const a = new Analyzer(model).analyze('مددت بعثة الأمم المتحدة المتكاملة لتحقيق الاستقرار ( مالي ) عملها عاما آخر .\nوتنتشر قوات البعثة في شمال مالي منذ سنوات .\nوقالت حكومة مالي إنها تريد انسحابا سريعا .');
  assert.deepEqual(labelsOf(a, 'مالي').slice(1), ['LOCATION', 'LOCATION']);
});

test("a party's leader named in full in brackets is no short name: the article's later mentions stay the person", () => {
  const a = new Analyzer(model).analyze('عقد حزب الأمة القومي ( الصادق المهدي ) مؤتمره العام في أم درمان .\nوقال الصادق المهدي إن الحزب يرفض الانقلاب .');
  assert.deepEqual(labelsOf(a, 'الصادق المهدي'), ['PERSON', 'PERSON']);
});

const DEFINED = 'رفعت الشركة التونسية للكهرباء والغاز ( ستاغ ) أسعار الكهرباء بنسبة سبعة في المئة .';
const LATER = 'وبررت ستاغ الزيادة بارتفاع كلفة الغاز المستورد .\nويشكو المواطنون من فواتير ستاغ منذ الصيف .';

test('a defined short name is no alias of a person read with a verb before it, in a fresh analysis and an open document', () => {
  const found = new Analyzer(model).analyze(`${DEFINED}\n${LATER}`);
  // The definition and the bare repeat are the body (the verb read into a person before the name is the tagger's own).
  assert.deepEqual(labelsOf(found, 'ستاغ'), ['ORGANIZATION', 'ORGANIZATION']);
  const doc = openDocument(new Analyzer(model), 'file:///guards.ar.txt', LATER);
  const same = () => assert.deepEqual(entities(doc.analyze()), entities(new Analyzer(model).analyze(doc.text)), doc.text);
  same();
  doc.edit(0, 0, `${DEFINED}\n`);
  same();
  doc.edit(0, DEFINED.length + 1, '');
  same();
});

// The kept link index's canonical keys agree with a fresh linkMaps when defined keys are also a person's last word.
const KEYS = ['سنيد', 'قال سنيد', 'كفايه', 'زار كفايه'];
test('after random edits the kept link index links a defined short name to no alias, as a fresh count does', () => {
  const mention = (r: () => number): EntityMention => {
    const key = KEYS[Math.floor(r() * KEYS.length)];
    const label = key.includes(' ') ? 'PERSON' : r() < 0.5 ? 'ORGANIZATION' : 'LOCATION';
    const m: EntityMention = { label, start: 0, end: key.length, key, confidence: 0.5 + r() / 2, firstToken: 0, lastToken: 1 };
    if (label === 'ORGANIZATION' && r() < 0.4) m.defines = true;
    return m;
  };
  let aliased = 0, kept = 0;
  replayRandomEdits(mention, 6, ({ index, before, fresh, changed, where }) => {
    for (const k of KEYS) {
      if (!fresh.canonical.has(k)) continue;
      const c = fresh.canonical.get(k);
      assert.equal(index.canonical.get(k), c, `canonical of ${k}, ${where}`);
      if (fresh.defined(k)) { assert.equal(c, k); kept++; } else if (c !== k) aliased++;
      if (before.canonical.has(k) && before.canonical.get(k) !== c) assert.ok(changed.has(k), `${k} unreported, ${where}`);
    }
  });
  // Both kinds occur: an undefined short name is the person's alias, a defined one is not.
  assert.ok(aliased > 0 && kept > 0, `${aliased} ${kept}`);
});
