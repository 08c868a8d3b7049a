// The CLI's inputs as a user gives them: a file named twice, a folder for summary, an empty folder, offsets a format lacks.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { listArticles } from '../../../server/src/io/articleFiles';
import { usageProblem } from '../../../server/src/cli/annotate';
import { summarize } from '../../../server/src/cli/summary';
import { report } from '../../../server/src/cli/report';
import { Analyzer } from '../../../server/src/engine/analysis';
import { loadDefaultModel } from '../../../server/src/engine/model';

const article = 'قال الرئيس محمد علي في القاهرة إن مصر ستشارك.\n';

/** Runs `f` with stdout and stderr captured. */
function captured<T>(f: () => T): { value: T; out: string; err: string } {
  const [wo, we] = [process.stdout.write, process.stderr.write];
  let out = '', err = '';
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  try {
    return { value: f(), out, err };
  } finally {
    process.stdout.write = wo;
    process.stderr.write = we;
  }
}

function withFolder(f: (dir: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-'));
  try {
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'a.txt'), article);
    fs.mkdirSync(path.join(dir, 'empty'));
    f(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('an article named twice, or also inside a folder given, is listed once', () => withFolder((dir) => {
  const a = path.join(dir, 'in', 'a.txt');
  const twice = listArticles([a, path.join(dir, 'in', '..', 'in', 'a.txt'), path.join(dir, 'in')]);
  assert.deepEqual(twice.map((x) => x.file), [a]);
  // A missing file stays in the list, so its error is reported.
  assert.equal(listArticles([path.join(dir, 'gone.txt'), path.join(dir, 'gone.txt')]).length, 2);
}));

test('summary reads a folder\'s articles, and says when the inputs hold none', () => withFolder((dir) => {
  const analyzer = new Analyzer(loadDefaultModel());
  const folder = captured(() => summarize([path.join(dir, 'in')], analyzer));
  assert.equal(folder.value, 0, folder.err);
  assert.ok(folder.out.includes(`== ${path.join(dir, 'in', 'a.txt')}`) && folder.out.includes('القاهرة'), folder.out);
  const empty = captured(() => summarize([path.join(dir, 'empty')], analyzer));
  assert.equal(empty.value, 1);
  assert.ok(empty.err.includes('no articles') && empty.err.includes('empty'), empty.err);
}));

test('report on a folder with no article writes nothing and fails', () => withFolder((dir) => {
  const html = path.join(dir, 'out', 'r.html');
  const r = captured(() => report([path.join(dir, 'empty')], html));
  assert.equal(r.value, 1);
  assert.ok(r.err.includes('no articles'), r.err);
  assert.equal(fs.existsSync(html), false);
}));

test('--offsets utf16 is refused where the format has no UTF-16 offsets (brat, CoNLL), not silently ignored', () => {
  assert.match(usageProblem(1, { format: 'brat', offsets: 'utf16', out: 'o' }) ?? '', /brat offsets count characters/);
  assert.match(usageProblem(1, { format: 'conll', offsets: 'utf16' }) ?? '', /CoNLL has no offsets/);
  assert.equal(usageProblem(1, { format: 'brat', offsets: 'codepoint', out: 'o' }), undefined);
  assert.equal(usageProblem(2, { format: 'jsonl', offsets: 'utf16' }), undefined);
});
