// `npm run test:e2e`: the extension in a real VS Code (code-server's), through @vscode/test-electron.
// Screenshots for the README: GONGWEN_E2E_SCREENSHOTS=docs/images npm run test:e2e
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureE2E } from './setup.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const { serverMain } = ensureE2E();

// The pages we write, in the Chromium the setup installed (the 校对报告).
const browserTests = readdirSync(join(root, 'out/e2e/browser')).filter((f) => f.endsWith('.js')).map((f) => join(root, 'out/e2e/browser', f));
try {
  execFileSync(process.execPath, ['--test', '--test-reporter=spec', ...browserTests], { stdio: 'inherit' });
} catch {
  console.error('e2e: the browser tests failed');
  process.exit(1);
}

// runTests starts "VS Code" with the usual arguments; here that is our launcher.
const work = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
const executable = join(work, 'code');
writeFileSync(executable, `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'test/e2e/launcher.mjs')}" "$@"\n`);
chmodSync(executable, 0o755);
const workspace = join(work, 'workspace');
mkdirSync(workspace);
cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true });
cpSync(join(root, 'samples/speech-draft.txt'), join(workspace, 'speech-draft.txt'));

try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/e2e/suite/index.js'),
    launchArgs: [workspace, `--user-data-dir=${join(work, 'user-data')}`, `--extensions-dir=${join(work, 'extensions')}`],
    extensionTestsEnv: {
      ...(process.env.GONGWEN_E2E_SCREENSHOTS && { GONGWEN_E2E_SCREENSHOTS: resolve(process.env.GONGWEN_E2E_SCREENSHOTS) }),
    },
  });
  if (!process.env.GONGWEN_E2E_SCREENSHOTS) await testPackage();
} catch (e) {
  console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Once: `npm run package`, install the .vsix into this VS Code, and lint with the installed copy alone. */
async function testPackage() {
  execFileSync(process.execPath, [join(root, 'scripts/package.mjs')], { cwd: root, stdio: 'inherit' });
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const extensions = join(work, 'installed-extensions');
  const server = [serverMain, '--accept-server-license-terms', '--user-data-dir', join(work, 'install-data'), '--server-data-dir', join(work, 'install-server')];
  execFileSync(process.execPath, [...server, '--extensions-dir', extensions, '--install-extension', join(root, `${name}-${version}.vsix`)], { stdio: 'inherit' });
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: join(root, 'test/e2e/packaged/probe'),
    extensionTestsPath: join(root, 'out/e2e/packaged/index.js'),
    launchArgs: [workspace, `--user-data-dir=${join(work, 'user-data-packaged')}`, `--extensions-dir=${extensions}`],
  });
}
