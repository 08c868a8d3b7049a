// A body span run on past its last definite word ends there before a verb or أي of the sentence going on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analysis, Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { endBodiesBeforeVerbs } from '../../../server/src/engine/bodyVerbEnds';
import { beginTag, insideTag } from '../../../server/src/engine/tagger';
import { normalizeArabic } from '../../../server/src/engine/normalize';

const model = loadDefaultModel();
const bodies = (a: Analysis) => a.annotations.filter((x) => x.kind === 'entity' && x.label === 'ORGANIZATION').map((x) => x.text);
const [BO, IO] = [beginTag('ORG'), insideTag('ORG')];
const stemsOf = (s: string) => s.split(' ').map((w) => normalizeArabic(w));
const word = () => true;
const never = () => false;

test('a body denied "any" thing ends before أي (ونفت [نقابة الصحفيين] أي تدخل)', () => {
  const found = bodies(new Analyzer(model).analyze('ونفت وزارة الثقافة والفنون أي منع للعرض .\nونفت نقابة الصحفيين أي تدخل في عمل اللجنة .'));
  assert.ok(found.includes('وزارة الثقافة والفنون') && found.includes('نقابة الصحفيين'), found.join(' | '));
  assert.ok(!found.some((b) => b.endsWith('أي')), found.join(' | '));
});

test('a verb the body ran into ends it (محكمة التمييز [تؤيد] حبس)', () => {
  const stems = stemsOf('محكمة التمييز تؤيد حبس');
  const verb = (k: number) => k === 2;
  assert.deepEqual(endBodiesBeforeVerbs(stems, stems.map(() => ''), [BO, IO, IO, 0], word, verb, never), [BO, IO, 0, 0]);
});

test('a patron after a title word, a name connector, a place, a body tail or a listed body stays in the name', () => {
  const verb = () => true;
  const cases: Array<[string, number[]]> = [
    ['رئيس جامعة الملك خالد إن', [0, BO, IO, IO, 0]],
    ['مدير المستشفى الجامعي ابن رشد إن', [0, BO, IO, IO, IO, 0]],
    ['مدير السومرية نيوز إن', [0, BO, IO, 0]],
  ];
  for (const [text, tags] of cases) {
    const stems = stemsOf(text);
    assert.deepEqual(endBodiesBeforeVerbs(stems, stems.map(() => ''), tags, word, verb, never), tags, text);
  }
  const stems = stemsOf('رئيس النادي الأهلي طرابلس إن');
  assert.deepEqual(endBodiesBeforeVerbs(stems, stems.map(() => ''), [0, BO, IO, IO, 0], word, verb, (k) => k === 3), [0, BO, IO, IO, 0]);
  assert.deepEqual(endBodiesBeforeVerbs(stems, stems.map(() => ''), [0, BO, IO, IO, 0], word, verb, never, () => true), [0, BO, IO, IO, 0]);
});

test('a body whose name goes on in إي is no run-on into أي (مجموعة الاتصالات إي آند)', () => {
  const text = 'مجموعة الاتصالات إي آند';
  const stems = stemsOf(text);
  const tags = [BO, IO, IO, IO];
  const written = (k: number) => text.split(' ')[k];
  assert.deepEqual(endBodiesBeforeVerbs(stems, stems.map(() => ''), tags, word, never, never, never, written), tags);
  const particle = stemsOf('وكالة الأناضول أي تواصل');
  assert.deepEqual(endBodiesBeforeVerbs(particle, particle.map(() => ''), [BO, IO, IO, IO], word, never, never), [BO, IO, 0, 0]);
});
