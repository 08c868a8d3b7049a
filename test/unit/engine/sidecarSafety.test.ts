// Hand-edited, foreign-version and outside-changed sidecars: refused or kept, never guessed, never dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Decision, makeDecision } from '../../../server/src/engine/decisions';
import { mergeDecisions } from '../../../server/src/engine/mergeDecisions';
import { reanchor } from '../../../server/src/engine/reanchor';
import { parseSidecar, serializeSidecar, SidecarError, SIDECAR_SCHEMA } from '../../../server/src/engine/sidecarSchema';

const A = 'أعلنت وزارة الخارجية في عمّان أن الوزير أيمن الصفدي سيزور دمشق الأسبوع المقبل.';
const B = 'وفي سياق متصل، قال مسؤول أردني إن الصفدي التقى أمس سفراء الاتحاد الأوروبي.';
const C = 'ونقلت وكالة الأنباء الرسمية عن مصدر دبلوماسي أن اللقاء تناول ملف اللاجئين.';
const at = (text: string, word: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
  return { start: i, end: i + word.length, kind: 'entity' as const, label: 'PERSON' as const };
};
const file = (decisions: unknown[], schema = SIDECAR_SCHEMA, more = {}) => JSON.stringify({ schema, document: { path: 'x.txt' }, ...more, decisions }, null, 2);

test('a pre-release, unversioned or newer sidecar is refused, not read as version 1', () => {
  for (const schema of ['arabic-news-annotator/sidecar@2.0-beta', 'arabic-news-annotator/sidecar', 'arabic-news-annotator/sidecar@', 'arabic-news-annotator/sidecar@1.5', 'arabic-news-annotator/sidecar@2']) {
    assert.throws(() => parseSidecar(file([], schema)), SidecarError, schema);
  }
  assert.equal(parseSidecar(file([])).decisions.length, 0);
});

test('fields this version does not know survive a rewrite: top level, document and decision', () => {
  const d = { ...makeDecision(A, at(A, 'أيمن الصفدي'), 'manual', 'a1'), note: 'check spelling', reviewer: { name: 'ليلى' } };
  const raw = file([d], SIDECAR_SCHEMA, { project: 'election-2026', document: { path: 'x.txt', sha256: 'abc', source: 'wire' } });
  const again = JSON.parse(serializeSidecar(parseSidecar(raw)));
  assert.equal(again.project, 'election-2026');
  assert.deepEqual(again.document, { path: 'x.txt', sha256: 'abc', source: 'wire' });
  assert.equal(again.decisions[0].note, 'check spelling');
  assert.deepEqual(again.decisions[0].reviewer, { name: 'ليلى' });
});

test('hand-edited decisions are validated: empty text, text not matching the span, unknown label — each named with its line', () => {
  const good = makeDecision(A, at(A, 'أيمن الصفدي'), 'accepted', 'ok1');
  const bad = [
    { ...good, id: 'empty', text: '' },
    { ...good, id: 'short', text: 'أيمن' },
    { ...good, id: 'pers', label: 'PERS' },
    { ...good, id: 'status', status: 'maybe' },
  ];
  const raw = file([good, ...bad]);
  assert.throws(() => parseSidecar(raw), (e: unknown) => {
    const m = (e as Error).message;
    return e instanceof SidecarError && e.line === raw.split('\n').findIndex((l) => l.includes('"empty"')) + 1 &&
      /4 invalid decisions/.test(m) && /empty "text"/.test(m) && /short/.test(m) && /unknown label "PERS"/.test(m) && /bad status/.test(m);
  });
});

test('a deleted paragraph orphans its decisions instead of moving them onto the same name elsewhere', () => {
  const text = [A, B, C].join('\n');
  const second = makeDecision(text, at(text, 'الصفدي', 1), 'accepted', 'a2');
  const first = makeDecision(text, at(text, 'أيمن الصفدي'), 'accepted', 'a1');
  const { kept, orphaned } = reanchor([first, second], [C, A].join('\n'));
  assert.deepEqual(kept.map((d) => d.id), ['a1'], 'the surviving mention moved with its paragraph');
  assert.deepEqual(orphaned.map((d) => [d.id, d.status, d.was, d.text, d.prefix]), [['a2', 'orphaned', 'accepted', 'الصفدي', second.prefix]]);
});

