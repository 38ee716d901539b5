// A pasted 1 MB article keeps the page usable: annotations arrive, the panels list items,
// picking items whose text is near the end scrolls to and highlights them while the article is
// still being marked progressively, typing in the title field still works, and printing marks
// the whole article.
import { assert, assertEq, annotated, open, setText, DESKTOP } from './lib.mjs';

const ENDING = 'In a late statement, Prime Minister Hendrik Osterhaus said in Amsterdam that the '
  + 'ferry contract would be reviewed again on March 3, 2031.';

export default async function large({ report, browser, server }) {
  const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
  const page = await open(context, server.url);
  await annotated(page);
  const demo = await page.evaluate(() => document.querySelector('#text').value);
  let article = '';
  while (article.length < 1_000_000) article += `${demo}\n\n`;
  article += ENDING;

  await report.check('a 1 MB article is annotated and its panels list items', async () => {
    await setText(page, article);
    await page.waitForSelector('#article .progress');
    await page.waitForFunction(() => !document.querySelector('#article .progress'), null, { timeout: 120_000 });
    assert(await page.locator('#panel-entities .item').count() > 10, 'entities listed');
    assert(await page.locator('#article mark.m').count() > 0, 'the first paragraphs are marked');
    const last = page.locator('#article .paragraphs > p').last();
    assertEq(await last.textContent(), ENDING, 'the whole text is in the page');
  });

  await report.check('picking the last timeline event scrolls to its sentence at the end', async () => {
    const plain = await page.locator('#article .paragraphs > p.plain').count();
    assert(plain > 0, 'still marking progressively (nothing left to test otherwise)');
    const events = page.locator('#panel-timeline .item');
    assertEq(await events.count(), 200, 'a long panel lists a page of items');
    await page.locator('#panel-timeline .list-all').click();
    await page.waitForFunction(() => document.querySelectorAll('#panel-timeline .item').length > 200);
    assert(!(await page.locator('#panel-timeline .list-all').count()), 'the button goes once all are listed');
    const t0 = Date.now();
    await events.last().click();
    const sentence = page.locator('#article .sel');
    await sentence.first().waitFor();
    report.info(`picking the last timeline event of a 1 MB article: ${Date.now() - t0} ms until highlighted`);
    const text = (await sentence.allTextContents()).join('');
    assert(text.includes('2031'), `highlighted "${text}"`);
    await page.waitForTimeout(400);
    assert(await inView(sentence.first()), 'scrolled into view');
  });

  await report.check('picking an entity mentioned only at the end scrolls to its mark', async () => {
    const item = page.locator('#panel-entities .item', { hasText: 'Osterhaus' });
    assertEq(await item.count(), 1, 'the entity is listed');
    await item.click();
    const mark = page.locator('#article mark.sel');
    await mark.first().waitFor();
    assert((await mark.first().textContent()).includes('Osterhaus'), 'its mention is highlighted');
    await page.waitForTimeout(400);
    assert(await inView(mark.first()), 'scrolled into view');
  });

  await report.check('typing in the title field still works on a 1 MB article', async () => {
    const t0 = Date.now();
    await page.locator('#title').fill('');
    await page.locator('#title').type('The long read', { delay: 20 });
    assertEq(await page.locator('#title').inputValue(), 'The long read', 'title typed');
    await page.waitForFunction(() => document.querySelector('.article-title')?.textContent === 'The long read');
    report.info(`typing a 13-character title over a 1 MB article: ${Date.now() - t0} ms`);
    assertEq(page.errors, [], 'page errors');
  });

  await report.check('before printing, every paragraph of a 1 MB article is marked', async () => {
    assert(await page.locator('#article .paragraphs > p.plain').count() > 0, 'still marking progressively');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => !document.querySelector('#article .paragraphs > p.plain'), null, { timeout: 60_000 });
    const marks = await page.locator('#article mark.m').count();
    assert(marks > 10_000, `${marks} marks`);
  });
  await context.close();
}

/** Whether the element's box is within the viewport. */
function inView(locator) {
  return locator.evaluate((m) => {
    const r = m.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
}
