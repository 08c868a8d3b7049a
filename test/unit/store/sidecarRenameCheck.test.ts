// A rename the editor approved but did not carry out as planned: the article's writes follow it only where it really went, never into another article's sidecar.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { RenameFile, WorkspaceEdit } from 'vscode-languageserver/node';
import { RenameChecks } from '../../../server/src/sidecarRename';
import { SidecarStore } from '../../../server/src/sidecarStore';
import { TEXT, article, decide, events, saved, statuses, storeWithOneSaved } from './sidecarFixture';

const uriOf = (file: string) => pathToFileURL(file).toString();

/** The edit's renames as the editor applies them: never over a file (`ignoreIfExists`). */
function apply(edit: WorkspaceEdit | null): void {
  for (const op of (edit?.documentChanges ?? []) as RenameFile[]) {
    const target = fileURLToPath(op.newUri);
    if (!existsSync(target)) renameSync(fileURLToPath(op.oldUri), target);
  }
}

function setUp() {
  const a = article('ana-recheck-');
  const ev = events();
  const store = storeWithOneSaved(a.uri, ev);
  const told: string[] = [];
  const checks = new RenameChecks(store, (m) => told.push(m));
  const moved = join(a.dir, 'renamed.txt');
  return { a, ev, store, told, checks, moved, movedSidecar: `${moved}.annotations.json` };
}

/** The article moves and the editor then tells us, in VS Code's order: the new name opens, the old one closes, the rename is confirmed. */
function renameInEditorOrder({ a, store, checks, moved }: Pick<ReturnType<typeof setUp>, 'a' | 'store' | 'checks' | 'moved'>): void {
  renameSync(a.file, moved);
  checks.check(uriOf(moved));
  store.open(uriOf(moved), TEXT);
  checks.check(a.uri);
  store.close(a.uri);
  checks.confirmed([{ oldUri: a.uri, newUri: uriOf(moved) }]);
}

test('the sidecar renamed but the article\'s rename then failed: the sidecar comes back, and a later decision is written beside the article, under its own name', () => {
  const { a, store, checks, moved, movedSidecar, told } = setUp();
  apply(checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]).edit);
  assert.ok(existsSync(movedSidecar), 'the editor applied the sidecar rename');
  // The article's own rename fails (or is undone): it keeps its name, and the user goes on annotating it.
  checks.check(a.uri);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  checks.check(a.uri);
  store.close(a.uri);
  assert.equal(existsSync(movedSidecar), false, 'nothing left under a name no article has');
  assert.deepEqual(statuses(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted']);
  const again = new SidecarStore(events());
  again.open(a.uri, TEXT);
  assert.deepEqual(statuses(again.decisions(a.uri)), ['أوتاوا:rejected', 'كارني:accepted'], 'reopened under its name, it shows them');
  assert.deepEqual(told, []);
});

test('a sidecar made at the new name between the plan and the edit: the editor skips ours, and the article\'s writes never merge into that one; the user is told', () => {
  const { a, store, checks, moved, movedSidecar, told } = setUp();
  const plan = checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]);
  const theirs = readFileSync(a.sidecar, 'utf8').replace('news.txt', 'renamed.txt').replace(/"decisions": \[[\s\S]*\]/, '"decisions": []');
  writeFileSync(movedSidecar, theirs);
  apply(plan.edit);
  renameSync(a.file, moved);
  decide(store, a.uri, 'أوتاوا', 'rejected'); // a late decision of the old name's entry
  checks.check(a.uri); // before the editor closes the old name
  store.close(a.uri);
  assert.equal(readFileSync(movedSidecar, 'utf8'), theirs, 'the other sidecar untouched');
  assert.deepEqual(statuses(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted'], 'ours holds every decision');
  assert.equal(told.length, 1);
  assert.ok(told[0].includes(a.sidecar) && told[0].includes('already existed'), told[0]);
});

test('a rename that went as planned: confirmed, nothing undone or told, the decisions at the new name', () => {
  const { a, store, checks, moved, movedSidecar, told } = setUp();
  decide(store, a.uri, 'أوتاوا', 'rejected');
  apply(checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]).edit);
  renameInEditorOrder({ a, store, checks, moved });
  assert.equal(existsSync(a.sidecar), false);
  assert.deepEqual(statuses(saved(movedSidecar)), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.deepEqual(told, []);
});

