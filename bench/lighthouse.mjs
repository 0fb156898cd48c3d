// Lighthouse on the release build, as a phone on a slow network sees it: Lighthouse's
// default mobile settings (simulated slow 4G — 150 ms RTT, 1.6 Mbit/s — and 4× CPU
// slowdown, Moto G Power screen), Debian's Chromium, dist/ served by tests/e2e/server.mjs
// with its precompressed copies and the strict CSP. Run through scripts/bench-lighthouse,
// which builds dist/ and installs Lighthouse first.
//
//   node bench/lighthouse.mjs [--runs N] [--plain] [--dist DIR] [--pause S] [-- extra lighthouse flags]
//
// --pause waits S seconds before each run, so that the last run's Chromium has gone and the
// machine is as quiet as it gets (back to back, each run started at a load average of ~2 on
// this 2-core machine, which Lighthouse's ×4 multiplies into its TBT).
//
// --dist serves another build than dist/ (e.g. an older commit's, for a side-by-side run).
//
// --plain also runs the same number of times against a server that ignores the .br/.gz
// copies, alternating with the compressed runs so both see the same machine load.
// Reports: test-output/lighthouse/<variant>-<n>.report.{json,html}, summary.json.
import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { loadavg, cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "test-output", "lighthouse");
const CLI = join(ROOT, "bench", "node_modules", "lighthouse", "cli", "index.js");
// The journeys' launch flags (tests/e2e/browser.mjs), headless.
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const own = dash < 0 ? argv : argv.slice(0, dash);
const extra = dash < 0 ? [] : argv.slice(dash + 1);
const runs = Number(own[own.indexOf("--runs") + 1]) || 3;
const variants = own.includes("--plain") ? ["br", "plain"] : ["br"];
const dist = own.includes("--dist") ? own[own.indexOf("--dist") + 1] : join(ROOT, "dist");
const pauseMs = own.includes("--pause") ? Number(own[own.indexOf("--pause") + 1]) * 1000 : 0;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function lighthouse(url, outPath) {
  const args = [
    CLI,
    url,
    "--quiet",
    `--chrome-flags=${FLAGS.join(" ")}`,
    "--only-categories=performance,accessibility",
    "--output=json",
    "--output=html",
    `--output-path=${outPath}`,
    ...extra,
  ];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited with ${code}`))));
  });
}

/** The figures this project tracks, from one report. */
function figures(report) {
  const a = report.audits;
  const requests = a["network-requests"].details.items;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    fcpMs: a["first-contentful-paint"].numericValue,
    lcpMs: a["largest-contentful-paint"].numericValue,
    tbtMs: a["total-blocking-time"].numericValue,
    speedIndexMs: a["speed-index"].numericValue,
    interactiveMs: a["interactive"].numericValue,
    cls: a["cumulative-layout-shift"].numericValue,
    transferBytes: a["total-byte-weight"].numericValue,
    requests: requests.map((r) => ({ url: r.url.replace(/^https?:\/\/[^/]+/, ""), transferBytes: r.transferSize, resourceBytes: r.resourceSize, type: r.mimeType })),
    mainThreadMs: Object.fromEntries(a["mainthread-work-breakdown"].details.items.map((i) => [i.groupLabel, i.duration])),
    bootup: a["bootup-time"].details?.items?.map((i) => ({ url: i.url.replace(/^https?:\/\/[^/]+/, ""), totalMs: i.total, scriptingMs: i.scripting, parseMs: i.scriptParseCompile })) ?? [],
    longTasks: a["long-tasks"]?.details?.items?.slice(0, 5).map((t) => ({ url: t.url.replace(/^https?:\/\/[^/]+/, ""), startMs: t.startTime, durationMs: t.duration })) ?? [],
    // Lighthouse 12.2.3's trace-elements gatherer fails on Chromium 156 ("frame_sequence"):
    // the error is kept rather than a blank.
    lcpElement:
      a["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ??
      `n/a (${a["largest-contentful-paint-element"]?.errorMessage ?? "not reported"})`,
    benchmarkIndex: report.environment.benchmarkIndex,
    throttling: report.configSettings.throttling,
    throttlingMethod: report.configSettings.throttlingMethod,
  };
}

await mkdir(OUT, { recursive: true });
const servers = {
  br: await serve({ root: dist }),
  plain: variants.includes("plain") ? await serve({ root: dist, precompressed: false }) : null,
};
const results = Object.fromEntries(variants.map((v) => [v, []]));
try {
  for (let i = 1; i <= runs; i++) {
    for (const variant of variants) {
      const base = join(OUT, `${variant}-${i}`);
      if (pauseMs) await new Promise((ok) => setTimeout(ok, pauseMs));
      const load = loadavg()[0];
      await lighthouse(servers[variant].url, base);
      const report = JSON.parse(await readFile(`${base}.report.json`, "utf8"));
      if (report.runtimeError) throw new Error(`${variant} run ${i}: ${report.runtimeError.message}`);
      results[variant].push({ run: i, loadBefore: load, loadAfter: loadavg()[0], ...figures(report) });
    }
  }
} finally {
  await servers.br.close();
  await servers.plain?.close();
}

const COLUMNS = [
  ["score", "performance", (v) => String(v)],
  ["a11y", "accessibility", (v) => String(v)],
  ["FCP", "fcpMs", (v) => `${(v / 1000).toFixed(2)} s`],
  ["LCP", "lcpMs", (v) => `${(v / 1000).toFixed(2)} s`],
  ["TBT", "tbtMs", (v) => `${Math.round(v)} ms`],
  ["TTI", "interactiveMs", (v) => `${(v / 1000).toFixed(2)} s`],
  ["transfer", "transferBytes", (v) => `${(v / 1024).toFixed(1)} KB`],
  ["load 1m", "loadBefore", (v) => v.toFixed(2)],
];
const row = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(10))).join(" ");
const summary = { date: new Date().toISOString(), cpus: cpus().length, runs, lighthouse: "12.2.3", flags: FLAGS, extra, variants: {} };
for (const variant of variants) {
  const rs = results[variant];
  console.log(`\n${variant === "br" ? "precompressed (br)" : "plain files"} — ${rs.length} runs, Lighthouse mobile (${rs[0].throttlingMethod}: ${rs[0].throttling.rttMs} ms RTT, ${(rs[0].throttling.throughputKbps / 1024).toFixed(1)} Mbit/s, CPU ×${rs[0].throttling.cpuSlowdownMultiplier})`);
  console.log(row(["", ...COLUMNS.map(([h]) => h)]));
  for (const r of rs) console.log(row([`run ${r.run}`, ...COLUMNS.map(([, k, f]) => f(r[k]))]));
  const med = {};
  const spread = {};
  for (const [, k] of COLUMNS) {
    const xs = rs.map((r) => r[k]);
    med[k] = median(xs);
    spread[k] = Math.max(...xs) - Math.min(...xs);
  }
  console.log(row(["median", ...COLUMNS.map(([, k, f]) => f(med[k]))]));
  console.log(row(["spread (max-min)", ...COLUMNS.map(([, k, f]) => f(spread[k]))]));
  // The main-thread breakdown and script boot-up of the run with the median score's TBT.
  const mid = [...rs].sort((a, b) => a.tbtMs - b.tbtMs)[(rs.length - 1) >> 1];
  console.log(`main thread (run ${mid.run}, the median TBT; Lighthouse's ×4 CPU figures):`);
  for (const [group, ms] of Object.entries(mid.mainThreadMs)) console.log(`  ${group.padEnd(30)} ${Math.round(ms).toString().padStart(6)} ms`);
  console.log("  by script (bootup-time):", mid.bootup.map((b) => `${b.url} ${Math.round(b.totalMs)} ms`).join(", "));
  console.log("  long tasks:", mid.longTasks.map((t) => `${Math.round(t.durationMs)} ms at ${Math.round(t.startMs)} ms (${t.url})`).join(", "));
  console.log(`  LCP element: ${mid.lcpElement}`);
  summary.variants[variant] = { median: med, spread, runs: rs };
}
await writeFile(join(OUT, "summary.json"), JSON.stringify(summary, null, 2));
console.log(`\nreports: ${OUT}/`);
