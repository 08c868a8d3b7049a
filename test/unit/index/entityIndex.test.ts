// The index's data: counts that follow articles in and out, folded ranked search, and a file format that refuses damage.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EntityIndex, FoundEntity, NO_REVIEW } from '../../../server/src/index/entityIndex';
import { load, save } from '../../../server/src/index/indexFile';
import { pack, unpack } from '../../../server/src/index/packedMentions';

const found = (key: string, name: string, mentions: Array<[number, number]>, label: FoundEntity['label'] = 'PERSON'): FoundEntity =>
  ({ key, label, name, line: 0, character: mentions[0][0], length: mentions[0][1] - mentions[0][0], mentions });
// /b.txt has a sidecar: marked reviewed, two suggestions accepted and one rejected.
const meta = (path: string) => ({
  path, mtime: 1, size: 1, hash: path, title: `title of ${path}`, sidecarMtime: path === '/b.txt' ? 7 : 0,
  review: path === '/b.txt' ? { reviewed: true, accepted: 2, rejected: 1, manual: 0 } : NO_REVIEW,
});

function sample(): EntityIndex {
  const ix = new EntityIndex();
  ix.put(ix.record(meta('/a.txt'), [found('مكتبه الاسكندريه', 'مكتبة الإسكندرية', [[5, 21], [40, 56]], 'ORGANIZATION'), found('احمد زويل', 'أحمد زويل', [[60, 69]])]));
  ix.put(ix.record(meta('/b.txt'), [found('احمد زويل', 'احمد زويل', [[0, 9], [20, 29], [50, 59]]), found('اسكندريه', 'الإسكندرية', [[30, 40]], 'LOCATION')]));
  ix.put(ix.record(meta('/c.txt'), []));
  return ix;
}

test('packed mentions decode to what was packed, backwards offsets included', () => {
  const e = [{ entity: 3, name: 7, line: 2, character: 5, length: 4, mentions: [[100, 104], [12, 20], [70_000, 70_010]] as Array<[number, number]> }];
  assert.deepEqual(unpack(pack(e)), e);
  assert.throws(() => unpack(pack(e).subarray(0, 5)));
});

test('counts and variants follow articles as they are added, changed and removed', () => {
  const ix = sample();
  const zewail = ix.search('زويل', 10);
  assert.equal(zewail.entities, 1);
  assert.deepEqual(zewail.items.map((h) => [h.path, h.here, h.name]), [['/b.txt', 3, 'احمد زويل'], ['/a.txt', 1, 'أحمد زويل']]);
  assert.equal(zewail.items[0].mentions, 4);
  assert.deepEqual([...zewail.items[0].variants].sort(), ['أحمد زويل', 'احمد زويل']);
  ix.put(ix.record(meta('/b.txt'), [found('اسكندريه', 'الإسكندرية', [[30, 40]], 'LOCATION')]));
  assert.deepEqual(ix.search('زويل', 10).items.map((h) => h.path), ['/a.txt']);
  assert.deepEqual(ix.search('زويل', 10).items[0].variants, ['أحمد زويل']);
  ix.remove('/a.txt');
  assert.equal(ix.search('زويل', 10).total, 0);
  assert.equal(ix.articleCount, 1);
});

test('search folds hamza, ta marbuta, alef maqsura and diacritics, and ranks exact before prefix before word before substring', () => {
  const ix = sample();
  assert.equal(ix.search('أَحْمَد', 10).items[0]?.key, 'احمد زويل', 'diacritics and hamza folded in the query');
  assert.equal(ix.search('مكتبة الاسكندرية', 10).items[0]?.key, 'مكتبه الاسكندريه', 'ta marbuta folded');
  const ranked = ix.search('اسكندريه', 10).items.map((h) => h.key);
  assert.deepEqual([...new Set(ranked)], ['اسكندريه', 'مكتبه الاسكندريه'], 'the exact form first, then the one that contains it');
  assert.equal(ix.search('زيد', 10).total, 0);
  assert.equal(ix.search('', 10).total, 4, 'an empty query lists every entity in every article');
  ix.put(ix.record(meta('/d.txt'), [found('مصطفي', 'مصطفى', [[0, 5]])]));
  assert.equal(ix.search('مصطفي', 10).items[0]?.name, 'مصطفى', 'alef maqsura folded');
});

