// Bundles the extension client, the language server and the CLI into dist/; with --tests also
// every test file into out/ (node's test runner runs plain JS).
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const withTests = process.argv.includes('--tests');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { GONGWEN_VERSION: JSON.stringify(version) },
};

await Promise.all([
  // The client is the only bundle that may use the `vscode` module, which VS Code provides at run time.
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // Server and CLI must not touch `vscode`: it is not installed, so any import of it fails the build.
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);

if (withTests) {
  rmSync(join(root, 'out'), { recursive: true, force: true });
  const tests = walk(join(root, 'test')).filter((f) => f.endsWith('.test.ts'));
  await build({
    ...common,
    entryPoints: tests.map((f) => relative(root, f)),
    outdir: 'out/test',
    outbase: 'test',
    packages: 'external',
    external: ['vscode'],
  });
  // The end-to-end suite runs inside VS Code's extension host, which provides `vscode`.
  const suite = readdirSync(join(root, 'test/e2e/suite')).filter((f) => f.endsWith('.ts'));
  await build({
    ...common,
    entryPoints: suite.map((f) => `test/e2e/suite/${f}`),
    outdir: 'out/e2e/suite',
    packages: 'external',
    external: ['vscode'],
  });
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
