// What the store leaves behind when the editor exits: no timer that reads or tells afterwards.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mock, test } from 'node:test';
import { disk, MTIME_TRUST_MS } from '../../../server/src/io/sidecarFile';
import { rescueCopies } from '../../../server/src/sidecarFiles';
import { SAVE_DELAY_MS } from '../../../server/src/sidecarStore';
import { article as scratchArticle, decide, events, saved, statuses, storeWithOneSaved, theyDecide } from './sidecarFixture';

const article = () => scratchArticle('ana-exit-');

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
