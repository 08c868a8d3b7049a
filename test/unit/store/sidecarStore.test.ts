// The sidecar store against a real folder: autosave timing, two writers, failed writes, outside changes, refused commands.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mock, test } from 'node:test';
import { SAVE_DELAY_MS, SidecarStore } from '../../../server/src/sidecarStore';
import { TEXT, article, decide, events, saved, storeWithOneSaved } from './sidecarFixture';

const WORDS = ['رئيس', 'الوزراء', 'الكندي', 'مارك', 'كارني', 'أوتاوا', 'حكومته', 'ستدعم', 'صناعة', 'الصلب', 'انتقدت', 'زعيمة', 'المعارضة', 'مونتريال', 'القرار'];

test('decisions a few ms apart do not postpone the save: it happens at most 1 s after the first', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const a = article();
    const store = new SidecarStore(events());
    store.open(a.uri, TEXT);
    let elapsed = 0;
    for (const w of WORDS) {
      decide(store, a.uri, w);
      mock.timers.tick(100);
      elapsed += 100;
      if (elapsed >= 1000) break;
    }
    assert.ok(SAVE_DELAY_MS <= 1000);
    assert.ok(existsSync(a.sidecar), 'written while decisions keep coming');
    assert.ok(saved(a.sidecar).length >= SAVE_DELAY_MS / 100, `${saved(a.sidecar).length} decisions on disk after ${elapsed} ms`);
  } finally {
    mock.timers.reset();
  }
});

test('two writers of one sidecar: every decision of both is kept, ids never collide', () => {
  const a = article();
  const [one, two] = [new SidecarStore(events()), new SidecarStore(events())];
  one.open(a.uri, TEXT);
  two.open(a.uri, TEXT);
  WORDS.slice(0, 7).forEach((w) => decide(one, a.uri, w));
  WORDS.slice(7).forEach((w) => decide(two, a.uri, w, 'rejected'));
  assert.ok(one.flush(a.uri) && two.flush(a.uri));
  decide(one, a.uri, 'مارك كارني', 'manual');
  assert.ok(one.flush(a.uri));
  const ds = saved(a.sidecar);
  assert.equal(ds.length, WORDS.length + 1, ds.map((d) => d.text).join(' '));
  assert.equal(new Set(ds.map((d) => d.id)).size, ds.length, 'unique ids');
  assert.equal(one.decisions(a.uri).length, WORDS.length + 1, 'the first writer now shows the second one\'s decisions');
  one.close(a.uri);
  two.close(a.uri);
});

test('two writers deciding the same span differently: the user is told, nothing is silently dropped', () => {
  const a = article();
  const [one, two] = [new SidecarStore(events()), events()];
  const other = new SidecarStore(two);
  one.open(a.uri, TEXT);
  other.open(a.uri, TEXT);
  decide(one, a.uri, 'أوتاوا', 'accepted', 'LOCATION');
  one.flush(a.uri);
  decide(other, a.uri, 'أوتاوا', 'rejected', 'LOCATION');
  other.flush(a.uri);
  assert.ok(two.log.some((l) => l.startsWith('merged') && l.includes('أوتاوا') && l.includes('rejected') && l.includes('accepted')), two.log.join('\n'));
});

test('a failed write never throws: decisions stay in memory, the write is retried on the next change', () => {
  const a = article();
  const ev = events();
  const store = new SidecarStore(ev);
  store.open(a.uri, TEXT);
  decide(store, a.uri, 'كارني');
  renameSync(a.dir, `${a.dir}.away`); // the folder became unreachable (unmounted share, removed, read-only)
  assert.equal(store.flush(a.uri), false);
  assert.equal(ev.log.filter((l) => l.startsWith('writeFailed')).length, 1);
  decide(store, a.uri, 'أوتاوا');
  assert.equal(store.flush(a.uri), false);
  assert.equal(store.decisions(a.uri).length, 2);
  store.close(a.uri); // fails too: the decisions are kept for a reopen
  mkdirSync(a.dir);
  store.open(a.uri, TEXT);
  assert.equal(store.decisions(a.uri).length, 2);
  decide(store, a.uri, 'مونتريال');
  assert.ok(store.flush(a.uri));
  assert.equal(saved(a.sidecar).length, 3);
  assert.ok(ev.log.some((l) => l.startsWith('saved')));
});

test('an article changed outside the editor: nothing is written on open, and lost decisions stay in the file as orphaned', () => {
  const a = article();
  let store = new SidecarStore(events());
  store.open(a.uri, TEXT);
  WORDS.forEach((w) => decide(store, a.uri, w));
  store.close(a.uri);
  const before = readFileSync(a.sidecar, 'utf8');
  const ev = events();
  store = new SidecarStore(ev);
  store.open(a.uri, ''); // emptied (another branch checked out)
  assert.ok(ev.log.some((l) => l.startsWith('orphaned')));
  store.close(a.uri);
  assert.equal(readFileSync(a.sidecar, 'utf8'), before, 'opening and closing did not rewrite it');
  store = new SidecarStore(events());
  store.open(a.uri, 'خبر آخر تماماً عن الطقس.');
  store.update(a.uri, (ds) => [...ds, store.make(a.uri, 'خبر آخر تماماً عن الطقس.', { start: 12, end: 17, kind: 'entity', label: 'MISC' }, 'manual')]);
  store.close(a.uri);
  const ds = saved(a.sidecar);
  assert.equal(ds.length, WORDS.length + 1);
  assert.ok(ds.filter((d) => d.status === 'orphaned').every((d) => d.was === 'accepted' && d.text && typeof d.prefix === 'string'));
  store = new SidecarStore(events());
  store.open(a.uri, TEXT); // the branch is back: all of them return
  assert.equal(store.decisions(a.uri).filter((d) => d.status === 'accepted').length, WORDS.length);
});

