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

/**
 * An entry whose writes were pointed from sidecar `from` to `to` (`key`: where the store now keeps it, `uri`: the article's
 * old URI), until the disk shows the article's rename done or not done; `ours`: the edit was to rename the sidecar itself.
 */
export interface Retarget { key: string; uri: string; from: string; to: string; oldArticle: string; newArticle: string; ours: boolean }

/** `left`: rescue copies not moved because their names are taken beside the new name (each told). */
export interface RenamePlan { edit: WorkspaceEdit | null; kept: KeptApart[]; left: string[]; retargets: Retarget[] }

/** What the file system is asked and done to; a seam for tests. */
export interface RenameDisk { exists(file: string): boolean; isFolder(file: string): boolean; sameFile(a: string, b: string): boolean; move(from: string, to: string): void }
const realDisk: RenameDisk = {
  exists: (file) => fs.existsSync(file),
  move: (from, to) => { if (fs.existsSync(to)) throw new Error(`${to} exists`); fs.renameSync(from, to); },
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
  const moves = pathsOf(files);
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
  const left: string[] = [];
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
    rescueCopies(sidecar).forEach((copy, i) => {
      if (!disk.exists(copy)) return;
      if (disk.exists(targets[i])) left.push(copy);
      else renames.push(rename(copy, targets[i]));
    });
  }
  const retargets: Retarget[] = [];
  for (const { uri, file, article } of affected) {
    const next = whereAfter(file) ?? moving.get(file) ?? (kept.some((k) => k.sidecar === file) ? undefined : article + SUFFIX);
    if (!next || next === file) continue;
    const nextUri = fileUri(article);
    store.moved(uri, next, nextUri);
    const key = store.sidecarPaths().some((p) => p.uri === uri) ? uri : nextUri;
    retargets.push({ key, uri, from: file, to: next, oldArticle: file.slice(0, -SUFFIX.length), newArticle: article, ours: moving.has(file) });
  }
  return { edit: renames.length ? { documentChanges: renames } : null, kept, left, retargets };
}

/** Local paths of a rename's URIs, when both are files on this machine and differ. */
function pathsOf(files: readonly FileRename[]): Array<{ from: string; to: string }> {
  return files.flatMap((f) => {
    const from = localPath(f.oldUri), to = localPath(f.newUri);
    return 'path' in from && 'path' in to && from.path !== to.path ? [{ from: from.path, to: to.path }] : [];
  });
}

/**
 * The writes an approved rename pointed at the new sidecar path stand only once the article is seen there: its rename can
 * still fail after the sidecar's went through, and a sidecar made at the new name between the plan and the edit makes the
 * editor skip ours. VS Code renames the sidecar (our edit, with its own didRenameFiles) *before* the article, then closes
 * the old name and opens the new one, then confirms the article's rename; so the article still at its old name is
 * evidence of a failure only when its own name opens or closes, never at another file's confirmation (the article's
 * rename may still be under way then).
 */
export class RenameChecks {
  private waiting: Retarget[] = [];
  /** Shut down or exited: nothing is under way any more, so the last writes go, or are told, whatever still waits. */
  private settled = false;
  constructor(private readonly store: SidecarFiles, private readonly tell: (message: string) => void, private readonly disk: RenameDisk = realDisk) {
    // Whose writes follow a waiting rename: a folder not there yet is then no write failure.
    store.renaming = (uri) => !this.settled && this.waiting.some((w) => w.key === uri);
  }

  plan(files: readonly FileRename[]): RenamePlan {
    this.settled = false;
    const plan = planRenames(files, this.store, this.disk);
    this.waiting = [...this.waiting.filter((w) => !plan.retargets.some((r) => r.key === w.key || r.uri === w.uri)), ...plan.retargets];
    return plan;
  }

  /** didRenameFiles: the editor renamed these (after the fact); settles the articles they carried, and nothing else. */
  confirmed(files: readonly FileRename[]): void {
    const moves = pathsOf(files);
    const carried = (w: Retarget) => moves.some((m) => (w.oldArticle === m.from && w.newArticle === m.to) ||
      (w.oldArticle.startsWith(m.from + path.sep) && w.newArticle === m.to + w.oldArticle.slice(m.from.length)));
    this.waiting = this.waiting.filter((w) => !carried(w) || !this.done(w));
  }

  /** Before `uri` opens or closes: an article seen at its new name is renamed; one seen only at its old name, as its old name opens or closes, is not. */
  check(uri: string): void {
    const at = localPath(uri);
    if (!('path' in at)) return;
    this.waiting = this.waiting.filter((w) => (at.path !== w.oldArticle && at.path !== w.newArticle) || this.waits(w, at.path === w.oldArticle));
  }

