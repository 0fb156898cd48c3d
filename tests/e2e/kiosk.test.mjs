// The job-fair kiosk: large layout, nothing stored, QR hand-off decoded back to the links,
// the profile QR only after consent, and the idle countdown and reset (shortened idle time).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { start, openPage, SHOTS } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const KIOSK = { viewport: { width: 1920, height: 1080 }, hasTouch: true };
const ELECTRICIAN = { skills: [{ id: "s-elec", level: 2 }], brands: ["b-zg"], city: "自贡市" };

/** Decodes the QR code drawn in `locator` from a screenshot of it. */
async function decode(locator) {
  const png = PNG.sync.read(await locator.locator("svg").screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, "a readable QR code");
  return code.data;
}

test("kiosk: QR codes for the job and, after consent, the profile; nothing stored", async () => {
  const { page, context, errors } = await openPage(env.browser, KIOSK);
  await page.goto(env.url + "?kiosk=1#profile=" + encodeURIComponent(JSON.stringify(ELECTRICIAN)));
  await page.locator("[data-job-id]").first().waitFor();
  assert.equal(await page.locator(".sm-app").getAttribute("data-kiosk"), "1");
  await page.locator("[data-job-id]").first().click();
  const jobQr = page.locator('[data-testid="qr"][data-kind="job"]');
  await jobQr.waitFor();
  const id = await page.locator('[data-testid="job-detail"]').getAttribute("data-job-id");
  const jobUrl = await jobQr.getAttribute("data-url");
  assert.equal(await decode(jobQr), jobUrl, "the QR decodes to its data-url");
  assert.ok(jobUrl.startsWith(env.url) && jobUrl.includes(`job=${id}`) && !jobUrl.includes("profile"), jobUrl);

  assert.equal(await page.locator('[data-testid="qr"][data-kind="profile"]').count(), 0, "no profile QR before consent");
  await page.locator('[data-action="consent"]').click();
  const profileQr = page.locator('[data-testid="qr"][data-kind="profile"]');
  await profileQr.waitFor();
  const profileUrl = await decode(profileQr);
  assert.equal(profileUrl, await profileQr.getAttribute("data-url"));
  const fragment = decodeURIComponent(profileUrl.split("#profile=")[1]);
  assert.deepEqual(JSON.parse(fragment).skills, [{ id: "s-elec", level: 2 }], "the profile travels in the fragment");
  assert.ok(!profileUrl.split("#")[0].includes("s-elec"), "never in the part servers see");
  await page.screenshot({ path: join(SHOTS, "kiosk-detail.png") });

  // A phone opening the profile link sees the same job, with the profile applied.
  const phone = await openPage(env.browser, { viewport: { width: 360, height: 740 }, isMobile: true });
  await phone.page.goto(profileUrl);
  await phone.page.locator('[data-testid="job-detail"]').waitFor();
  assert.equal(await phone.page.locator('[data-testid="job-detail"]').getAttribute("data-job-id"), id);
  assert.match(await phone.page.locator(".sm-why-list").textContent(), /四级\/中级工/);
  await phone.context.close();

  assert.equal(await page.evaluate(() => localStorage.length), 0, "a kiosk stores nothing");
  assert.deepEqual(errors, []);
  await context.close();
});

test("kiosk: after the idle time a countdown shows, then everything resets", async () => {
  const { page, context, errors } = await openPage(env.browser, KIOSK);
  await page.goto(env.url + "?kiosk=1&idle=12");
  await page.locator("[data-job-id]").first().waitFor();
  await page.getByRole("searchbox").fill("电工");
  await page.locator("[data-job-id]").first().click();
  await page.locator('[data-testid="job-detail"]').waitFor();
  const countdown = page.locator('[data-testid="idle-countdown"]');
  await countdown.waitFor({ timeout: 8000 });
  await page.screenshot({ path: join(SHOTS, "kiosk-countdown.png") });
  // Touching the screen keeps the session.
  await countdown.getByRole("button").click();
  await countdown.waitFor({ state: "detached" });
  assert.equal(await page.locator('[data-testid="job-detail"]').count(), 1);
  // Left alone, it resets to a clean start.
  await page.locator('[data-testid="job-detail"]').waitFor({ state: "detached", timeout: 20000 });
  await page.getByRole("searchbox").waitFor();
  assert.equal(await page.getByRole("searchbox").inputValue(), "");
  assert.ok(!page.url().includes("job="), page.url());
  assert.deepEqual(errors, []);
  await context.close();
});
