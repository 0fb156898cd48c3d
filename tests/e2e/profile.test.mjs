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

    // "Clear my data" asks once, clears, and can be undone for a few seconds.
    await page.locator('[data-action="clear-data"]').click();
    assert.ok(await page.evaluate(() => localStorage.length) > 0, "not before the worker confirms");
    await page.locator('[data-action="clear-confirm"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-job-id]')?.textContent.includes("持有"));
    assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing left on the device");
    await page.locator('[data-action="clear-undo"]').click();
    await page.waitForFunction(() => (localStorage.getItem("skillmatch.profile.v1") ?? "").includes("s-elec"));
    await page.locator('[data-action="clear-data"]').click();
    await page.locator('[data-action="clear-confirm"]').click();
    await page.locator('[data-testid="clear-done"]').waitFor({ state: "detached", timeout: 15000 });
    assert.equal(await page.evaluate(() => localStorage.length), 0, "cleared for good once the undo has passed");
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

test("a shared link's profile is a view: editing it asks, and the saved profile is never lost", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  const mine = { skills: [{ name: "电工", level: 3 }, { name: "焊工" }], brands: ["b-zg"], city: "自贡市" };
  await page.goto(env.url);
  await page.evaluate((p) => localStorage.setItem("skillmatch.profile.v1", JSON.stringify(p)), mine);
  const link = { skills: [{ name: "中式烹调师", level: 2 }] };
  await page.goto(env.url + "?view=profile#profile=" + encodeURIComponent(JSON.stringify(link)));
  const editor = page.locator('[data-testid="profile-editor"]');
  await editor.locator('[data-skill="中式烹调师"] [data-action="level"]').selectOption("3");
  const ask = page.locator('[data-testid="save-profile"]');
  await ask.waitFor();
  await page.screenshot({ path: join(SHOTS, "link-profile-ask-phone.png"), fullPage: true });
  assert.equal(await page.evaluate(() => localStorage.getItem("skillmatch.profile.v1")), JSON.stringify(mine), "untouched");
  await ask.locator('[data-action="keep-mine"]').click();
  await editor.locator('[data-skill="焊工"]').waitFor();
  await page.goto(env.url + "?view=profile");
  await editor.locator('[data-skill="焊工"]').waitFor();
  assert.equal(await editor.locator('[data-skill="中式烹调师"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
