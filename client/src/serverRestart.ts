// Restarting the language server: one too busy to answer the shutdown in time is ended and started again, never left stopped.

/** The part of the language client a restart uses. */
export interface Restartable {
  stop(timeout?: number): Promise<void>;
  start(): Promise<void>;
}

/**
 * A server deep in a long analysis or a model load can take more than the client library's 2 s to answer `shutdown`;
 * the library then throws and ends the process itself, and its own restart() stops there, leaving no server at all.
 */
export const STOP_TIMEOUT_MS = 10_000;

export async function restartServer(client: Restartable, log: (line: string) => void): Promise<void> {
  try {
    await client.stop(STOP_TIMEOUT_MS);
  } catch (e) {
    log(`Restart: the server did not stop cleanly (${(e as Error).message}); it was ended and is started again.`);
  }
  await client.start();
}
