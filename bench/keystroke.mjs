// The keystroke as a worker sees it, against the search libraries a portal might use
// instead. Run through scripts/bench-keystroke (which builds dist/, writes the synthetic
// feeds and installs the peers first):
//
//   node bench/keystroke.mjs [--sizes 10000,100000] [--rounds 5] [--no-throttled]
//
// In one Chromium, for each feed size:
//  1. app: the served release build (phone viewport) loads the engine benchmarks' synthetic
//     feed (test-output/feeds/, written by `cargo run --example synthetic_feed`) through
//     `data=`; then each query is put into the search box as a whole value with one input
//     event, and the time is taken from just before the event to the moment the result
//     count (`role="status"`) shows the new number in the DOM (a MutationObserver), and to
//     the next frame after it. That is the engine's search and ranking, Yew's diff of the
//     list, and the DOM updates — not just the engine.
//  2. peers: a blank page with MiniSearch 7, uFuzzy 1 and Fuse.js 7, each indexing the same
//     feed's titles with pinyin-pro's full pinyin and initials appended; the bare time of
//     one search call per query (no DOM).
// Then 3. cheap phone: the app on its default data (no `data=`) with the CPU slowed 4×
// (CDP Emulation.setCPUThrottlingRate), same queries.
//
// Queries: the engine benchmarks' set, in `rounds` shuffled rounds (35 inputs by default),
// never twice the same count in a row (the count must change to be seen). Each side is
// warmed up with every query once before it is timed. Pages are cross-origin isolated
// (COOP/COEP headers) so performance.now() has 5 µs resolution rather than 100 µs.
// Results: test-output/keystroke/results.json, and a table on stdout.
import { chromium } from "playwright-core";
import { readFile, mkdir, writeFile, readdir } from "node:fs/promises";
import { loadavg, cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { FLAGS, PHONE } from "../tests/e2e/browser.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FEEDS = join(ROOT, "test-output", "feeds");
const OUT = join(ROOT, "test-output", "keystroke");
const QUERIES = ["电工", "dg", "diangong", "电gong", "jzg", "electrician", "elektrician"];

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = opt("--sizes", "10000,100000").split(",").map(Number);
const rounds = Number(opt("--rounds", "5"));
const throttled = !args.includes("--no-throttled");

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const stats = (xs) => ({ n: xs.length, p50: quantile(xs, 0.5), p10: quantile(xs, 0.1), p90: quantile(xs, 0.9), min: Math.min(...xs), max: Math.max(...xs) });

/** A splitmix-style generator, so every run types the same sequence. */
function rng(seed) {
  let s = BigInt(seed);
  return () => {
    s = (s + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
    return Number((z ^ (z >> 31n)) % 1000000n) / 1000000;
  };
}

/**
 * `rounds` shuffled rounds of the queries, no two neighbours with the same count, the first
 * differing from `startCount` (what the box shows before).
 */
function sequence(counts, startCount, seed = 7) {
  const random = rng(seed);
  const out = [];
  for (let r = 0; r < rounds; r++) {
    for (let attempt = 0; ; attempt++) {
      const round = [...QUERIES].sort(() => random() - 0.5);
      const all = [...out, ...round];
      if (all.every((q, i) => counts[q] !== (i === 0 ? startCount : counts[all[i - 1]]))) {
        out.push(...round);
        break;
      }
      if (attempt > 1000) throw new Error(`no order of the queries changes the count each time: ${JSON.stringify(counts)}`);
    }
  }
  return out;
}

// Runs in the app page: puts each query in the search box, times until the count changes.
async function typeQueries({ queries, waitForChange }) {
  const input = document.querySelector("input.sm-search-input");
  const root = document.querySelector("#skillmatch-root");
  const countText = () => document.querySelector('.sm-count[role="status"]')?.textContent ?? "";
  const number = (t) => Number((t.replace(/[,\s]/g, "").match(/\d+/) ?? [NaN])[0]);
  const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); }));
  const out = [];
  for (const q of queries) {
    // Let the previous input's effects (URL write, frames) finish first.
    await new Promise((ok) => setTimeout(ok, 30));
    await nextFrame();
    const before = countText();
    let seen = null;
    const changed = new Promise((ok, fail) => {
      const observer = new MutationObserver(() => {
        if (seen === null && countText() !== before) {
          seen = performance.now();
          observer.disconnect();
          ok();
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
      // Warm-up: a query whose count equals the previous one never changes the text. Timed:
      // the sequence guarantees a change, so a silent count is a failure, not a wait.
      setTimeout(() => {
        observer.disconnect();
        if (waitForChange && seen === null) fail(new Error(`the count did not change for ${q}`));
        ok();
      }, waitForChange ? 30_000 : 3000);
    });
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: q }));
    // Rendered before dispatchEvent returned? Then that is the moment (observers run later).
    if (countText() !== before && seen === null) seen = performance.now();
    await changed;
    await nextFrame();
    const frame = performance.now();
    out.push({ q, count: number(countText()), domMs: seen === null ? null : seen - start, frameMs: frame - start });
  }
  return out;
}

