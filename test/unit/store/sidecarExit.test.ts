// What the store leaves behind when the editor exits: no timer that reads or tells afterwards, and rescue copies that two windows exiting at once cannot write over each other.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mock, test } from 'node:test';
import { disk, MTIME_TRUST_MS } from '../../../server/src/io/sidecarFile';
import { rescueCopies } from '../../../server/src/sidecarFiles';
import { SAVE_DELAY_MS, SidecarStore } from '../../../server/src/sidecarStore';
import { TEXT, article as scratchArticle, changedLongAgo, decide, events, saved, statuses, storeWithOneSaved, theyDecide } from './sidecarFixture';

const article = () => scratchArticle('ana-exit-');
const broken = '{ "schema": "arabic-news-annotator/sidecar@1", "decisions": [';

/** Every rescue copy beside the sidecar that exists, with its decisions. */
const copies = (sidecar: string) => rescueCopies(sidecar).filter((c) => existsSync(c)).map((c) => ({ copy: c, decisions: statuses(saved(c)) }));

test('after the exit flush no timer reads the sidecar or tells anything: not the save timer, not the look again at a writer caught mid-write', () => {
  const a = article();
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const mine = readFileSync(a.sidecar, 'utf8');
  theyDecide(a.uri, 'مونتريال');
  const full = readFileSync(a.sidecar, 'utf8');
  writeFileSync(a.sidecar, mine);
  mock.timers.enable({ apis: ['setTimeout'] });
  const read = disk.readFileSync;
  let reads = 0;
  const counted = mock.method(disk, 'readFileSync', (f: string) => { reads++; return read(f); });
  try {
    // Their writer stops after a first chunk: quiet, looked at again in two seconds.
    writeFileSync(a.sidecar, full.slice(0, 60));
    store.filesChanged([a.sidecarUri]);
    decide(store, a.uri, 'أوتاوا', 'rejected');
    store.flushAll(); // the editor quits: told, what is owed rescued
    const told = ev.log.length;
    reads = 0;
    mock.timers.tick(SAVE_DELAY_MS + MTIME_TRUST_MS * 3);
    assert.equal(reads, 0, 'nothing read after exit');
    assert.equal(ev.log.length, told, ev.log.slice(told).join('\n'));
  } finally {
    counted.mock.restore();
    mock.timers.reset();
  }
  assert.deepEqual(copies(a.sidecar).map((c) => c.decisions), [['أوتاوا:rejected', 'كارني:accepted']]);
  assert.equal(readFileSync(a.sidecar, 'utf8'), full.slice(0, 60), 'their file never overwritten');
});

/** Two windows on one article whose sidecar is broken, each with a decision of its own not saved. */
function twoWindows(a: ReturnType<typeof article>): [SidecarStore, SidecarStore] {
  const one = storeWithOneSaved(a.uri, events());
  const two = new SidecarStore(events());
  two.open(a.uri, TEXT);
  writeFileSync(a.sidecar, broken);
  changedLongAgo(a.sidecar);
  one.filesChanged([a.sidecarUri]);
  two.filesChanged([a.sidecarUri]);
  decide(one, a.uri, 'أوتاوا', 'rejected');
  decide(two, a.uri, 'مونتريال', 'manual', 'LOCATION');
  return [one, two];
}

/** Runs `first` so that `second` runs whole while first's rescue copy is being written (between its read and its last step). */
function atOnce(first: () => void, second: () => void): void {
  const write = disk.writeSync;
  let inside = false;
  const m = mock.method(disk, 'writeSync', (fd: number, data: Buffer, offset: number, length: number) => {
    if (!inside) { inside = true; second(); }
    return write(fd, data, offset, length);
  });
  try { first(); } finally { m.mock.restore(); }
  assert.ok(inside, 'the second window exited during the first one\'s write');
}

test('two windows exiting at the same moment with a sidecar that cannot take their decisions: both windows\' decisions are in the rescue copies', () => {
  const a = article();
  const [one, two] = twoWindows(a);
  atOnce(() => one.flushAll(), () => two.flushAll());
  assert.equal(readFileSync(a.sidecar, 'utf8'), broken);
  const all = copies(a.sidecar).flatMap((c) => c.decisions);
  for (const d of ['أوتاوا:rejected', 'كارني:accepted', 'مونتريال:manual']) assert.ok(all.includes(d), `${d} in ${JSON.stringify(copies(a.sidecar))}`);
});

test('two windows exiting at once onto an earlier readable copy: nothing of it or of either window is lost; a later exit gathers them into one copy', () => {
  const a = article();
  const [one, two] = twoWindows(a);
  // An earlier exit's copy, with a decision neither window has.
  const earlier = new SidecarStore(events());
  writeFileSync(a.sidecar, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'news.txt' }, decisions: [] }));
  earlier.open(a.uri, TEXT);
  decide(earlier, a.uri, 'الكندي', 'rejected');
  writeFileSync(a.sidecar, broken);
  changedLongAgo(a.sidecar);
  earlier.filesChanged([a.sidecarUri]);
  earlier.flushAll();
  assert.deepEqual(copies(a.sidecar).map((c) => c.decisions), [['الكندي:rejected']]);
  atOnce(() => one.flushAll(), () => two.flushAll());
  const all = new Set(copies(a.sidecar).flatMap((c) => c.decisions));
  assert.deepEqual([...all].sort(), ['أوتاوا:rejected', 'الكندي:rejected', 'كارني:accepted', 'مونتريال:manual']);
  // The next failing exit carries every readable copy into one.
  const next = new SidecarStore(events());
  writeFileSync(a.sidecar, JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: { path: 'news.txt' }, decisions: [] }));
  next.open(a.uri, TEXT);
  decide(next, a.uri, 'الصلب', 'rejected');
  writeFileSync(a.sidecar, broken);
  changedLongAgo(a.sidecar);
  next.flushAll();
  assert.deepEqual(copies(a.sidecar).map((c) => c.decisions), [['أوتاوا:rejected', 'الصلب:rejected', 'الكندي:rejected', 'كارني:accepted', 'مونتريال:manual']]);
});
