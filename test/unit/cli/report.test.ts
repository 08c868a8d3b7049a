import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { report } from '../../../server/src/cli/report';

test('report names a broken sidecar, not its article, as what could not be read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
  const [we] = [process.stderr.write];
  let err = '';
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  try {
    fs.mkdirSync(path.join(dir, 'in'));
    const article = path.join(dir, 'in', 'a.txt');
    fs.writeFileSync(article, 'قال الرئيس في القاهرة.\n');
    fs.writeFileSync(article + '.annotations.json', '{bad');
    const code = report([path.join(dir, 'in')], path.join(dir, 'out', 'r.html'));
    assert.equal(code, 1);
    assert.ok(err.includes(`its sidecar ${article}.annotations.json: `), err);
  } finally {
    process.stderr.write = we;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
