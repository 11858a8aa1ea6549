import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces the file at `path` with `text` so that a reader (or a crash) sees either the old
 * content or the new, never a truncated file: the text goes to a temporary file beside the
 * original (same directory, so the same file system), is flushed to disk, takes the original's
 * mode and owner, and is renamed over it; the directory is flushed last. A symbolic link is
 * followed: its target is replaced and the link stays. When the owner cannot be kept (another
 * user's file), nothing is replaced and the error says so.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = await realpath(path);
  const before = await stat(target);
  const mode = before.mode & 0o7777;
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.cmapi-${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temp, 'wx', 0o600);
  try {
    try {
      await file.writeFile(text, 'utf8');
      await file.chmod(mode);
      await keepOwner(file, before.uid, before.gid);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncDirectory(dir);
}

async function keepOwner(file: Awaited<ReturnType<typeof open>>, uid: number, gid: number): Promise<void> {
  const now = await file.stat();
  if (now.uid === uid && now.gid === gid) return;
  try {
    await file.chown(uid, gid);
  } catch {
    throw new Error(`cannot keep the file's owner (${uid}:${gid}); left unchanged`);
  }
}

/** Flushes a directory entry change to disk where the platform allows it (not on Windows). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms and file systems cannot open or flush a directory; the rename is done.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
