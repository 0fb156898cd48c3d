// Size report for dist/: every file raw, gzip and brotli, and what each kind of page
// downloads (data files excluded): the standalone page (index.html with its loader, service
// worker, manifest and icons, the stylesheet and the default build), an embedding page's
// widget (embed.js, the stylesheet and the default build), and an embedded pack or kiosk
// widget (the same with the full build). Which files each fetches is `pageFiles` below, held
// to what Chromium fetches by tests/e2e/builds.test.mjs. Exits non-zero when a default page
// exceeds the budget or the full-build widget the full budget, so size regressions fail the
// tests. The .br and .gz copies scripts/post-build.mjs writes are not files of their own
// here: their sizes are reported once, as what a server sending precompressed files
// transfers.
// Usage: node scripts/size.mjs [dist] [--budget-kb N] [--full-budget-kb N]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

// Which build a file belongs to, by the names post-build.mjs gives (the rest are shared);
// English (i18n/), which the default build fetches only when English is used, belongs to
// the default build's pages in English.
const buildOf = (name) =>
  /^skillmatch-full-/.test(name) ? "full" : /^skillmatch-/.test(name) ? "default" : /^i18n\//.test(name) ? "english" : "both";
const DATA = new Set([".json", ".geojson"]);
const COPY = new Set([".br", ".gz"]);
// Files only the standalone page fetches (its loader, the service worker and what that
// installs, the manifest and icons), and only an embedding page (embed.js).
const STANDALONE_ONLY = (name) => /^(index\.html|boot\.js|sw\.js|manifest\.webmanifest|icon\.svg)$/.test(name);
const EMBED_ONLY = (name) => name === "embed.js";

/**
 * The app's files (not data files, not .br/.gz copies; paths relative to dist/) that each
 * kind of page downloads, on a first visit: `standalone` (index.html, the default build),
 * `embed` (a widget on the default build), `embedFull` (a pack or kiosk widget, the full
 * build), `standaloneFull` (index.html with a pack or kiosk: it preloads the default build
 * before its loader reads the URL, so both builds), and `standaloneEnglish`, `embedEnglish`
 * (the default build's pages in English, which fetch the English file; the full build has
 * English compiled in). A file this does not know is counted on every page.
 */
export function pageFiles(names) {
  const app = names.filter((n) => !COPY.has(extname(n)) && !DATA.has(extname(n)));
  const page = (build, standalone) =>
    app.filter((n) => {
      if (buildOf(n) !== "both") return build.includes(buildOf(n));
      return standalone ? !EMBED_ONLY(n) : !STANDALONE_ONLY(n);
    });
  return {
    standalone: page(["default"], true),
    embed: page(["default"], false),
    embedFull: page(["full"], false),
    standaloneFull: page(["default", "full"], true),
    standaloneEnglish: page(["default", "english"], true),
    embedEnglish: page(["default", "english"], false),
  };
}

/** Every file under `dir`, as paths relative to it (hidden folders skipped). */
function listFiles(dir, prefix = "") {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) return name.startsWith(".") ? [] : listFiles(dir, path);
    return [path];
  });
}

// Run as a script (not imported by a test): the report.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) report();

function report() {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const budgetKb = option("--budget-kb", 200);
  const fullBudgetKb = option("--full-budget-kb", 223);

  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const br = (b) =>
    brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
  const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";

  const rows = [];
  const data = [];
  for (const name of listFiles(dir)) {
    if (COPY.has(extname(name))) continue;
    const p = join(dir, name);
    const b = readFileSync(p);
    // What a brotli-capable browser receives: the precompressed copy when there is one.
    const served = statSync(p + ".br", { throwIfNoEntry: false })?.size ?? b.length;
    const row = { name, raw: b.length, gzip: gz(b), brotli: br(b), served };
    (DATA.has(extname(name)) ? data : rows).push(row);
  }
  rows.sort((a, b) => b.raw - a.raw);
  const kbText = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${"file".padEnd(44)} ${"page".padEnd(8)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
  // Whose file it is: a build's, English, only the standalone page's or an embed's, or both's.
  const owner = (n) => (buildOf(n) !== "both" ? buildOf(n) : STANDALONE_ONLY(n) ? "index" : EMBED_ONLY(n) ? "embed" : "both");
  for (const r of rows) console.log(`${r.name.padEnd(44)} ${owner(r.name).padEnd(8)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  const sum = (list, k) => list.reduce((s, r) => s + r[k], 0);
  const line = (label, list) => console.log(`${label.padEnd(53)} ${kb(sum(list, "raw"))} ${kb(sum(list, "gzip"))} ${kb(sum(list, "brotli"))}`);
  line("all files (excluding data files)", rows);
  for (const r of data) console.log(`${("data: " + r.name).padEnd(53)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  // What each kind of page downloads.
  const files = pageFiles(rows.map((r) => r.name));
  const pages = [
    { name: "standalone page (default build)", files: files.standalone, budget: budgetKb },
    { name: "embedded widget (default build)", files: files.embed, budget: budgetKb },
    { name: "embedded pack or kiosk widget (full build)", files: files.embedFull, budget: fullBudgetKb },
  ];
  for (const page of pages) page.rows = rows.filter((r) => page.files.includes(r.name));
  for (const page of pages) line(page.name, page.rows);
  // A standalone pack or kiosk page (index.html) gets both builds: the page preloads the
  // default one before any script reads the URL. Reported, not budgeted.
  line("standalone pack or kiosk page (both builds)", rows.filter((r) => files.standaloneFull.includes(r.name)));
  // In English, the default build's pages fetch the English file too. Reported.
  line("standalone page in English (+ i18n/)", rows.filter((r) => files.standaloneEnglish.includes(r.name)));
  line("embedded widget in English (+ i18n/)", rows.filter((r) => files.embedEnglish.includes(r.name)));
  const served = (list) => list.reduce((s, r) => s + r.served, 0);
  console.log(
    `served with dist/'s .br copies (Accept-Encoding: br): standalone page ${kbText(served(pages[0].rows))}, ` +
      `embedded widget ${kbText(served(pages[1].rows))}, full-build widget ${kbText(served(pages[2].rows))}, data ${kbText(served(data))}` +
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
}
