import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locale } from '../core/index.js';
import { isBlankJsonc, parseJsonc } from './jsonc.js';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/** The nearest `.gongwenrc.json` in `dir` or a directory above it. */
export function findConfigFile(dir: string, exists: (path: string) => boolean): string | undefined {
  for (let current = dir; ; ) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export type ConfigFileResult =
  | { readonly ok: true; readonly path: string; readonly raw: unknown }
  | { readonly ok: false; readonly path: string; readonly message: string };

/**
 * Reads and parses a config file. JSON only: nothing in it is ever executed. A file with no value
 * in it (empty, or only comments) is no configuration: `raw` is undefined and the defaults apply.
 */
export function readConfigFile(path: string, locale: Locale = 'zh-CN'): ConfigFileResult {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { ok: false, path, message: locale === 'en' ? `cannot read the file (${code})` : `无法读取文件（${code}）` };
  }
  if (isBlankJsonc(source)) return { ok: true, path, raw: undefined };
  const parsed = parseJsonc(source, locale);
  return parsed.ok ? { ok: true, path, raw: parsed.value } : { ok: false, path, message: parsed.error.message };
}
