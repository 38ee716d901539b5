// Issue 6, corrections: change a type, remove a mention or an entity, add an entity from a
// selection, merge and split, set or clear a speaker, fix a date; undo and redo; corrections
// survive a small edit of the text.
import { assert, assertEq, annotated, open, DESKTOP } from './lib.mjs';

export async function entityItem(page, name) {
  return page.locator('#panel-entities .item', { has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
}

async function select(page, name) {
  await (await entityItem(page, name)).click();
}

async function typeOf(page, name) {
  return (await entityItem(page, name)).locator('.badge').innerText();
}

/** Makes five corrections to the demo; returns nothing (used by the share test too). */
export async function fiveCorrections(page) {
  await select(page, 'Bridge Road');
  await page.selectOption('#edit-type', 'LOC');
  await select(page, 'City Hall');
  await page.click('#edit-remove-entity');
  await select(page, 'Elena Vasquez');
  await page.locator('.editor .remove-mention').last().click();
  await page.locator('#panel-quotes .item').first().click();
  await page.selectOption('#edit-speaker', '');
  await page.locator('#panel-timeline .item').first().click();
  await page.fill('#edit-date', '2024-11-15');
  await page.locator('#edit-date').press('Enter');
  await page.keyboard.press('Escape');
}

export default async function corrections({ report, browser, server }) {
  const context = await browser.newContext(DESKTOP);
  const page = await open(context, server.url);
  await annotated(page);

  await report.check("changing an entity's type, then undo and redo", async () => {
    await select(page, 'Bridge Road');
    await page.selectOption('#edit-type', 'LOC');
    await page.waitForFunction(() => [...document.querySelectorAll('#article mark.t-loc')].some((m) => m.textContent === 'Bridge Road'));
    assertEq(await typeOf(page, 'Bridge Road'), 'LOC', 'panel badge');
    await page.click('#undo');
    assertEq(await typeOf(page, 'Bridge Road'), 'FAC', 'undone');
    await page.click('#redo');
    assertEq(await typeOf(page, 'Bridge Road'), 'LOC', 'redone');
    await page.locator('#article').focus();
    await page.keyboard.press('Control+z');
    assertEq(await typeOf(page, 'Bridge Road'), 'FAC', 'undone by Ctrl+Z');
    await page.keyboard.press('Control+Shift+z');
    assertEq(await typeOf(page, 'Bridge Road'), 'LOC', 'redone by Ctrl+Shift+Z');
  });

  await report.check('removing a mention and removing an entity', async () => {
    await select(page, 'Tomasz Nowak');
    const before = await page.locator('#article mark.t-person', { hasText: 'Nowak' }).count();
    await page.locator('.editor .remove-mention').last().click();
    assertEq(await page.locator('#article mark.t-person', { hasText: 'Nowak' }).count(), before - 1, 'one mention fewer');
    await select(page, 'City Hall');
    await page.click('#edit-remove-entity');
    assertEq(await (await entityItem(page, 'City Hall')).count(), 0, 'entity gone');
    assertEq(await page.locator('#article mark', { hasText: /^City Hall$/ }).count(), 0, 'mark gone');
  });

  await report.check('adding an entity by selecting text', async () => {
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('#article .paragraphs p')].find((x) => x.textContent.includes('Harbour city votes'));
      const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes('Harbour'));
      const at = node.textContent.indexOf('Harbour');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Harbour city'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await page.selectOption('#add-type', 'GPE');
    await page.click('#add-entity');
    await page.waitForFunction(() => [...document.querySelectorAll('#article mark.t-gpe')].some((m) => m.textContent === 'Harbour city'));
  });

  await report.check('merging two entities and splitting one', async () => {
    const before = await page.locator('#panel-entities .item').count();
    await select(page, 'Mei Lin Zhou');
    const value = await page.locator('#edit-merge option', { hasText: 'Amara Osei' }).getAttribute('value');
    await page.selectOption('#edit-merge', value);
    assertEq(await page.locator('#panel-entities .item').count(), before - 1, 'one entity fewer');
    const merged = page.locator('#panel-entities .item', { hasText: /Amara Osei|Mei Lin Zhou/ });
    assertEq(await merged.count(), 1, 'one merged entity');
    await merged.click();
    const mentions = await page.locator('.editor .mentions li').count();
    assert(mentions >= 2, `merged mentions ${mentions}`);
    await page.locator('.editor .split-mention').last().click();
    assertEq(await page.locator('#panel-entities .item').count(), before, 'split back out');
  });

  await report.check("changing and clearing a quote's speaker", async () => {
    await page.locator('#panel-quotes .item').first().click();
    const hale = await page.locator('#edit-speaker option', { hasText: 'Robert Hale' }).getAttribute('value');
    await page.selectOption('#edit-speaker', hale);
    assert((await page.locator('#panel-quotes .item').first().innerText()).includes('Robert Hale'), 'speaker set');
    await page.selectOption('#edit-speaker', '');
    assert((await page.locator('#panel-quotes .item').first().innerText()).includes('Unattributed'), 'speaker cleared');
  });

  await report.check("fixing a date's value", async () => {
    await page.locator('#panel-timeline .item').first().click();
    await page.fill('#edit-date', '2024-11-15');
    await page.locator('#edit-date').press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('#panel-timeline .when')].some((w) => w.dataset.value === '2024-11-15'));
  });

  await report.check('corrections survive a small edit of the text and re-annotation', async () => {
    const text = await page.inputValue('#text');
    await page.fill('#text', `UPDATED: ${text}`);
    await annotated(page);
    await page.waitForFunction(() => [...document.querySelectorAll('#article mark.t-loc')].some((m) => m.textContent === 'Bridge Road'));
    assertEq(await (await entityItem(page, 'City Hall')).count(), 0, 'removal kept');
    assertEq(page.errors, [], 'page errors');
  });
  await context.close();
}
