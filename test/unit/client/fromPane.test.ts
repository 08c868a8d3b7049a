// The review pane's webview is untrusted input: every message is checked for shape, and a decision acts only on the article and version it was made on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActingMessage, parseFromPane, staleReason } from '../../../client/src/reviewPane/fromPane';

const t = { uri: 'file:///news/a.ar.txt', version: 7 };

test('well-formed messages pass unchanged (extra fields are dropped)', () => {
  assert.deepEqual(parseFromPane({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseFromPane({ type: 'decide', ...t, action: 'accept', offset: 12, junk: 1 }), { type: 'decide', ...t, action: 'accept', offset: 12 });
  assert.deepEqual(parseFromPane({ type: 'decide', ...t, action: 'relabel', offset: 0, label: 'LOCATION' }), { type: 'decide', ...t, action: 'relabel', offset: 0, label: 'LOCATION' });
  assert.deepEqual(parseFromPane({ type: 'annotate', ...t, start: 3, end: 9, label: 'PERSON' }), { type: 'annotate', ...t, start: 3, end: 9, label: 'PERSON' });
  assert.deepEqual(parseFromPane({ type: 'undo', ...t }), { type: 'undo', ...t });
  assert.deepEqual(parseFromPane({ type: 'setSpeaker', ...t, offset: 4 }), { type: 'setSpeaker', ...t, offset: 4 });
  assert.deepEqual(parseFromPane({ type: 'select', ...t, start: 4, end: 4 }), { type: 'select', ...t, start: 4, end: 4 });
  assert.deepEqual(parseFromPane({ type: 'timing', what: 'focus', ms: 1.5 }), { type: 'timing', what: 'focus', ms: 1.5 });
  assert.deepEqual(parseFromPane({ type: 'loaded', marks: { navigation: 1, script: 2, drawnFromPage: 3, boxes: 9, visible: 'x', evil: 4 } }),
    { type: 'loaded', marks: { navigation: 1, script: 2, drawnFromPage: 3, boxes: 9 } });
});

test('messages of the wrong shape are dropped, not acted on', () => {
  const bad: unknown[] = [
    null, 'decide', 42, [], {}, { type: 'explode' }, { type: '__proto__' },
    // no article or version: the pane could be showing another text than the extension follows
    { type: 'decide', action: 'accept', offset: 1 }, { type: 'undo' }, { type: 'decide', uri: 5, version: 7, action: 'accept', offset: 1 },
    { type: 'decide', ...t, action: 'explode', offset: 1 }, { type: 'decide', ...t, action: 'toString', offset: 1 },
    { type: 'decide', ...t, action: 'accept', offset: -1 }, { type: 'decide', ...t, action: 'accept', offset: 1.5 }, { type: 'decide', ...t, action: 'accept', offset: '3' },
    { type: 'decide', ...t, action: 'accept', offset: Number.NaN }, { type: 'decide', ...t, action: 'accept', offset: Infinity },
    { type: 'decide', ...t, action: 'relabel', offset: 1 }, { type: 'decide', ...t, action: 'relabel', offset: 1, label: 'WEAPON' },
    { type: 'annotate', ...t, start: 9, end: 3, label: 'PERSON' }, { type: 'annotate', ...t, start: 3, end: 3, label: 'PERSON' }, { type: 'annotate', ...t, start: 3, end: 9, label: 'constructor' },
    { type: 'setSpeaker', ...t }, { type: 'select', ...t, start: 5, end: 4 },
    // timings go into the extension's own lists: only the two lists, only numbers
    { type: 'timing', what: 'loads', ms: 1 }, { type: 'timing', what: '__proto__', ms: 1 }, { type: 'timing', what: 'render', ms: 'slow' }, { type: 'timing', what: 'render', ms: -1 },
    { type: 'loaded' }, { type: 'loaded', marks: { navigation: 1 } }, { type: 'loaded', marks: null },
  ];
  for (const m of bad) assert.equal(parseFromPane(m), undefined, JSON.stringify(m));
});

test('a decision acts only on the open article at the version the pane drew: closed, edited or another article is refused with a reason', () => {
  const decide = parseFromPane({ type: 'decide', ...t, action: 'accept', offset: 40 }) as ActingMessage;
  const open = { uri: t.uri, version: 7, length: 100 };
  assert.equal(staleReason(decide, open, 'a.ar.txt'), undefined);
  assert.match(staleReason(decide, undefined, 'a.ar.txt')!, /a\.ar\.txt is closed/);
  assert.match(staleReason(decide, { ...open, version: 8 }, 'a.ar.txt')!, /changed since the review pane drew it; nothing was decided/);
  assert.match(staleReason(decide, { ...open, uri: 'file:///news/b.ar.txt' }, 'b.ar.txt')!, /not the article/);
  // offsets past the text: the pane's text was longer than the document's
  assert.match(staleReason(decide, { ...open, length: 39 }, 'a.ar.txt')!, /changed since/);
  const annotate = parseFromPane({ type: 'annotate', ...t, start: 3, end: 101, label: 'PERSON' }) as ActingMessage;
  assert.match(staleReason(annotate, open, 'a.ar.txt')!, /changed since/);
  // undo names no offset (an edit since does not matter), but still only the article the pane shows
  const undo = parseFromPane({ type: 'undo', ...t }) as ActingMessage;
  assert.equal(staleReason(undo, open, 'a.ar.txt'), undefined);
  assert.equal(staleReason(undo, { ...open, version: 9 }, 'a.ar.txt'), undefined);
  assert.match(staleReason(undo, undefined, 'a.ar.txt')!, /closed/);
});
