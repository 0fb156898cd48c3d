// The two builds (index.html, scripts/choose-build.js): the default page runs the default
// build and never fetches the full one; a kiosk page and a pack page (data=…/manifest.json)
// run the full one, on the standalone page and in an embed; each build is fetched once per
// page at most. The default build given a pack under another name says it reads no packs;
// given JobPosting data (which only the full build reads) it hands over to the full build,
// and the loaders remember that feed. The size report's pages fetch what it says they fetch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, resultCount, PHONE, GENERATED } from "./browser.mjs";
import { needsFull, remember } from "../../scripts/choose-build.js";
import { pageFiles } from "../../scripts/size.mjs";

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
  // JobPosting data as job sites publish it: eight of the real documents (none expired), as
  // one array.
  const real = join("tests", "fixtures", "jobposting", "real");
  const postings = ["01", "02", "03", "04", "20", "25", "26", "27"].map((n) =>
    JSON.parse(readFileSync(join(real, readdirSync(real).find((f) => f.startsWith(n + "-"))), "utf8")),
  );
  writeFileSync(join(GENERATED, "builds-postings.json"), JSON.stringify(postings));
  writeFileSync(
    join(GENERATED, "builds-postings.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="../embed.js"></script><skill-match id="w" lang="en" data="builds-postings.json"></skill-match>`,
  );
  writeFileSync(
    join(GENERATED, "builds-zh.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="../embed.js"></script><skill-match id="w"></skill-match>`,
  );
  writeFileSync(
    join(GENERATED, "builds-kiosk.html"),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="../embed.js"></script><skill-match id="w" kiosk="1"></skill-match>`,
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
  assert.equal(needsFull([], "", base, true), true, "an embed reading its page's JSON-LD");
  assert.equal(needsFull([" "], "", base, false), false);
  assert.equal(needsFull(["jobs.json"], "", base, true), false, "the page's JSON-LD is not read beside feeds");
});

test("the chooser remembers feeds found to hold JobPosting data, the newest twenty", () => {
  const base = "https://portal.example/jobs/index.html";
  const store = new Map();
  globalThis.localStorage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, String(v)) };
  try {
    assert.equal(needsFull(["postings.json"], "", base), false);
    remember(["postings.json"], base);
    assert.equal(needsFull(["postings.json"], "", base), true);
    assert.equal(needsFull(["https://portal.example/jobs/postings.json"], "", base), true, "by its address, however written");
    assert.equal(needsFull(["native.json", "postings.json"], "", base), true, "in any position");
    assert.equal(needsFull(["postings.json"], "", "https://other.example/"), false, "another site's file of that name");
    for (let i = 0; i < 20; i++) remember([`p${i}.json`], base);
    assert.equal(needsFull(["postings.json"], "", base), false, "the oldest forgotten");
    assert.equal(needsFull(["p19.json"], "", base), true);
    store.set("skillmatch.fullbuild.v1", "{not json");
    assert.equal(needsFull(["p19.json"], "", base), false, "a damaged value is ignored");
    remember("not a list", base);
    remember(["http://[bad"], base);
    assert.equal(store.get("skillmatch.fullbuild.v1"), "{not json", "nothing to remember: left alone");
  } finally {
    delete globalThis.localStorage;
  }
  assert.equal(needsFull(["postings.json"], "", base), false, "no storage at all");
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

const DEFAULT_GLUE = /\/skillmatch-[0-9a-f]{16}\.js$/;
const FULL_GLUE = /\/skillmatch-full-[0-9a-f]{16}\.js$/;
for (const [where, address, build, pattern] of [
  ["the standalone page", "", "default build's glue", DEFAULT_GLUE],
  ["the standalone page", "", "default build's wasm", DEFAULT_WASM],
  ["the standalone page", "?kiosk=1", "full build's glue", FULL_GLUE],
  ["the standalone page", "?kiosk=1", "full build's wasm", FULL_WASM],
  ["an embed", "generated/builds-zh.html", "default build's glue", DEFAULT_GLUE],
  ["an embed", "generated/builds-zh.html", "default build's wasm", DEFAULT_WASM],
  ["an embed", "generated/builds-kiosk.html", "full build's glue", FULL_GLUE],
  ["an embed", "generated/builds-kiosk.html", "full build's wasm", FULL_WASM],
]) {
  test(`${where} pins the ${build} by SRI: changed bytes are refused`, async () => {
    const { page, context, errors } = await openPage(env.browser, phone);
    const bytes = distFile(pattern);
    // The same file with one byte more: what a tampered server or cache would send.
    const wasm = /wasm/.test(build);
    await page.route(pattern, (route) => route.fulfill({ status: 200, contentType: wasm ? "application/wasm" : "text/javascript", body: Buffer.concat([bytes, Buffer.from("\n")]) }));
    await page.goto(env.url + address);
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

/** Counts the widget's requests for the full build (`skillmatch:needs-full-build`) on `page`. */
const countHandovers = (page) =>
  page.addInitScript(() => {
    window.__handovers = 0;
    document.addEventListener("skillmatch:needs-full-build", () => window.__handovers++, true);
  });

test("JobPosting data on the default page: recognised, handed to the full build once, remembered for the next visit", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  await countHandovers(page);
  const requested = buildRequests(page);
  await page.goto(env.url + "?data=generated/builds-postings.json");
  await page.locator("[data-job-id]").first().waitFor();
  assert.equal(await resultCount(page), 8, "the eight postings");
  assert.equal(await page.locator('[data-testid="feed-failed"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__handovers), 1);
  const wasm = requested.filter((u) => /_bg\.wasm$/.test(u));
  assert.ok(DEFAULT_WASM.test(wasm[0]) && FULL_WASM.test(wasm[1]), `the default build, then the full one: ${requested}`);
  onceEach(requested);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("skillmatch.fullbuild.v1")));
  assert.deepEqual(stored, [env.url + "generated/builds-postings.json"]);
  // The page works on the full build: a search narrows the list.
  await page.getByRole("searchbox").fill("engineer");
  await page.waitForFunction(() => /\b[1-7]\b/.test(document.querySelector('[role="status"]').textContent));

  // The next visit starts on the full build (the default one is only preloaded by index.html).
  requested.length = 0;
  await page.goto(env.url + "?data=generated/builds-postings.json");
  await page.locator("[data-job-id]").first().waitFor();
  assert.equal(await page.evaluate(() => window.__handovers), 0, "no second hand-over");
  assert.ok(requested.some((u) => FULL_WASM.test(u)), requested.join(", "));
  assert.equal(await resultCount(page), 8);
  assert.deepEqual(errors, []);
  await context.close();
});

test("JobPosting data in an embed: the page's own JSON-LD runs the full build alone; a feed of it hands over once, then is remembered", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  await countHandovers(page);
  const requested = buildRequests(page);
  await page.goto(env.url + "examples/portal.html");
  await page.locator("#widget [data-job-id]").first().waitFor();
  assert.ok(requested.some((u) => FULL_WASM.test(u)), requested.join(", "));
  assert.ok(!requested.some((u) => DEFAULT_WASM.test(u)), `the page's JSON-LD fetched the default build too: ${requested}`);
  assert.equal(await page.evaluate(() => window.__handovers), 0);

  requested.length = 0;
  await page.goto(env.url + "generated/builds-postings.html");
  await page.locator("#w [data-job-id]").first().waitFor();
  assert.equal(await page.evaluate(() => window.__handovers), 1);
  assert.equal(await resultCount(page.locator("#w")), 8);
  const wasm = requested.filter((u) => /_bg\.wasm$/.test(u));
  assert.ok(DEFAULT_WASM.test(wasm[0]) && FULL_WASM.test(wasm[1]), `the default build, then the full one: ${requested}`);
  onceEach(requested);

  requested.length = 0;
  await page.reload();
  await page.locator("#w [data-job-id]").first().waitFor();
  assert.equal(await page.evaluate(() => window.__handovers), 0, "no second hand-over");
  assert.ok(!requested.some((u) => DEFAULT_WASM.test(u)), `remembered: the full build only, got ${requested}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a hand-over whose full build cannot be fetched says so in both languages, with a retry that loads it", async () => {
  const { page, context, errors } = await openPage(env.browser, phone);
  await page.route(FULL_WASM, (route) => route.abort("internetdisconnected"));
  await page.goto(env.url + "?data=generated/builds-postings.json");
  const failed = page.locator('[role="alert"]');
  await failed.waitFor();
  assert.match(await failed.textContent(), /无法加载.*Could not load/);
  assert.equal(await page.locator("[data-job-id]").count(), 0, "no sample jobs instead");
  await page.unroute(FULL_WASM);
  await failed.getByRole("button").click();
  await page.locator("[data-job-id]").first().waitFor();
  assert.equal(await resultCount(page), 8);
  assert.ok(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), errors.join("\n"));
  await context.close();
});

/** dist/'s files, as paths relative to it. */
const distFiles = (dir = "dist", prefix = "") =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? distFiles(dir, prefix + e.name + "/") : [prefix + e.name],
  );

test("the size report counts what each kind of page fetches: the standalone page with its service worker, a widget in Chinese and in English, a kiosk widget", async () => {
  const want = pageFiles(distFiles());
  // The app's files a page (and its service worker) fetched, as dist/ paths (data and the
  // test's own pages aside).
  const fetched = (urls) =>
    [...new Set(urls.map((u) => new URL(u).pathname.slice(1)).map((p) => (p === "" ? "index.html" : p)))]
      .filter((p) => !p.endsWith(".json") && !p.startsWith("generated/"))
      .sort();

  const { page, context, errors } = await openPage(env.browser, PHONE);
  const urls = [];
  page.on("request", (r) => urls.push(r.url()));
  await page.goto(env.url);
  await page.locator("[data-job-id]").first().waitFor();
  // The worker's script (the browser fetches it for the registration, not the page), and
  // what its install fetched, which is what its cache holds.
  const cached = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = (await caches.keys()).filter((k) => k.startsWith("skillmatch-shell-"));
    const cache = await caches.open(names[0]);
    return [registration.active.scriptURL, ...(await cache.keys()).map((r) => r.url)];
  });
  assert.deepEqual(fetched([...urls, ...cached]), [...want.standalone].sort());
  assert.ok(!urls.concat(cached).some((u) => u.endsWith("/embed.js")), "the standalone page never fetches embed.js");
  await context.close();

  for (const [html, files] of [
    ["builds-zh.html", want.embed],
    ["builds-plain.html", want.embedEnglish], // lang="en": the default build fetches English
    ["builds-kiosk.html", want.embedFull],
  ]) {
    const { page, context } = await openPage(env.browser, phone);
    const urls = [];
    page.on("request", (r) => urls.push(r.url()));
    await page.goto(env.url + "generated/" + html);
    await page.locator("#w [data-job-id]").first().waitFor();
    assert.deepEqual(fetched(urls), [...files].sort(), html);
    await context.close();
  }
  assert.deepEqual(errors, []);
});
