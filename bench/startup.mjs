// Start-up side by side: several builds of the app loaded in turn (alternating, so they see
// the same machine load) in a phone-sized Chromium with the CPU slowed; per build the median
// of the page's largest contentful paint and of the app's user-timing marks (skillmatch:load,
// fetched, read, indexed, searchable), in ms from navigation.
//
//   node bench/startup.mjs [--runs 7] [--cpu 4] [--latency MS --kbps N] DIR[?QUERY] [DIR[?QUERY] ...]
//
// Each DIR is a built dist/ (e.g. an older commit's, built in a clone); a `?QUERY` after it
// loads the page with those parameters (`dist?lang=en` beside `dist`: English against
// Chinese in one build). `--latency`/`--kbps` emulate a network (round trip added to every
// request, download rate), which localhost otherwise does not have. `first` is when the
// first job card is in the DOM (time to first results). Timing on a shared
// machine: compare the builds of one run, not runs of different days.
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/server.mjs";
import { FLAGS, PHONE } from "../tests/e2e/browser.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = opt("--runs", 7);
const cpu = opt("--cpu", 4);
const latency = opt("--latency", 0);
const kbps = opt("--kbps", 0);
const dirs = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const servers = await Promise.all(dirs.map((arg) => serve({ root: arg.split("?")[0] })));
const queries = dirs.map((arg) => (arg.includes("?") ? "?" + arg.split("?")[1] : ""));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
const results = dirs.map(() => []);
for (let r = 0; r < runs; r++) {
  for (let d = 0; d < dirs.length; d++) {
    const context = await browser.newContext({ ...PHONE, locale: "zh-CN", serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    if (latency || kbps) {
      await cdp.send("Network.enable");
      const throughput = kbps ? (kbps * 1024) / 8 : -1;
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency, downloadThroughput: throughput, uploadThroughput: throughput });
    }
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp = e.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-job-id]")) {
          window.__first = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(servers[d].url + queries[d]);
    await page.locator("[data-job-id]").first().waitFor();
    // Long enough for the indexes built after the first paint, at 4× CPU.
    await page.waitForTimeout(1500);
    results[d].push(
      await page.evaluate(() => {
        const out = { lcp: window.__lcp, first: window.__first };
        for (const m of performance.getEntriesByType("mark")) out[m.name.replace("skillmatch:", "")] = m.startTime;
        return out;
      }),
    );
    await context.close();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let d = 0; d < dirs.length; d++) {
  const keys = [...new Set(results[d].flatMap(Object.keys))];
  const cells = keys.map((k) => `${k} ${median(results[d].map((x) => x[k] ?? NaN)).toFixed(0)}`);
  console.log(`${dirs[d]} (${runs} loads, CPU ×${cpu}): ${cells.join(", ")}; LCP per load: ${results[d].map((x) => x.lcp.toFixed(0)).join(" ")}`);
}
await browser.close();
for (const s of servers) await s.close();
