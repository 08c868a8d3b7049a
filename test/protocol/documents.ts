// Shared steps of the LSP tests: open and close a document (waiting for the server's answer), find positions by text, read tokens.
import { DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ProtocolConnection } from 'vscode-languageserver-protocol/node';

/** What the steps need of a test's session: the connection and a promise of the next diagnostics for a URI. */
export interface DocumentSession { conn: ProtocolConnection; published(uri: string): Promise<void> }

export async function open(s: DocumentSession, uri: string, text: string): Promise<void> {
  const done = s.published(uri);
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await done;
}

/** Closing flushes the sidecar; the server then clears the document's diagnostics, which is the event to wait for. */
export async function close(s: DocumentSession, uri: string): Promise<void> {
  const done = s.published(uri);
  await s.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await done;
}

/** The LSP position of the `nth` occurrence of `needle`, one character in (inside the word). */
export function pos(text: string, needle: string, nth = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  const lines = text.slice(0, i + 1).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Absolute [line, character, length, type, modifiers] tuples of relative-encoded semantic token data. */
export function absolute(data: readonly number[]): number[][] {
  const out: number[][] = [];
  let line = 0, ch = 0;
  for (let i = 0; i < data.length; i += 5) {
    ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
    line += data[i];
    out.push([line, ch, data[i + 2], data[i + 3], data[i + 4]]);
  }
  return out;
}
