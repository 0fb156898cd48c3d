// 哪里有活 / Where the work is: on a feed written here (so every count is known), the map
// shows each prefecture's count, the table equals the map, tapping a place filters the list
// to exactly that count and Back returns to the map; jobs outside Sichuan and remote ones are
// told apart; the kiosk shows the map beside the list at 1080p without opening the filters;
// a job's detail shows its pay among its peers. Screenshots at 360×740 and desktop.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { start, openPage, resultCount, PHONE, DESKTOP, SHOTS, GENERATED } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
  await writeFile(join(GENERATED, "map-feed.json"), JSON.stringify(FEED));
});
after(async () => {
  await env?.close();
});

const job = (id, city, wage, extra = {}) => ({
  id,
  title: "电工",
  employer: "测试公司",
  city,
  wage: { min: wage, max: wage, unit: "month" },
  requires: [{ skill: "s-elec" }],
  posted: "2026-11-20",
  ...extra,
});
/** Zigong 3 (+1 remote), Chengdu 2 (+1), every other prefecture 1 (the remote job), 1 in Chongqing. */
const FEED = {
  skillmatch: 1,
  jobs: [
    job("Z1", "自贡市", 5000),
    job("Z2", "自贡市", 6000),
    job("Z3", "自贡市", 7000),
    job("C1", "成都市", 8000),
    job("C2", "成都市", 9000, { title: "焊工", requires: [{ skill: "s-weld" }] }),
    job("R1", "", 4000, { remote: true }),
    job("Q1", "重庆市", 6500),
  ],
};
const WANT = { 自贡市: 4, 成都市: 3, 绵阳市: 1, 凉山彝族自治州: 1 };
const KIOSK = { viewport: { width: 1920, height: 1080 }, hasTouch: true };

/** {name: count} of the [data-city] elements under `selector`. */
async function counts(page, selector) {
  return page.locator(`${selector} [data-city]`).evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute("data-city"), Number(e.getAttribute("data-count"))])),
  );
}

