// An analyzer made for one text (the CLI's, keeping nothing for a next version) gives exactly the editor's analysis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { exportCases } from '../../fixtures/exportArticles';

test('analysing a text once, keeping nothing, gives the same analysis as the caching analyzer, repeated paragraphs and a masthead included', () => {
  const model = loadDefaultModel();
  const texts = exportCases(join(__dirname, '..', '..', '..')).map((c) => c.text);
  // The same paragraph at two offsets: the caching analyzer shifts its first tagging, the one-off tags it again.
  texts.push(texts[0] + '\n' + texts[0], 'جريدة الرأي | الأحد 3 ديسمبر 2023 | العدد 16021\nوصل الوفد أمس إلى العاصمة.\nوصل الوفد أمس إلى العاصمة.');
  const keeping = new Analyzer(model);
  for (const text of texts) {
    assert.deepEqual(new Analyzer(model, true).analyze(text), keeping.analyze(text));
  }
});
