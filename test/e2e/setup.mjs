// Installs what the end-to-end tests need, once, into a cache outside the repository (so that
// `npm ci` does not remove it): Debian's chromium (and ripgrep, fonts), code-server — the real
// VS Code server and workbench — and playwright-core to drive the browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// 4.100.3 (VS Code 1.100.3) is the newest code-server that runs on Node 20.
export const CODE_SERVER_VERSION = '4.100.3';
const PLAYWRIGHT_VERSION = '1.65.1';
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'fonts-noto-cjk'];

export const CACHE = process.env.GONGWEN_E2E_CACHE ?? join(homedir(), '.cache', 'gongwen-lint-e2e', CODE_SERVER_VERSION);

export function ensureE2E(log = console.log) {
  ensureDebianPackages(log);
  const serverMain = join(CACHE, 'node_modules/code-server/lib/vscode/out/server-main.js');
  const playwright = join(CACHE, 'node_modules/playwright-core');
  if (!existsSync(serverMain) || !existsSync(playwright)) installCodeServer(log);
  if (!existsSync(serverMain)) throw new Error(`code-server did not install: ${serverMain} is missing`);
  return { serverMain, playwright, chromium: '/usr/bin/chromium', cache: CACHE };
}

function ensureDebianPackages(log) {
  const missing = DEBIAN_PACKAGES.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`the end-to-end tests need the Debian packages ${missing.join(' ')}: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`e2e: installing ${missing.join(' ')} with apt-get`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function installCodeServer(log) {
  log(`e2e: installing code-server ${CODE_SERVER_VERSION} and playwright-core into ${CACHE} (about two minutes, once)`);
  const tmp = join(CACHE, 'tmp');
  mkdirSync(join(tmp, RIPGREP_CACHE), { recursive: true });
  // code-server's own install steps and its native modules' builds must run.
  writeFileSync(join(CACHE, 'package.json'), `${JSON.stringify({ private: true, allowScripts: { 'code-server': true, argon2: true, 'node-pty': true, '@vscode/ripgrep': true } })}\n`);
  // @vscode/ripgrep downloads rg from GitHub, which is out of reach; it takes a tarball in its cache instead.
  const rg = join(tmp, 'rg-pack');
  mkdirSync(rg, { recursive: true });
  execFileSync('cp', ['/usr/bin/rg', join(rg, 'rg')]);
  execFileSync('tar', ['czf', join(tmp, RIPGREP_CACHE, RIPGREP_TARBALL), '-C', rg, 'rg']);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`], {
    cwd: CACHE,
    stdio: 'inherit',
    env: {
      ...process.env,
      TMPDIR: tmp,
      // As root, npm runs install scripts as another user unless told not to; node-pty's runs `npx node-gyp`.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      // Native modules build against Debian's Node headers instead of downloading them.
      npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureE2E());
