// Embedding: the mock portal (its own CSS and JobPosting JSON-LD, no data attribute), two
// widgets on one page, the events, the mount API and attribute changes — all under the
// strict CSP, failing on any violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, openPage, PHONE, DESKTOP, SHOTS } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const count = async (locator) => Number((await locator.getByRole("status").first().textContent()).replace(/,/g, "").match(/\d+/)[0]);

test("the portal's own JSON-LD jobs, isolated from its CSS, themed through --sm-*", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + "examples/portal.html");
  const widget = page.locator("#widget");
  await widget.locator("[data-job-id]").first().waitFor();
  assert.equal(await count(widget), 3, "the three JobPostings on the page, not the default jobs");
  const ids = await widget.locator('[data-testid="job-results"] [data-job-id]').evaluateAll((els) => els.map((e) => e.dataset.jobId).sort());
  assert.deepEqual(ids, ["PORTAL-101", "PORTAL-102", "PORTAL-103"]);
  await page.getByText("SkillMatch 已就绪").waitFor();

  const inside = await widget.locator(".sm-card").first().evaluate((el) => {
    const s = getComputedStyle(el);
    const app = getComputedStyle(el.closest(".sm-app"));
    const button = getComputedStyle(el.getRootNode().querySelector(".sm-tab"));
    return { box: s.boxSizing, size: app.fontSize, family: app.fontFamily, button: button.backgroundColor, dashed: button.borderStyle };
  });
  assert.equal(inside.box, "border-box", "the host's box-sizing reset does not reach in");
  assert.equal(inside.size, "16px", "nor its font size");
  assert.doesNotMatch(inside.family, /Georgia/);
  assert.notEqual(inside.button, "rgb(0, 255, 0)", "nor its button rule");
  assert.notEqual(inside.dashed, "dashed");
  const accent = await widget.locator(".sm-title").evaluate((el) => getComputedStyle(el).color);
  assert.equal(accent, "rgb(11, 87, 208)", "--sm-accent crosses the boundary");
  const hostButton = await page.locator(".portal-header button").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(hostButton, "rgb(0, 255, 0)", "the widget's CSS does not touch the host page");
  await page.screenshot({ path: join(SHOTS, "portal-desktop.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test("skillmatch:apply: the portal takes over its own postings; otherwise the widget follows the link", async () => {
  const { page, context, errors } = await openPage(env.browser, PHONE);
  await page.goto(env.url + "examples/portal.html");
  const widget = page.locator("#widget");
  await widget.locator('[data-job-id="PORTAL-101"]').click();
  await widget.locator('[data-action="apply"]').click();
  await page.getByText("门户报名流程：PORTAL-101（https://example.com/portal/jobs/101）").waitFor();
  assert.equal(context.pages().length, 1, "cancelled: nothing opened");
  await page.screenshot({ path: join(SHOTS, "portal-phone-detail.png"), fullPage: true });

  // A page that does not cancel: the widget opens the job's own link.
  await page.goto(env.url + "examples/two-widgets.html");
  const en = page.locator("#en");
  await en.locator('[data-job-id="P1"]').click();
  // No network here: answer the employer's page locally to see where the widget went.
  await context.route("https://example.com/**", (route) => route.fulfill({ body: "employer page", contentType: "text/plain" }));
  const [popup] = await Promise.all([context.waitForEvent("page"), en.locator('[data-action="apply"]').click()]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), "https://example.com/jobs/P1");
  await popup.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("two widgets on one page: different feeds and languages, independent", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + "examples/two-widgets.html");
  const zh = page.locator("#zh");
  const en = page.locator("#en");
  await zh.locator("[data-job-id]").first().waitFor();
  await en.locator("[data-job-id]").first().waitFor();
  assert.equal(await count(en), 3, "the fixture feed (one bad record skipped)");
  assert.ok((await count(zh)) >= 400, "the default feed");
  assert.match(await en.getByRole("status").first().textContent(), /jobs found/);
  assert.match(await zh.getByRole("status").first().textContent(), /找到/);
  const before = await count(zh);
  await en.getByRole("searchbox").fill("钢筋");
  await page.waitForFunction(() => document.querySelector("#en").shadowRoot.querySelector('[role="status"]').textContent.startsWith("1 "));
  assert.equal(await count(zh), before, "typing in one does not touch the other");
  await page.screenshot({ path: join(SHOTS, "two-widgets.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("mount() and destroy(), and attribute changes after mount", async () => {
  const { page, context, errors } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + "examples/portal.html");
  await page.locator("#widget [data-job-id]").first().waitFor();
  await page.locator("#widget").evaluate((el) => el.setAttribute("lang", "en"));
  await page.waitForFunction(() => /found/.test(document.querySelector("#widget").shadowRoot.querySelector('[role="status"]').textContent));
  const result = await page.evaluate(async () => {
    const { mount } = await import("/embed.js");
    const div = document.createElement("div");
    document.body.append(div);
    const handle = await mount(div, { lang: "en", data: "/fixtures/portal-feed.json" });
    for (let i = 0; i < 50 && !div.shadowRoot.querySelector("[data-job-id]"); i++) await new Promise((r) => setTimeout(r, 100));
    const shown = div.shadowRoot.querySelectorAll("[data-job-id]").length;
    handle.update({ lang: "zh-CN" });
    await new Promise((r) => setTimeout(r, 300));
    const zh = div.shadowRoot.querySelector('[role="status"]').textContent;
    handle.destroy();
    return { shown, zh, left: div.shadowRoot.childNodes.length };
  });
  assert.equal(result.shown, 3);
  assert.match(result.zh, /找到/);
  assert.equal(result.left, 0, "destroy() leaves nothing behind");
  assert.deepEqual(errors, []);
  await context.close();
});
