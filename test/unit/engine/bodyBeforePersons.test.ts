// A never-met body a title governs, run into its holder's name, is split off as the body; the holder stays a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';

const model = loadDefaultModel();
const names = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity' && (x.label === 'ORGANIZATION' || x.label === 'PERSON')).map((x) => `${x.label} ${x.text}`);

test('a body no text holds between a construct title and a given name is the body, the rest its holder', () => {
  const found = names(new Analyzer(model).analyze('وقال مؤسس زيرفانو أحمد سالم البكري إن الشركة جمعت مليون دولار .\n' +
    'وقالت رئيسة تيلموري سارة حسن إن الجمعية تضم 200 امرأة .'));
  assert.ok(found.includes('ORGANIZATION زيرفانو') && found.includes('PERSON أحمد سالم البكري'), found.join(' | '));
  assert.ok(found.includes('ORGANIZATION تيلموري') && found.some((e) => e.startsWith('PERSON سارة')), found.join(' | '));
});

test('no body where the title carries its pronoun (رئيسه: its head) or the first word is a listed name', () => {
  const found = names(new Analyzer(model).analyze('ووصفه رئيسه زيرفانو أحمد سالم بأنه قرار ظالم .\nوقال رئيس الوزراء محمد علي حسن إن الحكومة ستدعم المشروع .'));
  assert.ok(!found.some((e) => e.startsWith('ORGANIZATION')), found.join(' | '));
});

test('a never-met word that ends as a country does is the place a head of state governs, not a body', () => {
  const a = new Analyzer(model).analyze('وقال رئيس قيرغيزيستان صادق جباروف إن الحدود آمنة .\nووصلت رئيسة مولدوفيا مايا ساندو إلى بروكسل .');
  const found = a.annotations.filter((x) => x.kind === 'entity').map((x) => `${x.label} ${x.text}`);
  assert.ok(!found.some((e) => e.startsWith('ORGANIZATION')), found.join(' | '));
});