// Runs in the peers page: builds each library's index over the titles with pinyin tokens.
async function buildPeers(titles) {
  const { pinyin } = window.peers;
  const memo = new Map();
  const indexed = (title) => {
    let t = memo.get(title);
    if (t === undefined) {
      const full = pinyin(title, { toneType: "none", type: "array" }).join("").toLowerCase();
      const initials = pinyin(title, { pattern: "first", toneType: "none", type: "array" }).join("").toLowerCase();
      t = `${title} ${full} ${initials}`;
      memo.set(title, t);
    }
    return t;
  };
  const t0 = performance.now();
  window.texts = titles.map(indexed);
  const pinyinMs = performance.now() - t0;
  const { MiniSearch, uFuzzy, Fuse } = window.peers;
  const build = {};
  let s = performance.now();
  // CJK has no spaces: each hanzi is a token (MiniSearch's documented way for such text),
  // other runs of letters and digits are words.
  const tokenize = (text) => text.match(/\p{Script=Han}|[^\s\p{P}\p{S}\p{Script=Han}]+/gu) ?? [];
  window.mini = new MiniSearch({ fields: ["t"], idField: "i", tokenize, searchOptions: { tokenize } });
  window.mini.addAll(window.texts.map((t, i) => ({ i, t })));
  build.minisearch = performance.now() - s;
  s = performance.now();
  // uFuzzy's documented settings for non-Latin text.
  window.uf = new uFuzzy({ unicode: true, interSplit: "[^\\p{L}\\d']+", intraSplit: "\\p{Ll}\\p{Lu}", intraBound: "\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}", intraChars: "[\\p{L}\\d']", intraContr: "'\\p{L}{1,2}\\b" });
  build.ufuzzy = performance.now() - s; // uFuzzy has no index: it scans the list per query
  s = performance.now();
  // Matches anywhere in the text: the pinyin sits after the title.
  window.fuse = new Fuse(window.texts, { ignoreLocation: true });
  build.fuse = performance.now() - s;
  return { pinyinMs, build, distinct: memo.size, sample: window.texts.slice(0, 2) };
}

// Runs in the peers page: one timed search call per query and library.
async function queryPeers(queries) {
  const search = {
    minisearch: (q) => window.mini.search(q, { prefix: true, fuzzy: 0.2, combineWith: "AND" }).length,
    ufuzzy: (q) => window.uf.search(window.texts, q, 0, 1000)[0]?.length ?? 0,
    // Fuse sorts every match whatever the limit, so asking for all costs the same.
    fuse: (q) => window.fuse.search(q).length,
  };
  const out = {};
  for (const [name, f] of Object.entries(search)) {
    out[name] = [];
    for (const q of queries) {
      await new Promise((ok) => setTimeout(ok, 0));
      const s = performance.now();
      const hits = f(q);
      out[name].push({ q, hits, ms: performance.now() - s });
    }
  }
  return out;
}

const PEERS_PAGE = `<!doctype html><meta charset="utf-8"><title>peers</title>
<script type="module">
import MiniSearch from "/peers/minisearch/dist/es/index.js";
import uFuzzy from "/peers/@leeoniya/ufuzzy/dist/uFuzzy.mjs";
import Fuse from "/peers/fuse.js/dist/fuse.mjs";
import { pinyin } from "/peers/pinyin-pro/dist/index.mjs";
window.peers = { MiniSearch, uFuzzy, Fuse, pinyin };
</script>`;
// Cross-origin isolation for fine-grained performance.now().
const ISOLATED = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };

