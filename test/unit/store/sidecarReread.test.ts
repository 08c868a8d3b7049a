// The store hears that an open article's sidecar changed on disk: its own writes, another writer's, a deletion, a broken file mended.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { SidecarStore } from '../../../server/src/sidecarStore';
import { TEXT, article as scratchArticle, changedLongAgo, decide, events as allEvents, saved, statuses as texts, storeWithOneSaved, theyDecide } from './sidecarFixture';

const events = () => allEvents(true);
const article = () => scratchArticle('ana-reread-');

test('the watcher telling of this store\'s own write changes nothing: no merge, no new version', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const [version, heard] = [store.version(a.uri), ev.log.length];
  store.filesChanged([a.sidecarUri]);
  assert.equal(store.version(a.uri), version);
  assert.deepEqual(ev.log.slice(heard), []);
});

test('another writer\'s file replacing a deleted one: every decision held here is kept beside theirs', () => {
  const a = article();
  const ev = events();
  const [me, them] = [new SidecarStore(ev), new SidecarStore(events())];
  me.open(a.uri, TEXT);
  decide(me, a.uri, 'كارني');
  assert.ok(me.flush(a.uri));
  unlinkSync(a.sidecar);
  me.filesChanged([a.sidecarUri]);
  assert.equal(ev.log.filter((l) => l.startsWith('deleted')).length, 1);
  them.open(a.uri, TEXT); // a fresh file: it never had my decision, and did not remove it
  decide(them, a.uri, 'أوتاوا', 'rejected');
  them.close(a.uri);
  me.filesChanged([a.sidecarUri]);
  assert.deepEqual(texts(me.decisions(a.uri)), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.equal(me.acceptDeletion(a.uri), false, 'the file is back: nothing to discard');
});

test('a deleted folder is one event for the folder: its open article is told; Discard Them drops the decisions and writes nothing', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  rmSync(a.sidecar);
  store.filesChanged([pathToFileURL(dirname(a.file)).toString()]);
  assert.deepEqual(ev.log.filter((l) => l.startsWith('deleted')), [`deleted: ${a.sidecar} | 1`]);
  assert.equal(store.decisions(a.uri).length, 1, 'kept until the user says otherwise');
  store.filesChanged([a.sidecarUri]);
  assert.equal(ev.log.filter((l) => l.startsWith('deleted')).length, 1, 'told once');
  assert.ok(store.acceptDeletion(a.uri));
  assert.deepEqual(store.decisions(a.uri), []);
  store.close(a.uri);
  assert.ok(!existsSync(a.sidecar));
});

test('no sidecar yet, or nothing held: its absence is no deletion to tell', () => {
  const a = article();
  const ev = events();
  const store = new SidecarStore(ev);
  store.open(a.uri, TEXT);
  decide(store, a.uri, 'كارني'); // not saved yet
  store.reread(a.uri);
  store.undo(a.uri);
  assert.ok(store.flush(a.uri));
  store.filesChanged([a.sidecarUri]);
  assert.ok(!ev.log.some((l) => l.startsWith('deleted')), ev.log.join('\n'));
});

test('a sidecar that disabled annotation works again once the other writer mends it; a new fault is told', () => {
  const a = article();
  writeFileSync(a.sidecar, '{ "schema": "arabic-news-annotator/sidecar@1", ');
  const ev = events();
  const store = new SidecarStore(ev);
  store.open(a.uri, TEXT);
  assert.ok(store.error(a.uri));
  assert.throws(() => decide(store, a.uri, 'كارني'));
  const lead = 'عاجل: ';
  store.edit(a.uri, 0, 0, lead.length); // typed while annotation was disabled
  store.refresh(a.uri, lead + TEXT);
  writeFileSync(a.sidecar, '{ "schema": "arabic-news-annotator/sidecar@9", "document": { "path": "news.txt" }, "decisions": [] }');
  store.filesChanged([a.sidecarUri]);
  assert.match(ev.log.filter((l) => l.startsWith('error')).at(-1) ?? '', /schema version 9/);
  unlinkSync(a.sidecar);
  theyDecide(a.uri, 'مونتريال');
  store.filesChanged([a.sidecarUri]);
  assert.equal(store.error(a.uri), undefined);
  assert.deepEqual(texts(store.decisions(a.uri)), ['مونتريال:rejected']);
  assert.equal(store.decisions(a.uri)[0].start, (lead + TEXT).indexOf('مونتريال'), 'placed in the text as it is now');
  store.update(a.uri, (ds) => [...ds, store.make(a.uri, lead + TEXT, { start: (lead + TEXT).indexOf('كارني'), end: (lead + TEXT).indexOf('كارني') + 5, kind: 'entity', label: 'PERSON' }, 'accepted')]);
  assert.ok(store.flush(a.uri));
  assert.deepEqual(texts(saved(a.sidecar)), ['كارني:accepted', 'مونتريال:rejected']);
});

