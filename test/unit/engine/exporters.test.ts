import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { jsonParts, jsonRecordLine, render, toBrat, toConll, toJson, toJsonl } from '../../../server/src/engine/exporters';
import { importBrat, importJson, ImportResult } from '../../../server/src/engine/importers';
import { universalNewlines } from '../../../server/src/engine/lineEnds';
import { offsetConverter } from '../../../server/src/engine/offsets';
import { exportCases } from '../../fixtures/exportArticles';
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

test('universal newlines: the brat view drops the BOM and reads CRLF and CR as LF, with offsets mapped both ways', () => {
  const v = universalNewlines('\uFEFFab\r\ncd\ref\ngh');
  assert.equal(v.text, 'ab\ncd\nef\ngh');
  assert.deepEqual([0, 1, 3, 4, 5, 7, 8, 9, 13].map(v.fromOriginal), [0, 0, 2, 2, 3, 5, 6, 7, 11]);
  assert.deepEqual([0, 2, 3, 5, 6, 11].map(v.toOriginal), [1, 3, 5, 7, 8, 13]);
});

test('universal newlines on every short mix of a, CR, LF (with and without BOM) agrees with a character-by-character reading', () => {
  for (let n = 0; n <= 6; n++) {
    for (let code = 0; code < 3 ** n; code++) {
      let body = '';
      for (let k = 0, c = code; k < n; k++, c = Math.floor(c / 3)) body += 'a\r\n'[c % 3];
      for (const original of [body, `\uFEFF${body}`]) {
        const v = universalNewlines(original);
        assert.equal(v.text, body.replace(/\r\n?/g, '\n'));
        for (let x = 0; x < original.length; x++) {
          const kept = !(x === 0 && original[0] === '\uFEFF') && !(original[x] === '\n' && original[x - 1] === '\r');
          if (!kept) continue;
          assert.equal(v.text[v.fromOriginal(x)], original[x] === '\r' ? '\n' : original[x], JSON.stringify(original));
          assert.equal(v.toOriginal(v.fromOriginal(x)), x, JSON.stringify(original));
        }
        assert.equal(v.fromOriginal(original.length), v.text.length);
        assert.equal(v.toOriginal(v.text.length), original.length);
      }
    }
  }
});

/** brat's own check, in JavaScript: each T line's text is its fragments' text (code points) joined by one space. */
function bratLines(ann: string, copy: string): Array<{ frags: string[]; text: string }> {
  const cps = Array.from(copy);
  return ann.split('\n').filter((l) => l.startsWith('T')).map((line) => {
    const [, spec, text] = line.split('\t');
    const frags = spec.replace(/^\S+ /, '').split(';').map((f) => { const [s, e] = f.split(' ').map(Number); return cps.slice(s, e).join(''); });
    return { frags, text };
  });
}

test('brat: a quotation over paragraphs in a CRLF article is cut at each line end; no fragment or line holds a CR or LF', () => {
  const text = 'وقال الوزير أيمن الصفدي: “نحن أمام لحظة فارقة.\r\n\r\n  إن الاحتلال يجب أن ينتهي”.\r\nوختم حديثه وزير الخارجية أيمن الصفدي';
  const a = analyze(text);
  const quote = { id: 'q9', kind: 'quotation' as const, label: 'QUOTE' as const, start: text.indexOf('“'), end: text.indexOf('”') + 1, source: 'manual' as const, confidence: 1, attributes: {} };
  const [ann, txt] = render({ ...a, annotations: [...a.annotations, { ...quote, text: text.slice(quote.start, quote.end) }] }, 'news.txt', '', { format: 'brat', offsets: 'codepoint' });
  const doc = { ann: ann.content, txt: txt.content };
  assert.deepEqual([ann.name, txt.name], ['news.ann', 'news.txt']);
  assert.ok(!doc.ann.includes('\r') && !doc.txt.includes('\r'));
  const lines = bratLines(doc.ann, doc.txt);
  for (const l of lines) {
    assert.equal(l.frags.join(' '), l.text);
    assert.ok(l.frags.every((f) => f.length && !/[\r\n]/.test(f)), l.frags.join('|'));
  }
  assert.deepEqual(lines.find((l) => l.frags[0].startsWith('“'))!.frags, ['“نحن أمام لحظة فارقة.', 'إن الاحتلال يجب أن ينتهي”']);
  const ends = doc.ann.split('\n').filter((l) => l.startsWith('T')).map((l) => Number(/(\d+)\t[^\t]*$/.exec(l)![1]));
  assert.ok(ends.includes(Array.from(doc.txt).length), 'the entity at the very end');
});

