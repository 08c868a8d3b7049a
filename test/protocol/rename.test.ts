// An article renamed in the editor right after a decision, against the real server: the editor asks first (willRenameFiles), the sidecar goes with the article.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, test } from 'node:test';
import { DidRenameFilesNotification, ExitNotification, RenameFile, ShutdownRequest, WillRenameFilesRequest, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { close, open } from './documents';
import { decide, decisionsIn, opened, Session, start, statusAt, stopAll, TEXT } from './writerSessions';

afterEach(stopAll);

/** What VS Code does with the server's answer before its own rename: each rename of the edit, never over a file. */
function apply(edit: WorkspaceEdit | null): void {
  for (const op of (edit?.documentChanges ?? []) as RenameFile[]) {
    assert.equal(op.kind, 'rename');
    const to = fileURLToPath(op.newUri);
    if (!existsSync(to)) renameSync(fileURLToPath(op.oldUri), to);
  }
}

test('an article renamed just after a decision: the decision is in the sidecar at the new name and shown there; no file at the old', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept'); // not yet written: the save waits half a second
  const moved = a.file.replace(/article\.txt$/, 'renamed.txt');
  const movedUri = pathToFileURL(moved).toString();
  const edit = await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: a.uri, newUri: movedUri }] });
  apply(edit);
  renameSync(a.file, moved);
  await close(me, a.uri);
  await open(me, movedUri, TEXT);
  assert.equal(existsSync(a.sidecar), false, 'no stray sidecar at the old path');
  assert.deepEqual(decisionsIn(`${moved}.annotations.json`).map((d) => `${d.text}:${d.status}`), ['بكين:accepted']);
  assert.equal(await statusAt(me, movedUri, 'بكين'), 'accepted');
});

test('renamed to a name that has a sidecar already: nothing renamed over it, the user told, the decisions stay in the old sidecar', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept');
  const moved = join(a.file, '..', 'renamed.txt');
  const existing = '{ "schema": "arabic-news-annotator/sidecar@1", "document": { "path": "renamed.txt" }, "decisions": [] }\n';
  writeFileSync(`${moved}.annotations.json`, existing);
  const edit = await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: a.uri, newUri: pathToFileURL(moved).toString() }] });
  assert.equal(edit, null);
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text), ['بكين'], 'written before the rename, kept apart');
  assert.ok(me.messages.some((m) => m.includes('already existed') && m.includes(a.sidecar)), me.messages.join('\n'));
});

test('the sidecar renamed but the article\'s rename then failed: at close the sidecar is back beside the article, with the decision made after', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept');
  const moved = a.file.replace(/article\.txt$/, 'renamed.txt');
  apply(await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: a.uri, newUri: pathToFileURL(moved).toString() }] }));
  assert.ok(existsSync(`${moved}.annotations.json`), 'the editor applied the sidecar rename');
  // The article's own rename fails: it keeps its name and is annotated on, then closed.
  await decide(me, a.uri, 'موسكو', 'accept');
  await close(me, a.uri);
  assert.equal(existsSync(`${moved}.annotations.json`), false, 'nothing left under a name no article has');
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text).sort(), ['بكين', 'موسكو'].sort());
});

test('in VS Code\'s order (our sidecar\'s rename confirmed before the article moves, then close, open, the article\'s confirmation): the sidecar stays at the new name', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept');
  const moved = a.file.replace(/article\.txt$/, 'renamed.txt');
  const movedUri = pathToFileURL(moved).toString();
  const sidecarMove = { oldUri: a.sidecarUri, newUri: pathToFileURL(`${moved}.annotations.json`).toString() };
  apply(await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: a.uri, newUri: movedUri }] }));
  // Applying our edit is itself a rename the editor asks about and confirms, while the article is still at its old name.
  assert.equal(await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [sidecarMove] }), null);
  await me.conn.sendNotification(DidRenameFilesNotification.type, { files: [sidecarMove] });
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted'); // answered after the confirmation was handled
  renameSync(a.file, moved);
  await open(me, movedUri, TEXT);
  await close(me, a.uri);
  await me.conn.sendNotification(DidRenameFilesNotification.type, { files: [{ oldUri: a.uri, newUri: movedUri }] });
  assert.equal(await statusAt(me, movedUri, 'بكين'), 'accepted');
  assert.equal(existsSync(a.sidecar), false, 'not renamed back beside a name no article has');
  assert.deepEqual(decisionsIn(`${moved}.annotations.json`).map((d) => `${d.text}:${d.status}`), ['بكين:accepted']);
});

