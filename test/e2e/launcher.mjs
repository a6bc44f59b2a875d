// A stand-in for the VS Code executable that @vscode/test-electron's runTests starts: it runs
// the real VS Code server of code-server, opens its workbench in headless Chromium with the
// extension under development and the test suite, and exits with the suite's exit code.
//
//   node launcher.mjs [folder] --extensionDevelopmentPath=… --extensionTestsPath=… [--user-data-dir=…]
//
// Screenshots: the suite writes `<name>.request` into $GONGWEN_E2E_SIGNALS; the launcher answers
// with `<name>.done` after saving `<name>.png` into $GONGWEN_E2E_SCREENSHOTS (if set).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { format } from 'node:util';
import { join, resolve } from 'node:path';
import { ensureE2E } from './setup.mjs';

const TIMEOUT_MS = Number(process.env.GONGWEN_E2E_TIMEOUT ?? 300_000);
const NOISE = /open-vsx\.org|ServiceWorker|ChatSessionStore|Creating a socket|manifest\.json|^\s*$/;

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const folder = args.find((a) => !a.startsWith('--'));
const developmentPath = resolve(option('extensionDevelopmentPath'));
const testsPath = resolve(option('extensionTestsPath'));
const { serverMain, playwright, chromium, cache } = ensureE2E((line) => console.log(line));

const run = mkdtempSync(join(cache, 'run-'));
const userData = option('user-data-dir') ?? join(run, 'user-data');
const signals = process.env.GONGWEN_E2E_SIGNALS ?? join(run, 'signals');
// Empty unless the caller installed extensions there (the packaged .vsix).
const extensionsDir = option('extensions-dir') ?? join(run, 'extensions');
for (const dir of [join(userData, 'User'), join(run, 'server-data'), extensionsDir, join(run, 'home'), join(run, 'tmp'), signals]) {
  mkdirSync(dir, { recursive: true });
}
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    // Long Chinese paragraphs stay readable in the screenshots.
    'editor.wordWrap': 'on',
  }),
);

const port = await freePort();
const server = spawn(
  process.execPath,
  [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--telemetry-level', 'off',
    '--disable-workspace-trust',
    '--user-data-dir', userData,
    '--server-data-dir', join(run, 'server-data'),
    '--extensions-dir', extensionsDir,
  ],
  {
    // The extension host inherits this environment: the suite finds the signal folder through it.
    env: { ...process.env, HOME: join(run, 'home'), TMPDIR: join(run, 'tmp'), GONGWEN_E2E_SIGNALS: signals },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

let browser;
let code = 1;
const timer = setTimeout(() => {
  console.error(`e2e: no result within ${TIMEOUT_MS / 1000} s\n${serverLog.slice(-4000)}`);
  finish(1);
}, TIMEOUT_MS);

try {
  await waitForServer(port);
  const { chromium: pw } = createRequire(join(playwright, 'package.json'))('playwright-core');
  browser = await pw.launchPersistentContext(mkdtempSync(join(run, 'chromium-')), {
    executablePath: chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  // VS Code web takes its display language from this global; no language pack can be installed offline.
  const language = process.env.GONGWEN_E2E_LANGUAGE ?? 'zh-cn';
  await page.addInitScript((lang) => {
    globalThis._VSCODE_NLS_LANGUAGE = lang;
  }, language);
  const exited = new Promise((resolveExit) => {
    void page.exposeFunction('codeAutomationExit', (exitCode) => resolveExit(Number(exitCode)));
  });
  // The workbench's console, printf-style; the offline machine's failed lookups are noise.
  await page.exposeFunction('codeAutomationLog', (_type, parts) => {
    const line = Array.isArray(parts) ? format(...parts) : String(parts);
    if (!NOISE.test(line)) console.log(line.replace(/\n\s+at .*/g, ''));
  });
  page.on('pageerror', (e) => console.error(`e2e page error: ${e.message}`));
  answerScreenshots(page, signals);
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  const query = `${folder ? `folder=${encodeURIComponent(resolve(folder))}&` : ''}payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  code = await exited;
} catch (e) {
  console.error(`e2e: ${e instanceof Error ? e.stack : String(e)}\n${serverLog.slice(-4000)}`);
  code = 1;
}
await finish(code);

async function finish(exitCode) {
  clearTimeout(timer);
  try {
    await browser?.close();
  } catch {
    // Already gone.
  }
  server.kill();
  rmSync(run, { recursive: true, force: true });
  process.exit(exitCode);
}

/** Takes a screenshot whenever the suite asks for one, so the pictures show what the tests saw. */
function answerScreenshots(page, dir) {
  const target = process.env.GONGWEN_E2E_SCREENSHOTS;
  const busy = new Set();
  watch(dir, async (_event, file) => {
    // Events come for the request's creation, its writing and its removal: act once, while it exists.
    if (!file?.endsWith('.request') || busy.has(file) || !existsSync(join(dir, file))) return;
    busy.add(file);
    const name = file.slice(0, -'.request'.length);
    try {
      if (target) {
        // The request names what must be on screen first.
        const selector = readFileSync(join(dir, file), 'utf8').trim();
        if (selector) await page.waitForSelector(selector, { state: 'visible', timeout: 15_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        mkdirSync(target, { recursive: true });
        await page.screenshot({ path: join(target, `${name}.png`) });
      }
    } catch (e) {
      console.error(`e2e: screenshot ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      rmSync(join(dir, file), { force: true });
      writeFileSync(join(dir, `${name}.done`), '');
      busy.delete(file);
    }
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address();
      probe.close(() => resolvePort(p));
    });
  });
}

async function waitForServer(p) {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${p}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (server.exitCode !== null) throw new Error(`the VS Code server exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the VS Code server did not start within 30 s');
}
