// Checks before an atomic write replaces a file: one the user made read-only is kept, and a symbolic link is written through.
import * as fs from 'fs';

/**
 * Throws when `file` exists without any write permission (mode bits, not access(): root may write anything). A rename needs
 * only the folder's permission, so an atomic write would replace such a file silently, and a user marks a file read-only to
 * keep it (a finished review, an export corrected by hand). `name` is how the message names the file.
 */
export function refuseReadOnly(file: string, name = file): void {
  let mode: number | undefined;
  try { mode = fs.statSync(file).mode; } catch { /* no file yet */ }
  if (mode !== undefined && (mode & 0o222) === 0) throw new Error(`${name} is read-only, so it is not replaced (chmod u+w lets it be)`);
}

/**
 * The file a write to `link` must replace: where a symbolic link points (renamed over the link, the new file would take its
 * place and the file it names, e.g. in a shared folder, would never change again); `link` itself when there is no file yet or
 * the link dangles.
 */
export function writeTarget(link: string): string {
  try {
    return fs.realpathSync(link);
  } catch {
    return link;
  }
}