test('paging: slices continue each other and cover every hit once', () => {
  const ix = sample();
  const all = ix.search('', 100).items.map((h) => `${h.key}@${h.path}`);
  const pages = [0, 2, 4].flatMap((offset) => ix.search('', 2, offset).items.map((h) => `${h.key}@${h.path}`));
  assert.deepEqual(pages, all);
});

test('articles mentioning an entity: all of them, most mentions first, with a preview line', () => {
  const ix = sample();
  assert.deepEqual(ix.articlesMentioning('احمد زويل').map((a) => [a.path, a.mentions, a.preview, a.review.reviewed, a.review.accepted]), [['/b.txt', 3, 'title of /b.txt', true, 2], ['/a.txt', 1, 'title of /a.txt', false, 0]]);
  assert.deepEqual(ix.articlesMentioning('غير موجود'), []);
});

test('articles per entity for the Entities view: by normalised key and label; unknown entities count 0', () => {
  const ix = sample();
  assert.deepEqual(ix.articleCounts([{ key: 'احمد زويل', label: 'PERSON' }, { key: 'اسكندريه', label: 'LOCATION' }, { key: 'احمد زويل', label: 'LOCATION' }, { key: 'غير موجود', label: 'PERSON' }]), [2, 1, 0, 0]);
  ix.remove('/b.txt');
  assert.deepEqual(ix.articleCounts([{ key: 'احمد زويل', label: 'PERSON' }, { key: 'اسكندريه', label: 'LOCATION' }]), [1, 0]);
});

test('the index file round-trips, and a damaged, foreign or other-version file is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-index-unit-'));
  try {
    const file = join(dir, 'index.anidx');
    save(file, sample(), ['/ws']);
    const back = load(file, ['/ws']).index;
    assert.deepEqual(back.search('', 100), sample().search('', 100));
    assert.deepEqual(back.articlesMentioning('احمد زويل'), sample().articlesMentioning('احمد زويل'), 'review counts included');
    assert.equal(back.files.get('/b.txt')!.sidecarMtime, 7);
    assert.throws(() => load(file, ['/other']), /other folders/);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 2] ^= 1;
    writeFileSync(file, flipped);
    assert.throws(() => load(file, ['/ws']), /checksum/);
    const versioned = Buffer.from(good);
    versioned.writeUInt32LE(99, 4);
    writeFileSync(file, versioned);
    assert.throws(() => load(file, ['/ws']), /version/);
    writeFileSync(file, good.subarray(0, 40));
    assert.throws(() => load(file, ['/ws']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a reloaded index answers in place, then follows changes like one built from the articles; it names the model it was analysed with', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ana-index-unit-'));
  try {
    const file = join(dir, 'index.anidx');
    save(file, sample(), ['/ws'], 'shipped+adapted');
    const { index: back, model } = load(file, ['/ws']);
    assert.equal(model, 'shipped+adapted', 'a reload under another model knows to analyse again');
    assert.deepEqual(back.search('زويل', 10), sample().search('زويل', 10), 'answered from the file before any record is made');
    assert.deepEqual([back.fileCount, back.articleCount, back.entityCount], [3, 2, 3]);
    const built = sample();
    for (const ix of [back, built]) {
      ix.put(ix.record(meta('/b.txt'), [found('اسكندريه', 'الإسكندرية', [[30, 40]], 'LOCATION')]));
      ix.put(ix.record(meta('/d.txt'), [found('احمد زويل', 'أحمد زويل', [[3, 12]])]));
    }
    assert.deepEqual(back.search('', 100), built.search('', 100));
    assert.deepEqual(back.articlesMentioning('احمد زويل'), built.articlesMentioning('احمد زويل'));
    save(file, back, ['/ws']);
    assert.deepEqual(load(file, ['/ws']).index.search('', 100), built.search('', 100), 'saved again after the changes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
