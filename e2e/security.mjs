// Issue 6, private and safe: a Content-Security-Policy of own files plus wasm-unsafe-eval;
// hostile markup in pasted text, pasted HTML and a share link never runs; no request ever
// goes to another origin.
import { assert, assertEq, annotated, open, DESKTOP } from './lib.mjs';
import { token } from './share.mjs';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3">';

export default async function security({ report, browser, server }) {
  const context = await browser.newContext(DESKTOP);
  const page = await open(context, server.url);
  await annotated(page);

  await report.check('the page has a CSP allowing only its own files plus wasm-unsafe-eval', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert(csp.includes("default-src 'self'") && csp.includes("script-src 'self' 'wasm-unsafe-eval'"), csp);
    assert(!csp.includes('unsafe-inline') && !/https?:/.test(csp), csp);
    assertEq(await page.locator('script:not([src])').count(), 0, 'inline scripts');
  });

  await report.check('markup typed or pasted as text is shown as text and never runs', async () => {
    await page.fill('#text', `Before. ${HOSTILE} After.`);
    await annotated(page);
    await page.waitForTimeout(300);
    assertEq(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
    assertEq(await page.locator('#article img, #article script, #article svg').count(), 0, 'no elements');
    assert((await page.locator('#article .paragraphs').innerText()).includes('<img src=x onerror='), 'shown as text');
  });

  await report.check('hostile pasted HTML never runs', async () => {
    await page.locator('#text').focus();
    await page.evaluate((markup) => {
      const data = new DataTransfer();
      data.setData('text/html', `<p>Safe words</p>${markup}<p>&lt;img src=x onerror=alert(1)&gt;</p>`);
      document.querySelector('#text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, HOSTILE);
    await annotated(page);
    await page.waitForTimeout(300);
    assertEq(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
    assertEq(await page.locator('#article img, #article script').count(), 0, 'no elements');
  });

  await report.check('hostile markup in a share link never runs', async () => {
    const fresh = await browser.newContext(DESKTOP);
    const other = await open(fresh);
    const text = `Headline ${HOSTILE}\n\nMayor Elena Vasquez said "<b>bold</b>" on Tuesday.`;
    const json = JSON.stringify({ v: 1, title: `<img src=x onerror="window.__pwned=4">`, text, reference_date: null, hidden_types: [], corrections: [] });
    await other.goto(`${server.url}#a=${token(1, json)}`);
    await annotated(other);
    await other.waitForTimeout(300);
    assertEq(await other.evaluate(() => window.__pwned), undefined, 'nothing ran');
    assertEq(await other.locator('#article img, #article script, #article b').count(), 0, 'no elements');
    assert((await other.locator('.article-title').innerText()).includes('<img'), 'title as text');
    assertEq(other.errors, [], 'page errors');
    await fresh.close();
  });

  await report.check('every request the page made went to its own origin', async () => {
    const foreign = page.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assertEq(foreign, [], 'foreign requests');
    assert(page.requests.length > 5, `requests seen: ${page.requests.length}`);
  });
  await context.close();
}
