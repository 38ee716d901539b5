// Issue 6, offline and static hosting: served from a sub-path, the service worker precaches
// every built file and the app works with the network off and the server gone; a new build
// replaces the cache and offers "reload for the new version"; the manifest makes it installable.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEq, annotated, open, serve, DESKTOP, OUT } from './lib.mjs';

async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  }
  assert(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'controlled by the service worker');
}

export default async function offline({ report, browser }) {
  const server = await serve({ subPath: 'tools/gloss/', copy: true });
  const context = await browser.newContext(DESKTOP);
  const page = await open(context, server.url);

  await report.check('served from a sub-path (/tools/gloss/), the app loads and annotates', async () => {
    await annotated(page);
    assert(await page.locator('#article mark').count() > 5, 'marks');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assertEq(scope, server.url, 'service worker scope');
    const outside = page.requests.filter((u) => !u.startsWith(server.url));
    assertEq(outside, [], 'requests outside the sub-path');
  });

  await report.check('the manifest and icons make it installable', async () => {
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      return (await fetch(href)).json();
    });
    assertEq(manifest.start_url, './', 'start_url');
    const sizes = manifest.icons.map((i) => i.sizes);
    assert(sizes.includes('192x192') && sizes.includes('512x512'), `icons ${sizes}`);
    for (const icon of manifest.icons) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      assertEq(status, 200, icon.src);
    }
  });

  await report.check('the service worker precaches every built file under a build-derived name', async () => {
    await controlled(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('gloss-')));
      return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    const sw = readFileSync(join(server.root, 'sw.js'), 'utf8');
    const build = sw.match(/const BUILD = '([0-9a-f]+)'/)[1];
    assertEq(cached.names, [`gloss-${build}`], 'cache name');
    for (const file of ['index.html', 'app_bg.wasm', 'worker_bg.wasm', 'worker_loader.js', 'style.css', 'manifest.webmanifest', 'icons/icon-192.png']) {
      assert(cached.urls.includes(`/tools/gloss/${file}`), `${file} cached`);
    }
  });

  await report.check('after one visit it works with the network off and the server gone', async () => {
    await page.fill('#text', 'Offline note: Mayor Elena Vasquez met Tomasz Nowak in Porthaven on Tuesday.');
    await annotated(page);
    server.stop();
    await context.setOffline(true);
    await page.reload();
    await annotated(page);
    assertEq(await page.inputValue('#text'), 'Offline note: Mayor Elena Vasquez met Tomasz Nowak in Porthaven on Tuesday.', 'restored text');
    assert(await page.locator('#article mark.t-person').count() >= 2, 'annotated offline');
    await page.screenshot({ path: `${OUT}/offline.png` });
    await context.setOffline(false);
  });
  await context.close();

  const second = await serve({ copy: true });
  const ctx = await browser.newContext(DESKTOP);
  const app = await open(ctx, second.url);
  await report.check('a new build replaces the cache and the page offers "reload for the new version"', async () => {
    await annotated(app);
    await controlled(app);
    const swPath = join(second.root, 'sw.js');
    const old = readFileSync(swPath, 'utf8');
    const oldBuild = old.match(/const BUILD = '([0-9a-f]+)'/)[1];
    writeFileSync(swPath, old.replace(oldBuild, 'feedfacefeedface'));
    // An update check already in flight may have fetched the old worker: ask again until the
    // page offers the new version.
    const deadline = Date.now() + 45000;
    while (!(await app.locator('#update-banner').isVisible())) {
      assert(Date.now() < deadline, 'the page offered no new version within 45 s');
      await app.evaluate(async () => (await navigator.serviceWorker.ready).update().catch(() => {}));
      await app.waitForTimeout(1000);
    }
    await app.click('#update-banner button');
    await app.waitForFunction(() => !document.querySelector('#update-banner'), null, { timeout: 45000 });
    await annotated(app);
    await app.waitForFunction(async () => (await caches.keys()).join() === 'gloss-feedfacefeedface', null, { timeout: 15000 });
  });
  second.stop();
  await ctx.close();
}
