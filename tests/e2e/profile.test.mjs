// Journeys that change state: a worker fills in the profile through the editor, the
// profile survives a reload, "clear my data" removes it; filters live in the URL;
// large-text mode.
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

const items = (page) => page.locator('[data-testid="job-results"] [data-job-id]');

for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`${name}: entering 电工 四级 and 自贡彩灯工匠 puts the lantern jobs first; reload keeps it; clear removes it`, async () => {
    const { page, context, errors } = await openPage(env.browser, device);
    await page.goto(env.url);
    await items(page).first().waitFor();
    await page.getByRole("button", { name: "我的资料", exact: true }).click();
    const editor = page.locator('[data-testid="profile-editor"]');
    await editor.getByLabel("添加技能").fill("电工");
    await editor.locator('[data-testid="skill-suggestions"] [data-skill-id="s-elec"]').click();
    await editor.getByLabel("电工的等级").selectOption("2");
    await editor.getByLabel("添加证书").selectOption("b-zg");
    await editor.getByLabel("市州").selectOption("自贡市");
    await page.screenshot({ path: join(SHOTS, `profile-editor-${name}.png`), fullPage: true });

    await page.getByRole("button", { name: "职位", exact: true }).click();
    await items(page).first().waitFor();
    const first = items(page).first();
    assert.match(await first.textContent(), /持有自贡彩灯工匠/);
    assert.match(await first.textContent(), /自贡市/);
    const top = await first.getAttribute("data-job-id");

    await page.reload();
    await items(page).first().waitFor();
    assert.equal(await items(page).first().getAttribute("data-job-id"), top, "the saved profile ranks the same");

    await page.locator('[data-action="clear-data"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-job-id]')?.textContent.includes("持有"));
    assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing left on the device");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("filters live in the URL and survive a reload; the detail's back keeps them", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url);
  await items(page).first().waitFor();
  const all = await resultCount(page);
  await page.locator(".sm-filters summary").click();
  await page.getByRole("button", { name: "日结", exact: true }).click();
  await page.waitForFunction(() => location.search.includes("settle=daily"));
  const daily = await resultCount(page);
  assert.ok(daily > 0 && daily < all, `${all} -> ${daily}`);
  await page.screenshot({ path: join(SHOTS, "filters-phone.png"), fullPage: false });

  await page.reload();
  await items(page).first().waitFor();
  assert.equal(await resultCount(page), daily, "the filter came back from the URL");
  assert.equal(await page.getByRole("button", { name: "日结", exact: true }).getAttribute("aria-pressed"), "true");

  await items(page).first().click();
  await page.locator('[data-testid="job-detail"]').waitFor();
  await page.goBack();
  await items(page).first().waitFor();
  assert.equal(await resultCount(page), daily, "back to the filtered list");
  assert.deepEqual(errors, []);
  await context.close();
});

test("large-text mode enlarges the interface and is remembered", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url);
  await items(page).first().waitFor();
  const size = () => page.locator(".sm-card-title").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole("button", { name: "大字", exact: true }).click();
  await page.waitForSelector(".sm-app.sm-large");
  assert.ok((await size()) > before * 1.15, "text grows");
  await page.screenshot({ path: join(SHOTS, "large-text-phone.png") });
  await page.reload();
  await page.waitForSelector(".sm-app.sm-large");
  const target = await page.getByRole("button", { name: "大字", exact: true }).evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(target >= 44, `touch target ${target}px`);
  assert.deepEqual(errors, []);
  await context.close();
});
