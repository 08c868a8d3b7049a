// Article URIs in workspace-symbol answers are exactly what Node's pathToFileURL gives, for any file name.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fileUri } from '../../../server/src/index/fileUris';

test('file URIs match pathToFileURL: plain, Arabic, spaced, and special-character names, root files too', () => {
  const dir = join('/', 'tmp', 'أرشيف الأخبار', '2024');
  const names = ['a1.ar.txt', 'خبر-عاجل_1.ar.txt', 'with space.txt', '100%.txt', 'a#b?.txt', "it's (1).txt", 'x~y!.txt', 'é.txt'];
  for (const n of names) assert.equal(fileUri(join(dir, n)), pathToFileURL(join(dir, n)).toString(), n);
  assert.equal(fileUri(join('/', 'top.txt')), pathToFileURL(join('/', 'top.txt')).toString());
  assert.equal(fileUri(join(dir, 'a1.ar.txt')), pathToFileURL(join(dir, 'a1.ar.txt')).toString(), 'the cached folder gives the same answer');
});
