// Issue 2's end-to-end check: load the built site, see the demo article and the three panels,
// paste an article, clear it to see the prompt, and save a screenshot; a browser that cannot
// compile the app's wasm gets a message saying why.
import { assert, assertEq, annotated, open, DESKTOP, OUT } from './lib.mjs';

export default async function smoke({ report, browser, server }) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await open(context, server.url);

  await report.check('loads the demo article with the Article, Entities, Timeline and Quotes regions', async () => {
    await annotated(page);
    const paragraphs = await page.locator('#article .paragraphs p').count();
    assert(paragraphs >= 5, `demo has ${paragraphs} paragraphs`);
    for (const name of ['Article', 'Entities', 'Timeline', 'Quotes']) {
      const count = await page.getByRole('region', { name, exact: true }).count();
      assertEq(count, 1, `landmark ${name}`);
    }
  });

  await report.check('pasting an article renders it paragraph by paragraph', async () => {
    const text = 'Ferry service saved\n\nThe council voted on Tuesday in Porthaven.\n\n"We listened," said Mayor Elena Vasquez.';
    await page.fill('#text', text);
    await page.waitForFunction(() => document.querySelectorAll('#article .paragraphs p').length === 3);
    await annotated(page);
    const shown = await page.locator('#article .paragraphs p').allTextContents();
    assertEq(shown.map((p) => p.replace(/(PER|ORG|GPE|LOC|DATE)/g, '')).length, 3, 'paragraphs');
    assertEq(await page.locator('#article .paragraphs p').nth(1).innerText().then((t) => t.includes('The council voted')), true, 'second paragraph');
    await page.screenshot({ path: `${OUT}/smoke-desktop.png`, fullPage: true });
  });

  await report.check('empty input shows a friendly prompt', async () => {
    await page.fill('#text', '');
    await page.waitForSelector('#prompt');
    assert((await page.locator('#prompt').innerText()).includes('Paste a news article'), 'prompt text');
  });

  await report.check('no page errors', async () => {
    assertEq(page.errors, [], 'page errors');
  });
  await context.close();

  await report.check('a browser that cannot compile the app is told why, not shown a blank page', async () => {
    const broken = await browser.newContext(DESKTOP);
    await broken.route('**/app_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
    const other = await open(broken, server.url);
    const alert = other.locator('.boot-failure[role=alert]');
    await alert.waitFor();
    assert((await alert.innerText()).includes('WebAssembly with SIMD'), 'the reason is given');
    await broken.close();
  });
}
