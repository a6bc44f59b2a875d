import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { compileGlob, isGlob } from '../node/glob.js';

/** Extensions linted when a directory or a glob is given; a file named explicitly is always linted. */
export const LINTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.gw', '.docx'];
/** Word's lock file beside an open document (`~$稿件.docx`): not a document. */
const isLockFile = (file: string) => /(^|[\\/])~\$[^\\/]*$/.test(file);
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export interface Expansion {
  readonly files: readonly string[];
  /** One line per pattern that matched nothing or a directory that could not be read. */
  readonly errors: readonly string[];
  /** One line per broken symlink met in a directory: skipped, but not an error. */
  readonly notes: readonly string[];
}

/** Turns file, directory and glob arguments into absolute file paths, in order, without duplicates. */
export function expandPatterns(patterns: readonly string[], cwd: string): Expansion {
  const files: string[] = [];
  const seen = new Set<string>();
  const errors: string[] = [];
  const notes: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stat = statOrCode(absolute);
    if (typeof stat !== 'string' && stat.isFile()) {
      add(absolute);
    } else if (typeof stat !== 'string' && stat.isDirectory()) {
      walk(absolute, { errors, notes, add, wanted: (file) => LINTED_EXTENSIONS.includes(extname(file).toLowerCase()) && !isLockFile(file) });
    } else if (typeof stat !== 'string') {
      errors.push(`不是普通文件：${pattern}（not a regular file）`);
    } else if (brokenLink(absolute, stat)) {
      const [zh, en] = brokenLink(absolute, stat)!;
      errors.push(`${zh}（${en}）：${pattern}`);
    } else if (stat !== 'ENOENT' && stat !== 'ENOTDIR') {
      errors.push(`无法读取（cannot read）：${pattern}（${stat}）`);
    } else if (isGlob(pattern)) {
      const { base, match } = compileGlob(pattern);
      const root = resolve(cwd, base);
      const before = files.length;
      walk(root, { errors, notes, add, wanted: (file) => match(relative(root, file).split(sep).join('/')) && !isLockFile(file) });
      if (files.length === before) errors.push(`没有文件匹配：${pattern}（no files match）`);
    } else {
      errors.push(`找不到文件：${pattern}（no such file or directory）`);
    }
  }
  return { files, errors, notes };
}

interface Walk {
  readonly errors: string[];
  readonly notes: string[];
  readonly wanted: (file: string) => boolean;
  readonly add: (file: string) => void;
}

/**
 * Adds the wanted files under `dir` in name order; hidden entries and node_modules are skipped. Each
 * directory is entered once by its real path, so a symlink to an ancestor ends the descent instead of looping.
 */
function walk(dir: string, into: Walk, seen = new Set<string>()): void {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    into.errors.push(`无法读取目录（cannot read directory）：${dir}（${(e as NodeJS.ErrnoException).code ?? String(e)}）`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const stat = entry.isSymbolicLink() ? statOrCode(path) : entry;
    if (typeof stat === 'string') {
      if (!into.wanted(path)) continue;
      const [zh, en] = brokenLink(path, stat) ?? ['无法访问的符号链接', `inaccessible symlink, ${stat}`];
      into.notes.push(`跳过${zh}（skipped, ${en}）：${path}`);
    } else if (stat.isDirectory()) {
      walk(path, into, seen);
    } else if (stat.isFile() && into.wanted(path)) {
      into.add(path);
    }
  }
}

/** The stat of what `path` points to, or the error code. */
function statOrCode(path: string): Stats | string {
  try {
    return statSync(path);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  }
}

/** Describes a symlink whose target is missing or that leads back to itself, given why stat failed. */
function brokenLink(path: string, code: string): readonly [zh: string, en: string] | undefined {
  if (code === 'ELOOP') return ['成环的符号链接', 'symlink loop'];
  if (code !== 'ENOENT') return undefined;
  try {
    return lstatSync(path).isSymbolicLink() ? ['指向不存在目标的符号链接', 'dangling symlink'] : undefined;
  } catch {
    return undefined;
  }
}
