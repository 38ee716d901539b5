// The embeddable module in headless Chromium: serves the repository root on a loopback port,
// loads page/index.html (a plain page importing /pkg/gloss.js), checks what it reports, and
// prints (without judging it) how long init + model load + a first annotate take after the
// wasm bytes arrive.
//
//   node browser.mjs        (after scripts/build-pkg.sh; uses /usr/bin/chromium)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const ROUTES = { '/': 'bench/js/page/index.html' };

function serve() {
  const server = createServer(async (req, res) => {
    const path = ROUTES[req.url] ?? normalize(req.url).replace(/^\/+/, '');
    if (!path.startsWith('pkg/') && !Object.values(ROUTES).includes(path)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(ROOT, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const checks = [];
function check(name, ok, detail = '') {
  checks.push(ok);
  console.log(`${ok ? 'ok' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const r = await page.evaluate(() => window.glossCheck);
  check('module loads and annotates', !r.failed && r.warmSchema === 'gloss/1', r.failed ?? '');
  if (!r.failed) {
    const [first, second] = r.out.sentences;
    check('two sentences with code-point offsets', r.out.sentences.length === 2 && first.start === 0 && first.end === 11 && second.start === 12,
      JSON.stringify(r.out.sentences));
    check('reference date is the given one', r.out.reference_date.value === '2025-07-23' && r.out.reference_date.source === 'given');
    check('a bad referenceDate throws an Error', r.thrown?.isError === true && r.thrown.message.includes('"2025-02-30"'), r.thrown?.message);
    // A figure to report (docs/benchmarks.md), not a pass/fail check: timings belong in benchmarks.
    console.log(`ready: ${r.readyMs.toFixed(1)} ms after the wasm arrived (compile + instantiate ${r.initMs.toFixed(1)} ms, then model + first annotate; target 150 ms), wasm ${r.wasmBytes} bytes`);
  }
} finally {
  await browser.close();
  server.close();
}
const failed = checks.filter((ok) => !ok).length;
console.log(`browser: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
