// Size report for dist/: every file raw, gzip and brotli, and what one page downloads
// (data files excluded) for each of the two builds (index.html): the default page (the
// shared files and the default build's wasm and glue) and a pack's or a kiosk's page (the
// shared files and the full build's). Exits non-zero when either brotli total exceeds its
// budget, so size regressions fail the tests. The .br and .gz copies
// scripts/post-build.mjs writes are not files of their own here: their sizes are reported
// once, as what a server sending precompressed files transfers.
// Usage: node scripts/size.mjs [dist] [--budget-kb N] [--full-budget-kb N]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const budgetKb = option("--budget-kb", 210);
const fullBudgetKb = option("--full-budget-kb", 225);
// Which build a file belongs to, by the names post-build.mjs gives (the rest are shared);
// English (i18n/), which the default build fetches only when English is used, is no
// page's own download: it is reported on its own line, added to the default page.
const buildOf = (name) =>
  /^skillmatch-full-/.test(name) ? "full" : /^skillmatch-/.test(name) ? "default" : /^i18n\//.test(name) ? "english" : "both";
const DATA = new Set([".json", ".geojson"]);
const COPY = new Set([".br", ".gz"]);

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";

const rows = [];
const data = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) {
      if (!name.startsWith(".")) walk(p);
    } else {
      if (COPY.has(extname(name))) continue;
      const b = readFileSync(p);
      // What a brotli-capable browser receives: the precompressed copy when there is one.
      const served = statSync(p + ".br", { throwIfNoEntry: false })?.size ?? b.length;
      const row = { name: p.slice(dir.length + 1), raw: b.length, gzip: gz(b), brotli: br(b), served };
      (DATA.has(extname(name)) ? data : rows).push(row);
    }
  }
};
walk(dir);
rows.sort((a, b) => b.raw - a.raw);
const kbText = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${"file".padEnd(44)} ${"page".padEnd(8)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(44)} ${buildOf(r.name).padEnd(8)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const sum = (list, k) => list.reduce((s, r) => s + r[k], 0);
const line = (label, list) => console.log(`${label.padEnd(53)} ${kb(sum(list, "raw"))} ${kb(sum(list, "gzip"))} ${kb(sum(list, "brotli"))}`);
line("all files (excluding data files)", rows);
for (const r of data) console.log(`${("data: " + r.name).padEnd(53)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
// What one page downloads: the shared files and its own build's.
const pages = [
  { name: "default page", build: "default", budget: budgetKb },
  { name: "pack or kiosk page (full build)", build: "full", budget: fullBudgetKb },
];
for (const page of pages) page.rows = rows.filter((r) => [page.build, "both"].includes(buildOf(r.name)));
for (const page of pages) line(`${page.name}: shared + ${page.build} build`, page.rows);
// The full build has English compiled in; the default one fetches it when English is used.
const english = rows.filter((r) => buildOf(r.name) === "english");
if (english.length) line("default page in English: + the English file (i18n/)", [...pages[0].rows, ...english]);
// A standalone pack or kiosk page (index.html) gets the default build too: the page
// preloads it before any script reads the URL, and the service worker installs it. An
// embed gets only the build it runs.
const preloaded = rows.filter((r) => buildOf(r.name) === "default");
console.log(
  `(a standalone pack or kiosk page also fetches the default build, which index.html preloads and the ` +
    `service worker installs: ${kbText(sum(preloaded, "brotli"))} brotli more; an embed does not)`,
);
const served = (list) => list.reduce((s, r) => s + r.served, 0);
console.log(
  `served with dist/'s .br copies (Accept-Encoding: br): default page ${kbText(served(pages[0].rows))}, ` +
    `full page ${kbText(served(pages[1].rows))}, data ${kbText(served(data))}` +
    (rows.some((r) => r.served < r.raw) ? "" : " (no .br copies: served uncompressed)"),
);
let over = false;
for (const page of pages) {
  const total = sum(page.rows, "brotli");
  const verdict = total > page.budget * 1024 ? "exceeded" : "ok";
  over ||= verdict === "exceeded";
  (verdict === "ok" ? console.log : console.error)(
    `size budget ${verdict}: ${page.name} ${kbText(total)} brotli ${verdict === "ok" ? "<=" : ">"} ${page.budget} KB`,
  );
}
if (over) process.exit(1);
