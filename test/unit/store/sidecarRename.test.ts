// An article or its folder renamed in the editor: the decisions go with it, none are written at the old path, and a sidecar already at the new name is never overwritten.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mock, test } from 'node:test';
import type { RenameFile, WorkspaceEdit } from 'vscode-languageserver/node';
import { disk } from '../../../server/src/io/sidecarFile';
import { planRenames } from '../../../server/src/sidecarRename';
import { SidecarStore } from '../../../server/src/sidecarStore';
import { TEXT, article, decide, events, saved, statuses, storeWithOneSaved } from './sidecarFixture';

const uriOf = (file: string) => pathToFileURL(file).toString();

/** What the editor does with the answer: the edit's renames (never over a file), then its own rename. */
function applyThenRename(edit: WorkspaceEdit | null, from: string, to: string): void {
  for (const op of (edit?.documentChanges ?? []) as RenameFile[]) {
    const target = fileURLToPath(op.newUri);
    if (!existsSync(target)) renameSync(fileURLToPath(op.oldUri), target);
  }
  renameSync(from, to);
}

test('an article renamed right after a decision (not yet saved): the decision is in the sidecar at the new name, nothing at the old', () => {
  const a = article('ana-rename-');
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  decide(store, a.uri, 'أوتاوا', 'rejected'); // within the save delay: owed, not written
  const moved = join(a.dir, 'renamed.txt');
  const plan = planRenames([{ oldUri: a.uri, newUri: uriOf(moved) }], store);
  assert.deepEqual(plan.kept, []);
  applyThenRename(plan.edit, a.file, moved);
  // VS Code closes the old name and opens the new one.
  store.close(a.uri);
  store.open(uriOf(moved), TEXT);
  assert.equal(existsSync(a.sidecar), false, 'no stray sidecar at the old path');
  assert.deepEqual(statuses(saved(`${moved}.annotations.json`)), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.deepEqual(statuses(store.decisions(uriOf(moved))), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.deepEqual(ev.log, []);
});

test('a sidecar already at the new name is never overwritten: both kept, the user told, the old one still holds the decisions made under the old name', () => {
  const a = article('ana-rename-');
  const store = storeWithOneSaved(a.uri, events());
  decide(store, a.uri, 'أوتاوا', 'rejected');
  const moved = join(a.dir, 'renamed.txt');
  const theirs = readFileSync(a.sidecar, 'utf8').replace('news.txt', 'renamed.txt');
  writeFileSync(`${moved}.annotations.json`, theirs);
  const plan = planRenames([{ oldUri: a.uri, newUri: uriOf(moved) }], store);
  assert.equal(plan.edit, null, 'nothing renamed over it');
  assert.deepEqual(plan.kept, [{ article: moved, sidecar: a.sidecar, existing: `${moved}.annotations.json` }]);
  applyThenRename(plan.edit, a.file, moved);
  store.close(a.uri);
  assert.equal(readFileSync(`${moved}.annotations.json`, 'utf8'), theirs, 'the existing sidecar untouched');
  assert.deepEqual(statuses(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted'], 'the old one has every decision');
});

test('a folder renamed with an open article: what is owed is written before, then only in the renamed folder', () => {
  const a = article('ana-rename-');
  const inner = join(a.dir, 'desk');
  mkdirSync(inner);
  const file = join(inner, 'news.txt');
  writeFileSync(file, TEXT);
  const ev = events();
  const store = storeWithOneSaved(uriOf(file), ev);
  decide(store, uriOf(file), 'أوتاوا', 'rejected');
  const renamed = join(a.dir, 'archive');
  const plan = planRenames([{ oldUri: uriOf(inner), newUri: uriOf(renamed) }], store);
  assert.equal(plan.edit, null, 'the folder carries its sidecars');
  applyThenRename(plan.edit, inner, renamed);
  store.close(uriOf(file));
  assert.equal(existsSync(inner), false, 'the old folder not made again');
  assert.deepEqual(statuses(saved(join(renamed, 'news.txt.annotations.json'))), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.deepEqual(ev.log, []);
});

test('an article and its sidecar renamed together by the user: the sidecar is theirs to place, not renamed twice', () => {
  const a = article('ana-rename-');
  const store = storeWithOneSaved(a.uri, events());
  const moved = join(a.dir, 'renamed.txt');
  const files = [{ oldUri: a.uri, newUri: uriOf(moved) }, { oldUri: uriOf(a.sidecar), newUri: uriOf(`${moved}.annotations.json`) }];
  const plan = planRenames(files, store);
  assert.equal(plan.edit, null);
  renameSync(a.sidecar, `${moved}.annotations.json`);
  renameSync(a.file, moved);
  decide(store, a.uri, 'أوتاوا', 'rejected'); // a late write of the old name's entry
  store.close(a.uri);
  assert.equal(existsSync(a.sidecar), false);
  assert.deepEqual(statuses(saved(`${moved}.annotations.json`)), ['أوتاوا:rejected', 'كارني:accepted']);
});

test('a closed article renamed: its sidecar and a rescue copy go with it', () => {
  const a = article('ana-rename-');
  const store = storeWithOneSaved(a.uri, events());
  store.close(a.uri);
  writeFileSync(`${a.sidecar}.unsaved`, readFileSync(a.sidecar));
  const moved = join(a.dir, 'renamed.txt');
  const plan = planRenames([{ oldUri: a.uri, newUri: uriOf(moved) }], new SidecarStore(events()));
  applyThenRename(plan.edit, a.file, moved);
  assert.deepEqual(statuses(saved(`${moved}.annotations.json`)), ['كارني:accepted']);
  assert.ok(existsSync(`${moved}.annotations.json.unsaved`));
  assert.equal(existsSync(a.sidecar), false);
});

test('a change of case only, where names ignore case: the sidecar found at the new name is itself, so it is renamed, not kept apart', () => {
  const a = article('ana-rename-');
  const upper = join(a.dir, 'News.txt');
  const caseless = { exists: () => true, isFolder: () => false, sameFile: () => true, move: () => {} };
  const plan = planRenames([{ oldUri: a.uri, newUri: uriOf(upper) }], new SidecarStore(events()), caseless);
  assert.deepEqual(plan.kept, []);
  assert.deepEqual((plan.edit?.documentChanges as RenameFile[])[0], { kind: 'rename', oldUri: uriOf(a.sidecar), newUri: uriOf(`${upper}.annotations.json`), options: { overwrite: false, ignoreIfExists: true } });
});

/** Every write fails (a read-only share, a full disk) while `run` runs. */
function writesFailing(run: () => void): void {
  const m = mock.method(disk, 'writeSync', () => { throw Object.assign(new Error('EROFS: read-only file system, write'), { code: 'EROFS' }); });
  try { run(); } finally { m.mock.restore(); }
}

for (const order of ['closed then opened', 'opened then closed'] as const) {
  test(`renamed while its sidecar cannot be written (${order}): the decision still owed is shown under the new name and written there once writes work`, () => {
    const a = article('ana-rename-');
    const ev = events();
    const store = storeWithOneSaved(a.uri, ev);
    const moved = join(a.dir, 'renamed.txt');
    writesFailing(() => {
      decide(store, a.uri, 'أوتاوا', 'rejected');
      assert.equal(store.flush(a.uri), false);
      const plan = planRenames([{ oldUri: a.uri, newUri: uriOf(moved) }], store);
      applyThenRename(plan.edit, a.file, moved);
      if (order === 'closed then opened') { store.close(a.uri); store.open(uriOf(moved), TEXT); }
      else { store.open(uriOf(moved), TEXT); store.close(a.uri); }
    });
    assert.deepEqual(statuses(store.decisions(uriOf(moved))), ['أوتاوا:rejected', 'كارني:accepted'], 'shown under the new name');
    assert.ok(store.flush(uriOf(moved)));
    assert.deepEqual(statuses(saved(`${moved}.annotations.json`)), ['أوتاوا:rejected', 'كارني:accepted']);
    assert.equal(existsSync(a.sidecar), false, 'nothing at the old name');
  });
}

test('a closed article whose sidecar is gone but whose rescue copy is there, renamed: the copy goes with it and is told at the new name', () => {
  const a = article('ana-rename-');
  const store = storeWithOneSaved(a.uri, events());
  store.close(a.uri);
  renameSync(a.sidecar, `${a.sidecar}.unsaved`);
  const moved = join(a.dir, 'renamed.txt');
  const plan = planRenames([{ oldUri: a.uri, newUri: uriOf(moved) }], new SidecarStore(events()));
  applyThenRename(plan.edit, a.file, moved);
  assert.equal(existsSync(`${a.sidecar}.unsaved`), false, 'no copy left beside the old name');
  const ev = events();
  new SidecarStore(ev).open(uriOf(moved), TEXT);
  assert.ok(ev.log.some((l) => l.startsWith('rescued') && l.includes(`${moved}.annotations.json.unsaved`)), ev.log.join('\n'));
});
