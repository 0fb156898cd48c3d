// Offline: the standalone page installs a service worker and a web app manifest; with the
// network cut, a reload still shows the app and the last feed, marked as possibly out of
// date. The worker installs the default build only; a kiosk page (the full build) works
// offline after its first visit. Embeds never register a service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, openPage, resultCount, PHONE, SHOTS } from "./browser.mjs";

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
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null);
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

/** The paths of the files in the service worker's shell cache. */
const shellFiles = (page) =>
  page.evaluate(async () => {
    const files = [];
    for (const key of (await caches.keys()).filter((k) => k.startsWith("skillmatch-shell-"))) {
      for (const request of await (await caches.open(key)).keys()) files.push(new URL(request.url).pathname);
    }
    return files;
  });
const FULL = /\/skillmatch-full-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

test("the default page's worker keeps the default build only; a kiosk page works offline after its first visit", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null);
  const installed = await shellFiles(page);
  assert.ok(installed.some((f) => f.endsWith("_bg.wasm")), installed.join(", "));
  assert.ok(!installed.some((f) => FULL.test(f)), `the full build was installed: ${installed}`);

  // A kiosk's first visit, online: the page asks the worker to keep the full build.
  await page.goto(env.url + "?kiosk=1");
  await page.locator("[data-job-id]").first().waitFor();
  await page.waitForFunction(async () => {
    let n = 0;
    for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) n += /skillmatch-full-/.test(r.url);
    return n === 2;
  });
  await context.setOffline(true);
  await page.reload();
  await page.locator("[data-kiosk] [data-job-id]").first().click();
  await page.locator('[data-testid="qr"] svg').first().waitFor();
  assert.ok(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), errors.join("\n"));
  await context.close();
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
