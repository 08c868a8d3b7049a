// Requests after `shutdown` are refused with InvalidRequest (the LSP spec), not served; before it nothing changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ErrorCodes, Message } from 'vscode-languageserver/node';
import { AFTER_SHUTDOWN, shutdownGate } from '../../../server/src/shutdownGate';

test('a request after shutdown goes to the gate, which answers InvalidRequest naming it; notifications and earlier requests pass', () => {
  const gate = shutdownGate();
  const seen: Message[] = [];
  const pass = (m: Message) => { gate.messageStrategy.handleMessage(m, (x) => { seen.push(x); }); };
  const hover = { jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.txt' }, position: { line: 0, character: 0 } } };
  pass(hover);
  pass({ jsonrpc: '2.0', id: 2, method: 'shutdown' } as Message);
  pass({ ...hover, id: 3 } as Message);
  pass({ jsonrpc: '2.0', method: 'exit' } as Message);
  assert.deepEqual(seen[0], hover);
  assert.equal((seen[1] as unknown as { method: string }).method, 'shutdown');
  assert.deepEqual(seen[2], { jsonrpc: '2.0', id: 3, method: AFTER_SHUTDOWN, params: { method: 'textDocument/hover' } });
  assert.equal((seen[3] as unknown as { method: string }).method, 'exit');
  const refused = gate.refuse({ method: 'textDocument/hover' });
  assert.equal(refused.code, ErrorCodes.InvalidRequest);
  assert.match(refused.message, /shut down: textDocument\/hover/);
});
