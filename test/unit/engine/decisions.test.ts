import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyDecisions, makeDecision, shiftDecisions } from '../../../server/src/engine/decisions';
import { reanchor } from '../../../server/src/engine/reanchor';
import { parseSidecar, serializeSidecar, SidecarError, SIDECAR_SCHEMA } from '../../../server/src/engine/sidecarSchema';
import { snapSelection } from '../../../server/src/engine/snap';
import { mapLexicon } from '../../../server/src/engine/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { analyze } from './helpers';

const TEXT = 'التقى الرئيس فلاديمير بوتين في موسكو مع الرئيس الصيني.';
const span = (t: string, label = 'PERSON' as const) => ({ start: TEXT.indexOf(t), end: TEXT.indexOf(t) + t.length, kind: 'entity' as const, label });

test('a sidecar round-trips, and a malformed one fails with its line number', () => {
  const d = makeDecision(TEXT, span('بوتين'), 'manual', 'a1');
  const raw = serializeSidecar({ schema: SIDECAR_SCHEMA, document: { path: 'x.txt' }, decisions: [d] });
  assert.deepEqual(parseSidecar(raw).decisions[0], d);
  const broken = raw.replace('"manual"', '"manual",,');
  assert.throws(() => parseSidecar(broken), (e: unknown) => e instanceof SidecarError && typeof e.line === 'number' && e.line > 1);
  assert.throws(() => parseSidecar(raw.replace('sidecar@1', 'sidecar@7')), /newer than this extension/);
});

test('edits before a span move it; edits inside shrink it; deleting it removes it', () => {
  const d = makeDecision(TEXT, span('بوتين'), 'manual', 'a1');
  const moved = shiftDecisions([d], 0, 0, 6).kept[0];
  assert.equal(moved.start, d.start + 6);
  const shrunk = shiftDecisions([d], d.start + 1, d.start + 2, 0).kept[0];
  assert.equal(shrunk.end, d.end - 1);
  const { kept, removed } = shiftDecisions([d], d.start - 1, d.end + 1, 0);
  assert.equal(kept.length, 0);
  assert.equal(removed.length, 1);
});

test('after an outside rewrite, spans are re-anchored by text and context, or kept as orphans', () => {
  const a = makeDecision(TEXT, span('بوتين'), 'manual', 'a1');
  const b = makeDecision(TEXT, span('موسكو', 'LOCATION' as never), 'accepted', 'a2');
  const rewritten = 'عاجل: ' + TEXT.replace('موسكو', 'بكين');
  const { kept, orphaned } = reanchor([a, b], rewritten);
  assert.equal(kept.length, 1);
  assert.equal(rewritten.slice(kept[0].start, kept[0].end), 'بوتين');
  assert.deepEqual(orphaned.map((d) => [d.id, d.status, d.was, d.text]), [['a2', 'orphaned', 'accepted', 'موسكو']]);
});

test('rejected suggestions disappear; manual spans replace overlapping suggestions', () => {
  const a = analyze(TEXT);
  const putin = a.annotations.find((x) => x.kind === 'entity' && x.text.includes('بوتين'))!;
  assert.ok(putin, 'the tagger suggests Putin');
  const rejected = applyDecisions(a.annotations, [makeDecision(TEXT, { start: putin.start, end: putin.end, kind: 'entity', label: putin.label }, 'rejected', 'a1')], TEXT);
  assert.ok(!rejected.some((x) => x.start === putin.start && x.kind === 'entity'));
  const manual = applyDecisions(a.annotations, [makeDecision(TEXT, { ...span('بوتين'), label: 'MISC' as never }, 'manual', 'a2')], TEXT);
  const here = manual.filter((x) => x.kind === 'entity' && x.start < span('بوتين').end && span('بوتين').start < x.end);
  assert.deepEqual(here.map((x) => [x.label, x.status]), [['MISC', 'manual']]);
});

test('decisions applied in place to annotations made for review give what they give applied to copies (fields, order, values)', () => {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'lavrov-wonsan.ar.txt'), 'utf8');
  const plain = analyze(text);
  const review = new Analyzer(loadDefaultModel()).analyze(text, { review: true });
  const entity = plain.annotations.find((x) => x.kind === 'entity')!;
  const other = plain.annotations.filter((x) => x.kind === 'entity')[3];
  const quote = plain.annotations.find((x) => x.kind === 'quotation')!;
  const date = plain.annotations.find((x) => x.kind === 'date')!;
  assert.ok(entity && other && quote && date, 'entities, a quotation and a date');
  const decisions = [
    makeDecision(text, entity, 'rejected', 'a1'),
    { ...makeDecision(text, quote, 'accepted', 'a2'), speaker: { text: entity.text, start: entity.start, end: entity.end } },
    makeDecision(text, other, 'accepted', 'a3'),
    makeDecision(text, date, 'accepted', 'a4'),
  ];
  const copied = applyDecisions(plain.annotations, decisions, text);
  assert.equal(JSON.stringify(applyDecisions(review.annotations, decisions, text, true)), JSON.stringify(copied));
  // (the decisions took: one suggestion gone, three accepted, the quotation with the annotator's speaker)
  assert.deepEqual(copied.filter((x) => x.status === 'accepted').map((x) => x.decisionId).sort(), ['a2', 'a3', 'a4']);
  assert.ok(!copied.some((x) => x.kind === 'entity' && x.start === entity.start && x.end === entity.end));
});

test('a selection with a leading conjunction or trailing punctuation snaps to the name', () => {
  const lex = mapLexicon({ 'موسكو': 40 });
  const text = 'وصل الوفد وموسكو، ثم غادر';
  const s = text.indexOf('وموسكو');
  const snapped = snapSelection(text, s - 1, s + 'وموسكو،'.length, lex);
  assert.equal(text.slice(snapped.start, snapped.end), 'موسكو');
});
