// The store against a sidecar on disk that another tool writes in place, and the cheap checks of one that did not change.
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mock, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { disk } from '../../../server/src/io/sidecarFile';
import { RECHECK_MS } from '../../../server/src/sidecarFiles';
import { SETTLE_TRIES } from '../../../server/src/sidecarMerge';
import { SAVE_DELAY_MS, SidecarStore } from '../../../server/src/sidecarStore';
import { TEXT, article as scratchArticle, changedLongAgo, decide, events, saved, statuses, storeWithOneSaved, theyDecide } from './sidecarFixture';

const article = () => scratchArticle('ana-disk-');
const texts = (store: SidecarStore, uri: string) => statuses(store.decisions(uri));
const told = (log: string[]) => log.filter((l) => l.startsWith('writeFailed') || l.startsWith('error'));

/** Mine saved, then theirs: the file as the other writer leaves it (theirs beside mine), and my file put back. */
function theirFile(a: ReturnType<typeof article>): string {
  const mine = readFileSync(a.sidecar, 'utf8');
  theyDecide(a.uri, 'مونتريال');
  const full = readFileSync(a.sidecar, 'utf8');
  writeFileSync(a.sidecar, mine);
  return full;
}

/**
 * Another tool rewriting `file` in place with `full`, one step per read of it: it truncates and writes the first
 * `parts[0]` characters, then each read of ours sees the file as it is and the tool writes on while we read. The
 * returned function ends it: the tool writes the rest.
 */
function writerInPlace(file: string, full: string, parts: number[]): () => void {
  let step = 0;
  writeFileSync(file, full.slice(0, parts[0]));
  const read = disk.readFileSync;
  const m = mock.method(disk, 'readFileSync', (f: string) => {
    const bytes = read(f);
    if (f === file && step + 1 < parts.length) writeFileSync(file, full.slice(0, parts[++step]));
    return bytes;
  });
  return () => { m.mock.restore(); writeFileSync(file, full); };
}

test('a sidecar another tool writes in place, caught half-written: not told as unreadable; its next event merges the whole file', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const full = theirFile(a);
  const done = writerInPlace(a.sidecar, full, [40, Math.floor(full.length / 2), full.length]);
  store.filesChanged([a.sidecarUri]); // the truncation's event: read while the tool writes on
  done();
  store.filesChanged([a.sidecarUri]); // the tool's last write
  assert.deepEqual(told(ev.log), [], ev.log.join('\n'));
  assert.equal(store.writeError(a.uri), undefined);
  assert.deepEqual(texts(store, a.uri), ['كارني:accepted', 'مونتريال:rejected']);
});

test('a sidecar that stays broken is told once and never overwritten; one that keeps moving is told after a bounded number of reads', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const good = readFileSync(a.sidecar, 'utf8');
  writeFileSync(a.sidecar, '{ "schema": "arabic-news-annotator/sidecar@1", "decisions": [');
  changedLongAgo(a.sidecar);
  store.filesChanged([a.sidecarUri]);
  assert.equal(told(ev.log).length, 1, 'still and changed long ago, so broken: told at once as before');
  writeFileSync(a.sidecar, good);
  store.filesChanged([a.sidecarUri]);
  assert.equal(store.writeError(a.uri), undefined, 'mended');
  // A tool that never finishes: every read finds it longer.
  const endless = 'x'.repeat(10 * (SETTLE_TRIES + 2));
  const writing = writerInPlace(a.sidecar, endless, Array.from({ length: 2 * SETTLE_TRIES + 4 }, (_, i) => 5 * (i + 1)));
  for (let i = 0; i < SETTLE_TRIES; i++) store.filesChanged([a.sidecarUri]);
  assert.equal(told(ev.log).length, 1, 'quiet while it moves');
  store.filesChanged([a.sidecarUri]);
  writing();
  assert.equal(told(ev.log).length, 2, 'told once the tries are spent');
  assert.match(store.writeError(a.uri) ?? '', /cannot be read/);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  const before = readFileSync(a.sidecar, 'utf8');
  assert.equal(store.flush(a.uri), false);
  assert.equal(readFileSync(a.sidecar, 'utf8'), before, 'never overwritten');
});

test('a writer that pauses mid-write is not told as broken; one that never finishes is told once its change is two seconds old, with no further event', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const full = theirFile(a);
  const now = disk.now;
  let later = 0;
  const clock = mock.method(disk, 'now', () => now() + later);
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    // It stops after a first chunk: the file is still between our two reads, and broken.
    writeFileSync(a.sidecar, full.slice(0, 60));
    store.filesChanged([a.sidecarUri]);
    assert.deepEqual(told(ev.log), [], 'a pause is no broken file');
    writeFileSync(a.sidecar, full);
    store.filesChanged([a.sidecarUri]);
    assert.deepEqual(texts(store, a.uri), ['كارني:accepted', 'مونتريال:rejected']);
    // It dies after a first chunk: no event will follow; the store looks again once the change is old.
    writeFileSync(a.sidecar, full.slice(0, 60));
    store.filesChanged([a.sidecarUri]);
    assert.deepEqual(told(ev.log), []);
    later = RECHECK_MS;
    mock.timers.tick(RECHECK_MS);
    assert.equal(told(ev.log).length, 1, ev.log.join('\n'));
    assert.match(store.writeError(a.uri) ?? '', /cannot be read/);
  } finally {
    mock.timers.reset();
    clock.mock.restore();
  }
  assert.equal(readFileSync(a.sidecar, 'utf8'), full.slice(0, 60), 'never overwritten');
});

