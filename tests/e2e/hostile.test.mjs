// Feeds that cannot give jobs: each is reported with role="alert", the reason in the user's
// language and a retry — never replaced by the sample jobs of the default data. Good and
// broken feeds together: the good ones shown, the broken one reported. A posting without a
// link: the apply event still fires, and the widget shows how to apply.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { start, openPage, resultCount, PHONE, DESKTOP, SHOTS, GENERATED } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
  // 60 MB: refused by its Content-Length before the body is read.
  const record = JSON.stringify({ id: "X", title: "普工" }) + ",";
  await writeFile(join(GENERATED, "sixty-mb.json"), '{"jobs":[' + record.repeat(Math.ceil((60 * 1024 * 1024) / record.length)) + "{}]}");
});
after(async () => {
  await env?.close();
});

const items = (page) => page.locator('[data-testid="job-results"] [data-job-id]');
const alert = (page) => page.locator('[role="alert"][data-testid="feed-failed"]');

// Each broken feed, and what the alert must say about it (zh-CN).
const BROKEN = [
  ["fixtures/hostile/error-page.json", /网页，其中没有职位数据/],
  ["fixtures/hostile/truncated.json", /不是有效的 JSON/],
  ["fixtures/hostile/empty.json", /文件是空的/],
  ["fixtures/hostile/null.json", /没有找到职位信息/],
  ["fixtures/hostile/nan.json", /不是有效的 JSON/],
  ["fixtures/hostile/gbk.json", /不是 UTF-8/],
  ["fixtures/hostile/numbers.json", /没有找到职位信息/],
  ["fixtures/hostile/graph-no-jobs.json", /没有找到职位信息/],
  ["fixtures/hostile/empty-itemlist.json", /没有找到职位信息/],
  ["fixtures/hostile/only-broken.json", /3 条职位记录全部有误/],
  ["fixtures/hostile/missing.json", /HTTP 404/],
  ["generated/sixty-mb.json", /文件过大/],
  ["hostile/stream.json", /文件过大/],
];

test("a broken feed is reported with a retry, and no sample job is ever shown", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  for (const [feed, reason] of BROKEN) {
    await page.goto(env.url + "?data=" + feed);
    await alert(page).waitFor({ timeout: 20000 });
    const text = await alert(page).textContent();
    assert.match(text, reason, feed);
    assert.ok(text.includes(feed), `the alert names the feed: ${text}`);
    assert.equal(await items(page).count(), 0, `${feed}: no jobs, and certainly not the sample ones`);
    assert.equal(await resultCount(page), 0);
    assert.doesNotMatch(await page.locator(".sm-main").textContent(), /示例/);
    if (feed.endsWith("truncated.json")) await page.screenshot({ path: join(SHOTS, "hostile-truncated-phone.png"), fullPage: true });
  }
  // The retry loads again, and says so again.
  await alert(page).getByRole("button", { name: "重试" }).click();
  await alert(page).waitFor();
  const unexpected = errors.filter((e) => !/404|Failed to load resource/.test(e));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test("good and broken feeds together: the good jobs are shown and the broken feed is reported", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + "?data=fixtures/hostile/good.json&data=fixtures/hostile/truncated.json&data=fixtures/hostile/missing.json");
  await items(page).first().waitFor();
  assert.equal(await resultCount(page), 2);
  const ids = await items(page).evaluateAll((els) => els.map((e) => e.dataset.jobId).sort());
  assert.deepEqual(ids, ["OK1", "OK2"]);
  const text = await alert(page).textContent();
  assert.match(text, /truncated\.json.*不是有效的 JSON/);
  assert.match(text, /missing\.json.*HTTP 404/);
  assert.doesNotMatch(text, /good\.json/);
  await page.screenshot({ path: join(SHOTS, "hostile-partial-desktop.png"), fullPage: true });
  assert.ok(errors.every((e) => /404/.test(e)), errors.join("\n"));
  await context.close();
});

test("in English, the reason is in English", async () => {
  const { page, context } = await openPage(env.browser, PHONE, "en-US");
  await page.goto(env.url + "?lang=en&data=fixtures/hostile/gbk.json");
  await alert(page).waitFor();
  assert.match(await alert(page).textContent(), /gbk\.json cannot be used: it is not UTF-8 text/);
  assert.equal(await alert(page).getByRole("button").textContent(), "Try again");
  await context.close();
});

test("a posting without a link: the apply event fires with url null, then the widget shows how to apply", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "?data=fixtures/hostile/no-url.json");
  await items(page).first().waitFor();
  await page.evaluate(() => {
    window.applied = [];
    document.addEventListener("skillmatch:apply", (e) => window.applied.push(e.detail));
  });
  await items(page).first().click();
  const apply = page.locator('[data-testid="job-detail"] [data-action="apply"]');
  assert.equal(await apply.isEnabled(), true, "never a dead button");
  await apply.click();
  const howTo = page.locator('[data-testid="how-to-apply"]');
  await howTo.waitFor();
  assert.deepEqual(await page.evaluate(() => window.applied), [{ jobId: "NOURL-1", url: null }]);
  assert.match(await howTo.textContent(), /龙泉物流园/);
  assert.equal(await howTo.locator('a[href="tel:13800001234"]').count(), 1);
  await page.screenshot({ path: join(SHOTS, "how-to-apply-phone.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test("embedded without data, a JSON-LD posting without url applies on the host page", async () => {
  const posting = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: "彩灯安装电工",
    identifier: "HOST-1",
    hiringOrganization: { "@type": "Organization", name: "灯会公司（示例）" },
    jobLocation: { "@type": "Place", address: { addressLocality: "自贡市" } },
    validThrough: "2099-12-31",
  };
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
    <script type="application/ld+json">${JSON.stringify(posting)}</script>
    <script type="module" src="/embed.js"></script></head>
    <body><skill-match id="w"></skill-match></body></html>`;
  await writeFile(join(GENERATED, "host-no-url.html"), html);
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  await page.addInitScript(() => {
    window.applied = [];
    document.addEventListener("skillmatch:apply", (e) => {
      window.applied.push(e.detail);
      e.preventDefault(); // the portal's own application flow
    });
  });
  await page.goto(env.url + "generated/host-no-url.html#top");
  const widget = page.locator("#w");
  await widget.locator('[data-job-id="HOST-1"]').click();
  await widget.locator('[data-action="apply"]').click();
  await page.waitForFunction(() => window.applied.length === 1);
  const page_url = env.url + "generated/host-no-url.html";
  assert.deepEqual(await page.evaluate(() => window.applied), [{ jobId: "HOST-1", url: page_url }]);
  assert.equal(context.pages().length, 1, "cancelled by the portal: nothing opened");
  assert.deepEqual(errors, []);
  await context.close();
});
