// The two builds (index.html, scripts/choose-build.js): the default page runs the default
// build and never fetches the full one; a kiosk page and a pack page (data=…/manifest.json)
// run the full one, on the standalone page and in an embed; each build is fetched once per
// page at most. The default build given a pack under another name says it reads no packs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, resultCount, PHONE, GENERATED } from "./browser.mjs";
import { needsFull } from "../../scripts/choose-build.js";

const PACK = join(GENERATED, "builds-pack");
let env;
before(async () => {
  env = await start();
  // A pack of the default feed (the packer's debug build: `cargo test --workspace`, an
  // earlier layer of scripts/test, built it), and its manifest again under another name.
  execFileSync("cargo", ["run", "--quiet", "-p", "skillmatch-tools", "--bin", "pack", "--", "data/default-feed.json", "--out", PACK], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  copyFileSync(join(PACK, "manifest.json"), join(PACK, "index.json"));
  // A host page with one widget of each kind (no inline script: the strict CSP).
  writeFileSync(
    join(GENERATED, "builds-embed.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="../embed.js"></script>
<skill-match id="plain" lang="en"></skill-match><skill-match id="kiosk" lang="en" kiosk="1"></skill-match>
<skill-match id="pack" lang="en" data="builds-pack/manifest.json"></skill-match>`,
  );
  writeFileSync(
    join(GENERATED, "builds-plain.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="../embed.js"></script><skill-match id="w" lang="en"></skill-match>`,
  );
});
after(async () => {
  await env?.close();
});

const FULL_WASM = /\/skillmatch-full-[0-9a-f]{16}_bg\.wasm$/;
const DEFAULT_WASM = /\/skillmatch-[0-9a-f]{16}_bg\.wasm$/;
const GLUE = /\/skillmatch-(full-)?[0-9a-f]{16}\.js$/;
// The service worker's own fetches would be counted too (its install fetches the default build).
const phone = { ...PHONE, serviceWorkers: "block" };

/** Every build file (wasm and glue) the page requests, in order. */
function buildRequests(page) {
  const urls = [];
  page.on("request", (r) => {
    if (DEFAULT_WASM.test(r.url()) || FULL_WASM.test(r.url()) || GLUE.test(r.url())) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

const onceEach = (urls) => assert.equal(new Set(urls).size, urls.length, `a build file fetched twice: ${urls.join(", ")}`);

test("the chooser: a kiosk, or a first feed whose path ends in manifest.json", () => {
  const base = "https://portal.example/jobs/index.html?x=1";
  assert.equal(needsFull([], null, base), false);
  assert.equal(needsFull(["data/jobs.json"], "", base), false);
  assert.equal(needsFull([], "1", base), true);
  assert.equal(needsFull([], "true", base), true);
  assert.equal(needsFull([], "0", base), false, "the widget reads only 1 and true as a kiosk");
  assert.equal(needsFull(["packs/manifest.json"], null, base), true);
  assert.equal(needsFull(["  ", "https://cdn.example/p/manifest.json?v=2#x"], null, base), true, "blanks skipped, query ignored");
  assert.equal(needsFull(["jobs.json", "packs/manifest.json"], null, base), false, "only a first feed is read as a pack");
  assert.equal(needsFull(["packs/index.json"], null, base), false);
  assert.equal(needsFull(["manifest.json.bak"], null, base), false);
  assert.equal(needsFull(["http://[bad"], null, base), false, "not a URL");
});

test("the default page fetches the default build only; a kiosk page and a pack page the full one", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  const requested = buildRequests(page);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  assert.ok(requested.some((u) => DEFAULT_WASM.test(u)), requested.join(", "));
  assert.ok(!requested.some((u) => FULL_WASM.test(u) || u.includes("skillmatch-full-")), `the default page fetched the full build: ${requested}`);
  onceEach(requested);

  for (const [name, query] of [
    ["kiosk", "?kiosk=1"],
    ["pack", "?data=generated/builds-pack/manifest.json"],
  ]) {
    requested.length = 0;
    await page.goto(env.url + query);
    await page.locator("[data-job-id]").first().waitFor();
    assert.ok(requested.some((u) => FULL_WASM.test(u)), `${name}: ${requested.join(", ")}`);
    onceEach(requested);
  }
  // The pack's jobs came from its shards: the whole default feed, packed.
  await page.waitForFunction(() => !document.querySelector('[role="status"][data-loading]'));
  const packed = await resultCount(page);
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  assert.equal(packed, await resultCount(page));
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [lang, says] of [
  ["zh", /「generated\/builds-pack\/index\.json」.*职位包.*manifest\.json/],
  ["en", /generated\/builds-pack\/index\.json.*job pack's manifest.*manifest\.json/],
]) {
  test(`${lang}: the default build given a pack under another name says it reads no packs, with no retry`, async () => {
    const { page, context, errors } = await openPage(env.browser, phone);
    const requested = buildRequests(page);
    await page.goto(`${env.url}?lang=${lang}&data=generated/builds-pack/index.json`);
    const alert = page.locator('[data-testid="feed-failed"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), says);
    assert.equal(await alert.getByRole("button").count(), 0, "retrying cannot help");
    assert.equal(await page.locator("[data-job-id]").count(), 0, "no sample jobs instead");
    assert.ok(!requested.some((u) => u.includes("skillmatch-full-")), requested.join(", "));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("embed: each widget runs the build it needs (a kiosk, a pack), each fetched once; a widget that becomes a kiosk moves to the full build", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  const requested = buildRequests(page);
  await page.goto(env.url + "generated/builds-embed.html");
  for (const id of ["plain", "kiosk", "pack"]) await page.locator(`#${id} [data-job-id]`).first().waitFor();
  assert.equal(await page.locator('#pack [data-testid="feed-failed"]').count(), 0, "the pack widget reads its pack");
  assert.equal(await page.locator("#kiosk [data-kiosk]").count(), 1);
  assert.equal(await page.locator("#plain [data-kiosk]").count(), 0);
  assert.ok(requested.some((u) => DEFAULT_WASM.test(u)) && requested.some((u) => FULL_WASM.test(u)), requested.join(", "));
  onceEach(requested);

  requested.length = 0;
  await page.goto(env.url + "generated/builds-plain.html");
  await page.locator("#w [data-job-id]").first().waitFor();
  assert.ok(!requested.some((u) => u.includes("skillmatch-full-")), `a plain widget fetched the full build: ${requested}`);
  await page.locator("#w").evaluate((el) => el.setAttribute("kiosk", "1"));
  await page.locator("#w [data-kiosk] [data-job-id]").first().waitFor();
  assert.ok(requested.some((u) => FULL_WASM.test(u)), requested.join(", "));
  onceEach(requested);
  // The kiosk's QR hand-off works: the full build has the encoder.
  await page.locator("#w [data-job-id]").first().click();
  await page.locator('#w [data-testid="qr"] svg').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

const distFile = (pattern) => {
  const name = readdirSync("dist").find((f) => pattern.test("/" + f));
  assert.ok(name, `no ${pattern} in dist/`);
  return readFileSync(join("dist", name));
};

for (const [what, pattern] of [
  ["glue", /\/skillmatch-full-[0-9a-f]{16}\.js$/],
  ["wasm", FULL_WASM],
]) {
  test(`the standalone page pins the full build's ${what} by SRI: changed bytes are refused`, async () => {
    const { page, context, errors } = await openPage(env.browser, phone);
    const bytes = distFile(pattern);
    // The same file with one byte more: what a tampered server or cache would send.
    await page.route(pattern, (route) => route.fulfill({ status: 200, contentType: what === "wasm" ? "application/wasm" : "text/javascript", body: Buffer.concat([bytes, Buffer.from("\n")]) }));
    await page.goto(env.url + "?kiosk=1");
    await page.waitForFunction(() => document.querySelector("[data-job-id]") === null && performance.now() > 3000);
    assert.equal(await page.locator("[data-job-id]").count(), 0, "the changed build ran");
    assert.ok(errors.some((e) => /integrity/i.test(e)), `no integrity error: ${errors.join("\n")}`);
    await context.close();
  });
}

test("embed: a build that fails to load says so, with a retry that loads it", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  await page.goto(env.url + "generated/builds-plain.html");
  await page.locator("#w [data-job-id]").first().waitFor();
  // The full build's wasm cannot be fetched (the network dropped) when the widget becomes a kiosk.
  await page.route(FULL_WASM, (route) => route.abort("internetdisconnected"));
  await page.locator("#w").evaluate((el) => el.setAttribute("kiosk", "1"));
  const failed = page.locator('#w [role="alert"]');
  await failed.waitFor();
  assert.match(await failed.textContent(), /无法加载.*Could not load/);
  await page.unroute(FULL_WASM);
  await failed.getByRole("button").click();
  await page.locator("#w [data-kiosk] [data-job-id]").first().waitFor();
  assert.ok(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), errors.join("\n"));
  await context.close();
});
