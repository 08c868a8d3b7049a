// An article (or its folder) renamed or moved in the editor takes its sidecar along (LSP willRenameFiles): what is owed is written first, then the editor renames the sidecar with the article.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Connection, FileOperationRegistrationOptions, FileRename, RenameFile, WorkspaceEdit } from 'vscode-languageserver/node';
import { localPath } from './io/fileUri';
import { rescueCopies, SidecarFiles } from './sidecarFiles';

const SUFFIX = '.annotations.json';

/**
 * The renames the editor asks about: articles (the extension opens `.txt` files), sidecars the user moves themselves (so
 * theirs is not moved twice) and folders (their open articles' later writes must follow them).
 */
export const RENAME_FILTERS: FileOperationRegistrationOptions = {
  filters: [
    { scheme: 'file', pattern: { glob: '**/*.txt', matches: 'file', options: { ignoreCase: true } } },
    { scheme: 'file', pattern: { glob: `**/*${SUFFIX}`, matches: 'file', options: { ignoreCase: true } } },
    { scheme: 'file', pattern: { glob: '**/*', matches: 'folder' } },
  ],
};

/** A sidecar left where it was because its article's new name already has one: both kept, the user told. */
export interface KeptApart { article: string; sidecar: string; existing: string }

export interface RenamePlan { edit: WorkspaceEdit | null; kept: KeptApart[] }

/** What the file system is asked; a seam for tests. */
export interface RenameDisk { exists(file: string): boolean; isFolder(file: string): boolean; sameFile(a: string, b: string): boolean }
const realDisk: RenameDisk = {
  exists: (file) => fs.existsSync(file),
  isFolder: (file) => { try { return fs.statSync(file).isDirectory(); } catch { return false; } },
  sameFile: (a, b) => { try { const [x, y] = [fs.statSync(a), fs.statSync(b)]; return x.dev === y.dev && x.ino === y.ino; } catch { return false; } },
};

const fileUri = (file: string) => pathToFileURL(file).toString();

/**
 * Before the editor renames `files`: each affected article's pending decisions are written (at the old path, so the
 * rename carries them); an article renamed alone gets its sidecar (and rescue copies) renamed with it, never over a
 * sidecar already at the new name; later writes of every affected article go to where its sidecar will be.
 */
export function planRenames(files: readonly FileRename[], store: SidecarFiles, disk: RenameDisk = realDisk): RenamePlan {
  const moves = files.flatMap((f) => {
    const from = localPath(f.oldUri), to = localPath(f.newUri);
    return 'path' in from && 'path' in to && from.path !== to.path ? [{ from: from.path, to: to.path }] : [];
  });
  /** Where `file` will be once the renames are done (itself, or inside a renamed folder), if it moves. */
  const whereAfter = (file: string): string | undefined => {
    for (const m of moves) {
      if (file === m.from) return m.to;
      if (file.startsWith(m.from + path.sep)) return m.to + file.slice(m.from.length);
    }
    return undefined;
  };
  const affected = store.sidecarPaths().flatMap(({ uri, file }) => {
    const article = whereAfter(file.slice(0, -SUFFIX.length));
    return article ? [{ uri, file, article }] : [];
  });
  // Written now, where the sidecar is: a write owed at close would otherwise land at the old path after the rename.
  for (const { uri } of affected) store.flush(uri);

  const renames: RenameFile[] = [];
  const kept: KeptApart[] = [];
  const moving = new Map<string, string>();
  for (const m of moves) {
    const sidecar = m.from + SUFFIX;
    // A folder's sidecars are inside it and go with it; a sidecar the user renames too is theirs to place.
    if (m.from.endsWith(SUFFIX) || whereAfter(sidecar) !== undefined || disk.isFolder(m.from)) continue;
    const target = m.to + SUFFIX;
    if (disk.exists(sidecar)) {
      // A change of case only (news.txt → News.txt where names ignore case) finds the sidecar itself at the new name.
      if (disk.exists(target) && !disk.sameFile(sidecar, target)) { kept.push({ article: m.to, sidecar, existing: target }); continue; }
      moving.set(sidecar, target);
      renames.push(rename(sidecar, target));
    }
    // The copies a failing sidecar left at exit are told at the article's next open: beside its new name (also when the
    // sidecar itself is gone: deleted on disk, its held decisions were rescued at exit).
    const targets = rescueCopies(target);
    rescueCopies(sidecar).forEach((copy, i) => { if (disk.exists(copy) && !disk.exists(targets[i])) renames.push(rename(copy, targets[i])); });
  }
  for (const { uri, file, article } of affected) {
    const next = whereAfter(file) ?? moving.get(file) ?? (kept.some((k) => k.sidecar === file) ? undefined : article + SUFFIX);
    if (next) store.moved(uri, next, fileUri(article));
  }
  return { edit: renames.length ? { documentChanges: renames } : null, kept };
}

/** Never over an existing file: a sidecar that appeared since the plan is kept, the rename skipped. */
const rename = (from: string, to: string): RenameFile => ({ kind: 'rename', oldUri: fileUri(from), newUri: fileUri(to), options: { overwrite: false, ignoreIfExists: true } });

/** Answers the editor's willRenameFiles with the plan's edit and tells of each sidecar kept apart. */
export function wireRenames(connection: Connection, store: SidecarFiles): void {
  connection.workspace.onWillRenameFiles((p) => {
    const plan = planRenames(p.files, store);
    for (const k of plan.kept) {
      void connection.window.showWarningMessage(`${k.existing} already existed, so the sidecar of the renamed article was not moved over it: ` +
        `${path.basename(k.article)} shows the annotations of that file, and those made under its old name stay in ${k.sidecar}. Compare the two and keep what you need.`);
    }
    return plan.edit;
  });
}
