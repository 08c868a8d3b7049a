// A sidecar left beside no article (a rename that failed, then the server killed; a rename outside the editor), against the real server: the article opened with no sidecar names it and adopts it only when asked.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, test } from 'node:test';
import { RenameFile, WillRenameFilesRequest, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { open } from './documents';
import { decide, decisionsIn, opened, save, Session, start, statusAt, stopAll, TEXT } from './writerSessions';

afterEach(stopAll);

function apply(edit: WorkspaceEdit | null): void {
  for (const op of (edit?.documentChanges ?? []) as RenameFile[]) renameSync(fileURLToPath(op.oldUri), fileURLToPath(op.newUri));
}

/** The question naming `stray`, answered `title` (null: dismissed). */
async function answer(s: Session, stray: string, title: string | null): Promise<string> {
  const message = await s.told(stray);
  const prompt = s.prompts.find((p) => p.params.message === message);
  assert.ok(prompt, `asked, not only told: ${message}`);
  assert.deepEqual(prompt.params.actions?.map((a) => a.title), ['Adopt It', 'Leave It']);
  prompt.answer(title);
  return message;
}

test('killed while the article\'s rename had failed (its sidecar at the new name): reopened, the article names that sidecar, and adopting it shows its annotations', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept');
  const moved = join(a.file, '..', 'renamed.txt');
  apply(await me.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: a.uri, newUri: pathToFileURL(moved).toString() }] }));
  const stray = `${moved}.annotations.json`;
  assert.deepEqual(decisionsIn(stray).map((d) => d.text), ['بكين'], 'written before the rename, moved by the editor');
  // The article's own rename fails, and the server is killed before it can notice.
  const gone = once(me.server, 'exit');
  me.server.kill('SIGKILL');
  await gone;

  const next = await start();
  await open(next, a.uri, TEXT);
  assert.notEqual(await statusAt(next, a.uri, 'بكين'), 'accepted', 'nothing is adopted unasked');
  assert.ok(existsSync(stray) && !existsSync(a.sidecar), 'nothing is moved unasked');
  const asked = await answer(next, stray, 'Adopt It');
  assert.ok(asked.includes(a.sidecar), asked);
  await next.told('is now');
  assert.equal(await statusAt(next, a.uri, 'بكين'), 'accepted');
  assert.equal(existsSync(stray), false);
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text), ['بكين']);
});

/** An article with a decision saved, then renamed outside the editor (the sidecar stays under the old name, beside no article). */
async function renamedOutside(): Promise<{ a: { file: string; uri: string; sidecar: string }; moved: string; movedUri: string; stray: string; raw: string }> {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept');
  await save(me, a.uri);
  await stopAll();
  const moved = join(a.file, '..', 'renamed.txt');
  renameSync(a.file, moved);
  return { a, moved, movedUri: pathToFileURL(moved).toString(), stray: a.sidecar, raw: readFileSync(a.sidecar, 'utf8') };
}

test('renamed outside the editor (its sidecar left under the old name): left as it is when the user says so, and the article\'s own writes never touch it', { timeout: 60_000 }, async () => {
  const { moved, movedUri, stray, raw } = await renamedOutside();
  const me = await start();
  await open(me, movedUri, TEXT);
  await answer(me, stray, 'Leave It');
  await decide(me, movedUri, 'موسكو', 'accept');
  await save(me, movedUri);
  assert.equal(readFileSync(stray, 'utf8'), raw, 'the stray untouched');
  assert.deepEqual(decisionsIn(`${moved}.annotations.json`).map((d) => d.text), ['موسكو']);
});

test('a sidecar written beside the article before the answer: adopting never renames over it, and says so', { timeout: 60_000 }, async () => {
  const { moved, movedUri, stray, raw } = await renamedOutside();
  const me = await start();
  await open(me, movedUri, TEXT);
  await decide(me, movedUri, 'موسكو', 'accept');
  await save(me, movedUri);
  const mine = readFileSync(`${moved}.annotations.json`, 'utf8');
  await answer(me, stray, 'Adopt It');
  assert.ok((await me.told('was not adopted')).includes('exists now'));
  assert.equal(readFileSync(stray, 'utf8'), raw);
  assert.equal(readFileSync(`${moved}.annotations.json`, 'utf8'), mine);
});

test('no offer for a sidecar whose article is there, nor for one whose decisions are not this article\'s text', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await decide(me, a.uri, 'بكين', 'accept');
  await save(me, a.uri);
  const other = join(a.file, '..', 'other.txt');
  writeFileSync(other, 'نص آخر');
  writeFileSync(join(a.file, '..', 'gone.txt.annotations.json'), readFileSync(a.sidecar, 'utf8').replace(/بكين/g, 'لندن'));
  await open(me, pathToFileURL(other).toString(), 'نص آخر');
  const fresh = join(a.file, '..', 'fresh.txt');
  writeFileSync(fresh, TEXT);
  await open(me, pathToFileURL(fresh).toString(), TEXT);
  await statusAt(me, pathToFileURL(fresh).toString(), 'بكين'); // answered after anything the opens told
  assert.deepEqual(me.prompts.map((p) => p.params.message), []);
});