test('a command producing an invalid decision (unknown label) is refused and changes nothing', () => {
  const a = article();
  const store = new SidecarStore(events());
  store.open(a.uri, TEXT);
  assert.throws(() => decide(store, a.uri, 'كارني', 'manual', 'PERS'), /unknown label "PERS"/);
  assert.equal(store.decisions(a.uri).length, 0);
});

test('URIs without a local path (file://host/…, %2F) do not throw; the user is told nothing can be saved', () => {
  for (const uri of ['file://fileserver/share/news.txt', 'file:///tmp/a%2Fb.txt']) {
    const ev = events();
    const store = new SidecarStore(ev);
    store.open(uri, TEXT);
    decide(store, uri, 'كارني');
    store.close(uri);
    assert.ok(ev.log.some((l) => l.startsWith('unsaveable')), uri);
  }
});

test('text deleted in the editor orphans its decision (kept in the file); typing it back revives it', () => {
  const a = article();
  const ev = events();
  const store = new SidecarStore(ev);
  store.open(a.uri, TEXT);
  decide(store, a.uri, 'مونتريال', 'accepted', 'LOCATION');
  const at = TEXT.indexOf('مونتريال');
  const without = TEXT.slice(0, at) + TEXT.slice(at + 'مونتريال'.length);
  store.edit(a.uri, at, at + 'مونتريال'.length, 0);
  store.refresh(a.uri, without);
  assert.ok(ev.log.some((l) => l.startsWith('orphaned') && l.includes('deleted')));
  assert.ok(store.flush(a.uri));
  assert.deepEqual(saved(a.sidecar).map((d) => [d.status, d.was, d.text]), [['orphaned', 'accepted', 'مونتريال']]);
  store.edit(a.uri, at, at, 'مونتريال'.length); // Ctrl+Z
  store.refresh(a.uri, TEXT);
  assert.equal(store.reviveOrphans(a.uri, TEXT), 1);
  assert.deepEqual(store.decisions(a.uri).map((d) => [d.status, d.start]), [['accepted', at]]);
});

test('fields written by a newer tool or by hand survive the store\'s rewrite', () => {
  const a = article();
  writeFileSync(a.sidecar, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'news.txt', source: 'AFP' }, project: 'elections', decisions: [] }));
  const store = new SidecarStore(events());
  store.open(a.uri, TEXT);
  decide(store, a.uri, 'كارني');
  store.close(a.uri);
  const raw = JSON.parse(readFileSync(a.sidecar, 'utf8'));
  assert.deepEqual([raw.project, raw.document.source, raw.decisions.length], ['elections', 'AFP', 1]);
});

test('a sidecar the user made read-only is not replaced: the write fails with that reason, decisions stay in memory', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const before = readFileSync(a.sidecar, 'utf8');
  chmodSync(a.sidecar, 0o444);
  decide(store, a.uri, 'أوتاوا');
  assert.equal(store.flush(a.uri), false);
  assert.equal(readFileSync(a.sidecar, 'utf8'), before);
  assert.equal(statSync(a.sidecar).mode & 0o777, 0o444);
  assert.match(ev.log.find((l) => l.startsWith('writeFailed')) ?? '', /read-only, so it is not replaced/);
  assert.equal(store.decisions(a.uri).length, 2);
  chmodSync(a.sidecar, 0o644);
  assert.ok(store.retry(a.uri));
  assert.equal(saved(a.sidecar).length, 2);
});

test('an article opened again while open (didOpen re-sent) keeps a decision not yet saved', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const a = article();
    const store = new SidecarStore(events());
    store.open(a.uri, TEXT);
    decide(store, a.uri, 'كارني');
    store.open(a.uri, TEXT);
    assert.equal(store.decisions(a.uri).length, 1);
    mock.timers.tick(SAVE_DELAY_MS * 2);
    assert.equal(saved(a.sidecar).length, 1);
  } finally {
    mock.timers.reset();
  }
});

test('a sidecar that is a symbolic link is written where it points; the link stays', () => {
  const a = article();
  const shared = join(a.dir, 'shared');
  mkdirSync(shared);
  const target = join(shared, 'news.json');
  writeFileSync(target, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'news.txt' }, decisions: [] }));
  symlinkSync(target, a.sidecar);
  const store = storeWithOneSaved(a.uri, events());
  assert.ok(lstatSync(a.sidecar).isSymbolicLink());
  assert.equal(saved(target).length, 1);
  decide(store, a.uri, 'أوتاوا');
  assert.ok(store.flush(a.uri));
  assert.equal(saved(target).length, 2);
});

test('a sidecar whose folder is missing: the write error names the folder and the sidecar, not the temporary file', () => {
  const a = article();
  const ev = events();
  const store = new SidecarStore(ev);
  store.open(a.uri, TEXT);
  decide(store, a.uri, 'كارني');
  renameSync(a.dir, `${a.dir}.gone`);
  assert.equal(store.flush(a.uri), false);
  const failed = ev.log.find((l) => l.startsWith('writeFailed')) ?? '';
  assert.match(failed, /does not exist/);
  assert.ok(failed.includes(a.dir) && failed.includes('news.txt.annotations.json'), failed);
  assert.ok(!failed.includes('.tmp'), failed);
  assert.equal(store.decisions(a.uri).length, 1);
});
