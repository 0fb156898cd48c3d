// Accessibility: axe-core finds no violation of any impact on any screen — jobs, a job's
// detail, the work map, courses, the profile editor, rights, the kiosk (with its map) — in both languages, with the
// display settings off and with large text and high contrast on, at phone size.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { start, openPage, PHONE, DESKTOP } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const PROFILE = { skills: [{ name: "电工", level: 2 }, { name: "焊工" }], brands: ["b-zg"], city: "自贡市" };
const hash = "#profile=" + encodeURIComponent(JSON.stringify(PROFILE));

/** Each screen: its address, and what to wait for before checking. */
const SCREENS = [
  ["jobs", "", '[data-testid="job-results"] [data-job-id]'],
  ["jobs, no profile", "", '[data-testid="add-skills-prompt"]'],
  ["detail", "?job=", '[data-testid="job-detail"]'],
  ["map", "?view=map", '[data-testid="work-map"] [data-city]'],
  ["courses", "?view=courses", '[data-testid="course-suggestions"] [data-course-id]'],
  ["profile", "?view=profile", '[data-testid="profile-editor"]'],
  ["rights", "?view=rights", '[data-testid="rights"]'],
  ["kiosk detail", "?kiosk=1&job=", '[data-testid="qr"]'],
];

async function violations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")} — ${v.help}`);
}

for (const lang of ["zh-CN", "en"]) {
  for (const settings of [{}, { large_text: true, high_contrast: true }]) {
    const label = `${lang}${settings.large_text ? ", large text and high contrast" : ""}`;
    test(`axe finds nothing on any screen (${label})`, async () => {
      const { page, context, errors } = await openPage(env.browser, PHONE, lang);
      await page.addInitScript((s) => localStorage.setItem("skillmatch.settings.v1", JSON.stringify(s)), settings);
      await page.goto(env.url + `?lang=${lang}`);
      const first = await page.locator('[data-testid="job-results"] [data-job-id]').first().getAttribute("data-job-id");
      const found = [];
      for (const [name, path, ready] of SCREENS) {
        const sep = path.includes("?") ? "&" : "?";
        const job = path.endsWith("job=") ? encodeURIComponent(first) : "";
        const profile = name.includes("no profile") ? "" : hash;
        await page.goto(env.url + path + job + `${sep}lang=${lang}` + profile);
        await page.locator(ready).first().waitFor();
        for (const v of await violations(page)) found.push(`${name}: ${v}`);
      }
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test("axe finds nothing at desktop size with the filters open", async () => {
  const { page, context } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + hash);
  await page.locator(".sm-filters summary").click();
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test("axe finds nothing in the widget embedded on a portal, nor on the kiosk's home", async () => {
  const { page, context } = await openPage(env.browser, DESKTOP);
  await page.goto(env.url + "examples/portal.html");
  await page.locator("#widget").locator("[data-job-id]").first().waitFor();
  const embedded = await new AxeBuilder({ page }).include("#widget").analyze();
  assert.deepEqual(embedded.violations.map((v) => `${v.id}: ${v.help}`), []);
  await page.goto(env.url + "?kiosk=1");
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor();
  await page.locator('[data-testid="work-map"] [data-city]').first().waitFor();
  assert.deepEqual(await violations(page), []);
  await context.close();
});
