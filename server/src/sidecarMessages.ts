// Tells the user what happened to their annotations (orphaned, unsaved, merged, a stray sidecar) and carries out their answer (Retry, Save As…, Remove, Adopt It).
import * as os from 'os';
import * as path from 'path';
import { Connection } from 'vscode-languageserver/node';
import { Decision } from './engine/decisions';
import { MergeConflict } from './engine/mergeDecisions';
import { SidecarEvents, SidecarStore } from './sidecarStore';

/** Server → client request: where to save a copy of the annotations (the client shows a save dialog); answers a path or null. */
export const PICK_SAVE_PATH = 'arabicNews/pickSavePath';
/** Client → server notification: the user came back to the editor; the open articles' sidecars are read again if another writer changed them. */
export const SIDECAR_CHECK = 'arabicNews/sidecarCheck';

const list = (ds: Decision[]) => ds.slice(0, 8).map((d) => `${d.label} “${d.text}”`).join(', ') + (ds.length > 8 ? ', …' : '');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The store's events as messages; `store` is read lazily because the store is built with these events. */
export function sidecarMessages(connection: Connection, store: () => SidecarStore, changed: (uri: string) => void): SidecarEvents {
  const prompting = new Set<string>();

  const saveAs = async (uri: string, file: string) => {
    let target: string | null;
    try {
      target = await connection.sendRequest<string | null>(PICK_SAVE_PATH, { uri, defaultPath: path.join(os.homedir(), path.basename(file)) });
    } catch {
      void connection.window.showErrorMessage('This editor cannot ask where to save; make the folder writable and choose Retry.');
      return;
    }
    if (!target) return;
    try {
      const n = store().saveCopy(uri, target);
      void connection.window.showInformationMessage(`Saved a copy of ${plural(n, 'annotation', 'annotations')} to ${target}. Saving beside the article is retried on the next change.`);
    } catch (e) {
      void connection.window.showErrorMessage(`Could not save a copy to ${target}: ${(e as Error).message}`);
    }
  };

  return {
    error: (_uri, message) => void connection.window.showErrorMessage(message),
    unsaveable: (_uri, message) => void connection.window.showWarningMessage(message),
    changed,
    orphaned: (uri, ds, why) => {
      const message = `${plural(ds.length, 'annotation', 'annotations')} lost ${ds.length === 1 ? 'its' : 'their'} place because ${why}: ${list(ds)}. ` +
        'They are kept in the sidecar as “orphaned” and come back if the text does.';
      void connection.window.showWarningMessage(message, { title: 'Keep' }, { title: 'Remove Them' }).then((choice) => {
        if (choice?.title === 'Remove Them') store().removeOrphans(uri, ds.map((d) => d.id));
      });
    },
    writeFailed: (uri, file, message, prompt) => {
      connection.console.error(`Cannot write ${file}: ${message}`);
      if (!prompt || prompting.has(uri)) return;
      prompting.add(uri);
      const text = `Annotations could not be saved to ${file} (${message}). They are kept in memory and saving is retried on the next change.`;
      void connection.window.showErrorMessage(text, { title: 'Retry' }, { title: 'Save As…' }).then(async (choice) => {
        prompting.delete(uri);
        if (choice?.title === 'Retry') store().retry(uri);
        else if (choice?.title === 'Save As…') await saveAs(uri, file);
      }, () => prompting.delete(uri));
    },
    rescued: (_uri, copy) => void connection.window.showWarningMessage(`Annotations the sidecar could not take when the editor last stopped are in ${copy}. Compare it with the sidecar, keep what you need, then delete it (this is told while it exists).`),
    stray: (uri, stray, file) => {
      const text = `${path.basename(file.replace(/\.annotations\.json$/, ''))} has no sidecar, but ${stray} belongs to no article and holds annotations of this text ` +
        `(a rename that did not finish?). Adopt it to rename it to ${file} and show them here, or leave it as it is.`;
      void connection.window.showWarningMessage(text, { title: 'Adopt It' }, { title: 'Leave It' }).then((choice) => {
        if (choice?.title !== 'Adopt It') return;
        try {
          const n = store().adopt(uri, stray);
          void connection.window.showInformationMessage(`${stray} is now ${file}: ${plural(n, 'annotation is', 'annotations are')} shown.`);
        } catch (e) {
          void connection.window.showErrorMessage(`${stray} was not adopted: ${(e as Error).message}.`);
        }
      });
    },
    saved: (_uri, file) => void connection.window.showInformationMessage(`Annotations saved to ${file}.`),
    deleted: (uri, file, held) => {
      const what = held ? plural(held, 'annotation is', 'annotations are') : 'The article\'s date and review mark are';
      const text = `${file} was deleted outside this editor. ${what} kept here and written back when annotations are next saved.`;
      void connection.window.showWarningMessage(text, { title: 'Write Back Now' }, { title: 'Discard Them' }).then((choice) => {
        if (choice?.title === 'Write Back Now') store().retry(uri);
        else if (choice?.title === 'Discard Them' && !store().acceptDeletion(uri)) {
          void connection.window.showInformationMessage(`Nothing discarded: ${file} was written again meanwhile (by this editor or another).`);
        }
      });
    },
    merged: (_uri, fromThem, conflicts: MergeConflict[]) => {
      connection.console.info(`Merged ${plural(fromThem, 'change', 'changes')} another editor made to the annotations.`);
      if (!conflicts.length) return;
      const spans = conflicts.slice(0, 5).map((c) => `“${c.text}” (yours: ${c.mine}; theirs: ${c.theirs})`).join(', ');
      void connection.window.showWarningMessage(`The annotations were also changed in another editor. Both changed the same span${conflicts.length > 1 ? 's' : ''}; yours kept: ${spans}${conflicts.length > 5 ? ', …' : ''}.`);
    },
  };
}
