import { globToRegExpSource } from './glob.js';

/**
 * One entry of `overrides` in `.gongwenrc.json`: rule settings for the files matching `files` and
 * none of `excludedFiles`. Patterns are matched against the path relative to `base`, the folder of
 * the config file that declared them; a pattern without `/` matches a file name in any folder.
 */
export interface Override {
  readonly base: string;
  readonly files: readonly string[];
  readonly excludedFiles: readonly string[];
  /** The `rules` object of the entry, already validated. */
  readonly rules: Readonly<Record<string, unknown>>;
}

const compiled = new Map<string, RegExp>();

function matcher(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const glob = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
    re = new RegExp(`^${glob.includes('/') ? '' : '(?:.*/)?'}${globToRegExpSource(glob)}$`);
    compiled.set(pattern, re);
  }
  return re;
}

/** Whether `override` applies to `path` (absolute or relative to the same root as its `base`, any separator). */
export function overrideApplies(override: Override, path: string): boolean {
  const file = path.replace(/\\/g, '/');
  const base = override.base.replace(/\\/g, '/').replace(/\/$/, '');
  const relative = base === '' ? file : file.startsWith(`${base}/`) ? file.slice(base.length + 1) : undefined;
  if (relative === undefined) return false;
  return override.files.some((p) => matcher(p).test(relative)) && !override.excludedFiles.some((p) => matcher(p).test(relative));
}
