// Offline: the standalone page installs a service worker and a web app manifest; with the
// network cut, a reload still shows the app and the last feed, marked as possibly out of
// date. Embeds never register a service worker.
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

test("an embedding page gets no service worker", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "examples/portal.html");
  await page.locator("#widget [data-job-id]").first().waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
