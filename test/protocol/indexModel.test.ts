// The workspace index analyses with the workspace's adapted model: what the model learnt shows in workspace symbols, after an update and after a reload.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { Session, startSession } from '../../server/src/cli/lspSession';
import { close, open, pos } from './documents';

const root = join(__dirname, '..', '..');
const temp: string[] = [];
const sessions: Session[] = [];
after(() => {
  for (const s of sessions) if (s.server.exitCode === null) s.server.kill();
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});
const tempDir = (name: string) => { const d = mkdtempSync(join(tmpdir(), `ana-index-model-${name}-`)); temp.push(d); return d; };

// A made-up company the shipped model does not take for an organisation.
const NAME = 'دورانتيكا';
const TRAIN = [
  `أعلنت مجموعة ${NAME} عن أرباح قياسية في الربع الأخير من العام.`,
  `وتأسست ${NAME} قبل عشرين عاما في مدينة حلب.`,
  `وتنافس ${NAME} شركات كبرى في قطاع الاتصالات.`,
  `ورفضت ${NAME} التعليق على أنباء الاندماج مع منافسيها.`,
  `وأكدت إدارة ${NAME} أنها لن تسرح أي موظف هذا العام.`,
].join('\n');
const OTHER = `ونفت ${NAME} صحة التقارير الصحفية عن خسائرها.\nوزار وفد تجاري مدينة حمص أمس.`;

interface Hit { label: string; location: { uri: string } }
const hits = async (s: Session) => ((await s.conn.sendRequest('arabicNews/workspaceSymbols', { query: NAME })) as { items: Hit[] }).items;
const organisationIn = (xs: Hit[], uri: string) => xs.some((h) => h.label === 'ORGANIZATION' && h.location.uri === uri);

/** Marks every mention of the company ORGANIZATION in the training article and marks it reviewed. */
async function review(s: Session, uri: string): Promise<void> {
  for (let nth = 0; nth < 5; nth++) {
    const p = pos(TRAIN, NAME, nth);
    const x = await s.conn.sendRequest('arabicNews/annotationAt', { uri, position: p }) as { label: string } | null;
    const range = { start: { ...p, character: p.character - 1 }, end: { ...p, character: p.character - 1 + NAME.length } };
    const r = (x?.label === 'ORGANIZATION' ? await s.conn.sendRequest('arabicNews/decide', { uri, position: p, action: 'accept' })
      : x ? await s.conn.sendRequest('arabicNews/decide', { uri, position: p, action: 'relabel', label: 'ORGANIZATION' })
      : await s.conn.sendRequest('arabicNews/annotate', { uri, range, label: 'ORGANIZATION' })) as { ok: boolean; message: string };
    assert.ok(r.ok, r.message);
  }
  assert.ok((await s.conn.sendRequest('arabicNews/markReviewed', { uri, reviewed: true }) as { ok: boolean }).ok);
}

test('a company the adapted model learnt appears in workspace symbols: re-indexed after the update, kept on reload, gone after a reset', { timeout: 240_000 }, async () => {
  const folder = tempDir('ws');
  const store = tempDir('store');
  const trainPath = join(folder, 'train.ar.txt');
  const otherPath = join(folder, 'other.ar.txt');
  writeFileSync(trainPath, TRAIN);
  writeFileSync(otherPath, OTHER);
  const train = pathToFileURL(trainPath).toString();
  const other = pathToFileURL(otherPath).toString();

  const s = await startSession(root, folder, { storagePath: store });
  sessions.push(s);
  await s.status((x) => x.state === 'ready');
  assert.ok(!organisationIn(await hits(s), other), 'the shipped model does not index the company as an organisation');

  await open(s, train, TRAIN);
  await review(s, train);
  await close(s, train);
  const reindexing = s.status((x) => x.state === 'indexing');
  const r = await s.conn.sendRequest('arabicNews/updateModel', {}) as { ok: boolean; message: string };
  assert.ok(r.ok, r.message);
  await reindexing;
  await s.status((x) => x.state === 'ready');
  assert.ok(organisationIn(await hits(s), other), 'after the update the index holds the company, in the article nobody reviewed');
  await s.stop();

  // A reload answers from the saved index, analysed with the adapted model, without analysing again.
  const again = await startSession(root, folder, { storagePath: store });
  sessions.push(again);
  assert.equal((await again.status(() => true)).loaded, 'disk');
  assert.ok(organisationIn(await hits(again), other), 'the reloaded index answers with what the adapted model found');
  const ready = await again.status((x) => x.state === 'ready');
  assert.equal(ready.loaded, 'disk');

  // Back to the shipped model: the index follows.
  const following = again.status((x) => x.state === 'indexing');
  assert.ok((await again.conn.sendRequest('arabicNews/resetModel', { remove: true }) as { ok: boolean }).ok);
  await following;
  await again.status((x) => x.state === 'ready');
  assert.ok(!organisationIn(await hits(again), other), 'after a reset the company is analysed by the shipped model again');
  await again.stop();
});