test('a span whose whole context occurs twice is ambiguous and stays orphaned; it comes back when unique again', () => {
  const text = `${A}\n${B}`;
  const d = makeDecision(text, at(text, 'دمشق'), 'rejected', 'a1');
  const copied = `${C}\n${A}\n${A}`;
  const { kept, orphaned } = reanchor([d], copied);
  assert.equal(kept.length, 0);
  assert.equal(orphaned[0].status, 'orphaned');
  const back = reanchor(orphaned, `${C}\n${A}`);
  assert.equal(back.kept.length, 1);
  assert.equal(back.kept[0].status, 'rejected', 'its former status is restored');
  assert.equal(back.kept[0].was, undefined);
});

test('a text occurring thousands of times does not stall re-anchoring', () => {
  const text = 'قال ' + 'الصفدي و'.repeat(50_000);
  const d = makeDecision(`${A}`, at(A, 'الصفدي'), 'accepted', 'a1');
  const { orphaned } = reanchor([{ ...d, start: 10 ** 7, end: 10 ** 7 + d.text.length }], text);
  assert.equal(orphaned.length, 1);
});

test('merge by id: each side keeps what the other did not touch; a span both changed keeps ours and is reported', () => {
  const text = [A, B, C].join('\n');
  const mk = (word: string, id: string, status: 'accepted' | 'rejected' | 'manual' = 'accepted', nth = 0) => makeDecision(text, at(text, word, nth), status, id);
  const base = [mk('أيمن الصفدي', 'x1'), mk('دمشق', 'x2'), mk('عمّان', 'x3')];
  const mine = [mk('أيمن الصفدي', 'x1', 'rejected'), mk('دمشق', 'x2'), mk('عمّان', 'x3'), mk('الاتحاد الأوروبي', 'm1', 'manual')];
  const theirs: Decision[] = [mk('أيمن الصفدي', 'x1', 'manual'), mk('عمّان', 'x3'), mk('الصفدي', 't1', 'accepted', 1)];
  const { decisions, conflicts } = mergeDecisions(base, mine, theirs, text);
  const got = Object.fromEntries(decisions.map((d) => [d.id, d.status]));
  assert.deepEqual(got, { x1: 'rejected', x3: 'accepted', m1: 'manual', t1: 'accepted' }, 'x2 removed there, t1 added there, x1 ours');
  assert.deepEqual(conflicts.map((c) => [c.text, c.mine, c.theirs]), [['أيمن الصفدي', 'rejected PERSON', 'manual PERSON']]);
  const clash = mergeDecisions(base, [...base, mk('الاتحاد الأوروبي', 'm1', 'manual')], [...base, mk('الاتحاد الأوروبي', 't9', 'rejected')], text);
  assert.deepEqual(clash.decisions.map((d) => d.id).sort(), ['m1', 'x1', 'x2', 'x3']);
  assert.equal(clash.conflicts.length, 1);
});

test('the same decision on the same span from two writers (two ids) is no conflict: one kept, nothing told', () => {
  const text = [A, B, C].join('\n');
  const mk = (word: string, id: string, status: 'accepted' | 'rejected' | 'manual' = 'accepted') => makeDecision(text, at(text, word), status, id);
  const base = [mk('دمشق', 'x2')];
  const { decisions, conflicts } = mergeDecisions(base, [...base, mk('الاتحاد الأوروبي', 'm1', 'manual')], [...base, mk('الاتحاد الأوروبي', 't9', 'manual')], text);
  assert.deepEqual(conflicts, []);
  assert.deepEqual(decisions.map((d) => d.id).sort(), ['m1', 'x2']);
});
