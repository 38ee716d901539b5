// Issue 6, export: gloss/1 JSON, W3C Web Annotation JSON-LD, CSV of entities and mentions,
// the timeline as TimelineJS JSON and quotes as Markdown, each downloaded from the page and
// reflecting the reader's corrections.
import { readFileSync } from 'node:fs';
import { assert, assertEq, annotated, open, DESKTOP, OUT } from './lib.mjs';

async function download(page, id) {
  await page.locator('#export summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  const path = `${OUT}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), body: readFileSync(path, 'utf8') };
}

export default async function exports({ report, browser, server }) {
  const context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
  const page = await open(context, server.url);
  await annotated(page);
  await page.locator('#panel-entities .item', { hasText: 'Bridge Road' }).click();
  await page.selectOption('#edit-type', 'LOC');

  await report.check('gloss/1 JSON export carries the corrected annotations', async () => {
    const { name, body } = await download(page, 'export-gloss');
    assert(name.endsWith('.gloss1.json'), name);
    const json = JSON.parse(body);
    assertEq(json.schema, 'gloss/1', 'schema');
    assertEq(json.entities.find((e) => e.name === 'Bridge Road').type, 'LOC', 'corrected type');
  });

  await report.check('Web Annotation export has TextQuote and TextPosition selectors', async () => {
    const { body } = await download(page, 'export-webanno');
    assert(body.includes('TextQuoteSelector') && body.includes('TextPositionSelector'), 'selectors');
    JSON.parse(body);
  });

  await report.check('CSV export lists entities and mentions', async () => {
    const { body } = await download(page, 'export-csv');
    assert(body.split('\n').length > 10 && body.includes('Gull Point'), body.slice(0, 200));
  });

  await report.check('TimelineJS export is a timeline of events', async () => {
    const { body } = await download(page, 'export-timelinejs');
    const json = JSON.parse(body);
    assert(Array.isArray(json.events) && json.events.length > 0, 'events');
  });

  await report.check('quotes export is Markdown with the quotes', async () => {
    const { body } = await download(page, 'export-quotes');
    assert(body.includes('a lesson in listening'), body.slice(0, 200));
  });
  await context.close();
}
