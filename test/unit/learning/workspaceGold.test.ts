// Gold sentences of a workspace: the editor's unsaved state of an open article wins over its files; tool folders are not searched.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findSidecars, workspaceGold } from '../../../server/src/training/workspaceGold';
import { analyzer } from '../engine/helpers';

const TEXT = 'وصل الوزير إلى بيروت صباح اليوم.\nوعقد اجتماعا مع نظيره في المساء.\n';
const sidecar = (reviewed: boolean) => JSON.stringify({ schema: 'arabic-news-annotator/sidecar@1', document: {}, ...(reviewed ? { reviewed } : {}), decisions: [] });

test('an open article marked reviewed in the editor counts, although its file on disk is not marked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsgold-'));
  const article = join(dir, 'a.ar.txt');
  writeFileSync(article, TEXT);
  writeFileSync(`${article}.annotations.json`, sidecar(false));
  const warnings: string[] = [];
  assert.equal(workspaceGold([dir], analyzer, (w) => warnings.push(w)).gold.length, 0, 'on disk: nothing reviewed');
  const open = new Map([[article, { text: TEXT, decisions: [], reviewed: true }]]);
  const g = workspaceGold([dir], analyzer, (w) => warnings.push(w), open);
  assert.equal(g.articles, 1);
  assert.equal(g.gold.length, 2, 'both sentences');
  assert.deepEqual(warnings, []);
});

test('sidecars in dot-folders and node_modules are not searched; an unreadable article is skipped with a warning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsgold-'));
  for (const sub of ['.git', 'node_modules', 'news']) {
    mkdirSync(join(dir, sub));
    writeFileSync(join(dir, sub, 'x.ar.txt'), TEXT);
    writeFileSync(join(dir, sub, 'x.ar.txt.annotations.json'), sidecar(true));
  }
  writeFileSync(join(dir, 'orphan.ar.txt.annotations.json'), sidecar(true));
  assert.deepEqual(findSidecars([dir], () => undefined).map((f) => f.slice(dir.length + 1)), ['news/x.ar.txt.annotations.json', 'orphan.ar.txt.annotations.json']);
  const warnings: string[] = [];
  const g = workspaceGold([dir], analyzer, (w) => warnings.push(w));
  assert.equal(g.articles, 1);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /orphan\.ar\.txt/);
});
