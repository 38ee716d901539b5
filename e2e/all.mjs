// Runs every end-to-end test against the built dist/ and prints `e2e: N passed, M failed`.
// Usage: node e2e/all.mjs [name...]   (names of test files without .mjs; default all)
import { launch, serve, Report } from './lib.mjs';

const ALL = ['smoke', 'reading', 'input', 'corrections', 'share', 'security', 'export', 'offline', 'large', 'perf'];
const names = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const report = new Report();
const browser = await launch();
const server = await serve();
try {
  for (const name of names) {
    const { default: run } = await import(`./${name}.mjs`);
    await run({ report, browser, server });
  }
} finally {
  server.stop();
  await browser.close();
}
console.log(`e2e: ${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed ? 1 : 0);
