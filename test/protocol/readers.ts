// The outside readers the export tests use: brat's own parser from the shared folder and a Python 3 with NLTK.
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const root = join(__dirname, '..', '..');

/**
 * `shared/peers/brat` beside the repository (CI clones it next to `shared/`), or beside a parent
 * folder (a git worktree one level down). Missing, the tests fail with this message, never skip:
 * a check that silently does not run is a check that cannot fail.
 */
export function bratPeers(): string {
  for (let dir = root, i = 0; i < 4; i++, dir = dirname(dir)) {
    const peers = join(dir, '..', 'shared', 'peers', 'brat');
    if (existsSync(join(peers, 'check_brat.py'))) return peers;
  }
  throw new Error(`brat's parser not found: expected ../shared/peers/brat/check_brat.py beside ${root} (see shared/peers/brat/README)`);
}

function hasModule(python: string, module: string): boolean {
  return spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0;
}

/** A Python 3 that can import `module`: $PYTHON, `python3` on the PATH, or Debian's /usr/bin/python3. */
export function python(module = 'json'): string {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);
  const found = candidates.find((p) => hasModule(p, module));
  if (!found) throw new Error(`no Python 3 with ${module} (tried ${candidates.join(', ')})${module === 'nltk' ? '; on Debian: apt-get install python3-nltk' : ''}`);
  return found;
}

export function run(cmd: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export const cli = (...args: string[]) => run(process.execPath, [join(root, 'dist', 'cli.js'), ...args]);
