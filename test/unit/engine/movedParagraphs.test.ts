// An open document edited near its start: the full analysis reads every later paragraph where it moved to (its dates,
// tokens and spans equal a fresh analysis's) without making a shifted copy of each moved paragraph's tagging.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';

const model = loadDefaultModel();
const PARAS = [
  'القاهرة (رويترز) - قال وزير الخارجية المصري سامح شكري يوم الأحد إن المحادثات ستستأنف.',
  'وكانت الأمم المتحدة قد دعت الأسبوع الماضي إلى وقف إطلاق النار في غزة.',
  'وقال مسؤول في الجامعة العربية إن الاجتماع سيعقد في الرياض.',
  'وتراجعت أسعار النفط في الأسواق العالمية خلال تعاملات اليوم.',
  'وأضاف شكري في مؤتمر صحفي في 12 مارس 2024 أن الحل السياسي هو الطريق الوحيد.',
  'وأعلنت وزارة الصحة في بيروت عن افتتاح مستشفى جديد في الجنوب.',
];
/** The paragraph whose tagging is followed: far from the edit, after the one with a date (no quotation marks: the spans re-read the paragraphs around a quotation near an edit). */
const FOLLOWED = 5;

for (const eol of ['\n', '\r\n']) {
  test(`an edit near the start moves later paragraphs: the full analysis equals a fresh one and copies no moved tagging (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
    let text = PARAS.join(eol) + eol;
    const doc = 'file:///moved.ar.txt';
    const an = new Analyzer(model);
    an.analyze(text, { document: doc, version: 1 });
    // (a paragraph split at CRLF keeps its CR: the analyzer knows it by that text)
    const last = PARAS[FOLLOWED] + (eol === '\r\n' ? '\r' : ''), lastBase = text.indexOf(last);
    const before = an.tagAt(last, lastBase, PARAS.length, text.length);
    an.noteEdit(doc, 5, 5, 1, text.length, { before: 1, after: 2 });
    text = text.slice(0, 5) + 'ب' + text.slice(5);
    an.spanSnapshot(text, { document: doc, version: 2 });
    const seen = an.analyze(text, { document: doc, version: 2 });
    const fresh = new Analyzer(model).analyze(text);
    assert.deepEqual(seen.dates, fresh.dates);
    assert.ok(seen.dates.some((d) => text.slice(d.start, d.end).includes('2024')), 'the moved paragraph\'s date is found at its new offset');
    assert.deepEqual(seen.annotations, fresh.annotations);
    assert.deepEqual(seen.tokens.map((t) => `${t.start}:${t.end}`), fresh.tokens.map((t) => `${t.start}:${t.end}`));
    // The paragraph's tagging at its old offset is still the one kept: no copy was shifted to where it moved.
    assert.equal(an.tagAt(last, lastBase, PARAS.length, text.length), before);
  });
}

/** A quotation two paragraphs after the edited one (the next is placed again with it): the spans classify the pairs around the edit again. */
const QUOTED = [
  'القاهرة (رويترز) - قال وزير الخارجية المصري سامح شكري يوم الأحد إن المحادثات ستستأنف.',
  'وتراجعت أسعار النفط في الأسواق العالمية خلال تعاملات اليوم.',
  'وقال شكري للصحفيين: «الحل السياسي هو الطريق الوحيد لإنهاء الأزمة».',
  'وأعلنت وزارة الصحة في بيروت عن افتتاح مستشفى جديد في الجنوب.',
];

for (const eol of ['\n', '\r\n']) {
  test(`an edit beside a quotation: the spans classify the moved paragraphs where they are, equal a fresh analysis, and copy no tagging (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
    let text = QUOTED.join(eol) + eol;
    const doc = 'file:///quoted.ar.txt';
    const an = new Analyzer(model);
    an.analyze(text, { document: doc, version: 1 });
    const quoted = QUOTED[2] + (eol === '\r\n' ? '\r' : ''), quotedBase = text.indexOf(quoted);
    const before = an.tagAt(quoted, quotedBase, QUOTED.length, text.length);
    an.noteEdit(doc, 5, 5, 1, text.length, { before: 1, after: 2 });
    text = text.slice(0, 5) + 'ب' + text.slice(5);
    const spans = an.spans(text, { document: doc, version: 2 });
    const fresh = new Analyzer(model);
    assert.deepEqual(spans, fresh.spans(text));
    assert.ok(spans.some((s) => s.kind === 'quotation' && text.slice(s.start, s.end).startsWith('«الحل')), 'the quotation is found where it moved');
    assert.equal(an.tagAt(quoted, quotedBase, QUOTED.length, text.length), before);
    assert.deepEqual(an.analyze(text, { document: doc, version: 2 }).annotations, fresh.analyze(text).annotations);
  });
}
