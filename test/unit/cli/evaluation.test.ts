import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalConll, tagConll } from '../../../server/src/cli/evaluation';
import { Analyzer } from '../../../server/src/engine/analysis';
import { Annotation } from '../../../server/src/engine/analysisTypes';
import { parseConll } from '../../../server/src/engine/conll';

// `eval --conll` on whole articles: a `-DOCSTART-` line starts a new article, analysed as its own document.
const conll = (...articles: string[][]) =>
  articles.map((sentences) => sentences.map((s) => s.split(' ').map((t) => `${t}\tO`).join('\n')).join('\n\n')).join('\n\n-DOCSTART-\tO\n\n') + '\n';

/** A stand-in engine that records the texts it is given and tags every «نعيمي» a person. */
function recorder(): { analyzer: Analyzer; texts: string[] } {
  const texts: string[] = [];
  const analyze = (text: string) => {
    texts.push(text);
    const annotations: Annotation[] = [...text.matchAll(/نعيمي/g)].map((m) => ({
      id: String(m.index), kind: 'entity', label: 'PERSON', start: m.index, end: m.index + m[0].length, text: m[0], source: 'auto', confidence: 1, attributes: {},
    }));
    return { annotations };
  };
  return { analyzer: { analyze } as unknown as Analyzer, texts };
}

test('a -DOCSTART- line is an article break, not a token, and numbers the sentences after it', () => {
  const s = parseConll(conll(['قال مصيب نعيمي', 'وأضاف نعيمي'], ['وصل الوفد']));
  assert.deepEqual(s.map((x) => x.tokens.join(' ')), ['قال مصيب نعيمي', 'وأضاف نعيمي', 'وصل الوفد']);
  assert.deepEqual(s.map((x) => x.doc ?? 0), [0, 0, 1]);
  // A file that opens with the marker (CoNLL-2003 style) has no empty article before it.
  assert.deepEqual(parseConll('-DOCSTART- -X- O O\n\nقال\tO\n').map((x) => x.doc ?? 0), [0]);
});

test('each article reaches the engine as its own document, and its tags land on its own tokens', () => {
  const { analyzer, texts } = recorder();
  const out = tagConll(conll(['قال مصيب نعيمي', 'وأضاف نعيمي'], ['وصل الوفد', 'ثم غادر نعيمي']), analyzer);
  assert.deepEqual(texts, ['قال مصيب نعيمي\nوأضاف نعيمي\n', 'وصل الوفد\nثم غادر نعيمي\n']);
  assert.equal(out, conll(['قال مصيب نعيمي', 'وأضاف نعيمي'], ['وصل الوفد', 'ثم غادر نعيمي'])
    .replace(/نعيمي\tO/g, 'نعيمي\tB-PERS'));
  // Scored all together: three gold persons, three found.
  const gold = conll(['قال مصيب نعيمي', 'وأضاف نعيمي'], ['وصل الوفد', 'ثم غادر نعيمي']).replace(/نعيمي\tO/g, 'نعيمي\tB-PERS');
  assert.match(evalConll(gold, recorder().analyzer), /PERS\s+1\.0000\s+1\.0000\s+1\.0000\s+3/);
});

test('a file without breaks is still one document, as the sentence-list sets are scored', () => {
  const { analyzer, texts } = recorder();
  tagConll(conll(['قال مصيب نعيمي', 'وأضاف نعيمي', 'وصل الوفد']), analyzer);
  assert.deepEqual(texts, ['قال مصيب نعيمي\nوأضاف نعيمي\nوصل الوفد\n']);
});
