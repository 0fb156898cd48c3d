// Which Rust functions the start-up's long tasks spend their time in: a JavaScript/wasm CPU
// profile (CDP Profiler, sampled every 100 µs) of the served release app loading its default
// data, with the wasm's function names kept.
//
//   node bench/profile.mjs [--cpu 4] [--runs 3] [--top 12]
//
// Needs dist/ built from the working tree (trunk build --release): the wasm Trunk installed
// there has no names, so this makes a copy of dist/ in test-output/profile/ whose default
// build's wasm is the same code with its name section kept (wasm-bindgen, then wasm-opt with
// index.html's own settings plus -g), its SRI hashes rewritten to match. The copy's wasm is a
// little larger (names) but its code is the same as dist's.
//
// A "burst" is a run of samples with no idle sample between them: close to one task (two
// tasks back to back, with nothing idle between, count as one). Each burst over 40 ms is
// printed with its heaviest functions by self time, and its heaviest app functions by total
// (inclusive) time, summed over the runs.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { FLAGS, PHONE } from "../tests/e2e/browser.mjs";
import { shortenExports, shortenImports } from "../scripts/wasm-names.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cpu = Number(opt("--cpu", "4"));
const runs = Number(opt("--runs", "3"));
const topN = Number(opt("--top", "12"));

/** dist/ copied with a named default wasm; returns the copy's folder. */
function namedDist() {
  const dist = join(ROOT, "dist");
  const out = join(ROOT, "test-output", "profile");
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const wasm = readdirSync(out).find((f) => /^skillmatch-[0-9a-f]+_bg\.wasm$/.test(f));
  const glue = readdirSync(out).find((f) => /^skillmatch-[0-9a-f]+\.js$/.test(f));
  const built = join(ROOT, "target", "wasm32-unknown-unknown", "release", "skillmatch.wasm");
  if (!wasm || !glue || !existsSync(built)) throw new Error("build dist/ first: trunk build --release");
  // As Trunk and scripts/post-build.mjs make them, but with names: wasm-bindgen, wasm-opt
  // with index.html's settings plus -g, short import and export names (the glue left
  // unminified, which changes nothing the profile sees).
  const tmp = join(out, ".named");
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", tmp, "--out-name", "named", built]);
  const html = readFileSync(join(ROOT, "index.html"), "utf8");
  const params = html.match(/data-bin="skillmatch" [^>]*data-wasm-opt-params="([^"]*)"/)[1].split(/\s+/);
  execFileSync("wasm-opt", ["-Oz", "-g", ...params, join(tmp, "named_bg.wasm"), "-o", join(tmp, "opt.wasm")]);
  const imported = shortenImports(readFileSync(join(tmp, "opt.wasm")), readFileSync(join(tmp, "named.js"), "utf8"));
  const short = shortenExports(imported.wasm, imported.js);
  rmSync(tmp, { recursive: true });
  const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
  const hashes = (folder) => [glue, wasm, "boot.js"].map((f) => sri(readFileSync(join(folder, f))));
  writeFileSync(join(out, glue), short.js);
  writeFileSync(join(out, wasm), short.wasm);
  const [before, after] = [hashes(dist), hashes(out)];
  const swap = (file, i) => writeFileSync(join(out, file), readFileSync(join(out, file), "utf8").split(before[i]).join(after[i]));
  swap("boot.js", 0);
  swap("boot.js", 1);
  after[2] = hashes(out)[2];
  for (const i of [0, 1, 2]) swap("index.html", i);
  for (const file of [glue, wasm, "boot.js", "index.html"]) for (const ext of [".br", ".gz"]) rmSync(join(out, file + ext), { force: true });
  return out;
}

/** The app's own functions (not the allocator, std or Yew internals) count as "app". */
const isApp = (name) => /skillmatch::/.test(name);

/**
 * The renderer main thread's tasks over `over` ms, each with the CPU samples taken during
 * it: self time by function, and the app's functions by total (inclusive) time.
 */
function longTasks(events, over) {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "ParseHTML"));
  const onMain = (e) => e.pid === main.pid && e.tid === main.tid;
  const tasks = events
    .filter((e) => onMain(e) && e.ph === "X" && e.name === "RunTask" && e.dur > over * 1000)
    .map((e) => ({ from: e.ts, to: e.ts + e.dur, ms: e.dur / 1000, self: new Map(), total: new Map() }));
  // The sampled profile: a "Profile" event, then "ProfileChunk"s adding nodes and samples.
  // (Written by V8's sampler thread, tied to the main thread's profile by its id.)
  const profile = events.find((e) => onMain(e) && e.name === "Profile");
  const nodes = new Map();
  const parent = new Map();
  let t = profile.args.data.startTime;
  for (const e of events.filter((e) => e.pid === main.pid && e.name === "ProfileChunk" && e.id === profile.id)) {
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const n of cpuProfile.nodes ?? []) {
      nodes.set(n.id, n);
      if (n.parent) parent.set(n.id, n.parent);
    }
    (cpuProfile.samples ?? []).forEach((id, i) => {
      t += timeDeltas[i];
      const task = tasks.find((k) => k.from <= t && t < k.to);
      if (!task) return;
      const node = nodes.get(id);
      const name = (n) => n.callFrame.functionName || `(${(n.callFrame.url ?? "").split("/").pop() || "program"})`;
      const interval = timeDeltas[i + 1] ?? timeDeltas[i];
      task.self.set(name(node), (task.self.get(name(node)) ?? 0) + interval);
      const seen = new Set();
      for (let n = node; n; n = nodes.get(parent.get(n.id))) {
        if (isApp(name(n)) && !seen.has(name(n))) {
          seen.add(name(n));
          task.total.set(name(n), (task.total.get(name(n)) ?? 0) + interval);
        }
      }
    });
  }
  const origin = events.filter(onMain).reduce((m, e) => Math.min(m, e.ts || Infinity), Infinity);
  return tasks.map((k) => ({ ...k, at: (k.from - origin) / 1000 }));
}

const short = (name) => name.replace(/::h[0-9a-f]{16}$/, "").replace(/<[^<>]*>/g, (m) => (m.length > 60 ? "<…>" : m));
const dir = namedDist();
const server = await serve({ root: dir });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ ...PHONE, locale: "zh-CN", serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.cpu_profiler", "blink.user_timing"] });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName("skillmatch:searchable").length > 0, null, { timeout: 120_000 });
    await page.waitForTimeout(300);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const long = longTasks(trace.traceEvents ?? trace, 40);
    console.log(`\nrun ${run}, CPU ×${cpu}: ${long.length} tasks over 40 ms (load average ${loadavg()[0].toFixed(2)})`);
    for (const k of long) {
      const self = [...k.self].sort((x, y) => y[1] - x[1]).slice(0, topN);
      const total = [...k.total].sort((x, y) => y[1] - x[1]).slice(0, topN);
      console.log(`  at ${k.at.toFixed(0)} ms, ${k.ms.toFixed(0)} ms`);
      console.log(`    self:  ${self.map(([n, us]) => `${short(n)} ${(us / 1000).toFixed(1)}`).join(" · ")}`);
      console.log(`    total: ${total.map(([n, us]) => `${short(n)} ${(us / 1000).toFixed(1)}`).join(" · ")}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
