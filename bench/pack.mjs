// Packs in the served release app (docs/PACKS.md), on a pack made by scripts/pack from
// scripts/gen-synthetic's feed. Run through scripts/bench-pack (which builds what it needs):
//
//   node bench/pack.mjs PACK_DIR [--runs 3] [--city 自贡市]
//
// 1. home city: a worker at home in `--city` (willing to move) opens the page; the time from
//    navigation start to the first ranked result in the DOM, and the bytes transferred by
//    then (encoded, as on the wire: the server sends the .br copies), median of `--runs`
//    fresh browser contexts (nothing cached).
// 2. everything: no home city; the time until every shard is in (the pack note gone and the
//    count past what the last rebuild showed), the longest main-thread task while loading
//    (PerformanceObserver longtask: what typing would have waited at worst), and then the
//    keystroke p50 over all the jobs (input event → new count in the DOM, as
//    bench/keystroke.mjs measures it), and memory: the JS heap (CDP Runtime.getHeapUsage;
//    the wasm memory is not in it) and the renderer processes' resident memory (/proc).
// Results: test-output/pack/results.json, and lines on stdout.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { loadavg, cpus } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { FLAGS, PHONE } from "../tests/e2e/browser.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "test-output", "pack");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const packDir = resolve(args[0] ?? "");
const runs = Number(opt("--runs", "3"));
const city = opt("--city", "自贡市");
const QUERIES = ["电工", "dg", "diangong", "电gong", "jzg", "electrician", "焊工", "厨师"];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const manifest = JSON.parse(await readFile(join(packDir, "manifest.json"), "utf8"));
const server = await serve({ root: join(ROOT, "dist"), mounts: { "/pack/": packDir } });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: FLAGS,
  headless: true,
});

/** Resident memory (KB) of the renderer processes below `pid` (this script: its Chromium). */
function rendererRss(pid) {
  let kb = 0;
  const walk = (p) => {
    let children = [];
    try {
      children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").split(" ").filter(Boolean);
    } catch {}
    for (const c of children) {
      try {
        if (readFileSync(`/proc/${c}/cmdline`, "utf8").includes("--type=renderer")) {
          kb += Number(readFileSync(`/proc/${c}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]);
        }
      } catch {}
      walk(c);
    }
  };
  if (pid) walk(pid);
  return kb;
}

/** A fresh context and page with a byte counter (CDP: encoded bytes of finished loads). */
async function fresh() {
  // No service worker: its fetches would not be counted (and a first visit has none yet).
  const context = await browser.newContext({ ...PHONE, locale: "zh-CN", serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const bytes = { total: 0 };
  cdp.on("Network.loadingFinished", (e) => (bytes.total += e.encodedDataLength));
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  return { context, page, cdp, bytes };
}

const profile = (p) => "#profile=" + encodeURIComponent(JSON.stringify(p));
const results = { machine: { load: loadavg(), cores: cpus().length }, jobs: manifest.jobs, city, home: [], all: null };

// 1. Home city first.
for (let i = 0; i < runs; i++) {
  const { context, page, bytes } = await fresh();
  await page.goto(`${server.url}?data=pack/manifest.json${profile({ city, willingToMove: true, skills: [{ name: "电工", level: 2 }] })}`);
  await page.locator('[data-testid="job-results"] [data-job-id]').first().waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.now());
  const kb = bytes.total / 1024;
  results.home.push({ ms, kb });
  console.log(`home ${city}: first results ${ms.toFixed(0)} ms, ${kb.toFixed(0)} KB transferred`);
  await context.close();
}

// 2. Everything, then keystrokes and heap.
{
  const { context, page, cdp, bytes } = await fresh();
  await page.goto(`${server.url}?data=pack/manifest.json`);
  const status = page.locator('[data-testid="pack-status"]');
  await status.waitFor({ timeout: 60_000 });
  await status.waitFor({ state: "detached", timeout: 600_000 });
  const allMs = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(() => window.__longest);
  const count = async () => Number((await page.getByRole("status").first().textContent()).match(/\d+/)[0]);
  const shown = await count();
  const times = [];
  let last = shown;
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const ms = await page.evaluate(
        ([q, before]) =>
          new Promise((done) => {
            const box = document.querySelector('input[type="search"]');
            const status = document.querySelector('[role="status"]');
            const t0 = performance.now();
            const seen = () => {
              const n = Number(status.textContent.match(/\d+/)[0]);
              return n !== before;
            };
            const obs = new MutationObserver(() => {
              if (seen()) {
                obs.disconnect();
                done(performance.now() - t0);
              }
            });
            obs.observe(status, { childList: true, subtree: true, characterData: true });
            box.value = q;
            box.dispatchEvent(new InputEvent("input", { bubbles: true }));
            setTimeout(() => {
              obs.disconnect();
              done(null);
            }, 10_000);
          }),
        [q, last],
      );
      last = await count();
      if (round > 0 && ms !== null) times.push(ms);
    }
  }
  const heap = await cdp.send("Runtime.getHeapUsage");
  // The wasm memory is outside the JS heap: the renderer processes' resident memory holds
  // both (one page is open; the renderer of about:blank and the like are a few MB).
  const rendererMB = rendererRss(process.pid) / 1024;
  results.all = {
    ms: allMs,
    kb: bytes.total / 1024,
    longestTaskMs: longest,
    shownJobs: shown,
    keystrokeP50: median(times),
    keystrokes: times.length,
    jsHeapMB: heap.usedSize / 2 ** 20,
    rendererMB,
  };
  const a = results.all;
  console.log(
    `everything: ${(a.ms / 1000).toFixed(1)} s, ${(a.kb / 1024).toFixed(1)} MB, longest task ${a.longestTaskMs.toFixed(0)} ms; ` +
      `keystroke p50 ${a.keystrokeP50?.toFixed(1)} ms (${a.keystrokes}); JS heap ${a.jsHeapMB.toFixed(0)} MB; renderer resident memory (JS heap, wasm memory, DOM) ${a.rendererMB.toFixed(0)} MB`,
  );
  await context.close();
}
results.machine.loadAfter = loadavg();
await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, "results.json"), JSON.stringify(results, null, 2));
const h = results.home;
console.log(`home median: ${median(h.map((r) => r.ms)).toFixed(0)} ms, ${median(h.map((r) => r.kb)).toFixed(0)} KB; load ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
await browser.close();
await server.close();
