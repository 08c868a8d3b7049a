// Ways to lose the user's decisions that a plain write error does not cover: a disk that fills mid-write, an exit while the sidecar cannot take them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mock, test } from 'node:test';
import { disk } from '../../../server/src/io/sidecarFile';
import { RESCUE_SUFFIX, rescueCopies } from '../../../server/src/sidecarFiles';
import { SidecarStore } from '../../../server/src/sidecarStore';
import { TEXT, article as scratchArticle, changedLongAgo, decide, events, saved, statuses as texts, storeWithOneSaved } from './sidecarFixture';

const article = () => scratchArticle('ana-loss-');

test('a disk that fills during a write: the sidecar keeps its decisions (no half file renamed over it), the failure is told, Retry writes all', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const before = readFileSync(a.sidecar, 'utf8');
  decide(store, a.uri, 'أوتاوا', 'rejected');
  // The device takes half of the bytes, then has no room left.
  const write = disk.writeSync;
  let calls = 0;
  const full = mock.method(disk, 'writeSync', (fd: number, data: Buffer, offset: number, length: number) => {
    if (calls++ === 0) return write(fd, data, offset, Math.floor(length / 2));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  });
  try {
    assert.equal(store.flush(a.uri), false);
  } finally {
    full.mock.restore();
  }
  assert.equal(readFileSync(a.sidecar, 'utf8'), before, 'the sidecar as it was');
  assert.deepEqual(ev.log.filter((l) => l.startsWith('writeFailed')).length, 1, ev.log.join('\n'));
  assert.match(store.writeError(a.uri) ?? '', /no space/);
  assert.ok(store.retry(a.uri));
  assert.deepEqual(texts(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted']);
});

test('a decision made while the sidecar cannot be read survives an exit: written beside it, told when the article is next opened', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  // Another tool left it broken (long ago: no writer is still at it).
  const broken = '{ "schema": "arabic-news-annotator/sidecar@1", "decisions": [';
  writeFileSync(a.sidecar, broken);
  changedLongAgo(a.sidecar);
  store.filesChanged([a.sidecarUri]);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  store.flushAll(); // the editor quits
  assert.equal(readFileSync(a.sidecar, 'utf8'), broken, 'their broken file is never overwritten');
  assert.deepEqual(texts(saved(a.sidecar + RESCUE_SUFFIX)), ['أوتاوا:rejected', 'كارني:accepted']);
  // A second failing exit keeps the first copy's decisions too.
  writeFileSync(a.sidecar, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'news.txt' }, decisions: [] }));
  const next = new SidecarStore(events());
  next.open(a.uri, TEXT);
  decide(next, a.uri, 'مونتريال');
  writeFileSync(a.sidecar, broken);
  changedLongAgo(a.sidecar);
  next.flushAll();
  // Carried into a new copy (a copy is never replaced: see sidecarExit), the first one removed: one copy, told.
  const copy = rescueCopies(a.sidecar).filter((c) => existsSync(c));
  assert.equal(copy.length, 1, copy.join(', '));
  assert.deepEqual(texts(saved(copy[0])), ['أوتاوا:rejected', 'كارني:accepted', 'مونتريال:accepted']);
  const reopened = events();
  new SidecarStore(reopened).open(a.uri, TEXT);
  assert.deepEqual(reopened.log.filter((l) => l.startsWith('rescued')), [`rescued: ${copy[0]}`]);
});

test('an earlier rescue copy the user left half-edited is never replaced at the next failing exit: the decisions go to the next name, both told', () => {
  const a = article();
  const store = storeWithOneSaved(a.uri, events());
  const broken = '{ "schema": "arabic-news-annotator/sidecar@1", "decisions": [';
  // The user opened the first copy, as the warning asks, and saved it mid-edit.
  const mid = '{ "schema": "arabic-news-annotator/sidecar@1", "decisions": [ { "id": "kept-by-hand"';
  writeFileSync(a.sidecar + RESCUE_SUFFIX, mid);
  writeFileSync(a.sidecar, broken);
  changedLongAgo(a.sidecar);
  store.filesChanged([a.sidecarUri]);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  store.flushAll();
  assert.equal(readFileSync(a.sidecar + RESCUE_SUFFIX, 'utf8'), mid, 'their half-edited copy as they left it');
  assert.deepEqual(texts(saved(a.sidecar + RESCUE_SUFFIX + '-2')), ['أوتاوا:rejected', 'كارني:accepted']);
  const reopened = events();
  new SidecarStore(reopened).open(a.uri, TEXT);
  assert.deepEqual(reopened.log.filter((l) => l.startsWith('rescued')), [`rescued: ${a.sidecar + RESCUE_SUFFIX}`, `rescued: ${a.sidecar + RESCUE_SUFFIX}-2`]);
});
