// `npm test`'s last step: runs the built tests with the system temp folder pointed at a folder of their own, removed after,
// so the hundreds of scratch folders the tests make (sidecars, stores, exports) do not pile up in the developer's /tmp.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const scratch = mkdtempSync(path.join(tmpdir(), 'ana-tests-'));
// os.tmpdir() reads TMPDIR on POSIX and TEMP/TMP on Windows; child processes the tests start inherit them.
const env = { ...process.env, TMPDIR: scratch, TEMP: scratch, TMP: scratch };
const run = spawnSync(process.execPath, ['--test', '--test-force-exit', '--test-timeout=300000', 'dist-test/'], { stdio: 'inherit', env });
rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
process.exit(run.status ?? 1);
