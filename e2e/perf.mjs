// Issue 6, timings (reported, never asserted): cold load to the first annotation of the demo,
// the longest main-thread task while typing into a 100 KB article, and the long tasks while a
// 200 KB and a 1 MB article appear at once (the article is marked progressively).
import { annotated, open, setText, DESKTOP } from './lib.mjs';

export default async function perf({ report, browser, server }) {
  await report.check('timings measured with the Performance API', async () => {
    const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
    const page = await open(context, server.url);
    await annotated(page);
    const cold = await page.evaluate(() => {
      const mark = performance.getEntriesByName('gloss:first-annotation')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return { firstAnnotation: mark && mark.startTime, domContentLoaded: nav.domContentLoadedEventEnd };
    });
    report.info(`cold load to first annotation of the demo: ${cold.firstAnnotation.toFixed(0)} ms (DOMContentLoaded ${cold.domContentLoaded.toFixed(0)} ms)`);

    const para = await page.evaluate(() => document.querySelector('#text').value);
    let article = '';
    while (article.length < 100_000) article += `${para}\n\n`;
    await setText(page, article);
    await annotated(page);
    await page.evaluate(() => {
      window.__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); })
        .observe({ type: 'longtask' });
    });
    await page.locator('#text').focus();
    await page.evaluate(() => { const a = document.querySelector('#text'); a.setSelectionRange(a.value.length, a.value.length); });
    const t0 = Date.now();
    await page.keyboard.type(' The council will meet again on Friday.', { delay: 40 });
    await annotated(page);
    const typing = Date.now() - t0;
    const long = await page.evaluate(() => window.__long);
    const max = long.length ? Math.max(...long) : 0;
    report.info(`typing 40 characters into a ${article.length}-character article: ${long.length} long tasks, longest ${max.toFixed(0)} ms, total ${typing} ms until re-annotated`);

    for (const size of [200_000, 1_000_000]) await appearing(page, para, size, report);
    await context.close();
  });
}

/** Pastes an article of `size` characters over an empty one and reports the main thread's long tasks. */
async function appearing(page, para, size, report) {
  let big = '';
  while (big.length < size) big += `${para}\n\n`;
  await setText(page, '');
  await page.waitForSelector('#prompt');
  await page.evaluate(() => { window.__long = []; });
  const t0 = Date.now();
  await setText(page, big);
  await annotated(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const shown = Date.now() - t0;
  const done = await page.waitForFunction(() => !document.querySelector('#article .paragraphs p.plain'), null, { timeout: 300_000 })
    .then(() => true, () => false);
  const marked = done ? `${Date.now() - t0} ms` : 'over 300 s';
  await page.waitForTimeout(1000);
  const long = await page.evaluate(() => window.__long);
  const max = long.length ? Math.max(...long) : 0;
  const total = long.reduce((sum, d) => sum + d, 0);
  const blocking = long.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
  report.info(`a ${big.length}-character article appearing at once: longest task ${max.toFixed(0)} ms, `
    + `${long.length} long tasks totalling ${total.toFixed(0)} ms (blocking ${blocking.toFixed(0)} ms), `
    + `${shown} ms until annotated and painted, ${marked} until every paragraph is marked`);
}
