// A pack served statically (docs/PACKS.md): generated at test time from a synthetic feed
// (scripts/gen-synthetic's generator) by the packer (scripts/pack's binary), then loaded
// with data=…/manifest.json. The worker's home city arrives first and shows results while
// the other shards are held back; the count grows as they arrive. A worker who will not
// move gets only the home city until asking for the rest; a shard that fails is named by
// its city in the interface's language, with a retry.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, resultCount, PHONE, DESKTOP, SHOTS, GENERATED } from "./browser.mjs";

const JOBS = 2100;
const PACK = join(GENERATED, "pack");
let env;
let manifest;

before(async () => {
  env = await start();
  const feed = join(GENERATED, "pack-feed.json");
  // Debug builds: `cargo test --workspace` (an earlier layer of scripts/test) built them.
  const cargo = (args) => execFileSync("cargo", ["run", "--quiet", ...args], { stdio: ["ignore", "ignore", "inherit"] });
  cargo(["--example", "gen_synthetic", "--", String(JOBS), feed]);
  // Shards of at most 60 jobs: 自贡市's 100 or so come in two.
  cargo(["-p", "skillmatch-tools", "--bin", "pack", "--", feed, "--out", PACK, "--part-jobs", "60"]);
  manifest = JSON.parse(readFileSync(join(PACK, "manifest.json"), "utf8"));
});
after(async () => {
  await env?.close();
});

// The service worker's own fetches would bypass the page's routes that hold shards back.
const phone = { ...PHONE, serviceWorkers: "block" };
const desktop = { ...DESKTOP, serviceWorkers: "block" };
const profileHash = (p) => "#profile=" + encodeURIComponent(JSON.stringify(p));
const items = (page) => page.locator('[data-testid="job-results"] [data-job-id]');
const jobsIn = (city) => manifest.shards.filter((s) => s.city === city).reduce((n, s) => n + s.jobs, 0);
const shardCity = (url) => manifest.shards.find((s) => url.endsWith("/" + s.file))?.city;

/** Holds every job shard but `home`'s until `release()`; records the order of requests. */
async function holdOthers(page, home) {
  let release;
  const released = new Promise((ok) => (release = ok));
  const requested = [];
  await page.route(/\/generated\/pack\/jobs-[^/]*\.smpk$/, async (route) => {
    const city = shardCity(route.request().url());
    requested.push(city);
    if (city !== home) await released;
    await route.continue();
  });
  return { release, requested };
}

for (const [name, device] of [["phone", phone], ["desktop", desktop]]) {
  test(`${name}: a Zigong worker gets Zigong's jobs first; the count grows as the other cities arrive`, async () => {
    const { page, context, errors } = await openPage(env.browser, device);
    const { release, requested } = await holdOthers(page, "自贡市");
    const worker = { skills: [{ name: "电工", level: 2 }], city: "自贡市", willingToMove: true };
    await page.goto(`${env.url}?data=generated/pack/manifest.json${profileHash(worker)}`);
    await items(page).first().waitFor();
    // Only Zigong is in: every listed job is there, and the count says more is coming.
    const cities = await items(page).evaluateAll((els) => els.map((e) => e.textContent));
    assert.ok(cities.length > 0 && cities.every((t) => t.includes("自贡市")), "home city's jobs only");
    const status = page.locator('[data-testid="pack-status"]');
    // All of Zigong (two shards) shows while the other cities are still held back.
    const homeIn = `已加载 ${jobsIn("自贡市")} / ${JOBS} 个职位 · 其他市州加载中`;
    await page.waitForFunction((t) => document.querySelector('[data-testid="pack-status"]')?.textContent.includes(t), homeIn);
    assert.equal(requested[0], "自贡市", "the home city is asked for first");
    const first = await resultCount(page);
    assert.ok(first <= jobsIn("自贡市"));
    await page.screenshot({ path: join(SHOTS, `pack-home-first-${name}.png`) });

    // Typing works while the rest is held back.
    await page.getByRole("searchbox").fill("电工");
    await page.waitForFunction(() => /电工/.test(document.querySelector('[data-testid="job-results"] [data-job-id]')?.textContent ?? ""));
    await page.getByRole("searchbox").fill("");

    release();
    // The count grows, and once everything is in the note goes.
    await page.waitForFunction((n) => {
      const m = document.querySelector('[role="status"]').textContent.match(/\d+/);
      return m && Number(m[0]) > n;
    }, first);
    await status.waitFor({ state: "detached", timeout: 30_000 });
    const all = await resultCount(page);
    assert.ok(all > first, `${all} > ${first}`);
    // Nearest first: after Zigong, its neighbours (内江, 宜宾, 泸州) before far 甘孜.
    const order = [...new Set(requested)];
    assert.ok(order.indexOf("内江市") < order.indexOf("甘孜藏族自治州"), order.join(" "));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a worker who will not move gets only the home city, and the rest on demand", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  const requested = [];
  await page.route(/\/generated\/pack\/jobs-[^/]*\.smpk$/, (route) => {
    requested.push(shardCity(route.request().url()));
    return route.continue();
  });
  await page.goto(`${env.url}?data=generated/pack/manifest.json${profileHash({ city: "成都市" })}`);
  const status = page.locator('[data-testid="pack-status"]');
  const homeOnly = `成都市 ${jobsIn("成都市")} 个职位 · 其他市州未加载`;
  await page.waitForFunction((t) => document.querySelector('[data-testid="pack-status"]')?.textContent.includes(t), homeOnly);
  await page.waitForTimeout(300);
  assert.deepEqual([...new Set(requested)], ["成都市"]);
  await page.locator('[data-action="load-rest"]').click();
  await status.waitFor({ state: "detached", timeout: 30_000 });
  assert.equal(new Set(requested).size, manifest.shards.map((s) => s.city).filter((c, i, a) => a.indexOf(c) === i).length);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a shard that fails is named by its city in English, with a retry; the rest keep working", async () => {
  const { page, context, errors } = await openPage(env.browser, desktop, "en");
  let fail = true;
  await page.route(/\/generated\/pack\/jobs-[^/]*\.smpk$/, async (route) => {
    if (fail && shardCity(route.request().url()) === "凉山彝族自治州") return route.fulfill({ status: 503, body: "busy" });
    await route.continue();
  });
  await page.goto(`${env.url}?lang=en&data=generated/pack/manifest.json`);
  const alert = page.locator('[role="alert"]');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /jobs in Liangshan/);
  assert.match(text, /HTTP 503/);
  assert.doesNotMatch(text, /[\u4e00-\u9fff]/, "no Chinese in the English alert");
  const without = await resultCount(page);
  assert.ok(without > 0 && without < JOBS, "the other cities' jobs are listed");
  fail = false;
  await alert.getByRole("button").click();
  await alert.waitFor({ state: "detached" });
  await page.waitForFunction((n) => Number(document.querySelector('[role="status"]').textContent.match(/\d+/)[0]) > n, without);
  // The failed request is the only console error (the browser logs the 503).
  assert.ok(errors.every((e) => /503/.test(e)), errors.join("\n"));
  await context.close();
});

