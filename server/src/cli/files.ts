import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { compileGlob, isGlob } from './glob.js';

/** Extensions linted when a directory or a glob is given; a file named explicitly is always linted. */
export const LINTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.gw'];
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

export interface Expansion {
  readonly files: readonly string[];
  /** One line per pattern that matched nothing or a directory that could not be read. */
  readonly errors: readonly string[];
}

/** Turns file, directory and glob arguments into absolute file paths, in order, without duplicates. */
export function expandPatterns(patterns: readonly string[], cwd: string): Expansion {
  const files: string[] = [];
  const seen = new Set<string>();
  const errors: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    if (stat?.isFile()) {
      add(absolute);
    } else if (stat?.isDirectory()) {
      walk(absolute, errors, (file) => LINTED_EXTENSIONS.includes(extname(file).toLowerCase()) && add(file));
    } else if (stat) {
      errors.push(`不是普通文件：${pattern}（not a regular file）`);
    } else if (isGlob(pattern)) {
      const { base, match } = compileGlob(pattern);
      const root = resolve(cwd, base);
      const before = files.length;
      walk(root, errors, (file) => {
        const rel = relative(root, file).split(sep).join('/');
        if (match(rel)) add(file);
      });
      if (files.length === before) errors.push(`没有文件匹配：${pattern}（no files match）`);
    } else {
      errors.push(`找不到文件：${pattern}（no such file or directory）`);
    }
  }
  return { files, errors };
}

/** Visits files under `dir` in name order; hidden entries and node_modules are skipped, symlink loops cut. */
function walk(dir: string, errors: string[], visit: (file: string) => void, seen = new Set<string>()): void {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(`无法读取目录：${dir}（${(e as NodeJS.ErrnoException).code ?? String(e)}）`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const stat = entry.isSymbolicLink() ? statOrUndefined(path) : entry;
    if (stat?.isDirectory()) walk(path, errors, visit, seen);
    else if (stat?.isFile()) visit(path);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