test("the map counts a known feed, the table equals it, a tap filters the list and Back returns", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + "?data=generated/map-feed.json&view=map");
  const map = page.locator('[data-testid="work-map"]');
  await map.locator("[data-city]").first().waitFor();
  const onMap = await counts(page, '[data-testid="work-map"]');
  assert.equal(Object.keys(onMap).length, 21, "21 prefectures");
  for (const [city, n] of Object.entries(WANT)) assert.equal(onMap[city], n, city);
  assert.deepEqual(await counts(page, '[data-testid="work-table"]'), onMap, "the table has the map's figures");
  const order = await page.locator('[data-testid="work-table"] [data-city]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-city")));
  assert.deepEqual(order.slice(0, 2), ["自贡市", "成都市"], "most jobs first");
  // Zigong's label: count and median (5,000 6,000 7,000 and the remote 4,000 → 5,500).
  assert.match(await page.locator('[data-testid="work-map"] [data-city="自贡市"]').getAttribute("aria-label"), /4 个职位.*5,500 元/);
  assert.equal(await page.locator('[data-testid="map-elsewhere"]').getAttribute("data-count"), "1");
  assert.equal(await page.locator('[data-testid="map-remote"]').getAttribute("data-count"), "1");
  assert.match(await page.locator('[data-testid="map-elsewhere-marker"]').textContent(), /1/);
  await page.screenshot({ path: join(SHOTS, "map-desktop.png"), fullPage: true });

  await map.locator('[data-city="自贡市"]').click();
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor();
  assert.equal(await resultCount(page), 4, "the list shows the map's count");
  // The address is written once the view settles.
  await page.waitForFunction(() => new URLSearchParams(location.search).get("city") === "自贡市");
  assert.equal(await page.locator(".sm-filter-grid").count(), 0, "the filter panel stays closed");
  await page.goBack();
  await map.locator('[data-city="成都市"]').waitFor();
  assert.ok(!/city=/.test(page.url()), "Back returns to the map: " + page.url());
  // Keyboard: Enter on a focused prefecture.
  await map.locator('[data-city="成都市"]').focus();
  await page.keyboard.press("Enter");
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor();
  assert.equal(await resultCount(page), 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test("with skills in the profile the map counts the jobs that use them, and so does the list after a tap", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  const profile = encodeURIComponent(JSON.stringify({ skills: [{ name: "焊工" }] }));
  await page.goto(env.url + `?data=generated/map-feed.json&view=map#profile=${profile}`);
  const map = page.locator('[data-testid="work-map"]');
  await map.locator("[data-city]").first().waitFor();
  await page.locator('[data-testid="map-fits"]').waitFor();
  const onMap = await counts(page, '[data-testid="work-map"]');
  // Only C2 (焊工, Chengdu) uses a welder's skill; the electricians' jobs are not counted.
  assert.equal(onMap["成都市"], 1);
  assert.equal(onMap["自贡市"], 0);
  assert.deepEqual(await counts(page, '[data-testid="work-table"]'), onMap, "the table has the map's figures");
  await map.locator('[data-city="成都市"]').click();
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor();
  assert.equal(await resultCount(page), 1, "the list shows the map's count");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("fit") === "1");
  assert.equal(await page.locator('[data-testid="job-results"] [data-job-id]').getAttribute("data-job-id"), "C2");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone the map shows counts, follows the search box, and a table button filters too", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "?data=generated/map-feed.json&view=map");
  await page.locator('[data-testid="work-map"] [data-city]').first().waitFor();
  assert.equal(await page.locator(".sm-map-wage").first().isVisible(), false, "counts only on a phone");
  await page.screenshot({ path: join(SHOTS, "map-phone.png"), fullPage: true });
  await page.locator('input[type="search"]').fill("焊工");
  await page.waitForFunction(() => document.querySelector('[data-testid="work-map"] [data-city="自贡市"]')?.getAttribute("data-count") === "0");
  const onMap = await counts(page, '[data-testid="work-map"]');
  assert.equal(onMap["成都市"], 1, "only the welder's job");
  await page.locator('[data-testid="work-table"] [data-city="成都市"] button').click();
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor();
  assert.equal(await resultCount(page), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("kiosk at 1080p: the map beside the list; a tap filters without opening the filters", async () => {
  const { page, context, errors } = await openPage(env.browser, KIOSK);
  await page.goto(env.url + "?kiosk=1");
  const map = page.locator('[data-testid="work-map"]');
  await map.locator("[data-city]").first().waitFor();
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor();
  const m = await map.boundingBox();
  const list = await page.locator('[data-testid="job-results"]').boundingBox();
  assert.ok(m.x + m.width <= list.x + 1, "the map is beside the list");
  assert.ok(m.y + m.height <= 1080, "the whole map is on screen: " + JSON.stringify(m));
  const want = Number(await map.locator('[data-city="自贡市"]').getAttribute("data-count"));
  await map.locator('[data-city="自贡市"]').tap();
  await page.waitForFunction(() => /city=/.test(location.search));
  await page.waitForFunction((n) => document.querySelector('[role="status"]')?.textContent.includes(String(n)), want);
  assert.equal(await resultCount(page), want);
  assert.equal(await page.locator(".sm-filter-grid").count(), 0, "the filter panel stays closed");
  const first = await page.locator('[data-testid="job-results"] [data-job-id]').first().boundingBox();
  assert.ok(first.y < 1080, "jobs stay on screen");
  await page.screenshot({ path: join(SHOTS, "map-kiosk.png") });
  // Tapping the chosen place again clears it.
  await map.locator('[data-city="自贡市"]').tap();
  await page.waitForFunction(() => !/city=/.test(location.search));
  assert.ok((await resultCount(page)) > want);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a job's detail shows where its pay sits among its peers", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + "?data=generated/map-feed.json&job=Z2");
  const pay = page.locator('[data-testid="pay-picture"]');
  await pay.waitFor();
  // Z2 (6,000) among Z1 (5,000) and Z3 (7,000): above one of two.
  assert.equal(await pay.getAttribute("data-others"), "2");
  assert.equal(await pay.getAttribute("data-above"), "1");
  assert.equal(await pay.locator(".sm-pay-dot").count(), 2);
  assert.match(await pay.locator('[data-testid="pay-line"]').textContent(), /高于自贡市 2 个电工职位中的 1 个/);
  assert.deepEqual(errors, []);
  await context.close();
});
