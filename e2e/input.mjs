// Issue 6, input: rich HTML paste cleaned to text, .txt/.html/.md files opened or dropped, the
// title and date fields, "new article", and progress for long articles.
import { assert, assertEq, annotated, open, setText, DESKTOP } from './lib.mjs';

const NEWS_HTML = `<html><head><style>p{color:red}</style><script>window.__ran = 'style-script'</script></head>
<body><nav><a href="/">Home</a> World Sport</nav><article><h1>Bridge reopens</h1>
<p>The <b>Harbour Bridge</b> reopened on&nbsp;Monday, officials said.</p>
<p>&ldquo;It is safe,&rdquo; said engineer Ana Ruiz.</p><script>window.__ran = 'inline'</script></article>
<footer>&copy; Example News</footer></body></html>`;

async function pasteHtml(page, html) {
  await page.locator('#text').focus();
  await page.evaluate((markup) => {
    const area = document.querySelector('#text');
    area.setSelectionRange(0, area.value.length);
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'plain fallback');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

export default async function input({ report, browser, server }) {
  const context = await browser.newContext(DESKTOP);
  const page = await open(context, server.url);
  await annotated(page);

  await report.check('pasted rich HTML becomes text with paragraphs; scripts, styles and navigation dropped; the demo title and date go', async () => {
    await pasteHtml(page, NEWS_HTML);
    const text = await page.inputValue('#text');
    assertEq(text, 'Bridge reopens\n\nThe Harbour Bridge reopened on Monday, officials said.\n\n“It is safe,” said engineer Ana Ruiz.', 'cleaned text');
    await page.waitForFunction(() => document.querySelectorAll('#article .paragraphs p').length === 3);
    assertEq(await page.evaluate(() => window.__ran), undefined, 'no script ran');
    assertEq(await page.inputValue('#title'), '', "the demo's title went with its text");
    assertEq(await page.inputValue('#date'), '', "the demo's date went with its text");
  });

  await report.check('opening .html, .md and .txt files sets the text and the title', async () => {
    await page.setInputFiles('#file', { name: 'bridge-story.html', mimeType: 'text/html', buffer: Buffer.from(NEWS_HTML) });
    await page.waitForFunction(() => document.querySelector('#title').value === 'bridge story');
    assert((await page.inputValue('#text')).startsWith('Bridge reopens\n\nThe Harbour Bridge'), 'html text');
    await page.setInputFiles('#file', { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Ferry news\n\nThe **council** met [today](https://example.org).') });
    await page.waitForFunction(() => document.querySelector('#title').value === 'notes');
    assertEq(await page.inputValue('#text'), 'Ferry news\n\nThe council met today.', 'markdown text');
    await page.setInputFiles('#file', { name: 'plain.txt', mimeType: 'text/plain', buffer: Buffer.from('Line one.\r\n\r\nLine two.') });
    await page.waitForFunction(() => document.querySelector('#title').value === 'plain');
    assertEq(await page.inputValue('#text'), 'Line one.\n\nLine two.', 'text file');
  });

  await report.check('dropping a file on the input opens it', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Dropped story.\n\nSecond paragraph.'], 'dropped.txt', { type: 'text/plain' }));
      document.querySelector('#text').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelector('#title').value === 'dropped');
    assertEq(await page.inputValue('#text'), 'Dropped story.\n\nSecond paragraph.', 'dropped text');
  });

  await report.check('title and publication date fields drive the heading and the reference date', async () => {
    await page.fill('#title', 'My headline');
    assertEq(await page.locator('.article-title').innerText(), 'My headline', 'heading');
    await page.fill('#text', 'The vote was on Tuesday.');
    await page.fill('#date', '2025-03-14');
    await annotated(page);
    await page.waitForFunction(() => [...document.querySelectorAll('#panel-timeline .when')].some((w) => w.dataset.value === '2025-03-11'));
  });

  await report.check('"New article" clears the work (after asking) and shows the prompt', async () => {
    await page.click('#new');
    await page.waitForSelector('#prompt');
    assertEq(await page.inputValue('#text'), '', 'text cleared');
    assertEq(await page.inputValue('#title'), '', 'title cleared');
    assertEq(await page.evaluate(() => document.activeElement.id), 'text', 'editor focused');
  });

  await report.check('a 200 KB article shows progress while annotating and the page stays responsive', async () => {
    const paragraph = 'The Porthaven city council voted on Tuesday to keep the ferries, Mayor Elena Vasquez said. "We listened," she said in March. ';
    const long = Array.from({ length: 1700 }, (_, i) => `${paragraph}(${i})`).join('\n\n');
    assert(long.length > 200_000, `length ${long.length}`);
    await setText(page, long);
    await page.waitForSelector('#article .progress', { timeout: 5000 });
    const visible = await page.waitForFunction(() => getComputedStyle(document.querySelector('#article .progress')).opacity === '1', null, { timeout: 5000 }).then(() => true, () => false);
    const t0 = Date.now();
    const echoed = await page.evaluate(() => new Promise((r) => setTimeout(() => r(true), 0)));
    assert(echoed && Date.now() - t0 < 1000, 'main thread answered while annotating');
    await annotated(page);
    assert(visible, 'progress shown');
    // Marks appear a screenful at once, then progressively (src/app/progressive.rs).
    const marked = await page.waitForFunction(() => document.querySelectorAll('#article mark').length > 1000, null, { timeout: 60_000 })
      .then(() => true, () => false);
    assert(marked, 'long article annotated');
  });
  await context.close();
}
