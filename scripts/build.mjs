// Bundles the extension client, the language server and the CLI into dist/; with --tests also
// every test file into out/ (node's test runner runs plain JS); with --production minified.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const withTests = process.argv.includes('--tests');
// For the .vsix: minified, no source maps (they would double its size).
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { GONGWEN_VERSION: JSON.stringify(version) },
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ES module bundles.
  mainFields: ['module', 'main'],
  // fflate's Node build brings worker_threads and `eval: true` workers for its async API, which the
  // .docx reader never uses; the browser build has the same synchronous functions without them.
  alias: { fflate: 'fflate/browser' },
};

if (production) rmSync(join(root, 'dist'), { recursive: true, force: true });
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
  // The end-to-end suites run inside VS Code's extension host, which provides `vscode`: the main
  // one against the extension under development, the other against the installed .vsix.
  const suite = readdirSync(join(root, 'test/e2e/suite')).filter((f) => f.endsWith('.ts'));
  const packaged = readdirSync(join(root, 'test/e2e/packaged')).filter((f) => f.endsWith('.ts'));
  const e2e = { ...common, packages: 'external', external: ['vscode'] };
  // Pages in a real browser (Chromium, from the end-to-end setup): run by test/e2e/run.mjs after the setup.
  const browser = readdirSync(join(root, 'test/e2e/browser')).filter((f) => f.endsWith('.browser.ts'));
  await Promise.all([
    build({ ...e2e, entryPoints: browser.map((f) => `test/e2e/browser/${f}`), outdir: 'out/e2e/browser' }),
    build({ ...e2e, entryPoints: suite.map((f) => `test/e2e/suite/${f}`), outdir: 'out/e2e/suite' }),
    build({
      ...e2e,
      entryPoints: [{ in: 'test/e2e/suite/index.ts', out: 'index' }, ...packaged.map((f) => ({ in: `test/e2e/packaged/${f}`, out: f.slice(0, -3) }))],
      outdir: 'out/e2e/packaged',
    }),
  ]);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
