// Shared helpers of the end-to-end tests: a static server for dist/ (optionally under a
// sub-path), the browser, and a tiny reporter printing `ok|FAIL <name>`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, mkdirSync, symlinkSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DIST = process.env.GLOSS_DIST || join(ROOT, 'dist');
export const OUT = join(ROOT, 'e2e', 'out');
mkdirSync(OUT, { recursive: true });

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const servers = new Set();
process.on('exit', () => { for (const proc of servers) proc.kill(); });

/** Serves `dir` (default dist/) with python's http.server; `subPath` like "tools/gloss/". */
export async function serve({ dir = DIST, subPath = '', copy = false } = {}) {
  let root = dir;
  if (subPath || copy) {
    root = mkdtempSync(join(tmpdir(), 'gloss-e2e-'));
    const target = join(root, subPath);
    mkdirSync(resolve(target, '..'), { recursive: true });
    if (copy) cpSync(dir, target, { recursive: true });
    else symlinkSync(dir, target.replace(/\/$/, ''));
  }
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], {
    stdio: 'ignore',
  });
  servers.add(proc);
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(origin + '/');
      if (r.ok || r.status === 404) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    url: `${origin}/${subPath}`,
    root: join(root, subPath),
    stop() { proc.kill(); servers.delete(proc); },
  };
}

/** Headless Debian chromium, no background traffic. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const DESKTOP = { viewport: { width: 1360, height: 900 } };
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Counts and prints results. */
export class Report {
  constructor() { this.passed = 0; this.failed = 0; }
  async check(name, fn) {
    try {
      await fn();
      this.passed++;
      console.log(`ok ${name}`);
    } catch (error) {
      this.failed++;
      console.log(`FAIL ${name}: ${String(error && error.stack || error).split('\n').slice(0, 3).join(' | ')}`);
    }
  }
  info(line) { console.log(`# ${line}`); }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEq(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Opens a page that records every request URL and every page error. */
export async function open(context, url) {
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('dialog', (d) => d.accept());
  if (url) await page.goto(url);
  return page;
}

/** Waits until the article shows annotations for the current text (no progress indicator). */
export async function annotated(page) {
  await page.waitForSelector('#article .paragraphs p');
  await page.waitForFunction(() => !document.querySelector('#article .progress'));
}

/** Replaces the article text as one input event (Playwright's fill is slow on 100 KB+). */
export async function setText(page, text) {
  await page.evaluate((value) => {
    const area = document.querySelector('#text');
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
}
