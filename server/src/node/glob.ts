import picomatch from 'picomatch';

/**
 * Globs (`*`, `**`, `?`, `[abc]`, `{a,b}`) by picomatch, for the CLI's file arguments and the
 * `overrides` of `.gongwenrc.json`. Paths and patterns are written with `/`; a `\` is taken for
 * one too (a Windows user's pattern), never as an escape. `*` matches names starting with a dot.
 */
const OPTIONS: picomatch.PicomatchOptions = { dot: true, windows: false };

function normalized(pattern: string): string {
  return pattern.replace(/\\/g, '/');
}

/** Whether a command-line argument is a glob the shell left unexpanded. */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(normalized(pattern)).isGlob;
}

/** Splits a glob into the directory to walk and a matcher for paths relative to it (with `/`). */
export function compileGlob(pattern: string): { base: string; match: (relative: string) => boolean } {
  const { base, glob } = picomatch.scan(normalized(pattern));
  const isMatch = picomatch(glob, OPTIONS);
  return { base: base || '.', match: (relative) => isMatch(relative) };
}

const overrideMatchers = new Map<string, (path: string) => boolean>();

/**
 * Whether an `overrides` pattern matches a path relative to the config file's folder. A pattern
 * without `/` matches a file name in any folder (`*.md`), as in ESLint; picomatch's own `basename`
 * option would apply that to every pattern.
 */
export function overrideGlobMatches(pattern: string, relativePath: string): boolean {
  let match = overrideMatchers.get(pattern);
  if (!match) {
    const glob = normalized(pattern).replace(/^\.\//, '');
    match = picomatch(glob.includes('/') ? glob : `**/${glob}`, OPTIONS);
    overrideMatchers.set(pattern, match);
  }
  return match(relativePath);
}