test('a sidecar broken by the other writer and then mended: nothing was overwritten, and the merge goes on', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const good = readFileSync(a.sidecar, 'utf8');
  writeFileSync(a.sidecar, '{ broken');
  changedLongAgo(a.sidecar); // left broken, not being written (sidecarDisk tests a writer still at it)
  store.filesChanged([a.sidecarUri]);
  assert.equal(ev.log.filter((l) => l.startsWith('writeFailed')).length, 1);
  assert.ok(store.writeError(a.uri));
  assert.equal(readFileSync(a.sidecar, 'utf8'), '{ broken');
  writeFileSync(a.sidecar, good.replace('"accepted"', '"rejected"'));
  store.filesChanged([a.sidecarUri]);
  assert.equal(store.writeError(a.uri), undefined, 'nothing here is unsaved');
  assert.deepEqual(texts(store.decisions(a.uri)), ['كارني:rejected']);
});

test('a sidecar deleted on disk and the article closed before the user answers: the decisions held here are written back, not dropped', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  unlinkSync(a.sidecar);
  store.filesChanged([a.sidecarUri]);
  assert.equal(ev.log.filter((l) => l.startsWith('deleted')).length, 1);
  store.close(a.uri); // the warning said: "kept here and written back when annotations are next saved"
  assert.deepEqual(texts(saved(a.sidecar)), ['كارني:accepted']);
});

test('another writer\'s file replacing a deleted one: what the merge kept of mine is saved with theirs when the article closes', () => {
  const a = article();
  const me = new SidecarStore(events());
  me.open(a.uri, TEXT);
  decide(me, a.uri, 'كارني');
  assert.ok(me.flush(a.uri));
  unlinkSync(a.sidecar);
  me.filesChanged([a.sidecarUri]);
  theyDecide(a.uri, 'أوتاوا');
  me.filesChanged([a.sidecarUri]);
  assert.deepEqual(texts(me.decisions(a.uri)), ['أوتاوا:rejected', 'كارني:accepted'], 'shown here');
  me.close(a.uri);
  assert.deepEqual(texts(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted'], 'and saved as shown');
});

test('another writer\'s change read in: the review mark set here and not yet saved stays; their new date is taken, not ours read before it', () => {
  const a = article();
  const [me, them] = [new SidecarStore(events()), new SidecarStore(events())];
  me.open(a.uri, TEXT);
  me.setDocumentDate(a.uri, '2024-05-01');
  assert.ok(me.flush(a.uri));
  them.open(a.uri, TEXT);
  them.setDocumentDate(a.uri, '2024-05-02');
  them.close(a.uri);
  me.setReviewed(a.uri, true); // within SAVE_DELAY_MS of the other writer's save
  me.filesChanged([a.sidecarUri]);
  assert.equal(me.reviewed(a.uri), true, 'mine, changed here, kept');
  assert.equal(me.documentDate(a.uri), '2024-05-02', 'theirs: the date was not changed here since it was saved');
  assert.ok(me.flush(a.uri));
  const file = JSON.parse(readFileSync(a.sidecar, 'utf8'));
  assert.deepEqual([file.reviewed, file.document.date], [true, '2024-05-02']);
});

test('undo after another writer\'s change read in takes back my last command only: their decision stays, and redo brings mine back', () => {
  const a = article();
  const me = new SidecarStore(events());
  me.open(a.uri, TEXT);
  decide(me, a.uri, 'كارني');
  decide(me, a.uri, 'أوتاوا', 'rejected');
  assert.ok(me.flush(a.uri));
  theyDecide(a.uri, 'مونتريال');
  me.filesChanged([a.sidecarUri]);
  assert.deepEqual(texts(me.decisions(a.uri)), ['أوتاوا:rejected', 'كارني:accepted', 'مونتريال:rejected']);
  assert.ok(me.undo(a.uri), 'the history is kept');
  assert.deepEqual(texts(me.decisions(a.uri)), ['كارني:accepted', 'مونتريال:rejected']);
  assert.ok(me.undo(a.uri));
  assert.deepEqual(texts(me.decisions(a.uri)), ['مونتريال:rejected']);
  assert.ok(me.redo(a.uri));
  assert.ok(me.flush(a.uri));
  assert.deepEqual(texts(saved(a.sidecar)), ['كارني:accepted', 'مونتريال:rejected'], 'their decision is never undone');
});
