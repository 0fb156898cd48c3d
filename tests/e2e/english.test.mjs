// English in the default build: its strings are not in the wasm but in dist/i18n/en-<hash>.txt,
// fetched once per page when English is used (src/i18n/file.rs, src/ui/lang_file.rs). A
// Chinese visit never fetches it; starting in English fetches it beside the feed and the
// widget's first render is English; switching shows English once it is in; a failed fetch
// leaves the page whole in Chinese with a retry; the service worker keeps it for offline use.
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

const ENGLISH = /\/i18n\/en-[0-9a-f]{16}\.txt$/;

/** Records the page's requests for the English file. */
function englishRequests(page) {
  const seen = [];
  page.on("request", (r) => ENGLISH.test(new URL(r.url()).pathname) && seen.push(r.url()));
  return seen;
}

/** In the page, before it loads: the `lang` of the widget's first render. */
function recordFirstRender() {
  new MutationObserver((_, observer) => {
    const widget = document.querySelector("[data-testid=skillmatch]");
    if (widget) {
      window.firstRenderLang = widget.getAttribute("lang");
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
}

const widgetLang = (page) => page.locator("[data-testid=skillmatch]").getAttribute("lang");

test("a Chinese visit never fetches English; starting in English fetches it beside the feed and renders English first", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  const requests = englishRequests(page);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(requests, [], "a Chinese page fetched English");
  await context.close();

  const en = await openPage(env.browser, PHONE, "en-US");
  const enRequests = englishRequests(en.page);
  await en.page.addInitScript(recordFirstRender);
  await en.page.goto(env.url + "?lang=en");
  await en.page.locator("[data-job-id]").first().waitFor();
  assert.equal(await en.page.evaluate(() => window.firstRenderLang), "en", "the widget's first render is English");
  assert.match(await en.page.getByRole("status").first().textContent(), /jobs? found/);
  assert.equal(enRequests.length, 1, "fetched once");
  // Beside the feeds, not after them: asked for before the feeds were all in.
  const timing = await en.page.evaluate(() => ({
    english: performance.getEntriesByType("resource").find((e) => e.name.includes("/i18n/"))?.startTime,
    fetched: performance.getEntriesByName("skillmatch:fetched")[0]?.startTime,
  }));
  assert.ok(timing.english !== undefined && timing.fetched !== undefined, JSON.stringify(timing));
  assert.ok(timing.english <= timing.fetched, `English asked for after the feeds were in: ${JSON.stringify(timing)}`);
  await en.page.screenshot({ path: join(SHOTS, "english-start-phone.png") });
  assert.deepEqual([...errors, ...en.errors], []);
  await en.context.close();
});

test("switching zh → en → zh → en: fetched once, shown once it is in, and back", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  const requests = englishRequests(page);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  const jobs = await resultCount(page);
  await page.getByRole("button", { name: "English" }).click();
  await page.waitForFunction(() => document.querySelector("[data-testid=skillmatch]")?.lang === "en");
  assert.match(await page.getByRole("status").first().textContent(), /jobs? found/);
  assert.equal(await resultCount(page), jobs, "the same jobs");
  assert.equal(await page.locator(".sm-tab").first().textContent(), "Jobs");
  await page.getByRole("button", { name: "中文" }).click();
  await page.waitForFunction(() => document.querySelector("[data-testid=skillmatch]")?.lang === "zh-CN");
  await page.getByRole("button", { name: "English" }).click();
  await page.waitForFunction(() => document.querySelector("[data-testid=skillmatch]")?.lang === "en");
  assert.equal(requests.length, 1, "English is fetched once per page");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a slow fetch shows progress; a failed or damaged one says so in both languages, stays usable in Chinese, and a retry loads it", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE, "zh-CN", { serviceWorkers: "block" });
  let mode = "fail";
  let asked = 0;
  await page.route(ENGLISH, async (route) => {
    asked += 1;
    if (mode === "fail") return route.abort("failed");
    if (mode === "damaged") return route.fulfill({ status: 200, contentType: "text/plain", body: "0123456789abcdef\nJobs\n" });
    await new Promise((r) => setTimeout(r, 1500));
    return route.continue();
  });
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  const jobs = await resultCount(page);

  await page.getByRole("button", { name: "English" }).click();
  const failed = page.locator("[data-testid=lang-failed]");
  await failed.waitFor();
  assert.match(await failed.textContent(), /无法加载英文界面.*Could not load English/);
  assert.equal(await widgetLang(page), "zh-CN", "whole Chinese, never half English");
  assert.equal(await page.locator(".sm-tab").first().textContent(), "职位");
  // Still usable: a search narrows the list.
  await page.getByRole("searchbox").fill("电工");
  await page.waitForFunction((n) => !document.querySelector('[role="status"]').textContent.includes(String(n)), jobs);
  await page.screenshot({ path: join(SHOTS, "english-failed-phone.png") });

  mode = "damaged";
  await failed.getByRole("button", { name: "重试 Try again" }).click();
  await until(async () => asked === 2 && (await page.locator("[data-testid=lang-loading]").count()) === 0);
  await failed.waitFor();
  assert.equal(await widgetLang(page), "zh-CN", "a damaged file is refused");

  mode = "slow";
  await failed.getByRole("button", { name: "重试 Try again" }).click();
  const loading = page.locator("[data-testid=lang-loading]");
  await loading.waitFor();
  await page.waitForFunction(() => getComputedStyle(document.querySelector("[data-testid=lang-loading]")).visibility === "visible");
  assert.match(await loading.textContent(), /正在加载英文界面.*Loading English/);
  await page.waitForFunction(() => document.querySelector("[data-testid=skillmatch]")?.lang === "en");
  assert.equal(await failed.count(), 0);
  assert.equal(await loading.count(), 0);
  assert.match(await page.getByRole("status").first().textContent(), /jobs? found/);
  // The aborted fetch's own report is the only console error.
  assert.ok(errors.every((e) => /net::ERR_FAILED|Failed to load resource/.test(e)), errors.join("\n"));
  await context.close();
});

test("embedded: a widget's lang attribute switches it, one fetch for every widget on the page, relative to embed.js", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  const requests = englishRequests(page);
  await page.goto(env.url + "examples/two-widgets.html");
  const zh = page.locator("#zh");
  const en = page.locator("#en");
  await zh.locator("[data-job-id]").first().waitFor();
  await en.locator("[data-job-id]").first().waitFor();
  assert.equal(await en.locator("[data-testid=skillmatch]").getAttribute("lang"), "en");
  await page.evaluate(() => document.querySelector("#zh").setAttribute("lang", "en"));
  await page.waitForFunction(() => document.querySelector("#zh").shadowRoot.querySelector("[data-testid=skillmatch]")?.lang === "en");
  assert.equal(requests.length, 1, `one fetch for the page: ${requests}`);
  assert.equal(new URL(requests[0]).pathname.split("/")[1], "i18n", "beside embed.js");
  // embed.js from a sub-path: the file is found beside it there.
  await page.evaluate(async () => {
    const { mount } = await import("/sub/path/embed.js");
    const div = document.createElement("div");
    div.id = "sub";
    document.body.append(div);
    await mount(div, { lang: "en" });
  });
  await page.waitForFunction(() => document.querySelector("#sub").shadowRoot.querySelector("[data-testid=skillmatch]")?.lang === "en");
  assert.ok(requests.some((r) => new URL(r).pathname.startsWith("/sub/path/i18n/")), requests.join());
  assert.deepEqual(errors, []);
  await context.close();
});

