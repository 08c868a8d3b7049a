// The quote window after an edit reads only the pairs closing near it, trusting that no pair spans more than a bound kept
// per version: a quotation carried over many paragraphs (far longer than the others), lengthened, shortened, split and
// closed elsewhere while edits come near either of its ends, must still give the spans of a fresh analysis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer, Annotation } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';
import { mulberry32 } from '../../../server/src/training/perceptron';

const model = loadDefaultModel();
const spanOf = (a: Annotation) => `${a.kind}:${a.label}:${a.start}-${a.end}`;

/** Short quotations on most lines, and one carried over forty paragraphs (each goes on with «, as news text does). */
function article(eol: string): string {
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) lines.push(`وقال المتحدث باسم الوزارة أحمد يوسف: «الاجتماع رقم ${i} انتهى دون اتفاق» مضيفا أن الوفد سيعود.`);
  // Its speaker is named on the line after its close (no cue before it): whether it is speech is read there.
  lines.splice(12, 0, 'وأوضح التقرير أن الأسعار ارتفعت بنسبة كبيرة.', '«إن المفاوضات طويلة', ...Array.from({ length: 40 }, (_, k) => `«والجولة ${k} لم تحسم شيئا بعد`));
  lines.splice(54, 0, '«وسنعود إلى الطاولة قريبا»', 'هكذا علق الوزير على الأحداث.');
  return lines.join(eol);
}

function run(eol: string, seed: number): void {
  const r = mulberry32(seed);
  let text = article(eol);
  const seen = new Analyzer(model);
  let version = 1;
  seen.spans(text, { document: 'q', version });
  const replace = (from: number, to: number, insert: string) => {
    seen.noteEdit('q', from, to, insert.length, text.length, { before: version, after: version + 1 });
    version++;
    text = text.slice(0, from) + insert + text.slice(to);
  };
  const check = (label: string) => assert.deepEqual(seen.spans(text, { document: 'q', version }).map(spanOf), new Analyzer(model).analyze(text).annotations.map(spanOf), label);
  // Its cue after it taken away and put back: only the line after its close changes.
  const cue = (from: string, to: string) => { const at = text.indexOf(from); if (at >= 0) replace(at, at + from.length, to); };
  for (let k = 0; k < 4; k++) {
    cue('هكذا علق الوزير', 'وفي الأثناء ارتفع الدولار');
    check(`cue removed (${k})`);
    cue('وفي الأثناء ارتفع الدولار', 'هكذا علق الوزير');
    check(`cue back (${k})`);
  }
  for (let k = 0; k < 60; k++) {
    // Near the long quotation's open, inside it, near its close or on its cue.
    const anchor = [text.indexOf('إن المفاوضات'), text.indexOf('الجولة 5'), text.indexOf('قريبا»'), text.indexOf('هكذا علق')][k % 4];
    const at = Math.max(0, Math.min(text.length, (anchor < 0 ? Math.floor(r() * text.length) : anchor) + Math.floor(r() * 200) - 100));
    const op = r();
    let done: string;
    if (op < 0.4) { done = 'letters'; replace(at, at, 'وبعد ذلك '); }
    else if (op < 0.6) { done = 'delete'; replace(at, Math.min(text.length, at + 1 + Math.floor(r() * 30)), ''); }
    else if (op < 0.7) { done = 'split'; replace(at, at, eol); }
    else if (op < 0.8) { done = 'close'; replace(at, at, '»'); }
    else if (op < 0.9) { done = 'open'; replace(at, at, '«'); }
    else { const mark = text.indexOf('»', at); done = 'unclose'; if (mark >= 0) replace(mark, mark + 1, ''); }
    check(`edit ${k} (${done} at ${at})`);
  }
}

test('edits near a quotation carried over many paragraphs: the spans equal a fresh analysis (LF)', () => run('\n', 3));
test('edits near a quotation carried over many paragraphs: the spans equal a fresh analysis (CRLF)', () => run('\r\n', 4));

/**
 * A list of quoted items, one per line, each read as its first item is (quoted names in a row stay names; after speech,
 * each long item is speech): an edit on the first line changes the reading of every line after it, far past the lines
 * around the edit, and the spans must still be a fresh analysis's.
 */
function listArticle(eol: string, head: string): string {
  const items = Array.from({ length: 30 }, (_, k) => `و«إن البند رقم ${k} من الاتفاق لن يطبق قبل نهاية العام المقبل في كل المناطق»`);
  const before = Array.from({ length: 8 }, (_, k) => `وقال المتحدث أحمد يوسف: «الجولة ${k} انتهت دون اتفاق» مضيفا أن الوفد سيعود.`);
  return [...before, head, ...items, 'وانتهى الاجتماع دون بيان.', ...before].join(eol);
}

for (const [eol, name] of [['\n', 'LF'], ['\r\n', 'CRLF']]) {
  test(`a quoted list whose first item changes kind: every item after it follows, as in a fresh analysis (${name})`, () => {
    const asName = 'وتشمل القائمة «غسل الأموال»';
    const asSpeech = 'وقال الوزير: «غسل الأموال»';
    let text = listArticle(eol, asName);
    const seen = new Analyzer(model);
    let version = 1;
    const quotes = () => seen.spans(text, { document: 'list', version }).filter((a) => a.kind === 'quotation').length;
    const before = quotes();
    // The first line's kind changed back and forth, then a line deep in the list edited: read from its neighbours alone,
    // the lines around it would not know how the list began.
    for (const [from, to] of [[asName, asSpeech], [asSpeech, asName], ['البند رقم 20', 'البند رقم 21'], [asName, asSpeech], ['البند رقم 12', 'البند رقم 13']]) {
      const at = text.indexOf(from);
      seen.noteEdit('list', at, at + from.length, to.length, text.length, { before: version, after: version + 1 });
      version++;
      text = text.slice(0, at) + to + text.slice(at + from.length);
      assert.deepEqual(seen.spans(text, { document: 'list', version }).map(spanOf), new Analyzer(model).analyze(text).annotations.map(spanOf), `${from} → ${to}`);
    }
    // The last line of the list changed with the first: the edit was read that far.
    assert.equal(quotes() - before, 31);
  });
}
