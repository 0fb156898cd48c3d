// 适老化 at phone size: with large text on, every screen at 360 px in both languages shows
// all of itself (no horizontal overflow, every tab in view), body text of 20 px or more,
// and touch targets of 48 px or more.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, openPage, PHONE, SHOTS } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const PROFILE = { skills: [{ name: "电工", level: 2 }, { name: "焊工" }], brands: ["b-zg"], city: "自贡市" };
const hash = "#profile=" + encodeURIComponent(JSON.stringify(PROFILE));
const SCREENS = [
  ["jobs", "", '[data-testid="job-results"] [data-job-id]'],
  ["detail", "?job=J0001", '[data-testid="job-detail"]'],
  ["map", "?view=map", '[data-testid="work-map"] [data-city]'],
  ["courses", "?view=courses", '[data-testid="course-suggestions"] [data-course-id]'],
  ["profile", "?view=profile", '[data-testid="profile-editor"]'],
  ["rights", "?view=rights", '[data-testid="rights"]'],
];

/** What in the page breaks the rules, as readable lines. */
const audit = () => {
  const out = [];
  const width = window.innerWidth;
  if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
  const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${el.textContent.trim().slice(0, 20)}"`;
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  for (const el of document.querySelectorAll(".sm-tab")) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 || r.left < -0.5) out.push(`tab cut off: ${name(el)}`);
  }
  for (const el of document.querySelectorAll(".sm-app *")) {
    if (!visible(el)) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (own && size < 19.5) out.push(`text ${size}px: ${name(el)}`);
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5) out.push(`past the edge: ${name(el)}`);
  }
  // The map's small prefectures cannot be 48 px high at 360 px: each has a full-size button
  // in the table below the map.
  const targets = ".sm-app :is(button, a[href], select, input:not([type=checkbox]), summary, [tabindex='0']:not(.sm-map-city), label.sm-check)";
  for (const el of document.querySelectorAll(targets)) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 47.5) out.push(`target ${Math.round(r.height)}px high: ${name(el)}`);
  }
  return [...new Set(out)];
};

for (const lang of ["en", "zh-CN"]) {
  test(`large text at 360 px in ${lang}: nothing cut off, text at least 20 px, targets at least 48 px`, async () => {
    const { page, context, errors } = await openPage(env.browser, PHONE, lang);
    await page.addInitScript(() => localStorage.setItem("skillmatch.settings.v1", JSON.stringify({ large_text: true })));
    const found = [];
    for (const [name, path, ready] of SCREENS) {
      const sep = path.includes("?") ? "&" : "?";
      await page.goto(env.url + path + `${sep}lang=${lang}` + hash);
      await page.locator(ready).first().waitFor();
      if (name === "jobs") await page.locator(".sm-filters summary").click();
      for (const problem of await page.evaluate(audit)) found.push(`${name}: ${problem}`);
      await page.screenshot({ path: join(SHOTS, `large-${name}-${lang}.png`), fullPage: true });
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
