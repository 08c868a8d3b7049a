// The editor's export of a buffer that is not a file on disk names its files after the buffer, never with a scheme's colon.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'url';
import { exportPath } from '../../../server/src/io/fileUri';
import { outputNames } from '../../../server/src/engine/exporters';

test('an untitled buffer exports as Untitled-1.json, not untitled:Untitled-1.json (on Windows an alternate data stream of a file "untitled")', () => {
  assert.equal(exportPath('untitled:Untitled-1'), 'Untitled-1');
  assert.deepEqual(outputNames(exportPath('untitled:Untitled-1'), 'brat'), ['Untitled-1.ann', 'Untitled-1.txt']);
  // An untitled buffer VS Code already knows a path for (a new file not yet saved)
  assert.equal(exportPath('untitled:/home/u/news/%D8%AE%D8%A8%D8%B1%20%D8%AC%D8%AF%D9%8A%D8%AF.ar.txt'), 'خبر جديد.ar.txt');
});

test('files on disk keep their path (spaces and Arabic names included); other schemes give their last segment, with no separator or colon', () => {
  const p = '/tmp/أخبار اليوم/خبر 1.ar.txt';
  assert.equal(exportPath(pathToFileURL(p).href), p);
  assert.equal(exportPath('vscode-vfs://github/owner/repo/a%20b.txt'), 'a b.txt');
  assert.equal(exportPath('file://server/share/x.ar.txt').endsWith('x.ar.txt'), true);
  assert.equal(exportPath('foo:a%2Fb%3Ac'), 'a_b_c');
  assert.equal(exportPath('untitled:'), 'untitled');
  assert.equal(exportPath('weird:..'), 'untitled');
});
