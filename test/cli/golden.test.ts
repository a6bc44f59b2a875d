import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

// Golden pairs: `<name>` is linted with `--format json`; the output must equal `<name>.expected.json`
// (with `filePath` reduced to the file name). `UPDATE_GOLDEN=1 npm test` rewrites the expectations;
// review the diff before committing it.
const DIR = join(ROOT, 'test/cli/golden');
const inputs = readdirSync(DIR).filter((name) => !name.endsWith('.expected.json'));

describe('CLI golden output (ESLint JSON)', () => {
  it('has golden inputs', () => assert.ok(inputs.length >= 5));
  for (const name of inputs) {
    it(name, async () => {
      const result = await runCli(['--format', 'json', name], { cwd: DIR });
      assert.equal(result.stderr, '');
      const actual = (JSON.parse(result.stdout) as { filePath: string; errorCount: number }[]).map((r) => ({ ...r, filePath: basename(r.filePath) }));
      const expectedPath = join(DIR, `${name}.expected.json`);
      if (process.env['UPDATE_GOLDEN']) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
      assert.equal(result.code, actual[0]!.errorCount > 0 ? 1 : 0);
    });
  }
});
