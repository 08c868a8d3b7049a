// The index's scan of an article finds the mentions the editor suggests: same spans, labels and entities.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { entitiesOf } from '../../../server/src/index/articleScan';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { analyze } from '../engine/helpers';

const root = join(__dirname, '..', '..', '..');

test('index mentions equal the editor\'s entity suggestions (before review) on varied articles', () => {
  const model = loadDefaultModel();
  const dev = join(root, 'test', 'fixtures', 'dev-ner');
  // The sample article, and articles of ten lines made from the dev set's sentences (many bureaus and styles).
  const sentences = readFileSync(join(dev, 'dev.conll'), 'utf8').split(/\n\s*\n/).map((b) => b.split('\n').map((l) => l.split(/\s/)[0]).filter(Boolean).join(' ')).filter((x) => x.length > 20);
  const texts = [readFileSync(join(root, 'test', 'fixtures', 'lavrov-wonsan.ar.txt'), 'utf8')];
  for (let i = 0; i + 10 <= Math.min(sentences.length, 200); i += 10) texts.push(sentences.slice(i, i + 10).join('\n'));
  let mentions = 0;
  for (const text of texts) {
    const indexed = entitiesOf(model, text).flatMap((e) => e.mentions.map(([s, t]) => `${s}-${t} ${e.label} ${e.key}`)).sort();
    const shown = analyze(text).annotations.filter((x) => x.kind === 'entity').map((x) => `${x.start}-${x.end} ${x.label} ${x.attributes.canonical}`).sort();
    assert.deepEqual(indexed, shown);
    mentions += shown.length;
  }
  assert.ok(mentions > 50, `compared ${mentions} mentions`);
});
