// Renders images/icon.png (256×256) from the SVG below with the headless Chromium the end-to-end
// tests install. Run by hand after changing the design: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureE2E } from '../test/e2e/setup.mjs';

const root = new URL('..', import.meta.url).pathname;
const { playwright, chromium: executablePath } = ensureE2E();
const { chromium } = createRequire(import.meta.url)(playwright);

// A red seal, as on a document's issuing stamp, with 校 (proofread) and a tick.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="44" fill="#c62828"/>
  <rect x="26" y="26" width="204" height="204" rx="30" fill="none" stroke="#fff" stroke-width="8"/>
  <text x="128" y="178" text-anchor="middle" font-family="Noto Serif CJK SC" font-weight="700" font-size="150" fill="#fff">校</text>
  <circle cx="206" cy="206" r="38" fill="#fff"/>
  <path d="M187 207 l13 13 l25 -28" fill="none" stroke="#2e7d32" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.evaluate(() => document.fonts.ready);
writeFileSync(join(root, 'images/icon.png'), await page.screenshot({ omitBackground: true }));
await browser.close();
console.log('wrote images/icon.png');
