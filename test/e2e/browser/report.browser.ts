import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../../helpers/paths.js';
import { runCli } from '../../helpers/run.js';

// The 校对报告 in a real browser, run by test/e2e/run.mjs: the Chromium and playwright-core its setup installs
// (node test/e2e/setup.mjs). It loads nothing, shows every section and prints on A4. With
// GONGWEN_E2E_SCREENSHOTS set (npm run screenshots), it also takes the docs' picture of it.

const CHROMIUM = '/usr/bin/chromium';

/** playwright-core: a dependency of the project if installed there, else the end-to-end cache's. */
function findPlaywright(): string | undefined {
  const version = /CODE_SERVER_VERSION = '([^']+)'/.exec(readFileSync(join(ROOT, 'test/e2e/setup.mjs'), 'utf8'))?.[1] ?? '';
  const cache = process.env.GONGWEN_E2E_CACHE ?? join(homedir(), '.cache', 'gongwen-lint-e2e', version);
  return [join(ROOT, 'node_modules/playwright-core'), join(cache, 'node_modules/playwright-core')].find((dir) => existsSync(join(dir, 'package.json')));
}

const playwright = findPlaywright();
const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (node test/e2e/setup.mjs installs it)` : !playwright ? 'playwright-core is not installed (node test/e2e/setup.mjs installs it)' : undefined;

interface Page {
  setContent(html: string): Promise<void>;
  locator(selector: string): { count(): Promise<number>; first(): { isVisible(): Promise<boolean> }; allTextContents(): Promise<string[]> };
  pdf(options: { format: string; printBackground?: boolean }): Promise<Buffer>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<Buffer>;
  on(event: 'request', listener: (request: { url(): string }) => void): void;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
}
interface Browser {
  newContext(options: Record<string, unknown>): Promise<{ route(url: string, handler: (route: { abort(): Promise<void> }) => Promise<void>): Promise<void>; newPage(): Promise<Page> }>;
  close(): Promise<void>;
}

/** Pages of a PDF: its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

describe('the report in Chromium', { skip: missing }, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  let html: string;

  before(async () => {
    const { chromium } = createRequire(join(playwright!, 'package.json'))('playwright-core') as { chromium: { launch(o: object): Promise<Browser> } };
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    // Offline, and every request refused — and counted.
    const context = await browser.newContext({ offline: true, viewport: { width: 900, height: 1100 }, deviceScaleFactor: 1 });
    await context.route('**/*', (route) => route.abort());
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    html = (await runCli(['--format', 'html', 'samples/speech-draft.txt'], { cwd: ROOT })).stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    await page.setContent(html);
  });
  after(async () => {
    await browser?.close();
  });

  it('makes no request at all', () => {
    assert.deepEqual(requests, []);
  });

  it('shows every section, the findings with their marked words', async () => {
    const headings = await page.locator('h3').allTextContents();
    assert.deepEqual(headings, ['问题统计', '提纲', '未填写的占位符', '数字一览', '问题清单']);
    for (const selector of ['h1', 'section.outline li', 'section.blanks table', 'section.figures table', 'section.findings mark']) {
      assert.ok(await page.locator(selector).first().isVisible(), selector);
    }
    const rows = await page.locator('section.findings tbody tr').count();
    const total = Number(/共 (\d+) 个问题/.exec(html)?.[1]);
    assert.ok(total > 10, 'the sample has findings');
    assert.equal(rows, total);
  });

  it('prints on a sane number of A4 pages', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.match(pdf.toString('latin1', 0, 5), /^%PDF-/);
    const pages = pageCount(pdf);
    assert.ok(pages >= 2 && pages <= 12, `${pages} pages`);
    // A4 in points: 595 × 842.
    assert.match(pdf.toString('latin1'), /\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]|\/MediaBox\s*\[\s*0 0 595\.\d+ 842(?:\.\d+)?\s*\]/);
  });

  it('a clean draft fits on one page', async () => {
    await page.setContent((await runCli(['--format', 'html', '-'], { cwd: ROOT, stdin: '今年全区经济运行平稳。\n' })).stdout);
    assert.equal(pageCount(await page.pdf({ format: 'A4' })), 1);
    await page.setContent(html);
    assert.deepEqual(requests, []);
  });

  it('pictures the report for the docs when asked', { skip: !process.env.GONGWEN_E2E_SCREENSHOTS && 'GONGWEN_E2E_SCREENSHOTS is not set' }, async () => {
    const dir = resolve(ROOT, process.env.GONGWEN_E2E_SCREENSHOTS!);
    mkdirSync(dir, { recursive: true });
    await page.setContent(html);
    // Down to the first findings: every section is in the picture.
    await page.setViewportSize({ width: 900, height: 1900 });
    await page.screenshot({ path: join(dir, 'report.png') });
    assert.ok(existsSync(join(dir, 'report.png')));
  });
});
