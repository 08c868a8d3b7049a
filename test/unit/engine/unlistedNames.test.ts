import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalConll, unlistedAnalyzer } from '../../../server/src/cli/evaluation';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { unlistedModel } from '../../../server/src/engine/unlistedNames';

/** One gold sentence: `words` as `token<TAB>tag` lines, the tags given by position (O elsewhere). */
const conll = (words: string[], tags: Record<number, string>) => words.map((w, k) => `${w}\t${tags[k] ?? 'O'}`).join('\n') + '\n';
const persRow = (report: string) => report.split('\n').find((l) => l.startsWith('PERS'))?.split(/\s+/).slice(1, 4).map(Number);

test('eval --unlisted: a person the lists hold is found, and missed once the lists no longer hold him', () => {
  const model = loadDefaultModel();
  const text = conll(['وصل', 'سلفا', 'كير', 'ميارديت', 'إلى', 'المدينة', 'أمس', '.'], { 1: 'B-PERS', 2: 'I-PERS', 3: 'I-PERS' });
  // precision, recall, F1 of PERS as `eval` prints them.
  assert.deepEqual(persRow(evalConll(text, new Analyzer(model))), [1, 1, 1]);
  assert.deepEqual(persRow(evalConll(text, unlistedAnalyzer(text, model))), [0, 0, 0]);
  // The shipped model's lists are untouched: the name is still found after.
  assert.deepEqual(persRow(evalConll(text, new Analyzer(model))), [1, 1, 1]);
});

test('what the option takes off the lists: the name, its surname and its words of that label, not a full name\'s given name nor other labels', () => {
  const model = loadDefaultModel();
  const phrases = model.gazetteer.phrases;
  assert.match(phrases.get('عبد المجيد تبون') ?? '', /PER/);
  assert.match(phrases.get('تبون') ?? '', /PLAST/);
  const names = [{ label: 'PERS', words: ['وعبد', 'المجيد', 'تبون'] }, { label: 'PERS', words: ['أحمد', 'كمال', 'الخطيب'] },
    { label: 'PERS', words: ['جورج', 'غالاوي'] }, { label: 'ORG', words: ['أرامكو'] }];
  const off = unlistedModel(model, names).gazetteer.phrases;
  assert.equal(off.get('عبد المجيد تبون'), undefined);
  assert.equal(off.get('تبون'), undefined);
  // The given names stay name parts (any newcomer's are listed), not surnames; the family name among the name parts goes,
  // unless it is a common given name; a place stays a place; the body is no longer listed.
  assert.equal(off.get('احمد'), phrases.get('احمد'));
  assert.equal(off.get('كمال'), phrases.get('كمال'));
  assert.match(phrases.get('الخطيب') ?? '', /NAME/);
  assert.equal(off.get('الخطيب'), undefined);
  assert.equal(phrases.get('جورج'), 'LOC|NAME|PLAST');
  assert.equal(off.get('جورج'), 'LOC|NAME');
  assert.match(phrases.get('ارامكو') ?? '', /ORG/);
  assert.doesNotMatch(off.get('ارامكو') ?? '', /ORG/);
  assert.equal(off.get('مصر'), phrases.get('مصر'));
  // `all`: a given name outside the common ones loses its name part too; `full`: the name parts all stay, the surnames go.
  assert.equal(unlistedModel(model, names, 'all').gazetteer.phrases.get('جورج'), 'LOC');
  const full = unlistedModel(model, names, 'full').gazetteer.phrases;
  assert.equal(full.get('الخطيب'), phrases.get('الخطيب'));
  assert.equal(full.get('تبون'), undefined);
});
