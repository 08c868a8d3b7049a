// Runs the same suite under @vscode/test-electron on a machine that has VS Code (or internet):
// VSCODE_EXECUTABLE=/path/to/code node test/e2e/suite/launch-electron.mjs
import { runTests } from '@vscode/test-electron';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
await runTests({
  vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(here, '..', 'out', 'suite', 'index.js'),
  launchArgs: [path.join(here, '..', 'workspace'), '--disable-extensions'],
});