await mkdir(OUT, { recursive: true });
const versions = {};
for (const p of ["minisearch", "@leeoniya/ufuzzy", "fuse.js", "pinyin-pro", "playwright-core"]) {
  const dir = p === "playwright-core" ? join(ROOT, "node_modules") : join(ROOT, "bench", "node_modules");
  versions[p] = JSON.parse(await readFile(join(dir, p, "package.json"), "utf8")).version;
}
const server = await serve({
  root: join(ROOT, "dist"),
  mounts: { "/feeds/": FEEDS, "/peers/": join(ROOT, "bench", "node_modules") },
  headers: ISOLATED,
  handlers: { "/peers.html": (req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...ISOLATED }).end(PEERS_PAGE) },
});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
const results = { date: new Date().toISOString(), cpus: cpus().length, chromium: browser.version(), versions, queries: QUERIES, rounds, sizes: {}, loadavg: { start: loadavg() } };

/** Opens the app (service worker blocked: it would copy the big feeds into its cache). */
async function openApp(search) {
  const context = await browser.newContext({ ...PHONE, locale: "zh-CN", serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const start = Date.now();
  await page.goto(server.url + search);
  await page.locator("[data-job-id]").first().waitFor({ timeout: 300_000 });
  const loadMs = Date.now() - start;
  if (await page.locator('[data-testid="feed-failed"]').count()) throw new Error(`a feed failed: ${await page.locator('[data-testid="feed-failed"]').textContent()}`);
  return { context, page, errors, loadMs, isolated: await page.evaluate(() => crossOriginIsolated) };
}

/** Warm-up (also learns each query's count), then the timed sequence. */
async function timeApp(page) {
  const warm = await page.evaluate(typeQueries, { queries: QUERIES.flatMap((q) => ["", q]), waitForChange: false });
  const counts = Object.fromEntries(warm.filter((r) => r.q !== "").map((r) => [r.q, r.count]));
  const queries = sequence(counts, warm[warm.length - 1].count);
  const timed = await page.evaluate(typeQueries, { queries, waitForChange: true });
  return { counts, queries, timed };
}

try {
  for (const n of sizes) {
    const parts = (await readdir(FEEDS)).filter((f) => f.startsWith(`synthetic-${n}-`)).sort((a, b) => parseInt(a.split("-")[2]) - parseInt(b.split("-")[2]));
    if (!parts.length) throw new Error(`no synthetic feed for ${n} jobs in ${FEEDS}: run scripts/bench-keystroke`);
    console.log(`\n${n} jobs (${parts.length} feed file${parts.length > 1 ? "s" : ""}), load average ${loadavg()[0].toFixed(2)}`);

    const app = await openApp("?" + parts.map((p) => `data=feeds/${p}`).join("&"));
    const total = await app.page.evaluate(() => document.querySelector('.sm-count[role="status"]').textContent);
    const appRun = await timeApp(app.page);
    if (app.errors.length) throw new Error(app.errors.join("\n"));
    await app.context.close();

    const titles = [];
    for (const p of parts) for (const job of JSON.parse(await readFile(join(FEEDS, p), "utf8")).jobs) titles.push(job.title);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + "peers.html");
    await page.waitForFunction(() => window.peers);
    const built = await page.evaluate(buildPeers, titles);
    await page.evaluate(queryPeers, QUERIES); // warm-up
    const peers = await page.evaluate(queryPeers, appRun.queries);
    await context.close();

    results.sizes[n] = {
      app: { loadMs: app.loadMs, total, crossOriginIsolated: app.isolated, counts: appRun.counts, timed: appRun.timed, dom: stats(appRun.timed.map((r) => r.domMs)), frame: stats(appRun.timed.map((r) => r.frameMs)) },
      peers: Object.fromEntries(Object.entries(peers).map(([name, rs]) => [name, { build: built.build[name], timed: rs, hits: Object.fromEntries(rs.map((r) => [r.q, r.hits])), ...stats(rs.map((r) => r.ms)) }])),
      pinyinMs: built.pinyinMs,
      distinctTitles: built.distinct,
      sampleIndexedText: built.sample,
      loadavg: loadavg(),
    };
  }

  if (throttled) {
    console.log(`\ndefault data, CPU slowed 4×, load average ${loadavg()[0].toFixed(2)}`);
    const app = await openApp("");
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const run = await timeApp(app.page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await app.context.close();
    results.throttled = { rate: 4, counts: run.counts, timed: run.timed, dom: stats(run.timed.map((r) => r.domMs)), frame: stats(run.timed.map((r) => r.frameMs)), loadavg: loadavg() };
  }
} finally {
  await browser.close();
  await server.close();
}
results.loadavg.end = loadavg();

const ms = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1)).padStart(8);
console.log(`\nChromium ${results.chromium}, ${results.cpus} cores; ms per keystroke, p50 (p10–p90) over ${rounds * QUERIES.length} inputs; ratio = peer p50 / app p50`);
console.log(`${"".padEnd(34)} ${"p50".padStart(8)} ${"p10".padStart(8)} ${"p90".padStart(8)} ${"ratio".padStart(7)}  build/load`);
for (const [n, r] of Object.entries(results.sizes)) {
  console.log(`${n} jobs (${r.app.total.trim()}; cross-origin isolated: ${r.app.crossOriginIsolated})`);
  console.log(`${"  SkillMatch app: input → count".padEnd(34)} ${ms(r.app.dom.p50)} ${ms(r.app.dom.p10)} ${ms(r.app.dom.p90)} ${"1.0".padStart(7)}  page load ${r.app.loadMs} ms`);
  console.log(`${"  SkillMatch app: input → frame".padEnd(34)} ${ms(r.app.frame.p50)} ${ms(r.app.frame.p10)} ${ms(r.app.frame.p90)}`);
  for (const [name, p] of Object.entries(r.peers)) {
    console.log(`${("  " + name + " " + versions[name === "ufuzzy" ? "@leeoniya/ufuzzy" : name === "fuse" ? "fuse.js" : name] + " (bare query)").padEnd(34)} ${ms(p.p50)} ${ms(p.p10)} ${ms(p.p90)} ${(p.p50 / r.app.dom.p50).toFixed(1).padStart(7)}  index ${p.build.toFixed(0)} ms`);
  }
  // Per query: a peer that finds nothing is fast for that reason, so the medians per query
  // (with the hits beside them) say more than one p50 over the mix.
  const perQuery = (timed, key) => Object.fromEntries(QUERIES.map((q) => [q, quantile(timed.filter((t) => t.q === q).map((t) => t[key]), 0.5)]));
  r.app.perQuery = perQuery(r.app.timed, "domMs");
  for (const p of Object.values(r.peers)) p.perQuery = perQuery(p.timed, "ms");
  console.log(`  per query, median ms (hits):`);
  console.log(`  ${"".padEnd(12)}${QUERIES.map((q) => q.padStart(17)).join("")}`);
  console.log(`  ${"app".padEnd(12)}${QUERIES.map((q) => `${r.app.perQuery[q].toFixed(2)} (${r.app.counts[q]})`.padStart(17)).join("")}`);
  for (const [name, p] of Object.entries(r.peers)) console.log(`  ${name.padEnd(12)}${QUERIES.map((q) => `${p.perQuery[q].toFixed(2)} (${p.hits[q]})`.padStart(17)).join("")}`);
}
if (results.throttled) {
  const t = results.throttled;
  t.perQuery = Object.fromEntries(QUERIES.map((q) => [q, quantile(t.timed.filter((x) => x.q === q).map((x) => x.domMs), 0.5)]));
  console.log(`default data, 4× CPU: input → count p50 ${t.dom.p50.toFixed(2)} ms (p10 ${t.dom.p10.toFixed(2)}, p90 ${t.dom.p90.toFixed(2)}); → frame p50 ${t.frame.p50.toFixed(2)} ms`);
  console.log(`  per query, median ms (hits): ${QUERIES.map((q) => `${q} ${t.perQuery[q].toFixed(1)} (${t.counts[q]})`).join(", ")}`);
}
console.log(`load average at start ${results.loadavg.start.map((x) => x.toFixed(2)).join(" ")}, at end ${results.loadavg.end.map((x) => x.toFixed(2)).join(" ")}`);
await writeFile(join(OUT, "results.json"), JSON.stringify(results, null, 2));
console.log(`results: ${join(OUT, "results.json")}`);
