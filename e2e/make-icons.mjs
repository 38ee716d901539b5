// Renders www/icons/icon.svg to the PNG sizes the manifest lists (run by hand when the SVG changes:
// `node e2e/make-icons.mjs`); the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const icons = fileURLToPath(new URL('../www/icons/', import.meta.url));
const svg = readFileSync(icons + 'icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `${icons}icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
