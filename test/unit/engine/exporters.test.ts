import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toBrat, toConll, toJson, toJsonl } from '../../../server/src/engine/exporters';
import { offsetConverter } from '../../../server/src/engine/offsets';
import { analyze } from './helpers';

const TEXT = '😀 التقى الرئيس الروسي فلاديمير بوتين في موسكو.\nوقال بوتين: “نحن مستعدون للتعاون مع جميع الدول الصديقة”.';

test('code point offsets count an emoji as one character', () => {
  const conv = offsetConverter('😀ab𝔸c', 'codepoint');
  assert.deepEqual([0, 2, 3, 4, 6, 7].map(conv), [0, 1, 2, 3, 4, 5]);
});

test('JSON spans cover exactly their text in code points (as Python reads them)', () => {
  const a = analyze(TEXT);
  const json = toJson(a, { path: 'x.txt', sha256: 'abc' }, { offsets: 'codepoint' }) as { annotations: Array<{ start: number; end: number; text: string }>; document: { offsets: string } };
  assert.equal(json.document.offsets, 'codepoint');
  const cps = Array.from(TEXT);
  assert.ok(json.annotations.length >= 3);
  for (const x of json.annotations) assert.equal(cps.slice(x.start, x.end).join(''), x.text);
});

test('brat: T lines match the text, quotations link to their speaker, multi-line spans are fragmented', () => {
  const a = analyze(TEXT);
  const ann = toBrat(a);
  const cps = Array.from(TEXT);
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, spec, text] = line.split('\t');
    const frags = spec.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(frags.map(([s, e]) => cps.slice(s, e).join('')).join(' '), text);
  }
  assert.match(ann, /^R1\tSpeaker Arg1:T\d+ Arg2:T\d+$/m);
});

test('CoNLL marks a clitic-prefixed name on its token and keeps sentence breaks', () => {
  const conll = toConll(analyze('وصل الوفد إلى موسكو. ثم غادر.'));
  assert.match(conll, /^موسكو\tB-LOC$/m);
  assert.equal(conll.split('\n\n').length >= 2, true);
});

test('JSONL is one object per document with [start, end, label] spans', () => {
  const line = toJsonl(analyze(TEXT), { path: 'x.txt', sha256: 'abc' }, { offsets: 'codepoint' });
  assert.equal(line.trim().split('\n').length, 1);
  const obj = JSON.parse(line);
  assert.equal(obj.text, TEXT);
  assert.ok(obj.label.some((l: [number, number, string]) => l[2] === 'PERSON'));
});

test('JSON export says how each quotation\'s speaker was found and how sure it is', () => {
  const a = analyze('وقال مصدر مطلع لـ«الشرق»: «المحادثات ستستأنف الأسبوع المقبل في العاصمة العمانية».');
  const json = toJson(a, { path: 'x.txt', sha256: 'abc' }, { offsets: 'codepoint' }) as { annotations: Array<{ kind: string; attributes: { speaker?: { via?: string; confidence?: number } } }> };
  const q = json.annotations.filter((x) => x.kind === 'quotation');
  assert.equal(q.length, 1);
  assert.equal(q[0].attributes.speaker?.via, 'anonymous');
  assert.equal(typeof q[0].attributes.speaker?.confidence, 'number');
});
