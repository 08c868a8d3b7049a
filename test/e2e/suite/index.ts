// Mocha entry run inside the VS Code extension host (code-server or @vscode/test-electron).
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 120_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'extension.e2e', mocha);
  // Loaded after pre-require so that `suite`/`test` exist when the tests register.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./extension.e2e');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./lifecycle.e2e');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
