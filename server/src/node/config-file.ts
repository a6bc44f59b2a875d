import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isBlankJsonc, parseJsoncTree, valueOf, type JsoncError, type JsoncLocale, type JsonNode } from './jsonc.js';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/** A config file is a few hundred bytes; one far larger is not read at all. */
export const MAX_CONFIG_FILE_SIZE = 1024 * 1024;

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

export type ConfigFileRead =
  | {
      readonly ok: true;
      readonly path: string;
      /** The text without a BOM (an editor's model of the file has none), which `tree` has its offsets in. */
      readonly source: string;
      /** Undefined, as `raw`, for a file with no value in it (empty, or only comments): the defaults apply. */
      readonly tree: JsonNode | undefined;
      readonly raw: unknown;
    }
  | {
      readonly ok: false;
      readonly path: string;
      readonly message: string;
      /** Where a syntax error is; none when the file could not be read. */
      readonly syntax?: JsoncError;
      readonly raw?: undefined;
    };

const MESSAGES = {
  'zh-CN': {
    unreadable: (code: string) => `无法读取文件（${code}）`,
    tooLarge: (size: number) => `文件过大（${size} 字节，上限 ${MAX_CONFIG_FILE_SIZE} 字节），未读取`,
  },
  en: {
    unreadable: (code: string) => `cannot read the file (${code})`,
    tooLarge: (size: number) => `the file is too large (${size} bytes, at most ${MAX_CONFIG_FILE_SIZE}); it was not read`,
  },
} satisfies Record<JsoncLocale, unknown>;

/** Reads and parses a config file, for the CLI and the language server alike. JSON only: nothing in it is ever executed. */
export function readConfigFile(path: string, locale: JsoncLocale = 'zh-CN'): ConfigFileRead {
  const t = MESSAGES[locale];
  let source: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_CONFIG_FILE_SIZE) return { ok: false, path, message: t.tooLarge(size) };
    source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    return { ok: false, path, message: t.unreadable((e as NodeJS.ErrnoException).code ?? String(e)) };
  }
  // A new, empty file (New File in the explorer) is no configuration yet, not a broken one.
  if (isBlankJsonc(source)) return { ok: true, path, source, tree: undefined, raw: undefined };
  const parsed = parseJsoncTree(source, locale);
  if (!parsed.ok) return { ok: false, path, message: parsed.error.message, syntax: parsed.error };
  return { ok: true, path, source, tree: parsed.node, raw: valueOf(parsed.node) };
}