test("a feed named beside a pack is reported as not read, in the interface's language; the pack loads", async () => {
  for (const [lang, reason] of [["zh-CN", /职位包只能单独使用/], ["en", /a pack is loaded on its own/]]) {
    const { page, context, errors } = await openPage(env.browser, phone, lang);
    await page.goto(`${env.url}?lang=${lang === "en" ? "en" : "zh"}&data=generated/pack/manifest.json&data=data/default-feed.json`);
    const alert = page.locator('[data-testid="feed-failed"]');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /data\/default-feed\.json/, "the feed is named");
    assert.match(text, reason);
    assert.doesNotMatch(text, /manifest\.json/, "the pack itself is not reported");
    assert.equal(await alert.getByRole("button").count(), 0, "no retry: trying again cannot help");
    // The pack's jobs all arrive; none of the other feed's sample jobs is among them.
    await items(page).first().waitFor();
    await page.locator('[data-testid="pack-status"]').waitFor({ state: "detached", timeout: 30_000 });
    assert.ok((await resultCount(page)) > 0);
    const listed = await items(page).evaluateAll((els) => els.map((e) => e.dataset.jobId));
    const packIds = new Set(JSON.parse(readFileSync(join(GENERATED, "pack-feed.json"), "utf8")).jobs.map((j) => j.id));
    assert.ok(listed.length > 0 && listed.every((id) => packIds.has(id)), "only the pack's jobs are listed");
    await page.screenshot({ path: join(SHOTS, `pack-beside-${lang}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a link to a job in a city not loaded yet opens it when its shard arrives", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  const feed = JSON.parse(readFileSync(join(GENERATED, "pack-feed.json"), "utf8"));
  const far = feed.jobs.find((j) => j.city === "甘孜藏族自治州").id;
  const { release } = await holdOthers(page, "自贡市");
  const worker = { city: "自贡市", willingToMove: true };
  await page.goto(`${env.url}?data=generated/pack/manifest.json&job=${far}${profileHash(worker)}`);
  await items(page).first().waitFor();
  assert.ok(page.url().includes(`job=${far}`), "the address keeps the job while it loads");
  release();
  const detail = page.locator('[data-testid="job-detail"]');
  await detail.waitFor({ timeout: 30_000 });
  assert.equal(await detail.getAttribute("data-job-id"), far);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a job listed from a pack opens from the list, and closing it goes back to the list", async () => {
  // The standalone page adds a history entry when a job opens, naming the job: it is looked
  // up in the dataset as it is when clicked, which has grown since the page started with
  // the catalogue alone (it was looked up in that one: index out of bounds, a panic).
  const { page, context, errors } = await openPage(env.browser, phone);
  const worker = { city: "自贡市", willingToMove: true };
  await page.goto(`${env.url}?data=generated/pack/manifest.json${profileHash(worker)}`);
  await items(page).first().waitFor();
  await page.locator('[data-testid="pack-status"]').waitFor({ state: "detached", timeout: 30_000 });
  // Read and clicked in one step: the list may still be re-ranked as the last rebuild lands.
  const id = await page.evaluate(() => {
    const listed = document.querySelectorAll('[data-testid="job-results"] [data-job-id]');
    const last = listed[listed.length - 1];
    last.click();
    return last.dataset.jobId;
  });
  const detail = page.locator('[data-testid="job-detail"]');
  await detail.waitFor();
  assert.equal(await detail.getAttribute("data-job-id"), id);
  assert.ok(page.url().includes(`job=${encodeURIComponent(id)}`), "the address names the job");
  await page.locator('[data-action="close"]').click();
  await items(page).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