test('the save timer meeting a sidecar half-written in place waits for it instead of prompting, then writes both sides', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const full = theirFile(a);
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    decide(store, a.uri, 'أوتاوا', 'rejected');
    const done = writerInPlace(a.sidecar, full, [30, full.length]);
    mock.timers.tick(SAVE_DELAY_MS);
    done();
    assert.deepEqual(told(ev.log), [], ev.log.join('\n'));
    mock.timers.tick(SAVE_DELAY_MS);
  } finally {
    mock.timers.reset();
  }
  assert.deepEqual(saved(a.sidecar).map((d) => `${d.text}:${d.status}`).sort(), ['أوتاوا:rejected', 'كارني:accepted', 'مونتريال:rejected']);
});

test('at shutdown a sidecar caught half-written is read again at once, not left to a timer that never fires: both sides written', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const full = theirFile(a);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  const done = writerInPlace(a.sidecar, full, [30, full.length]);
  let written: string[];
  try {
    store.flushAll();
    written = saved(a.sidecar).map((d) => `${d.text}:${d.status}`).sort();
  } finally {
    done();
  }
  assert.deepEqual(told(ev.log), [], ev.log.join('\n'));
  assert.deepEqual(written, ['أوتاوا:rejected', 'كارني:accepted', 'مونتريال:rejected']);
});

test('at shutdown a sidecar that keeps moving is told as unreadable after a bounded number of reads, and never overwritten', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  const endless = 'x'.repeat(10 * (SETTLE_TRIES + 4));
  const writing = writerInPlace(a.sidecar, endless, Array.from({ length: 2 * SETTLE_TRIES + 6 }, (_, i) => 5 * (i + 1)));
  let after: string;
  try {
    store.flushAll();
    after = readFileSync(a.sidecar, 'utf8');
  } finally {
    writing();
  }
  assert.equal(told(ev.log).length, 1, ev.log.join('\n'));
  assert.ok(!after.includes('أوتاوا'), 'their half-written file is not overwritten');
});

/** Counts our reads of `files` while `run` runs. */
function readsOf(files: string | string[], run: () => void): number {
  const read = disk.readFileSync;
  let n = 0;
  const m = mock.method(disk, 'readFileSync', (f: string) => { if ([files].flat().includes(f)) n++; return read(f); });
  try { run(); } finally { m.mock.restore(); }
  return n;
}

test('focus checks of a sidecar whose size and old mtime did not move read nothing; a change of either is read and merged', () => {
  const a = article();
  const store = storeWithOneSaved(a.uri, events());
  store.close(a.uri);
  changedLongAgo(a.sidecar);
  store.open(a.uri, TEXT);
  assert.equal(readsOf(a.sidecar, () => { store.reread(); store.reread(a.uri); store.reread(); }), 0);
  theirFile(a);
  theyDecide(a.uri, 'مونتريال');
  store.reread();
  assert.deepEqual(texts(store, a.uri), ['كارني:accepted', 'مونتريال:rejected']);
});

test('a stamp taken within two seconds of its mtime is not trusted: a same-size rewrite keeping the mtime is still seen; later the stamp is trusted', () => {
  const a = article();
  const store = storeWithOneSaved(a.uri, events());
  const { mtime } = statSync(a.sidecar);
  // A coarse clock: their rewrite (accepted → rejected, same size) keeps the mtime.
  writeFileSync(a.sidecar, readFileSync(a.sidecar, 'utf8').replace('"accepted"', '"rejected"'));
  utimesSync(a.sidecar, mtime, mtime);
  store.reread();
  assert.deepEqual(texts(store, a.uri), ['كارني:rejected']);
  const now = disk.now;
  const later = mock.method(disk, 'now', () => now() + 3_000);
  try {
    assert.equal(readsOf(a.sidecar, () => store.reread()), 1, 'hashed once more, then stamped as trusted');
    assert.equal(readsOf(a.sidecar, () => store.reread()), 0);
  } finally {
    later.mock.restore();
  }
});

test('a watcher event naming many files reads only the open sidecars it names, or a folder holding them; a sibling sharing a prefix is none', () => {
  const [a, b] = [article(), article()];
  const store = new SidecarStore(events());
  store.open(a.uri, TEXT);
  store.open(b.uri, TEXT);
  decide(store, a.uri, 'كارني');
  decide(store, b.uri, 'كارني');
  assert.ok(store.flush(a.uri) && store.flush(b.uri));
  const checkout = Array.from({ length: 20_000 }, (_, i) => pathToFileURL(`${a.dir}-other/f${i}.txt`).toString());
  const sibling = pathToFileURL(`${a.dir}2`).toString();
  assert.equal(readsOf([a.sidecar, b.sidecar], () => store.filesChanged([...checkout, sibling, `untitled:${a.sidecar}`])), 0);
  const named = () => store.filesChanged([...checkout, pathToFileURL(a.dir).toString(), a.sidecarUri]);
  assert.equal(readsOf([a.sidecar, b.sidecar], named), 1, 'a\'s sidecar read once, though named twice; b\'s not at all');
});

test('a write hashes the sidecar first, trusted stamp or not: a same-size rewrite that kept an old mtime (a sync client, cp -p) is merged, not overwritten', () => {
  const a = article();
  const store = storeWithOneSaved(a.uri, events());
  changedLongAgo(a.sidecar);
  store.reread(); // hashed once more: the stamp is trusted from here on
  // Their rewrite (accepted → rejected, same size) arrives with the old mtime it had where it was written.
  writeFileSync(a.sidecar, readFileSync(a.sidecar, 'utf8').replace('"accepted"', '"rejected"'));
  changedLongAgo(a.sidecar);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  assert.ok(store.flush(a.uri));
  assert.deepEqual(saved(a.sidecar).map((d) => `${d.text}:${d.status}`).sort(), ['أوتاوا:rejected', 'كارني:rejected']);
});
