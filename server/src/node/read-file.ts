import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export type ReadResult =
  | { readonly kind: 'read'; readonly bytes: Buffer }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'error'; readonly code: string };

/**
 * Reads a whole regular file, unless it has more than `maxSize` bytes: then it is not read at all.
 * Size and contents come from one open file, so a file swapped in between is not read unchecked.
 */
export function readFileLimited(path: string, maxSize: number): ReadResult {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO put in the file's place cannot hang the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { kind: 'error', code: codeOf(e) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'error', code: 'EISDIR' };
    if (!stat.isFile()) return { kind: 'error', code: 'not a regular file' };
    if (stat.size > maxSize) return { kind: 'too-large', size: stat.size };
    const bytes = readFileSync(fd);
    // It may have grown since the stat.
    return bytes.length > maxSize ? { kind: 'too-large', size: bytes.length } : { kind: 'read', bytes };
  } catch (e) {
    return { kind: 'error', code: codeOf(e) };
  } finally {
    closeSync(fd);
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
