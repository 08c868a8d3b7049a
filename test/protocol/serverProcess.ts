// Ends a test's language server so the test file can exit: nothing of the server may keep the file's event loop alive.
import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ProtocolConnection } from 'vscode-languageserver-protocol/node';

/**
 * Disposes the connection, closes the pipes and kills the server, then waits for it to be gone. A killed server whose pipes
 * stayed open once kept a whole test file from exiting after all its tests had passed (CI, session 56); closing our ends
 * first means the file no longer depends on how fast the server dies, and SIGKILL cannot be caught or delayed.
 */
export async function stopServer(server: ChildProcess | undefined, conn?: ProtocolConnection): Promise<void> {
  if (!server) return;
  conn?.dispose();
  server.stdin?.destroy();
  server.stdout?.destroy();
  if (server.exitCode !== null || server.signalCode !== null) return;
  const gone = once(server, 'exit');
  server.kill('SIGKILL');
  await gone;
}
