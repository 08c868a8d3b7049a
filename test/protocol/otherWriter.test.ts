// Another writer changes the sidecar of an article open here (a second window, Neovim, a synced teammate), against the real server.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { afterEach, test } from 'node:test';
import { DidSaveTextDocumentNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { close } from './documents';
import { decide, decisionsIn, opened, otherWriter, savedDecision, statusAt, stopAll, TEXT, watched, written } from './writerSessions';

afterEach(stopAll);

test('a decision another editor saves appears here (annotations, boxes) once the watcher tells of the change', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'suggested');
  await otherWriter(a, 'بكين', 'accept');
  const republished = me.published(a.uri);
  await watched(me, a.sidecarUri);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted', 'the other writer\'s decision is merged in');
  // The editor's boxes and views redraw on the analysis the change scheduled.
  await republished;
  const model = await me.conn.sendRequest('arabicNews/renderModel', { uri: a.uri }) as { spans: Array<{ start: number; status: string }> };
  assert.equal(model.spans.find((x) => x.start === TEXT.indexOf('بكين'))?.status, 'accepted');
});

test('a decision not yet saved here survives the other writer\'s change and is written beside theirs', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await otherWriter(a, 'بكين', 'accept');
  await decide(me, a.uri, 'موسكو', 'reject');
  await watched(me, a.sidecarUri);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted', 'theirs merged in');
  assert.equal(await statusAt(me, a.uri, 'موسكو'), undefined, 'mine kept (a rejection: no annotation there)');
  await close(me, a.uri);
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => `${d.text}:${d.status}`).sort(), ['بكين:accepted', 'موسكو:rejected']);
  assert.ok(!me.messages.some((m) => m.includes('Both changed')), me.messages.join('\n'));
});

test('a client that watches no files: coming back to the editor, or saving the article, lets the other writer\'s decisions in', { timeout: 60_000 }, async () => {
  const { a, me } = await opened(false);
  await otherWriter(a, 'موسكو', 'reject');
  await me.conn.sendNotification('arabicNews/sidecarCheck', {});
  assert.equal(await statusAt(me, a.uri, 'موسكو'), undefined, 'rejected: no annotation there any more');
  await otherWriter(a, 'بكين', 'accept');
  await me.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: a.uri } });
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted');
});

test('a sidecar deleted on disk: the decisions here are kept, the user is told, and can write them back', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await savedDecision(me, a, 'بكين');
  assert.ok(!me.messages.some((m) => m.includes('deleted')), 'a sidecar written the first time was not "deleted"');
  unlinkSync(a.sidecar);
  await watched(me, a.sidecarUri, FileChangeType.Deleted);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted', 'not taken as "no decisions"');
  const told = me.prompts.find((p) => p.params.message.includes('was deleted'));
  assert.ok(told, me.messages.join('\n'));
  assert.match(told.params.message, /1 annotation is kept here/);
  const back = written(a.sidecar);
  told.answer('Write Back Now');
  await back;
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted');
  assert.deepEqual(decisionsIn(a.sidecar).map((d) => d.text), ['بكين']);
});

test('a malformed sidecar from the other writer is told as a failed save would be and never overwritten; the decisions stay', { timeout: 60_000 }, async () => {
  const { a, me } = await opened();
  await savedDecision(me, a, 'بكين');
  const broken = '{ "schema": "arabic-news-annotator/sidecar@1", "decisions": [';
  writeFileSync(a.sidecar, broken);
  // Changed long ago: a writer that merely paused would have touched it within the last two seconds.
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(a.sidecar, hourAgo, hourAgo);
  await watched(me, a.sidecarUri);
  assert.equal(await statusAt(me, a.uri, 'بكين'), 'accepted');
  const told = me.prompts.find((p) => p.params.message.includes('cannot be read'));
  assert.ok(told, me.messages.join('\n'));
  assert.deepEqual(told.params.actions?.map((x) => x.title), ['Retry', 'Save As…']);
  told.answer(null);
  await decide(me, a.uri, 'موسكو', 'reject');
  await close(me, a.uri);
  assert.equal(readFileSync(a.sidecar, 'utf8'), broken);
  assert.ok(existsSync(a.sidecar));
});