test("under a sub-path, the standalone page finds English beside itself", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  const requests = englishRequests(page);
  await page.goto(env.url + "sub/path/?lang=en");
  await page.locator("[data-job-id]").first().waitFor();
  assert.equal(await widgetLang(page), "en");
  assert.ok(new URL(requests[0]).pathname.startsWith("/sub/path/i18n/"), requests.join());
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline: English keeps working for a worker who used it; a Chinese visit does not cache it", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  await until(() => page.evaluate(controlled));
  assert.ok(!(await shellFiles(page)).some((f) => f.includes("/i18n/")), "a Chinese visit cached English");
  await context.close();

  // A first visit in English: fetched before the worker controlled the page.
  const en = await openPage(env.browser, PHONE, "en-US");
  await en.page.goto(env.url + "?lang=en");
  await en.page.locator("[data-job-id]").first().waitFor();
  await until(() => en.page.evaluate(controlled));
  await until(async () => (await shellFiles(en.page)).some((f) => ENGLISH.test(f)));
  await en.context.setOffline(true);
  await en.page.reload();
  await en.page.locator("[data-job-id]").first().waitFor();
  assert.equal(await widgetLang(en.page), "en", "English offline");
  assert.match(await en.page.getByRole("status").first().textContent(), /jobs? found/);
  // And switching to it offline, from a Chinese start.
  await en.page.goto(env.url + "?lang=zh-CN");
  await en.page.locator("[data-job-id]").first().waitFor();
  await en.page.getByRole("button", { name: "English" }).click();
  await en.page.waitForFunction(() => document.querySelector("[data-testid=skillmatch]")?.lang === "en");
  assert.ok(en.errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), en.errors.join("\n"));
  assert.deepEqual(errors, []);
  await en.context.close();
});

test("offline English survives a site update (a new worker keeps the file when the old one had it)", async () => {
  const server = await deployable();
  const { page, context, errors } = await openPage(env.browser, PHONE, "en-US");
  try {
    await page.goto(server.url + "?lang=en");
    await page.locator("[data-job-id]").first().waitFor();
    await until(async () => (await shellFiles(page)).some((f) => ENGLISH.test(f)));
    await page.goto("about:blank");
    const kept = await server.deploy(context);
    assert.equal(kept.filter((f) => ENGLISH.test(f)).length, 1, "the new worker dropped English");
    await context.setOffline(true);
    await page.goto(server.url + "?lang=en");
    await page.locator("[data-job-id]").first().waitFor();
    assert.equal(await widgetLang(page), "en");
    assert.ok(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), errors.join("\n"));
  } finally {
    await context.close();
    await server.close();
  }
});
