// Measures quotation detection and speaker attribution on hand-written wire-style passages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from './helpers';

interface Passage { text: string; quotes: Array<{ has: string; speaker: string | null }> }
const { passages } = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'quotations.json'), 'utf8')) as { passages: Passage[] };

test('quotation detection F1 ≥ 0.90 and speaker attribution ≥ 0.80 on the wire-style passages', () => {
  let tp = 0, fp = 0, fn = 0, attributed = 0, correct = 0;
  const misses: string[] = [];
  for (const p of passages) {
    const found = analyze(p.text).annotations.filter((x) => x.kind === 'quotation');
    const used = new Set<number>();
    for (const want of p.quotes) {
      const i = found.findIndex((q, k) => !used.has(k) && q.text.includes(want.has));
      if (i < 0) { fn++; misses.push(`missed ${want.has}`); continue; }
      used.add(i);
      tp++;
      const sp = (found[i].attributes.speaker as { text: string } | undefined)?.text ?? null;
      attributed++;
      if (want.speaker === null ? sp === null : sp !== null && sp.includes(want.speaker)) correct++;
      else misses.push(`${want.has}: speaker ${sp} ≠ ${want.speaker}`);
    }
    fp += found.length - used.size;
    found.forEach((q, k) => { if (!used.has(k)) misses.push(`spurious ${q.text}`); });
  }
  const precision = tp / (tp + fp), recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const accuracy = correct / attributed;
  console.log(`quotations: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}; speaker accuracy ${accuracy.toFixed(3)} (${correct}/${attributed})${misses.length ? '\n  ' + misses.join('\n  ') : ''}`);
  assert.ok(f1 >= 0.9, `F1 ${f1}`);
  assert.ok(accuracy >= 0.8, `speaker accuracy ${accuracy}`);
});