  /**
   * Shutdown or exit, before the final writes: no rename is under way any more, so the disk as it is decides. VS Code can
   * keep a document whose rename failed open (no close) for over a minute; without this the last writes would go to the
   * sidecar at the new name, beside no article, and the next session would show the article without its annotations.
   */
  settle(): void {
    this.waiting = this.waiting.filter((w) => this.waits(w, true));
    this.settled = true;
  }

  /** Still waiting? The article seen at its new name is renamed; seen only at its old name, it failed if `mayFail`. */
  private waits(w: Retarget, mayFail: boolean): boolean {
    const { disk } = this;
    const there = disk.exists(w.newArticle), here = disk.exists(w.oldArticle);
    if (there && (!here || disk.sameFile(w.oldArticle, w.newArticle))) return !this.done(w);
    if (here && !there && mayFail) return !this.failed(w);
    return true;
  }

  /** The article kept its name: its writes go back to its own sidecar, and ours comes back if it had moved. */
  private failed(w: Retarget): boolean {
    const { disk } = this;
    this.store.moved(w.key, w.from, w.uri);
    if (!w.ours || !disk.exists(w.to)) return true;
    if (disk.exists(w.from)) {
      this.tell(`The rename of ${path.basename(w.oldArticle)} did not happen, but its sidecar had been renamed to ${w.to}, and ${w.from} exists again, so it was not renamed back over it: ${path.basename(w.oldArticle)} shows the annotations of ${w.from}. Compare the two and keep what you need.`);
      return true;
    }
    try { disk.move(w.to, w.from); } catch (e) {
      // The writes already point beside the article, so the next save (at the latest at shutdown) would make a second
      // sidecar there: written now instead, and told as it is; only when nothing can be written there is renaming back the way.
      const key = [w.uri, w.key].find((k) => this.store.sidecarPaths().some((p) => p.uri === k));
      const written = key !== undefined && this.store.retry(key) && disk.exists(w.from);
      const why = `The rename of ${path.basename(w.oldArticle)} did not happen, but its sidecar had been renamed to ${w.to} and could not be renamed back (${(e as Error).message})`;
      this.tell(written
        ? `${why}. Its annotations are now saved beside it in ${w.from}; ${w.to} is the copy from the rename, no longer written: delete it once you have checked.`
        : `${why}, and nothing could be saved beside it instead. Rename ${w.to} back to ${w.from} to see its annotations.`);
    }
    return true;
  }

  /** Renamed; but if ours was skipped for a sidecar made at the new name meanwhile, never written into that one. */
  private done(w: Retarget): boolean {
    const { disk } = this;
    if (w.ours && disk.exists(w.from) && !disk.sameFile(w.from, w.to)) {
      this.store.moved(w.key, w.from, w.key);
      this.tell(keptApart({ article: w.newArticle, sidecar: w.from, existing: w.to }));
    }
    return true;
  }
}

/** Never over an existing file: a sidecar that appeared since the plan is kept, the rename skipped. */
const rename = (from: string, to: string): RenameFile => ({ kind: 'rename', oldUri: fileUri(from), newUri: fileUri(to), options: { overwrite: false, ignoreIfExists: true } });

const keptApart = (k: KeptApart) => `${k.existing} already existed, so the sidecar of the renamed article was not moved over it: ` +
  `${path.basename(k.article)} shows the annotations of that file, and those made under its old name stay in ${k.sidecar}. Compare the two and keep what you need.`;

/**
 * Answers the editor's willRenameFiles with the plan's edit, tells of each sidecar or rescue copy kept apart, and settles
 * the plan when the editor confirms; the caller calls `check` before a document opens or closes.
 */
export function wireRenames(connection: Connection, store: SidecarFiles): RenameChecks {
  const tell = (message: string) => void connection.window.showWarningMessage(message);
  const checks = new RenameChecks(store, tell);
  connection.workspace.onWillRenameFiles((p) => {
    const plan = checks.plan(p.files);
    plan.kept.forEach((k) => tell(keptApart(k)));
    for (const copy of plan.left) tell(`${copy} (annotations saved when a write failed) stayed beside the old name: the new name already has a copy under that name. Open it to see what it holds.`);
    return plan.edit;
  });
  connection.workspace.onDidRenameFiles((p) => checks.confirmed(p.files));
  return checks;
}
