// Measures quotation detection and speaker attribution on hand-written wire-style passages and the dev set.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseGoldArticle, speakerMatches } from '../../../server/src/cli/quoteEval';
import { Speaker } from '../../../server/src/engine/quotations';
import { analyze } from './helpers';

interface Passage { text: string; quotes: Array<{ has: string; speaker: string | null }> }
const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const { passages } = JSON.parse(readFileSync(join(fixtures, 'quotations.json'), 'utf8')) as { passages: Passage[] };

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
      const sp = found[i].attributes.speaker as Speaker | undefined;
      attributed++;
      if (speakerMatches(sp, [want.speaker ?? 'none'])) correct++;
      else misses.push(`${want.has}: speaker ${sp?.text} ≠ ${want.speaker}`);
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

test('dev set (dev split): quotation F1 ≥ 0.95 and speaker right for ≥ 0.85 of all gold quotations', () => {
  const dir = join(fixtures, 'dev-quotes', 'dev');
  let gold = 0, tp = 0, fp = 0, right = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const g = parseGoldArticle(f, readFileSync(join(dir, f), 'utf8'));
    const found = analyze(g.text).quotations;
    for (const q of found) {
      const want = g.quotes.find((x) => x.start === q.start && x.end === q.end && x.speech);
      if (!want) { fp++; continue; }
      tp++;
      if (speakerMatches(q.speaker, want.speakers)) right++;
    }
    gold += g.quotes.filter((x) => x.speech).length;
  }
  const p = tp / (tp + fp), r = tp / gold;
  assert.ok((2 * p * r) / (p + r) >= 0.95, `F1 P ${p} R ${r}`);
  assert.ok(right / gold >= 0.85, `speaker accuracy ${right}/${gold}`);
});

test('the dev-set format rejects a quotation without a gold marker', () => {
  assert.throws(() => parseGoldArticle('x.txt', 'وقال الوزير: «نحن هنا»{=الوزير}، وأضاف أن «الحل قريب».'), /no gold marker/);
  const g = parseGoldArticle('x.txt', 'وقال الوزير: «نحن هنا»{=الوزير;title} على منصة «إكس»{!name}.');
  assert.deepEqual(g.quotes.map((q) => [g.text.slice(q.start, q.end), q.speech, q.kind]), [['«نحن هنا»', true, 'title'], ['«إكس»', false, 'name']]);
});

test('a speaker scored right must be the gold person, not a kunya or kin of them (أم خالد is not خالد)', () => {
  const sp = (text: string) => ({ text, via: 'name' }) as unknown as Speaker;
  assert.equal(speakerMatches(sp('أم خالد'), ['خالد']), false);
  assert.equal(speakerMatches(sp('الوزير خالد'), ['خالد']), true);
  assert.equal(speakerMatches(sp('والد خالد'), ['خالد']), false);
  assert.equal(speakerMatches(sp('وزير الخارجية خالد الأحمد'), ['خالد الأحمد']), true);
  assert.equal(speakerMatches(sp('أبو أحمد'), ['أبو أحمد']), true);
});

test('a gold marker with no speaker written ({=;kind}) is scored like none: no speaker is right, any speaker wrong', () => {
  const g = parseGoldArticle('x.txt', 'اعتقلت الشرطة الناشط.\n«لن نصمت على هذا الظلم»{=;noverb}.');
  const sp = { text: 'الناشط', via: 'title' } as unknown as Speaker;
  assert.equal(speakerMatches(undefined, g.quotes[0].speakers), true);
  assert.equal(speakerMatches(sp, g.quotes[0].speakers), false);
});