test('VS Code confirms our sidecar\'s rename before it renames the article: that is no sign the article stayed, nothing is undone', () => {
  const { a, store, checks, moved, movedSidecar, told } = setUp();
  decide(store, a.uri, 'أوتاوا', 'rejected');
  apply(checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]).edit);
  // The order measured in VS Code 1.139: the sidecar's didRenameFiles can arrive while the article is still at its old name.
  checks.confirmed([{ oldUri: uriOf(a.sidecar), newUri: uriOf(movedSidecar) }]);
  renameInEditorOrder({ a, store, checks, moved });
  decide(store, uriOf(moved), 'مونتريال', 'rejected');
  store.close(uriOf(moved));
  assert.equal(existsSync(a.sidecar), false, 'not renamed back beside a name no article has');
  assert.deepEqual(statuses(saved(movedSidecar)), ['أوتاوا:rejected', 'كارني:accepted', 'مونتريال:rejected']);
  assert.deepEqual(told, []);
});

test('a rescue copy whose name is taken beside the new name stays behind, listed to be told (not dropped from the plan unsaid)', () => {
  const { a, store, checks, moved, movedSidecar } = setUp();
  store.close(a.uri);
  writeFileSync(`${a.sidecar}.unsaved`, readFileSync(a.sidecar));
  writeFileSync(`${movedSidecar}.unsaved`, readFileSync(a.sidecar));
  const plan = checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]);
  assert.deepEqual(plan.left, [`${a.sidecar}.unsaved`]);
});

test('the article\'s rename failed and the editor never closed it: at shutdown the sidecar comes back, with the decision made after', () => {
  const { a, store, checks, moved, movedSidecar, told } = setUp();
  apply(checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]).edit);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  checks.settle(); // what the server does at shutdown and exit, before the last writes
  store.flushAll();
  assert.equal(existsSync(movedSidecar), false, 'nothing left under a name no article has');
  assert.deepEqual(statuses(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.deepEqual(told, []);
});

test('at shutdown, a file at the old sidecar name again: the moved sidecar is not renamed over it, and the user is told', () => {
  const { a, checks, moved, movedSidecar, told } = setUp();
  apply(checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]).edit);
  const theirs = readFileSync(movedSidecar, 'utf8').replace(/"decisions": \[[\s\S]*\]/, '"decisions": []');
  writeFileSync(a.sidecar, theirs);
  checks.settle();
  assert.equal(readFileSync(a.sidecar, 'utf8'), theirs, 'the file at the old name untouched');
  assert.ok(existsSync(movedSidecar), 'ours kept where it is');
  assert.equal(told.length, 1);
  assert.ok(told[0].includes(movedSidecar) && told[0].includes('exists again'), told[0]);
});

test('at shutdown, a rename that went as planned but was not yet confirmed: it stands, nothing undone or told', () => {
  const { a, store, checks, moved, movedSidecar, told } = setUp();
  apply(checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]).edit);
  renameSync(a.file, moved);
  decide(store, a.uri, 'أوتاوا', 'rejected');
  checks.settle();
  store.flushAll();
  assert.equal(existsSync(a.sidecar), false);
  assert.deepEqual(statuses(saved(movedSidecar)), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.deepEqual(told, []);
});

test('the moved sidecar cannot be renamed back (permissions, another drive): the annotations are saved beside the article now, and the message says so, not to rename it back over them', () => {
  const { a, store, moved, movedSidecar } = setUp();
  const told: string[] = [];
  const disk = { exists: existsSync, isFolder: () => false, sameFile: () => false, move: () => { throw new Error('EACCES: permission denied'); } };
  const checks = new RenameChecks(store, (m) => told.push(m), disk);
  apply(checks.plan([{ oldUri: a.uri, newUri: uriOf(moved) }]).edit);
  checks.check(a.uri); // the article's rename failed: its old name opens or closes
  assert.deepEqual(statuses(saved(a.sidecar)), ['كارني:accepted'], 'written beside the article at once');
  decide(store, a.uri, 'أوتاوا', 'rejected');
  store.close(a.uri);
  assert.deepEqual(statuses(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.equal(told.length, 1);
  assert.ok(told[0].includes(`now saved beside it in ${a.sidecar}`) && told[0].includes(movedSidecar) && !/Rename .* back/.test(told[0]), told[0]);
});

test('a folder\'s rename approved but not done (under way, or failed): a save meanwhile tells no failure; once it fails, the decision is written in the article\'s own folder', () => {
  const { a, ev, store, checks } = setUp();
  const folder = { oldUri: uriOf(a.dir), newUri: uriOf(`${a.dir}-moved`) };
  assert.equal(checks.plan([folder]).edit, null, 'the sidecar goes with its folder');
  decide(store, a.uri, 'أوتاوا', 'rejected');
  assert.equal(store.flush(a.uri), false, 'the save timer fires before the folder has moved: nothing written yet');
  assert.deepEqual(ev.log.filter((l) => l.startsWith('writeFailed')), [], 'and no failure told');
  checks.check(a.uri); // the folder never moved: the old name closes
  store.close(a.uri);
  assert.deepEqual(statuses(saved(a.sidecar)), ['أوتاوا:rejected', 'كارني:accepted']);
  assert.deepEqual(ev.log, []);
});
