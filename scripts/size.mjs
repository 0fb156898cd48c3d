// Size report for dist/: the release .wasm raw, gzip and brotli, and the total of what a
// browser downloads (wasm + js + css + html + icons; data files excluded). Exits non-zero
// when the brotli total exceeds the budget, so size regressions fail the tests. The .br and
// .gz copies scripts/post-build.mjs writes are not files of their own here: their sizes
// are reported once, as what a server sending precompressed files transfers.
// Usage: node scripts/size.mjs [dist] [--budget-kb N]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? "dist";
const budgetAt = args.indexOf("--budget-kb");
const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 235;
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
console.log(`${"file".padEnd(44)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${"total (excluding data files)".padEnd(44)} ${kb(sum("raw"))} ${kb(sum("gzip"))} ${kb(sum("brotli"))}`);
for (const r of data) console.log(`${("data: " + r.name).padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const served = (list) => list.reduce((s, r) => s + r.served, 0);
console.log(
  `served with dist/'s .br copies (Accept-Encoding: br): app ${(served(rows) / 1024).toFixed(1)} KB, ` +
    `data ${(served(data) / 1024).toFixed(1)} KB` +
    (rows.some((r) => r.served < r.raw) ? "" : " (no .br copies: served uncompressed)"),
);
const total = sum("brotli");
if (total > budgetKb * 1024) {
  console.error(`size budget exceeded: ${(total / 1024).toFixed(1)} KB brotli > ${budgetKb} KB`);
  process.exit(1);
}
console.log(`size budget ok: ${(total / 1024).toFixed(1)} KB brotli <= ${budgetKb} KB`);
