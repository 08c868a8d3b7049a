// Where a batch export writes: under the output folder, mirroring the inputs' folders, never over an input.
import * as fs from 'fs';
import * as path from 'path';

function isInside(rel: string): boolean {
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * Each input's folder relative to the deepest folder holding them all, so `a/news.txt` and
 * `b/news.txt` export to `OUT/a/news.*` and `OUT/b/news.*`; a single input or one folder gives ''.
 */
export function relativeFolders(files: string[]): string[] {
  const dirs = files.map((f) => path.dirname(path.resolve(f)));
  let common: string | undefined = dirs[0];
  for (const d of dirs) {
    // Climbs at most the depth of `common`: path.dirname of a root is the root itself.
    while (common !== undefined && !isInside(path.relative(common, d))) {
      const up = path.dirname(common);
      common = up === common ? undefined : up;
    }
  }
  // No common folder (Windows drives): keep each full path below OUT, without the drive or root.
  return dirs.map((d) => (common !== undefined ? path.relative(common, d) : d.replace(/^[a-zA-Z]:/, '').replace(/^[\\/]+/, '')));
}

/** Device and inode: the same file under another name, a symlink or a case-insensitive spelling. */
function identity(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/** Checks each article's output files before anything is written, and remembers what the batch wrote. */
export class ExportTargets {
  private readonly inputs = new Map<string, string>();
  private readonly planned = new Map<string, string>();

  constructor(inputs: string[]) {
    for (const f of inputs) {
      const id = identity(f);
      if (id) this.inputs.set(id, f);
    }
  }

  /** Why `input` may not write `targets` (undefined: it may, and they are now reserved for it). */
  refuse(input: string, targets: string[]): string | undefined {
    for (const t of targets) {
      const id = identity(t);
      const clash = id ? this.inputs.get(id) : undefined;
      if (clash !== undefined) return `${t} would overwrite ${clash === input ? 'the article itself' : `the input ${clash}`}; choose another output folder`;
      const other = this.planned.get(path.resolve(t));
      if (other !== undefined) return `${t} is already the output of ${other}`;
      // A brat copy may replace the copy of an earlier export (its .ann is beside it), never another text.
      if (/\.txt$/i.test(t) && fs.existsSync(t) && !fs.existsSync(t.replace(/\.txt$/i, '.ann'))) {
        return `${t} exists and is not the text of an earlier brat export; choose another output folder`;
      }
    }
    for (const t of targets) this.planned.set(path.resolve(t), input);
    return undefined;
  }
}
