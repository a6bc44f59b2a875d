/**
 * One entry of `overrides` in `.gongwenrc.json`: rule settings for the files matching `files` and
 * none of `excludedFiles`. Patterns are matched against the path relative to `base`, the folder of
 * the config file that declared them.
 */
export interface Override {
  readonly base: string;
  readonly files: readonly string[];
  readonly excludedFiles: readonly string[];
  /** The `rules` object of the entry, already validated. */
  readonly rules: Readonly<Record<string, unknown>>;
}

/**
 * Whether a glob of `overrides` matches a path relative to the config file's folder (written with
 * `/`). The matcher comes from outside: the core imports no package, and globs are picomatch's
 * (node/glob.ts), the same as the CLI's file patterns.
 */
export type GlobMatcher = (glob: string, relativePath: string) => boolean;

/** Whether `override` applies to `path` (absolute or relative to the same root as its `base`, any separator). */
export function overrideApplies(override: Override, path: string, matches: GlobMatcher): boolean {
  const file = path.replace(/\\/g, '/');
  const base = override.base.replace(/\\/g, '/').replace(/\/$/, '');
  const relative = base === '' ? file : file.startsWith(`${base}/`) ? file.slice(base.length + 1) : undefined;
  if (relative === undefined) return false;
  return override.files.some((p) => matches(p, relative)) && !override.excludedFiles.some((p) => matches(p, relative));
}
