// Issue 6, nothing lost and share links: autosave and restore (also of corrupt saved state),
// share links reproducing annotations and corrections in a fresh browser, asking before
// replacing unsaved work, broken links of every kind, long links offering a .json file.
import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { assert, assertEq, annotated, open, setText, DESKTOP, ROOT, OUT } from './lib.mjs';
import { fiveCorrections } from './corrections.mjs';

const base64url = (bytes) => Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
export const token = (version, json) => `${version}.${base64url(deflateSync(Buffer.from(json)))}`;
const payload = (fields) => JSON.stringify({ v: 1, title: 'T', text: 'Some text.', reference_date: null, hidden_types: [], corrections: [], ...fields });

/** What a reader sees: the marks and the panels' text. */
async function snapshot(page) {
  return page.evaluate(() => ({
    marks: [...document.querySelectorAll('#article mark')].map((m) => `${m.className.replace(/ ?(sel|q)\b/g, '')}:${m.textContent}`),
    panels: [...document.querySelectorAll('.panel .item')].map((i) => i.textContent),
    title: document.querySelector('#title').value,
    hidden: [...document.querySelectorAll('.legend button[aria-pressed="false"]')].map((b) => b.dataset.key),
  }));
}

async function shareLink(page) {
  await page.click('#share');
  await page.waitForSelector('#share-link');
  return page.inputValue('#share-link');
}