test('CoNLL: a name cut by a sentence break restarts with B-, so the tags stay valid BIO', () => {
  // (A period after an initial, `د. محمد`, is no break: the annotator's span here runs across a real one.)
  const text = 'وقال الوزير محمد. البرادعي إن الوضع خطير.';
  const a = analyze(text);
  const start = text.indexOf('محمد');
  const end = text.indexOf('البرادعي') + 'البرادعي'.length;
  const manual = { id: 'x1', kind: 'entity' as const, label: 'PERSON' as const, start, end, text: text.slice(start, end), source: 'manual' as const, confidence: 1, attributes: {} };
  const conll = toConll({ ...a, annotations: [...a.annotations.filter((x) => x.kind !== 'entity' || x.end <= start || x.start >= end), manual] });
  const sentences = conll.trim().split('\n\n').map((s) => s.split('\n').map((l) => l.split('\t')[1]));
  for (const tags of sentences) tags.forEach((t, i) => assert.ok(!t.startsWith('I-') || tags[i - 1]?.slice(2) === t.slice(2), `${t} after ${tags[i - 1]} in ${tags.join(' ')}`));
  assert.match(conll, /^محمد\tB-PERS$/m);
  assert.match(conll, /^البرادعي\tB-PERS$/m);
});

test('CoNLL: LINE SEPARATOR, NEL, VT and FF are spaces, not tokens a CoNLL reader would see as blank', () => {
  const conll = toConll(analyze('زار الوفد جنيف.\u2028ثم بيروت\u000b\u000c\u0085 في المساء\u2029والقاهرة.'));
  // Python's str.split() (NLTK's CoNLL reader) splits on these besides \\s.
  const blank = (ch: string) => /\s/u.test(ch) || ch === '\u0085' || (ch.charCodeAt(0) >= 0x1C && ch.charCodeAt(0) <= 0x1F);
  for (const line of conll.split('\n').filter(Boolean)) assert.ok(![...line.split('\t')[0]].some(blank), JSON.stringify(line));
});

test('import round trip: our JSON (both offset conventions) and our brat .ann restore the exported spans on every article', () => {
  for (const c of exportCases(join(__dirname, '..', '..', '..'))) {
    const a = analyze(c.text);
    const want = a.annotations.map((x) => `${x.start}-${x.end}:${x.label}`).sort();
    const got = (r: ImportResult) => { assert.deepEqual(r.problems, [], c.name); return r.spans.map((s) => `${s.start}-${s.end}:${s.label}`).sort(); };
    for (const offsets of ['codepoint', 'utf16'] as const) assert.deepEqual(got(importJson(JSON.stringify(toJson(a, { path: 'x', sha256: '' }, { offsets })), c.text)), want, `${c.name} json ${offsets}`);
    assert.deepEqual(got(importBrat(toBrat(a), c.text)), want, `${c.name} brat`);
  }
});

test('JSON export says how each quotation\'s speaker was found and how sure it is', () => {
  const a = analyze('وقال مصدر مطلع لـ«الشرق»: «المحادثات ستستأنف الأسبوع المقبل في العاصمة العمانية».');
  const json = toJson(a, { path: 'x.txt', sha256: 'abc' }, { offsets: 'codepoint' }) as { annotations: Array<{ kind: string; attributes: { speaker?: { via?: string; confidence?: number } } }> };
  const q = json.annotations.filter((x) => x.kind === 'quotation');
  assert.equal(q.length, 1);
  assert.equal(q[0].attributes.speaker?.via, 'anonymous');
  assert.equal(typeof q[0].attributes.speaker?.confidence, 'number');
});

test('the JSON export written in parts (the CLI\'s) is the one-string export character for character, in both offset conventions and with no annotations', () => {
  const cases = [...exportCases(join(__dirname, '..', '..', '..')).map((c) => c.text), TEXT, 'لا شيء هنا', ''];
  for (const text of cases) {
    const a = analyze(text);
    for (const offsets of ['codepoint', 'utf16'] as const) {
      const doc = { path: 'a/news.txt', sha256: 'abc', referenceDate: '2025-03-04' };
      assert.equal(jsonParts(a, doc, { offsets }).join(''), JSON.stringify(toJson(a, doc, { offsets }), null, 2) + '\n');
      assert.equal(jsonParts(a, { path: 'news.txt', sha256: '' }, { offsets }).join(''), render(a, 'news.txt', '', { format: 'json', offsets })[0].content.replace(/"referenceDate": "[^"]*"/, '"referenceDate": null'));
    }
  }
});

test('a JSONL record line is the JSON export with the id first and no document path, character for character', () => {
  for (const c of exportCases(join(__dirname, '..', '..', '..'))) {
    for (const offsets of ['codepoint', 'utf16'] as const) {
      for (const [id, referenceDate] of [[7, undefined], ['a"b\\c', '2024-01-02']] as const) {
        const a = analyze(c.text);
        const json = toJson(a, { path: '', sha256: 'f00', referenceDate }, { offsets }) as { document: Record<string, unknown> };
        delete json.document.path;
        assert.equal(jsonRecordLine(id, a, { sha256: 'f00', referenceDate }, { offsets }), JSON.stringify({ id, ...json }), `${c.name} ${offsets}`);
      }
    }
  }
});
