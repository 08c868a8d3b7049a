// Which folders the index (and the adapted model) cover, whatever shape of initialize a client sends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InitializeParams } from 'vscode-languageserver/node';
import { workspaceUris } from '../../../server/src/index/indexConnection';

const params = (p: Partial<InitializeParams>) => ({ processId: null, capabilities: {}, rootUri: null, ...p }) as InitializeParams;

test('workspace folders, else the root: an empty folder list with a root still indexes the root', () => {
  assert.deepEqual(workspaceUris(params({ workspaceFolders: [{ uri: 'file:///a', name: 'a' }, { uri: 'file:///b', name: 'b' }], rootUri: 'file:///a' })), ['file:///a', 'file:///b']);
  assert.deepEqual(workspaceUris(params({ workspaceFolders: [], rootUri: 'file:///news' })), ['file:///news'], 'an empty list is not "no workspace"');
  assert.deepEqual(workspaceUris(params({ workspaceFolders: null, rootUri: 'file:///news' })), ['file:///news']);
  assert.deepEqual(workspaceUris(params({ rootPath: '/old/client' })), ['file:///old/client'], 'the deprecated rootPath as a last resort');
  assert.deepEqual(workspaceUris(params({ workspaceFolders: null })), [], 'a single file opened: nothing to index');
});
