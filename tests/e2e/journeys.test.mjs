// Journeys through the contract's URL surface on the release build: a worker's profile
// from the link, a job's detail and the back button, a portal feed with bad records,
// a failed fetch with retry, the courses view, English.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { start, openPage, resultCount, PHONE, DESKTOP, SHOTS, GENERATED } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const ELECTRICIAN = { skills: [{ name: "电工", level: 2 }], brands: ["b-zg"], city: "自贡市" };
const profileHash = (p) => "#profile=" + encodeURIComponent(JSON.stringify(p));
const items = (page) => page.locator('[data-testid="job-results"] [data-job-id]');

for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`${name}: a Zigong electrician with the lantern brand sees fitting jobs first, opens one, goes back`, async () => {
    const { page, context, errors } = await openPage(env.browser, device);
    await page.goto(env.url + profileHash(ELECTRICIAN));
    await items(page).first().waitFor();
    const first = items(page).first();
    assert.match(await first.textContent(), /自贡市/);
    assert.match(await first.textContent(), /持有自贡彩灯工匠/);
    assert.ok(Number(await first.getAttribute("data-match")) >= 80, "a strong match");
    await page.screenshot({ path: join(SHOTS, `electrician-${name}.png`) });

    const id = await first.getAttribute("data-job-id");
    await first.click();
    const detail = page.locator('[data-testid="job-detail"]');
    await detail.waitFor();
    assert.equal(await detail.getAttribute("data-job-id"), id);
    assert.ok(page.url().includes(`job=${id}`), "the open job is in the URL");
    assert.match(await detail.locator(".sm-why-list").textContent(), /四级\/中级工/);
    assert.equal(await detail.locator('[data-action="apply"]').count(), 1);
    if (name === "desktop") {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url });
      await detail.locator('[data-action="share"]').click();
      await detail.getByText("链接已复制").waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `${env.url}?job=${id}&lang=zh-CN`, "the job's own link, without the profile fragment");
    }
    await page.screenshot({ path: join(SHOTS, `detail-${name}.png`), fullPage: true });

    await page.goBack();
    await items(page).first().waitFor();
    assert.equal(await detail.count(), 0, "back closes the detail");
    assert.ok(!page.url().includes("job="));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a portal feed: good records kept, bad ones reported, feed text never becomes HTML", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "?data=fixtures/portal-feed.json");
  await items(page).first().waitFor();
  assert.equal(await resultCount(page), 3, "P1, P2 and P4; P3 skipped");
  const problems = page.locator('[data-testid="feed-problems"]');
  assert.match(await problems.textContent(), /2/, "the bad title and the javascript: link");
  assert.equal(await page.locator("img").count(), 0, "the <img> title is text, not an element");
  assert.match(await page.locator('[data-job-id="P4"]').textContent(), /<img src=x/);
  await problems.locator("summary").click();
  await page.screenshot({ path: join(SHOTS, "portal-feed-problems.png"), fullPage: true });
  await page.locator('[data-job-id="P4"]').click();
  const apply = page.locator('[data-testid="job-detail"] [data-action="apply"]');
  assert.equal(await apply.getAttribute("href"), null, "no link from javascript:");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a failed fetch says so and offers a retry", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "?data=fixtures/missing.json");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /HTTP 404/);
  await page.screenshot({ path: join(SHOTS, "fetch-failed.png") });
  await alert.getByRole("button").click();
  await alert.waitFor();
  // The only console error allowed is the browser's own report of the 404 response.
  assert.ok(errors.every((e) => /404/.test(e)), errors.join("\n"));
  await context.close();
});

test("view=courses lists suggestions in English", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP, "en-US");
  await page.goto(env.url + "?view=courses&lang=en" + profileHash({ skills: [{ name: "焊工", level: 1 }], city: "成都市" }));
  const list = page.locator('[data-testid="course-suggestions"] [data-course-id]');
  await list.first().waitFor();
  assert.ok((await list.count()) >= 3);
  assert.equal(await page.locator(".sm-app").getAttribute("lang"), "en");
  assert.match(await list.first().textContent(), /Qualifies you for \d+ more job/);
  assert.ok(Number(await list.first().getAttribute("data-unlocks")) > 0, "the top course unlocks jobs");
  await page.screenshot({ path: join(SHOTS, "courses-desktop-en.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 10,000-job feed loads, renders one page at a time, and filters", async () => {
  const titles = ["电工", "焊工", "钢筋工", "川菜厨师", "养老护理员", "快递分拣员", "直播助理", "保安员"];
  const jobs = Array.from({ length: 10000 }, (_, i) => ({
    id: `B${i}`,
    title: `${titles[i % titles.length]}${i}`,
    employer: `测试企业${i % 97}（示例）`,
    city: i % 3 ? "成都市" : "自贡市",
    wage: { min: 150 + (i % 200), max: 250 + (i % 200), unit: "day" },
    settlement: i % 2 ? "daily" : "monthly",
    validThrough: "2099-12-31",
  }));
  await writeFile(join(GENERATED, "big.json"), JSON.stringify({ skillmatch: 1, jobs }));
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "?data=generated/big.json");
  await items(page).first().waitFor({ timeout: 30000 });
  assert.equal(await resultCount(page), 10000);
  const rendered = await items(page).count();
  assert.ok(rendered >= 20 && rendered <= 60, `a page, not 10,000 rows: ${rendered}`);
  await page.getByRole("button", { name: "显示更多" }).click();
  await page.waitForFunction((n) => document.querySelectorAll("[data-job-id]").length > n, rendered);
  await page.locator(".sm-filters summary").click();
  await page.getByRole("button", { name: "日结", exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[role="status"]').textContent.includes("5000"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("English interface: browse and search", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE, "en-US");
  await page.goto(env.url + "?lang=en");
  await items(page).first().waitFor();
  assert.match(await page.getByRole("status").first().textContent(), /jobs found/);
  await page.getByRole("searchbox").fill("electrician");
  await page.waitForFunction(() => /^\d+ jobs? found/.test(document.querySelector('[role="status"]').textContent) && !document.querySelector('[role="status"]').textContent.startsWith("450"));
  assert.ok((await resultCount(page)) > 0);
  await page.screenshot({ path: join(SHOTS, "search-phone-en.png") });
  assert.deepEqual(errors, []);
  await context.close();
});
