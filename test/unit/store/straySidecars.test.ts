// An article opened with no sidecar and a sidecar beside no article that holds its text: told, never adopted unasked; adopted, renamed beside it and merged, never over a file.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { SidecarStore } from '../../../server/src/sidecarStore';
import { STRAY_MAX_BYTES, STRAY_MAX_READS, straySidecars } from '../../../server/src/straySidecars';
import { TEXT, article, decide, events, statuses, storeWithOneSaved } from './sidecarFixture';

/** news.txt with one saved decision, then renamed outside the editor: its sidecar stays under the old name, beside no article. */
function strayed() {
  const a = article('ana-stray-');
  storeWithOneSaved(a.uri, events()).close(a.uri);
  const moved = join(a.dir, 'renamed.txt');
  renameSync(a.file, moved);
  return { a, moved, movedUri: pathToFileURL(moved).toString(), movedSidecar: `${moved}.annotations.json` };
}

test('opened with no sidecar: the sidecar beside no article that holds its text is told, with where adopting puts it; nothing is moved or shown', () => {
  const { a, movedUri, movedSidecar } = strayed();
  const ev = events();
  const store = new SidecarStore(ev);
  store.open(movedUri, TEXT);
  assert.deepEqual(ev.log, [`stray: ${a.sidecar} | ${movedSidecar}`]);
  assert.deepEqual(store.decisions(movedUri), []);
  assert.ok(existsSync(a.sidecar) && !existsSync(movedSidecar));
});

test('adopted: renamed beside the article and merged with a decision made before the answer; saved, both are in it', () => {
  const { a, movedUri, movedSidecar } = strayed();
  const store = new SidecarStore(events());
  store.open(movedUri, TEXT);
  decide(store, movedUri, 'أوتاوا', 'rejected');
  assert.equal(store.adopt(movedUri, a.sidecar), 2);
  assert.equal(existsSync(a.sidecar), false);
  store.close(movedUri);
  assert.deepEqual(statuses(JSON.parse(readFileSync(movedSidecar, 'utf8')).decisions), ['أوتاوا:rejected', 'كارني:accepted']);
});

test('adopting never renames over a sidecar that appeared beside the article, nor takes a stray whose article is back, nor one in another folder', () => {
  const { a, moved, movedUri, movedSidecar } = strayed();
  const store = new SidecarStore(events());
  store.open(movedUri, TEXT);
  writeFileSync(movedSidecar, '{ "schema": "arabic-news-annotator/sidecar@1", "document": { "path": "renamed.txt" }, "decisions": [] }\n');
  const stray = readFileSync(a.sidecar, 'utf8');
  assert.throws(() => store.adopt(movedUri, a.sidecar), /exists now/);
  assert.equal(readFileSync(a.sidecar, 'utf8'), stray);
  const elsewhere = join(a.dir, 'sub');
  mkdirSync(elsewhere);
  assert.throws(() => store.adopt(movedUri, join(elsewhere, 'x.txt.annotations.json')), /not beside/);
  writeFileSync(a.file, TEXT); // its article is back: the file is that article's again
  assert.throws(() => store.adopt(movedUri, a.sidecar), /exists again/);
  void moved;
});

test('not told: a sidecar whose article is there, one whose decisions are not in the text, one too large, one that is not a sidecar', () => {
  const { a, movedUri } = strayed();
  const raw = readFileSync(a.sidecar, 'utf8');
  writeFileSync(a.file, TEXT); // news.txt is back: its sidecar is its own
  writeFileSync(join(a.dir, 'elsewhere.txt.annotations.json'), raw.replace(/كارني/g, 'بايدن'));
  writeFileSync(join(a.dir, 'big.txt.annotations.json'), raw.replace('"decisions"', `"pad": "${'x'.repeat(STRAY_MAX_BYTES)}", "decisions"`));
  writeFileSync(join(a.dir, 'broken.txt.annotations.json'), '{ not json');
  const ev = events();
  new SidecarStore(ev).open(movedUri, TEXT);
  assert.deepEqual(ev.log, []);
});

test('a folder of many sidecars beside no article: a bounded number read, whatever the folder holds', () => {
  const { a, moved } = strayed();
  const raw = readFileSync(a.sidecar, 'utf8').replace(/كارني/g, 'بايدن');
  for (let i = 0; i < STRAY_MAX_READS + 5; i++) writeFileSync(join(a.dir, `a${String(i).padStart(3, '0')}.txt.annotations.json`), raw);
  // news.txt's sidecar sorts after every aNNN: past the bound, so not found (the bound holds even when the match is last).
  assert.deepEqual(straySidecars(`${moved}.annotations.json`, TEXT), []);
});
