import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from wherever the bundled test file runs. */
export const ROOT = (() => {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server/src/core'))) return dir;
    if (dirname(dir) === dir) throw new Error('repository root not found');
  }
})();

export const SHARED = join(ROOT, '..', 'shared');
