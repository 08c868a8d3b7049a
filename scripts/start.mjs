// Main job: packages the extension and opens seeds/ in VS Code: the desktop `code` if present, else a local code-server.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => path.join('seeds', f));
const vsix = 'out/arabic-news-annotator.vsix';
fs.mkdirSync('out', { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`packaged ${vsix} (${(fs.statSync(vsix).size / 1e6).toFixed(2)} MB)`);

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  execFileSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  execFileSync('code', ['seeds', ...seeds], { stdio: 'inherit' });
  console.log('opened seeds/ in VS Code with Arabic News Annotator installed');
} else {
  console.log('no `code` command on this machine: annotating seeds/ with the CLI, then opening a local browser VS Code\n');
  const cli = ['dist/cli.js'];
  execFileSync(process.execPath, [...cli, 'summary', ...seeds], { stdio: 'inherit' });
  for (const format of ['json', 'brat', 'conll', 'jsonl']) {
    execFileSync(process.execPath, [...cli, 'annotate', ...seeds, '--format', format, '--out', `out/${format}`], { stdio: 'inherit' });
  }
  console.log('wrote out/json, out/brat, out/conll and out/jsonl\n');
  if (process.env.ARABIC_NEWS_NO_EDITOR) process.exit(0);
  await openBrowserEditor();
}

/** code-server on 127.0.0.1 with the packaged extension installed, serving seeds/ until Ctrl+C. */
async function openBrowserEditor() {
  const { ensureHarness, harnessEnv, codeServerBin } = await import('../test/e2e/setup.mjs');
  ensureHarness();
  const work = path.resolve('out', 'code-server');
  const extensions = path.join(work, 'extensions');
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, 'config.yaml'), 'auth: none\n');
  const env = harnessEnv(work);
  execFileSync(codeServerBin(), ['--extensions-dir', extensions, '--user-data-dir', path.join(work, 'data'), '--install-extension', path.resolve(vsix), '--force'], { env, stdio: 'inherit' });
  const port = process.env.PORT || '8080';
  const args = ['--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(work, 'data'), '--extensions-dir', extensions, '--config', path.join(work, 'config.yaml'), path.resolve('seeds')];
  console.log(`\nArabic News Annotator in VS Code (code-server): http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve('seeds'))}\nPress Ctrl+C to stop.`);
  const child = spawn(codeServerBin(), args, { env, stdio: 'inherit' });
  process.on('SIGINT', () => child.kill('SIGTERM'));
  await new Promise((resolve) => child.on('exit', resolve));
}
