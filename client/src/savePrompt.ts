// Answers the server's "where to save a copy of the annotations?" (Save As… after a failed sidecar write) with a save dialog.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

export function handleSavePrompts(client: LanguageClient): vscode.Disposable {
  return client.onRequest('arabicNews/pickSavePath', async (p: { defaultPath: string }) => {
    const picked = await vscode.window.showSaveDialog({
      title: 'Save a copy of the annotations', defaultUri: vscode.Uri.file(p.defaultPath), filters: { 'Annotations (JSON)': ['json'] },
    });
    return picked?.scheme === 'file' ? path.normalize(picked.fsPath) : null;
  });
}
