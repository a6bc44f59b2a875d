import { globToRegExpSource } from '../core/config/glob.js';

/** Whether a command-line argument is a glob the shell left unexpanded. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Splits a glob into the directory to walk and a matcher for paths relative to it (with `/`). */
export function compileGlob(pattern: string): { base: string; match: (relative: string) => boolean } {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = segments.findIndex(isGlob);
  const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(firstGlob).join('/');
  const re = new RegExp(`^${globToRegExpSource(rest)}$`);
  return { base, match: (relative) => re.test(relative) };
}