/**
 * VS Code keeps a document whose rename failed open (no didClose) for over a minute (rename65's real-editor run): the
 * server may stop first. The sidecar our edit moved is then beside no article, with the decision made after the failure.
 */
async function failedRenameThenStop(stop: (me: Session) => Promise<void>): Promise<void> {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept');
  const moved = a.file.replace(/article\.txt$/, 'renamed.txt');
  apply(await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: a.uri, newUri: pathToFileURL(moved).toString() }] }));
  assert.ok(existsSync(`${moved}.annotations.json`), 'the editor applied the sidecar rename');
  await decide(me, a.uri, 'موسكو', 'accept'); // the article's rename failed: it kept its name, is annotated on, never closed
  await stop(me);
  assert.equal(existsSync(`${moved}.annotations.json`), false, 'nothing left under a name no article has');
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => `${d.text}:${d.status}`).sort(), ['بكين:accepted', 'موسكو:accepted']);
  const next = await start();
  await open(next, a.uri, TEXT);
  assert.equal(await statusAt(next, a.uri, 'موسكو'), 'accepted', 'the next session shows the article with its annotations');
}

test('the article\'s rename failed and the server is shut down before the editor closes it: the sidecar is back beside the article, with every decision', { timeout: 60_000 }, async () => {
  await failedRenameThenStop(async (me) => { await me.conn.sendRequest(ShutdownRequest.type); });
});

test('the same, with exit and no shutdown first: the sidecar is back beside the article, with every decision', { timeout: 60_000 }, async () => {
  await failedRenameThenStop(async (me) => {
    const gone = once(me.server, 'exit');
    await me.conn.sendNotification(ExitNotification.type);
    await gone;
  });
});

/** A folder on another file system than the article's (tmpfs), where a rename back fails (EXDEV) even for root; none: skipped. */
function otherDrive(near: string): string | undefined {
  try {
    const far = mkdtempSync(join('/dev/shm', 'ana-far-'));
    if (statSync(far).dev !== statSync(dirname(near)).dev) return far;
    rmSync(far, { recursive: true });
  } catch { /* no tmpfs here */ }
  return undefined;
}

test('moved to another drive, the article\'s rename failed after its sidecar moved, and the sidecar cannot be moved back: its annotations are saved beside the article, and the message says so', { timeout: 60_000 }, async (t) => {
  const { a, me } = await opened();
  const far = otherDrive(a.file);
  if (!far) { t.skip('no second file system'); return; }
  t.after(() => rmSync(far, { recursive: true, force: true }));
  await decide(me, a.uri, 'بكين', 'accept');
  const moved = join(far, 'article.txt');
  const edit = await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: a.uri, newUri: pathToFileURL(moved).toString() }] });
  // Across file systems the editor copies, then deletes.
  for (const op of (edit?.documentChanges ?? []) as RenameFile[]) { copyFileSync(fileURLToPath(op.oldUri), fileURLToPath(op.newUri)); unlinkSync(fileURLToPath(op.oldUri)); }
  assert.ok(existsSync(`${moved}.annotations.json`), 'the editor applied the sidecar rename');
  await decide(me, a.uri, 'موسكو', 'accept'); // the article's own move failed: it is annotated on, then closed
  await close(me, a.uri);
  const told = await me.told('could not be renamed back');
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text).sort(), ['بكين', 'موسكو'].sort(), 'every decision beside the article');
  assert.ok(told.includes(`now saved beside it in ${a.sidecar}`) && !/Rename .* back/.test(told), told);
});
