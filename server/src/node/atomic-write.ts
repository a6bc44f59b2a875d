import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file no longer holds the bytes it was read with: someone else saved it in the meantime. */
export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk since it was read`);
    this.name = 'FileChangedError';
  }
}

export interface AtomicWriteOptions {
  /** The bytes the file was read with; if it holds other bytes just before the rename, nothing is written. */
  readonly expected?: Uint8Array;
}

/** Temporary files are `.<name>.<random>.tmp` beside the target: hidden, and recognizable if a crash leaves one. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes `data` to `path` so that a reader, or a crash, sees either the old or the new file, never
 * half of one: a temporary file beside it, flushed, then a rename. An existing file must be writable
 * and keeps its mode (and owner where allowed); a symlink keeps pointing at the file, which is the one replaced.
 * Throws `FileChangedError` if `expected` is given and the file no longer holds it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const target = realTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const existing = statOrUndefined(target);
  // The rename would replace a read-only file as easily as any other; its mode says not to.
  if (existing) accessSync(target, constants.W_OK);
  let created = false;
  try {
    const fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    created = true;
    try {
      writeFileSync(fd, data);
      if (existing) keepOwnerAndMode(fd, existing);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.expected && !holds(target, options.expected)) throw new FileChangedError(path);
    renameSync(temp, target);
  } catch (e) {
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
    throw e;
  }
}

function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function keepOwnerAndMode(fd: number, stat: Stats): void {
  try {
    fchownSync(fd, stat.uid, stat.gid);
  } catch {
    // Only root may give a file away; the writer then owns the new file.
  }
  // After the chown, which may clear set-id bits; and the umask may have narrowed the mode at open.
  fchmodSync(fd, stat.mode & 0o7777);
}

function holds(path: string, expected: Uint8Array): boolean {
  try {
    return readFileSync(path).equals(expected);
  } catch {
    return false;
  }
}
