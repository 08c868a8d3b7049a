// Main job: packages the extension and opens seeds/ in VS Code when `code` exists; otherwise annotates seeds/ with the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => path.join('seeds', f));
const vsix = 'out/arabic-news-annotator.vsix';
fs.mkdirSync('out', { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`packaged ${vsix} (${(fs.statSync(vsix).size / 1e6).toFixed(2)} MB)`);

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  execFileSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  execFileSync('code', ['seeds', ...seeds], { stdio: 'inherit' });
  console.log('opened seeds/ in VS Code with Arabic News Annotator installed');
} else {
  console.log('no `code` command on this machine: annotating seeds/ with the CLI instead\n');
  const cli = ['dist/cli.js'];
  execFileSync(process.execPath, [...cli, 'summary', ...seeds], { stdio: 'inherit' });
  for (const format of ['json', 'brat', 'conll', 'jsonl']) {
    execFileSync(process.execPath, [...cli, 'annotate', ...seeds, '--format', format, '--out', `out/${format}`], { stdio: 'inherit' });
  }
  console.log('wrote out/json, out/brat, out/conll and out/jsonl');
}