export default async function share({ report, browser, server }) {
  const context = await browser.newContext(DESKTOP);
  const page = await open(context, server.url);
  await annotated(page);

  await report.check('the work and corrections are saved as the reader works and restored after a reload', async () => {
    await page.fill('#title', 'Saved title');
    await page.fill('#text', 'Mayor Elena Vasquez spoke in Porthaven on Tuesday.');
    await page.fill('#date', '2025-03-14');
    await annotated(page);
    await page.locator('#panel-entities .item').first().click();
    await page.selectOption('#edit-type', 'ORG');
    const before = await snapshot(page);
    await page.reload();
    await annotated(page);
    assertEq(await page.inputValue('#text'), 'Mayor Elena Vasquez spoke in Porthaven on Tuesday.', 'text');
    assertEq(await page.inputValue('#date'), '2025-03-14', 'date');
    assertEq(await snapshot(page), before, 'annotations and corrections');
  });

  await report.check('corrupt saved state shows a message and loses nothing', async () => {
    const corrupt = '{"version":1,"work":{"text":"half-written';
    await page.evaluate((raw) => localStorage.setItem('gloss.work.v1', raw), corrupt);
    await page.reload();
    await page.waitForSelector('#notice');
    assert((await page.locator('#notice').innerText()).includes('could not be read'), 'message');
    assertEq(await page.evaluate(() => localStorage.getItem('gloss.work.v1.unreadable')), corrupt, 'copy kept');
    await page.evaluate(() => localStorage.clear());
  });

  const fresh = await browser.newContext(DESKTOP);
  await report.check('a share link opened in a fresh browser reproduces the annotations and the five corrections', async () => {
    await page.goto(server.url);
    await page.click('#demo');
    await annotated(page);
    await fiveCorrections(page);
    await page.locator('.legend button[data-key="DATE"]').click();
    const mine = await snapshot(page);
    const link = await shareLink(page);
    assert(link.startsWith(server.url + '#a=1.'), link.slice(0, 60));
    report.info(`demo share link: ${link.length} bytes with five corrections`);
    const other = await open(fresh, link);
    await annotated(other);
    assertEq(await snapshot(other), mine, 'same page');
    assertEq(await other.evaluate(() => location.hash), '', 'link removed from the address');
    assertEq(other.errors, [], 'page errors');
  });

  await report.check('opening a share link never overwrites unsaved work without asking', async () => {
    const other = await open(fresh, server.url);
    await annotated(other);
    await other.fill('#text', 'My unsaved draft about the harbour.');
    const link = await shareLink(page);
    await other.goto(link);
    await other.waitForSelector('#offer');
    assertEq(await other.inputValue('#text'), 'My unsaved draft about the harbour.', 'draft untouched');
    await other.click('#offer-decline');
    assertEq(await other.inputValue('#text'), 'My unsaved draft about the harbour.', 'draft kept');
    await other.goto(link);
    await other.click('#offer-accept');
    await annotated(other);
    assert((await other.inputValue('#text')).startsWith('Harbour city votes'), 'shared article opened');
  });

  const broken = {
    truncated: null,
    corrupted: null,
    forged: token(1, payload({ reference_date: '2025-02-30' })),
    'forged anchor': token(1, payload({ corrections: [{ op: 'remove_entity', entity: { start: 0, end: 4, text: 'Nope' } }] })),
    'future version': token(2, payload({ v: 2 })),
    'decompression bomb': token(1, payload({ text: ' '.repeat(6 * 1024 * 1024) })),
    'not base64': '1.@@@@',
  };
  const good = await shareLink(page);
  const goodToken = good.split('#a=')[1];
  broken.truncated = goodToken.slice(0, Math.floor(goodToken.length / 2));
  broken.corrupted = goodToken.slice(0, 40) + (goodToken[40] === 'A' ? 'B' : 'A') + goodToken.slice(41);
  for (const [kind, bad] of Object.entries(broken)) {
    await report.check(`a ${kind} share link shows a clear message and leaves the work untouched`, async () => {
      const other = await open(fresh, server.url);
      await annotated(other);
      await other.fill('#text', `Work before the ${kind} link.`);
      await other.goto(`${server.url}#a=${bad}`);
      await other.waitForSelector('#notice');
      const message = await other.locator('#notice').innerText();
      assert(/share link/i.test(message), `message: ${message}`);
      assertEq(await other.inputValue('#text'), `Work before the ${kind} link.`, 'work untouched');
      assertEq(other.errors, [], 'page errors');
      await other.close();
    });
  }

  await report.check('a link over 8 KB warns and offers a .json file, which the page opens', async () => {
    const sample = readFileSync(`${ROOT}/../shared/samples/pakistan-us-talks.txt`, 'utf8');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = sample.split(/\s+/);
    const noise = Array.from({ length: 4000 }, () => words[Math.floor(random() * words.length)]).join(' ');
    await setText(page, `${sample}\n\n${noise}`);
    await annotated(page);
    const link = await shareLink(page);
    assert(link.length > 8192, `link ${link.length}`);
    await page.waitForSelector('#share-warning');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#share-json')]);
    const file = `${OUT}/${download.suggestedFilename()}`;
    assert(file.endsWith('.json'), file);
    await download.saveAs(file);
    const other = await open(fresh, server.url);
    await annotated(other);
    await other.fill('#text', 'Unsaved work in the other browser.');
    await other.setInputFiles('#file', file);
    await other.click('#offer-accept');
    await other.waitForFunction((start) => document.querySelector('#text').value.startsWith(start), sample.slice(0, 30));
    await annotated(other);
    await other.close();
  });

  await report.check('share-link sizes of the pakistan-us-talks sample', async () => {
    const sample = readFileSync(`${ROOT}/../shared/samples/pakistan-us-talks.txt`, 'utf8');
    await page.fill('#title', 'Kashmir Issue May Feature in Pakistan-US Talks');
    await setText(page, sample);
    await page.fill('#date', '2025-07-23');
    await annotated(page);
    const plain = (await shareLink(page)).length;
    for (let i = 0; i < 5; i++) {
      await page.locator('#panel-entities .item').nth(i).click();
      const current = await page.locator('#edit-type').inputValue();
      await page.selectOption('#edit-type', current === 'MISC' ? 'ORG' : 'MISC');
    }
    const corrected = (await shareLink(page)).length;
    report.info(`pakistan-us-talks share link: ${plain} bytes with no corrections, ${corrected} bytes with five`);
  });
  await fresh.close();
  await context.close();
}
