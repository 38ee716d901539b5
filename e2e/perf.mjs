// Issue 6, timings (reported, never asserted): cold load to the first annotation of the demo,
// the longest main-thread task while typing into a 100 KB article, and while a 200 KB article
// appears at once.
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

    let big = '';
    while (big.length < 200_000) big += `${para}\n\n`;
    await setText(page, '');
    await page.waitForSelector('#prompt');
    await page.evaluate(() => { window.__long = []; });
    const t1 = Date.now();
    await setText(page, big);
    await annotated(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    const shown = Date.now() - t1;
    await page.waitForTimeout(1000);
    const bigLong = await page.evaluate(() => window.__long);
    const bigMax = bigLong.length ? Math.max(...bigLong) : 0;
    report.info(`a ${big.length}-character article appearing at once: longest task ${bigMax.toFixed(0)} ms (${bigLong.length} long tasks), ${shown} ms until annotated and painted`);
    await context.close();
  });
}
