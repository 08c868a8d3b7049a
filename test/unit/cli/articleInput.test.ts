import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ArticleError, decodeArticle, writeFileAtomic } from '../../../server/src/io/readArticle';

const arabic = 'قال الرئيس في القاهرة يوم الاثنين إن الاجتماع سيعقد في جنيف.\n';

test('a stray NUL in a UTF-8 article is binary, not UTF-16 without a BOM (whose iconv line would garble it)', () => {
  // Between characters, at an even and an odd byte.
  for (const at of [Buffer.byteLength('قال'), Buffer.byteLength('قال ')]) {
    const bytes = Buffer.from(arabic + arabic);
    const withNul = Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]);
    assert.throws(() => decodeArticle(withNul), (e: unknown) => e instanceof ArticleError && /binary \(contains NUL bytes, the first at byte \d+\)/.test(e.message) && !/UTF-16/.test(e.message));
  }
});

test('UTF-16 without a BOM is still named, Arabic or Latin', () => {
  for (const [enc, name] of [['utf16le', 'UTF-16LE'], ['utf16be', 'UTF-16BE']] as const) {
    for (const text of [arabic, 'Cairo, Monday: the meeting.\n']) {
      const le = Buffer.from(text, 'utf16le');
      const bytes = enc === 'utf16le' ? le : Buffer.from(le).swap16();
      assert.throws(() => decodeArticle(bytes), (e: unknown) => e instanceof ArticleError && e.message.includes(`${name} without a byte-order mark`));
    }
  }
});

test('an existing output marked read-only is not replaced by the atomic rename; a writable one is', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-'));
  try {
    const file = path.join(dir, 'a.json');
    fs.writeFileSync(file, 'corrected by hand');
    fs.chmodSync(file, 0o444);
    assert.throws(() => writeFileAtomic(file, 'new export'), /read-only, so it is not replaced/);
    assert.throws(() => writeFileAtomic(file, ['new ', 'export']), /read-only/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'corrected by hand');
    assert.deepEqual(fs.readdirSync(dir), ['a.json'], 'no temporary file left');
    fs.chmodSync(file, 0o644);
    writeFileAtomic(file, 'new export');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new export');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a NUL byte deep in a long article is found too, not passed into the analysis and the exports', () => {
  const long = Buffer.from(arabic.repeat(400));
  const at = long.length - 100;
  const withNul = Buffer.concat([long.subarray(0, at), Buffer.from([0]), long.subarray(at)]);
  assert.ok(at > 8192);
  assert.throws(() => decodeArticle(withNul), (e: unknown) => e instanceof ArticleError && e.message.includes(`the first at byte ${at}`));
});

test('an output that is a symbolic link is written where it points, and the link stays a link', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-'));
  try {
    const shared = path.join(dir, 'shared.json');
    const link = path.join(dir, 'out.json');
    fs.writeFileSync(shared, 'old\n');
    fs.symlinkSync(shared, link);
    writeFileAtomic(link, 'new\n');
    assert.equal(fs.lstatSync(link).isSymbolicLink(), true);
    assert.equal(fs.readFileSync(shared, 'utf8'), 'new\n');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['out.json', 'shared.json']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
