import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';

/** Create only, never through a link (a planted symlink at the temporary name must not be written through). */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Replaces `path` with `contents` as git writes its lock files: a temporary file of a random name beside it, created
 * exclusively, then renamed over it (which replaces a link at `path` itself, not what it points to). A crash or a
 * failed write leaves the old file. `mode`: the new file's permissions exactly (those of the file it replaces);
 * without it 0644 less the umask.
 */
export async function writeExclusively(path: string, contents: string | Uint8Array, mode?: number): Promise<void> {
  const temporary = `${path}.${randomBytes(8).toString('hex')}.tmp`;
  const file = await open(temporary, EXCLUSIVE, 0o644);
  try {
    if (mode !== undefined) await file.chmod(mode);
    await file.writeFile(contents);
    await file.close();
    await rename(temporary, path);
  } catch (e) {
    await file.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw e;
  }
}
