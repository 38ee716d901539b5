// Issue 6, reading: marks by type, the legend as toggles, hover/focus details, selecting panel
// items (highlight + scroll), keyboard shortcuts, phone tabs, dark mode and print; screenshots.
import { assert, assertEq, annotated, open, OUT, DESKTOP, PHONE } from './lib.mjs';

export default async function reading({ report, browser, server }) {
  const context = await browser.newContext(DESKTOP);
  const page = await open(context, server.url);
  await annotated(page);

  await report.check('mentions are highlighted by type, with a visible type label', async () => {
    const people = await page.locator('#article mark.t-person').count();
    const dates = await page.locator('#article mark.t-date').count();
    assert(people > 0 && dates > 0, `people ${people}, dates ${dates}`);
    const label = await page.locator('#article mark.t-person').first()
      .evaluate((m) => getComputedStyle(m, '::after').content);
    assertEq(label, '"PER"', 'type label');
  });

  await report.check('the legend toggles a type off and on', async () => {
    const chip = page.locator('.legend button[data-key="PERSON"]');
    await chip.click();
    assertEq(await chip.getAttribute('aria-pressed'), 'false', 'pressed');
    assertEq(await page.locator('#article mark.t-person').count(), 0, 'people hidden');
    await chip.click();
    assert(await page.locator('#article mark.t-person').count() > 0, 'people shown again');
  });

  await report.check('hover and keyboard focus on a mention show its entity, type and role', async () => {
    const vasquez = page.locator('#article mark.t-person', { hasText: 'Elena Vasquez' }).first();
    await vasquez.hover();
    await page.waitForFunction(() => document.querySelector('#focusbar').textContent.includes('Elena Vasquez'));
    const bar = await page.locator('#focusbar').innerText();
    assert(bar.includes('Person'), bar);
    assert(/mayor/i.test(bar), `role in "${bar}"`);
    await page.mouse.move(5, 5);
    await page.locator('#article mark.t-date').first().focus();
    await page.waitForFunction(() => document.querySelector('#focusbar').textContent.includes('Date'));
  });

  await report.check('selecting an entity highlights all its mentions and scrolls to them', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const item = page.locator('#panel-entities .item', { hasText: 'Tomasz Nowak' });
    await item.click();
    assertEq(await item.getAttribute('aria-pressed'), 'true', 'pressed');
    const selected = await page.locator('#article mark.sel').allTextContents();
    assert(selected.length >= 2 && selected.every((t) => /Nowak/.test(t)), JSON.stringify(selected));
    await page.waitForTimeout(400);
    assert(await page.locator('#article mark.sel').first().isVisible(), 'visible');
    const inView = await page.locator('#article mark.sel').first().evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert(inView, 'scrolled into view');
  });

  await report.check('selecting a quote or a timeline event highlights its text', async () => {
    await page.locator('#panel-quotes .item').first().click();
    const quoted = (await page.locator('#article .sel').allTextContents()).join('');
    assert(quoted.length > 10, `quote highlight "${quoted}"`);
    await page.locator('#panel-timeline .item').first().click();
    const sentence = (await page.locator('#article .sel').allTextContents()).join('');
    assert(sentence.length > 5, `sentence highlight "${sentence}"`);
  });

  await report.check('quotes show their kind and speaker with role, and filter by speaker', async () => {
    const items = page.locator('#panel-quotes .item');
    const all = await items.count();
    assert(all >= 4, `demo quotes: ${all}`);
    const first = await items.first().innerText();
    assert(/direct|partial|scare|indirect/.test(first), `kind shown: ${first}`);
    const speakers = await page.locator('#quote-speaker option').allTextContents();
    const vasquez = speakers.find((s) => s.startsWith('Elena Vasquez'));
    assert(vasquez, `speaker list: ${speakers}`);
    await page.selectOption('#quote-speaker', { label: vasquez });
    const count = Number(vasquez.match(/\((\d+)\)/)[1]);
    assertEq(await items.count(), count, 'only her quotes are listed');
    for (const text of await items.allInnerTexts()) assert(text.includes('Elena Vasquez'), text);
    assert((await items.first().innerText()).includes('Mayor'), 'her role is shown');
    await page.selectOption('#quote-speaker', { index: 0 });
    assertEq(await items.count(), all, 'all quotes again');
  });

  await report.check('reported speech is listed without quotation marks, quotations with them', async () => {
    const reported = page.locator('#panel-quotes .item:has(.kind-indirect)').first();
    assertEq(await reported.locator('q').count(), 0, 'no <q> around reported speech');
    const text = reported.locator('.quote-text.reported');
    const marks = await text.evaluate((el) => getComputedStyle(el, '::before').content);
    assert(marks === 'none' || marks === 'normal', `no mark before reported speech: ${marks}`);
    const quoted = page.locator('#panel-quotes .item:has(.kind-direct) q.quote-text').first();
    const opening = await quoted.evaluate((el) => getComputedStyle(el, '::before').content);
    assert(opening !== 'none' && opening !== 'normal', `a quotation opens with a mark: ${opening}`);
  });

  await report.check('timeline dates read as words, the exact value in a tooltip', async () => {
    const tuesday = page.locator('#panel-timeline .when[data-value="2025-03-11"]');
    assertEq(await tuesday.innerText(), '11 Mar 2025', 'date in words');
    assertEq(await tuesday.getAttribute('title'), '2025-03-11', 'exact value');
  });

  await report.check('keyboard shortcuts: j/k step through items, 3 shows quotes, Esc clears, e edits', async () => {
    await page.locator('#article').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('1');
    await page.keyboard.press('j');
    assertEq(await page.locator('#panel-entities .item[aria-pressed="true"]').count(), 1, 'one selected');
    const first = await page.locator('#panel-entities .item[aria-pressed="true"] .name').innerText();
    await page.keyboard.press('j');
    const second = await page.locator('#panel-entities .item[aria-pressed="true"] .name').innerText();
    assert(first !== second, 'moved');
    await page.keyboard.press('k');
    assertEq(await page.locator('#panel-entities .item[aria-pressed="true"] .name').innerText(), first, 'back');
    await page.keyboard.press('Escape');
    assertEq(await page.locator('.item[aria-pressed="true"]').count(), 0, 'cleared');
    const before = await page.inputValue('#text');
    await page.keyboard.press('e');
    assertEq(await page.evaluate(() => document.activeElement.id), 'text', 'editor focused');
    assertEq(await page.inputValue('#text'), before, 'the shortcut key is not typed');
    await page.keyboard.press('Escape');
    assertEq(await page.evaluate(() => document.activeElement.id), 'article', 'back to article');
  });

  await report.check('a mention can be reached and selected with the keyboard alone, with visible focus', async () => {
    await page.locator('#article').focus();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement.matches('mark.m'));
    }
    assert(found, 'tabbed to a mark');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', `focus outline ${outline}`);
    await page.keyboard.press('Enter');
    assert(await page.locator('.item[aria-pressed="true"]').count() === 1, 'selected by Enter');
  });

  await report.check('desktop, dark and print screenshots', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}/desktop.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assertEq(bg, 'rgb(22, 23, 26)', 'dark background');
    await page.screenshot({ path: `${OUT}/desktop-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    assertEq(await page.locator('#text').isVisible(), false, 'editor hidden in print');
    await page.screenshot({ path: `${OUT}/print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  await report.check('text and marks meet WCAG AA contrast in light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const worst = await page.evaluate(() => {
        const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => {
          const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        const background = (el) => {
          for (let e = el; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (!c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return rgb(c);
          }
          return rgb(getComputedStyle(document.documentElement).backgroundColor);
        };
        let min = { ratio: 99, what: '' };
        for (const el of document.querySelectorAll('#article mark, #article p, .item .name, .item .count, .roles, .hint, .tagline, .chip, button')) {
          if (!el.offsetParent) continue;
          const r = ratio(rgb(getComputedStyle(el).color), background(el));
          if (r < min.ratio) min = { ratio: r, what: `${el.tagName}.${el.className} "${el.textContent.slice(0, 20)}"` };
        }
        return min;
      });
      assert(worst.ratio >= 4.5, `${scheme}: ${worst.ratio.toFixed(2)} for ${worst.what}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
  await context.close();

  const phone = await browser.newContext(PHONE);
  const mobile = await open(phone, server.url);
  await annotated(mobile);
  await report.check('on a 360 px phone the panels are tabs and nothing overflows sideways', async () => {
    assert(await mobile.getByRole('tab', { name: 'Quotes' }).isVisible(), 'tabs shown');
    assertEq(await mobile.locator('#panel-quotes').isVisible(), false, 'quotes hidden until chosen');
    await mobile.getByRole('tab', { name: 'Quotes' }).click();
    assert(await mobile.locator('#panel-quotes').isVisible(), 'quotes tab shows quotes');
    assertEq(await mobile.locator('#panel-entities').isVisible(), false, 'entities hidden');
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert(overflow <= 0, `horizontal overflow ${overflow}px`);
    await mobile.screenshot({ path: `${OUT}/phone.png`, fullPage: true });
  });
  await report.check('reading pages made no request to another origin and no page errors', async () => {
    const foreign = [...page.requests, ...mobile.requests].filter((u) => !u.startsWith(server.origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assertEq(foreign, [], 'foreign requests');
    assertEq([...page.errors, ...mobile.errors], [], 'page errors');
  });
  await phone.close();
}
