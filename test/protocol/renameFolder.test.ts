// A folder holding an open article renamed in the editor, against the real server, in VS Code's order: willRenameFiles and didRenameFiles name the folder only; the article's new name opens, then its old one closes.
import assert from 'node:assert/strict';
import { existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, test } from 'node:test';
import { DidRenameFilesNotification, ShutdownRequest, WillRenameFilesRequest } from 'vscode-languageserver-protocol/node';
import { close, open } from './documents';
import { decide, decisionsIn, opened, statusAt, stopAll, TEXT } from './writerSessions';

afterEach(stopAll);

async function folderRenamed() {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept'); // not yet written: the save waits half a second
  const dir = dirname(a.file), movedDir = `${dir}-moved`;
  const folder = { oldUri: pathToFileURL(dir).toString(), newUri: pathToFileURL(movedDir).toString() };
  // The sidecar is inside the folder and goes with it: nothing for the editor to do, but what is owed is written first.
  assert.equal(await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [folder] }), null);
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text), ['بكين']);
  const moved = join(movedDir, 'article.txt');
  return { a, me, dir, movedDir, folder, moved, movedUri: pathToFileURL(moved).toString() };
}

test('the folder renamed: the new name shows the decisions, a later one is written in the moved folder, nothing at the old', { timeout: 60_000 }, async () => {
  const { a, me, dir, folder, moved, movedUri } = await folderRenamed();
  renameSync(dir, dirname(moved));
  await open(me, movedUri, TEXT);
  await close(me, a.uri);
  await me.conn.sendNotification(DidRenameFilesNotification.type, { files: [folder] });
  assert.equal(await statusAt(me, movedUri, 'بكين'), 'accepted');
  await decide(me, movedUri, 'موسكو', 'accept');
  await close(me, movedUri);
  assert.deepEqual(decisionsIn(`${moved}.annotations.json`).map((d) => d.text).sort(), ['بكين', 'موسكو'].sort());
  assert.equal(existsSync(dir), false, 'nothing written under the old folder');
  assert.deepEqual(me.messages, []);
});

test('the folder\'s rename failed: a decision made after it is saved beside the article, in its own folder, with no error on the way', { timeout: 60_000 }, async () => {
  const { a, me, movedDir } = await folderRenamed();
  await decide(me, a.uri, 'موسكو', 'accept');
  await me.conn.sendRequest(ShutdownRequest.type);
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text).sort(), ['بكين', 'موسكو'].sort());
  assert.equal(existsSync(movedDir), false);
  assert.deepEqual(me.messages, []);
});
