// Journey: a worker on a phone opens SkillMatch with the embedded data, searches, and the
// list and the count follow. Runs on the release build in dist/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, openPage, resultCount, PHONE, DESKTOP, SHOTS } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`${name}: the job list loads and a search narrows it`, async () => {
    const { page, context, errors } = await openPage(env.browser, device);
    await page.goto(env.url);
    const items = page.locator('[data-testid="job-results"] [data-job-id]');
    await items.first().waitFor({ timeout: 20000 });
    const all = await resultCount(page);
    assert.ok(all >= 20, `expected the default feed's jobs, got ${all}`);
    assert.ok((await items.count()) >= 20, "at least 20 jobs rendered");
    const match = Number(await items.first().getAttribute("data-match"));
    assert.ok(match >= 0 && match <= 100, `data-match in 0–100, got ${match}`);
    await page.screenshot({ path: join(SHOTS, `browse-${name}.png`), fullPage: false });

    const box = page.getByRole("searchbox");
    await box.fill("电工");
    await page.waitForFunction((n) => {
      const m = document.querySelector('[role="status"]')?.textContent.replace(/,/g, "").match(/\d+/);
      return m && Number(m[0]) !== n;
    }, all);
    const narrowed = await resultCount(page);
    assert.ok(narrowed > 0 && narrowed < all, `search 电工 narrows ${all} to ${narrowed}`);
    const titles = await items.locator("h2").allTextContents();
    assert.ok(titles.length > 0);

    // Pinyin initials find the same jobs as the hanzi.
    await box.fill("dg");
    await page.waitForTimeout(200);
    assert.ok((await resultCount(page)) >= narrowed, "dg finds at least what 电工 finds");

    await box.fill("电工");
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, `search-${name}.png`), fullPage: false });

    // The address follows typing a frame later; leaving at once still keeps the query.
    await box.fill("焊工");
    await page.goto(env.url + "?lang=en");
    await page.goBack();
    await items.first().waitFor();
    assert.match(decodeURIComponent(page.url()), /q=焊工/, "the address kept the last query");
    assert.equal(await page.getByRole("searchbox").inputValue(), "焊工", "the last query survives leaving at once");
    assert.deepEqual(errors, [], "no console errors, page errors or CSP violations");
    await context.close();
  });
}

test("dist/ works under a sub-path too", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "sub/path/?q=dg");
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor();
  assert.ok((await resultCount(page)) > 0);
  assert.ok(page.url().includes("/sub/path/"), "the URL state stays under the sub-path");
  assert.deepEqual(errors, []);
  await context.close();
});
