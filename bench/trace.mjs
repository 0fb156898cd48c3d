// Where the main thread's time goes, from a Chromium performance trace of the served
// release app: the page load (default data), then a few keystrokes. Prints the renderer
// main thread's self time per trace event (the same events DevTools' Performance panel
// shows), for the load and for the keystrokes separately; saves the trace for DevTools.
//
//   node bench/trace.mjs [--cpu 4] [--dist DIR] [--data feeds/synthetic-10000-1.json] [--pack DIR --settle 30]
//
// --dist serves another build than dist/ (an older commit's, side by side).
//
// --pack serves a pack (scripts/pack) at /pack/ and loads it; --settle is how many seconds
// to wait after the first results before typing (let a big pack's shards all arrive).
//
// Needs dist/ built (scripts/bench-lighthouse or trunk build --release). Timing is traced
// on a shared machine: read the split, not the absolute numbers.
import { chromium } from "playwright-core";
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { FLAGS, PHONE } from "../tests/e2e/browser.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "test-output", "trace");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cpu = Number(opt("--cpu", "1"));
const pack = opt("--pack", "");
const data = pack ? "pack/manifest.json" : opt("--data", "");
const settleMs = Number(opt("--settle", "0.5")) * 1000;
const QUERIES = ["电工", "dg", "diangong", "电gong", "jzg", "electrician", "elektrician"];

/** Self time per event name on the renderer main thread, within [from, to) µs. */
function selfTimes(events, from, to) {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "ParseHTML"));
  const mine = events
    .filter((e) => e.ph === "X" && e.pid === main.pid && e.tid === main.tid && e.ts >= from && e.ts < to && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let busy = 0;
  const long = [];
  let task = null; // the top-level task being walked, if long: its self time by event
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
      if (task) task.self.set(parent.name, (task.self.get(parent.name) ?? 0) - e.dur);
    } else {
      busy += e.dur;
      task = e.dur > 50_000 ? { ms: e.dur / 1000, at: (e.ts - mine[0].ts) / 1000, self: new Map() } : null;
      if (task) long.push(task);
    }
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    if (task) task.self.set(e.name, (task.self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return { busyMs: busy / 1000, origin: mine[0]?.ts ?? from, long, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([name, us]) => [name, us / 1000]) };
}

await mkdir(OUT, { recursive: true });
const mounts = { "/feeds/": join(ROOT, "test-output", "feeds"), ...(pack ? { "/pack/": pack } : {}) };
const server = await serve({ root: opt("--dist", join(ROOT, "dist")), mounts });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
try {
  const context = await browser.newContext({ ...PHONE, locale: "zh-CN", serviceWorkers: "block" });
  const page = await context.newPage();
  if (cpu !== 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpu });
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink", "blink.user_timing", "loading"] });
  await page.goto(server.url + (data ? `?data=${data}` : ""));
  await page.locator("[data-job-id]").first().waitFor({ timeout: 300_000 });
  await page.waitForTimeout(settleMs);
  await page.evaluate(() => performance.mark("skillmatch-keystrokes"));
  for (const q of QUERIES) {
    await page.getByRole("searchbox").fill(q);
    await page.waitForTimeout(150);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  await writeFile(join(OUT, `trace-cpu${cpu}${data ? "-data" : ""}.json`), JSON.stringify(trace));
  // The user-timing mark splits the load from the keystrokes on the trace's own clock.
  const split = events.find((e) => e.name === "skillmatch-keystrokes").ts;
  for (const [label, from, to] of [[`page load (navigation → first results + ${settleMs / 1000} s)`, 0, split], [`${QUERIES.length} keystrokes (Playwright fill, 150 ms apart)`, split, Infinity]]) {
    const { busyMs, origin, long, top } = selfTimes(events, from, to);
    console.log(`\n${label}, CPU ×${cpu}${data ? `, data=${data}` : ", default data"}: main thread busy ${busyMs.toFixed(0)} ms; self time by event:`);
    // Tasks over 50 ms, in order, and the time they block beyond 50 ms each (Lighthouse's TBT
    // counts the same after first paint, on its own simulated clock).
    const blocking = long.reduce((s, t) => s + t.ms - 50, 0);
    console.log(`  tasks over 50 ms: ${long.length} (blocking ${blocking.toFixed(0)} ms)`);
    // The app's own marks (src/ui/loader.rs): where each step of the load ended.
    const marks = events.filter((e) => e.name.startsWith("skillmatch:") && e.ts >= from && e.ts < to);
    const line = marks.map((e) => `${e.name.slice(11)} ${((e.ts - origin) / 1000).toFixed(0)}`);
    if (line.length) console.log(`  marks (ms): ${line.join(", ")}`);
    for (const t of long) {
      const what = [...t.self].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`);
      console.log(`    at ${t.at.toFixed(0).padStart(6)} ms: ${t.ms.toFixed(0).padStart(4)} ms (${what.join(", ")})`);
    }
    for (const [name, ms] of top) console.log(`  ${name.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms`);
  }
  console.log(`\nload average ${loadavg().map((x) => x.toFixed(2)).join(" ")}; trace saved in ${OUT}/ (open in DevTools' Performance panel)`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
