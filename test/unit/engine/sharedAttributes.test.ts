// Annotations share attribute objects (one entity's mentions of one form; a date's resolution across versions): a decision never shows through to others.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { applyDecisions, makeDecision } from '../../../server/src/engine/decisions';

const TEXT = 'قال الوزير خالد العتيبي يوم 3 مايو 2024 إن الاتفاق جاهز.\nوأضاف خالد العتيبي أن التوقيع سيتم في الرياض.\nوكرر خالد العتيبي الموقف نفسه.';

test('a speaker given to one mention by a decision stays on it: the other mentions and the next version do not show it', () => {
  const an = new Analyzer(loadDefaultModel());
  const doc = 'file:///shared.ar.txt';
  const first = an.analyze(TEXT, { document: doc, version: 1, review: true });
  const names = first.annotations.filter((x) => x.kind === 'entity' && x.text === 'خالد العتيبي');
  assert.ok(names.length >= 2, 'the name is found more than once');
  const date = first.annotations.find((x) => x.kind === 'date')!;
  assert.ok(date, 'the date is found');
  const decisions = [
    { ...makeDecision(TEXT, names[0], 'accepted', 'a1'), speaker: { text: 'الرياض', start: TEXT.indexOf('الرياض'), end: TEXT.indexOf('الرياض') + 6 } },
    { ...makeDecision(TEXT, date, 'accepted', 'a2'), speaker: { text: 'الرياض', start: TEXT.indexOf('الرياض'), end: TEXT.indexOf('الرياض') + 6 } },
  ];
  const decided = applyDecisions(first.annotations, decisions, TEXT, true);
  const shown = decided.filter((x) => x.attributes.speaker !== undefined).map((x) => x.decisionId).sort();
  assert.deepEqual(shown, ['a1', 'a2'], 'the two decided spans show the annotator\'s speaker');
  assert.ok(decided.filter((x) => x.kind === 'entity' && x.text === 'خالد العتيبي').slice(1).every((x) => x.attributes.speaker === undefined), 'the other mentions of the name do not');
  // (the decided annotations are the analysis's own, given their status in place: the objects they shared are not changed)
  assert.equal(JSON.stringify(first.annotations.map((x) => x.attributes)).split('"speaker"').length, 3, 'only the two decided annotations show a speaker');
  assert.equal((first.dates[0].resolved as unknown as Record<string, unknown>).speaker, undefined, 'the date\'s resolution itself has none');
  // An edit at the end: the next version's annotations carry no speaker where no decision applies.
  const edited = TEXT + ' تم.';
  const second = an.analyze(edited, { document: doc, version: 2, review: true });
  assert.ok(second.annotations.every((x) => x.kind === 'quotation' || x.attributes.speaker === undefined), 'no speaker leaks into the next version');
  const again = applyDecisions(second.annotations, decisions.slice(1), edited, true);
  assert.deepEqual(again.filter((x) => x.attributes.speaker !== undefined).map((x) => x.decisionId), ['a2'], 'a decision still shows after the edit; the one taken away does not');
});
