// Offline: the standalone page installs a service worker and a web app manifest; with the
// network cut, a reload still shows the app and the last feed, marked as possibly out of
// date. The worker installs the default build only; a kiosk page (the full build) works
// offline after its first visit. Embeds never register a service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, openPage, resultCount, until, controlled, shellFiles, deployable, PHONE, SHOTS } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("with the network cut, a reload shows the app and the last feed, marked stale", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  const online = await resultCount(page);
  await until(() => page.evaluate(controlled));
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
  assert.equal(manifest.display, "standalone");
  assert.equal(await page.locator('[data-testid="offline-notice"]').count(), 0, "online: no notice");

  await context.setOffline(true);
  await page.reload();
  await page.locator("[data-job-id]").first().waitFor();
  assert.equal(await resultCount(page), online, "the same jobs, from the cache");
  await page.locator('[data-testid="offline-notice"]').waitFor();
  await page.screenshot({ path: join(SHOTS, "offline-phone.png") });
  // Only the browser's own reports of the cut network may appear.
  assert.ok(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), errors.join("\n"));
  await context.close();
});

const FULL = /\/skillmatch-full-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

test("the default page's worker keeps the default build only; a kiosk page works offline after its first visit", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  await until(() => page.evaluate(controlled));
  const installed = await shellFiles(page);
  assert.ok(installed.some((f) => f.endsWith("_bg.wasm")), installed.join(", "));
  assert.ok(!installed.some((f) => FULL.test(f)), `the full build was installed: ${installed}`);

  // A kiosk's first visit, online: the page asks the worker to keep the full build.
  await page.goto(env.url + "?kiosk=1");
  await page.locator("[data-job-id]").first().waitFor();
  await until(() => page.evaluate(fullFilesCached).then((n) => n === 2));
  await context.setOffline(true);
  await page.reload();
  await page.locator("[data-kiosk] [data-job-id]").first().click();
  await page.locator('[data-testid="qr"] svg').first().waitFor();
  assert.ok(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), errors.join("\n"));
  await context.close();
});



/** In the page: how many of the full build's files the caches hold. */
async function fullFilesCached() {
  let n = 0;
  for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) n += /skillmatch-full-/.test(r.url);
  return n;
}

test("a kiosk page still starts offline after the site is updated (a new worker keeps the full build)", async () => {
  const server = await deployable();
  const { page, context, errors } = await openPage(env.browser, PHONE);
  try {
    await page.goto(server.url + "?kiosk=1");
    await page.locator("[data-job-id]").first().waitFor();
    await until(() => page.evaluate(fullFilesCached).then((n) => n === 2));
    // The deploy: the page is closed, the worker updates on its own, and the old cache goes.
    await page.goto("about:blank");
    const kept = await server.deploy(context);
    // The new worker's cache holds the full build (checked here, not only by the offline start
    // below, which the browser's HTTP cache could answer on its own).
    assert.equal(kept.filter((f) => /skillmatch-full-/.test(f)).length, 2, "the new worker dropped the full build");
    await context.setOffline(true);
    await page.goto(server.url + "?kiosk=1");
    await page.locator("[data-kiosk] [data-job-id]").first().click();
    await page.locator('[data-testid="qr"] svg').first().waitFor();
    assert.ok(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), errors.join("\n"));
  } finally {
    await context.close();
    await server.close();
  }
});

test("an embedding page gets no service worker", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "examples/portal.html");
  await page.locator("#widget [data-job-id]").first().waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
