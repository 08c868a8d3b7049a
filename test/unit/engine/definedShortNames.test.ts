// A body's short name defined in brackets after it is that body wherever the article repeats it, in both linking paths.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { EntityMention } from '../../../server/src/engine/entities';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { keptLabel } from '../../../server/src/engine/repeatSlots';
import { EntityLabel } from '../../../server/src/engine/tagger';
import { openDocument } from './helpers';
import { replayRandomEdits } from './linkEditReplay';

const model = loadDefaultModel();
const DEFINED = 'أعلنت بعثة الاتحاد الأفريقي في السودان ( أميس ) مقتل جنديين في هجوم قرب الفاشر .';
const LATER = 'وقال المتحدث إن أميس فقدت 11 جنديا منذ بداية العام .\nويبحث المجلس نقل مهمة أميس إلى قوة مختلطة .\nوزار جنود من أميس قرية محروقة قرب طويلة .';

const entities = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text} ${(x.attributes as { entityId?: string }).entityId}`);
const labelsOf = (a: Analysis, name: string) => a.annotations.filter((x) => x.kind === 'entity' && x.text === name).map((x) => x.label);

test('the bare repeats of a short name defined in brackets after a body are that body, though the tagger reads them as a place', () => {
  const found = new Analyzer(model).analyze(`${DEFINED}\n${LATER}`);
  assert.deepEqual(labelsOf(found, 'أميس'), ['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  // One entity: the definition and its repeats.
  assert.equal(new Set(entities(found).filter((e) => e.includes(' أميس ')).map((e) => e.split(' ').pop())).size, 1);
  // Without the definition the repeats are the tagger's places (the rule reads the definition, not the word).
  assert.ok(!labelsOf(new Analyzer(model).analyze(LATER), 'أميس').includes('ORGANIZATION'));
});

test('an open document links the repeats as the body when the definition is typed and as places when it is deleted, as a fresh analysis does', () => {
  const doc = openDocument(new Analyzer(model), 'file:///defined.ar.txt', LATER);
  const same = () => assert.deepEqual(entities(doc.analyze()), entities(new Analyzer(model).analyze(doc.text)), doc.text);
  same();
  doc.edit(0, 0, `${DEFINED}\n`);
  same();
  assert.deepEqual(labelsOf(doc.analyze(), 'أميس'), ['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  // A line typed above moves the definition's paragraph (its kept tagging shifted, not tagged again): still the body.
  doc.edit(0, 0, 'عاجل\n');
  same();
  assert.deepEqual(labelsOf(doc.analyze(), 'أميس'), ['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  doc.edit(0, 'عاجل\n'.length + DEFINED.length + 1, '');
  same();
  assert.ok(!labelsOf(doc.analyze(), 'أميس').includes('ORGANIZATION'));
});

test('a place keeps its own label against a body majority, but not against a key the article defines as a body', () => {
  assert.equal(keptLabel('LOCATION', false, 'ORGANIZATION'), 'LOCATION');
  assert.equal(keptLabel('LOCATION', false, 'ORGANIZATION', true), 'ORGANIZATION');
});

// The kept link index agrees with a fresh count on defined keys through random edits (labels, `defined`, changes reported).
const KEYS = ['اميس', 'سنيد', 'كفايه', 'الفاشر'];
const LABELS: EntityLabel[] = ['LOCATION', 'LOCATION', 'ORGANIZATION', 'PERSON'];
function mention(r: () => number): EntityMention {
  const key = KEYS[Math.floor(r() * KEYS.length)];
  const m: EntityMention = { label: LABELS[Math.floor(r() * LABELS.length)], start: 0, end: key.length, key, confidence: 0.5 + r() / 2, firstToken: 0, lastToken: 1 };
  if (m.label === 'ORGANIZATION' && r() < 0.3) m.defines = true;
  return m;
}

test('after random edits the kept link index reads defined short names as a fresh count does, and reports each that changed', () => {
  replayRandomEdits(mention, 8, ({ index, before, fresh, changed, where }) => {
    for (const k of KEYS) {
      if (!fresh.canonical.has(k)) continue;
      assert.equal(index.labelOf(k), fresh.labelOf(k), `label of ${k}, ${where}`);
      assert.equal(index.defined(k), fresh.defined(k), `defined ${k}, ${where}`);
      if (fresh.defined(k)) assert.equal(fresh.labelOf(k), 'ORGANIZATION');
      const was = before.canonical.has(k);
      if (!was || before.defined(k) !== fresh.defined(k) || before.labelOf(k) !== fresh.labelOf(k)) assert.ok(changed.has(k), `${k} unreported, ${where}`);
    }
  });
});
