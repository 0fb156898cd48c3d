// Trunk post-build hook (see Trunk.toml). Trunk builds the app twice (index.html): the
// default build and the full one (packs, the kiosk's QR codes). Trunk's own loader is an
// inline <script>, which the strict CSP blocks, so this writes boot.js (from scripts/boot.js)
// — an external module that runs one of the builds, streaming its hashed wasm relative to
// its own URL — and pins it in index.html by SRI hash. It also writes embed.js, the
// stable-named module host pages load (from scripts/embed.js); both choose a build by
// scripts/choose-build.js, bundled into each (with scripts/load-build.js, which pins each
// build's files by SRI, and scripts/loading-notice.js).
// The wasm's imports and exports, and the glue's names for them, get short names (scripts/wasm-names.mjs).
// Every script and the stylesheet are minified (esbuild, pinned in package-lock.json)
// before any hash of them is taken, and index.html loses its comments and indentation.
// Last, it writes brotli and gzip copies beside every text and wasm file, for servers that
// send precompressed files (tests/e2e/server.mjs, nginx gzip_static, Caddy precompressed).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compressAll } from "./compress.mjs";
import { shortenExports, shortenImports } from "./wasm-names.mjs";

// Trunk's own `minify` is off (Trunk.toml): its JS minifier (minify-js 0.5) gives up on the
// wasm-bindgen glue's `export default` and is known to drop getters, and its HTML
// minifier would run before this hook rewrites index.html. esbuild minifies here instead.
let esbuild;
try {
  esbuild = await import("esbuild");
} catch (error) {
  throw new Error(`esbuild is missing (run scripts/setup): ${error.message}`);
}

/** esbuild's minified `code` (a loader's source text); throws on any syntax it cannot read. */
function minify(code, loader, format) {
  return esbuild.transformSync(code, {
    loader,
    minify: true,
    // ESM: top-level names are private to the module, so they may be renamed too; a classic
    // script (sw.js) keeps its top-level names, which would be globals.
    format,
    // Never newer syntax than the sources' own (embed.js already uses ES2022 class fields).
    target: "es2022",
    // JS modules are always decoded as UTF-8, so "正在加载…" stays text rather than \u
    // escapes. CSS keeps esbuild's ASCII escapes: a host page of another encoding decodes
    // the embed's stylesheet by its own charset.
    charset: loader === "css" ? "ascii" : "utf8",
    legalComments: "none",
  }).code;
}

/**
 * Minifies Trunk's hashed file `name` into a file named by the hash of the minified bytes,
 * and returns that name. The server lets browsers cache hashed names for good
 * (tests/e2e/server.mjs), so other bytes need another name: under the old one, a browser
 * holding the unminified file would keep it, and fail the SRI check of the new page.
 */
function minifyHashed(name, loader, format) {
  const out = minify(readFileSync(join(dir, name), "utf8"), loader, format);
  const hash = createHash("sha256").update(out).digest("hex").slice(0, 16);
  const hashed = name.replace(/-[0-9a-f]+(\.[a-z]+)$/, `-${hash}$1`);
  rmSync(join(dir, name));
  writeFileSync(join(dir, hashed), out);
  return hashed;
}

/**
 * Bundles the loader `source` (scripts/boot.js or scripts/embed.js, which import
 * choose-build.js, load-build.js and loading-notice.js) and minifies it, then fills in the hashed names `names` gives for its
 * placeholders (`"./__JS__"` and the like: strings esbuild leaves as they are).
 */
function loader(source, names) {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [new URL(source, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
  });
  const out = outputFiles[0].text.replace(/__([A-Z_]+)__/g, (placeholder, key) => {
    if (!(key in names)) throw new Error(`${source} has an unknown placeholder ${placeholder}`);
    return names[key];
  });
  for (const key of Object.keys(names)) if (!outputFiles[0].text.includes(`__${key}__`)) throw new Error(`${source} lacks __${key}__`);
  return out;
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by trunk: TRUNK_STAGING_DIR is not set");
const files = readdirSync(dir);

/**
 * One build's glue and wasm as Trunk wrote them (`stem-<hash>.js` and `stem-<hash>_bg.wasm`,
 * or without the hash for the build Trunk makes as a "worker": see index.html), given short
 * import and export names, minified, and named `stem-<hash of the final bytes>`.
 */
function build(stem) {
  const js = files.find((f) => new RegExp(`^${stem}(-[0-9a-f]+)?\\.js$`).test(f));
  const wasm = files.find((f) => new RegExp(`^${stem}(-[0-9a-f]+)?_bg\\.wasm$`).test(f));
  if (!js || !wasm) throw new Error(`${stem}'s build outputs not found in ${dir}: ${files.join(", ")}`);
  // Short import and export names in the wasm and the glue, before the glue is minified.
  const imported = shortenImports(readFileSync(join(dir, wasm)), readFileSync(join(dir, js), "utf8"));
  const short = shortenExports(imported.wasm, imported.js);
  rmSync(join(dir, js));
  rmSync(join(dir, wasm));
  return {
    // V8's explicit compile hint: most of the glue runs at start, so compile all of it on a
    // background thread while the file streams in, rather than each function on the main
    // thread at its first call (Chromium 136+; other browsers read a comment).
    js: writeHashed(stem, ".js", "//# allFunctionsCalledOnLoad\n" + minify(short.js, "js", "esm")),
    wasm: writeHashed(stem, "_bg.wasm", short.wasm),
    trunk: [js, wasm],
  };
}

/** Writes `bytes` as `stem-<hash><suffix>` and returns that name (see minifyHashed). */
function writeHashed(stem, suffix, bytes) {
  const name = `${stem}-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}${suffix}`;
  writeFileSync(join(dir, name), bytes);
  return name;
}

const lite = build("skillmatch");
const full = build("skillmatch-full");
const { js, wasm } = lite;
const trunkCss = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!trunkCss) throw new Error(`the stylesheet is not in ${dir}: ${files.join(", ")}`);
const css = minifyHashed(trunkCss, "css");

// English (src/i18n/file.rs), copied by Trunk as i18n/en.txt: named by the fingerprint on its
// first line, the name the default build asks for (a new catalogue is a new address).
const enHash = readFileSync(join(dir, "i18n", "en.txt"), "utf8").split("\n", 1)[0];
if (!/^[0-9a-f]{16}$/.test(enHash)) throw new Error(`i18n/en.txt does not start with its fingerprint: ${enHash.slice(0, 40)}`);
const english = `i18n/en-${enHash}.txt`;
renameSync(join(dir, "i18n", "en.txt"), join(dir, english));

const sri = (name) => "sha384-" + createHash("sha384").update(readFileSync(join(dir, name))).digest("base64");
const names = { JS: js, WASM: wasm, FULL_JS: full.js, FULL_WASM: full.wasm };
// Every build file runs pinned by SRI: the default build's glue and wasm by index.html's
// preloads (boot.js's fetch of the wasm carries the same integrity, so the preload answers
// it), the full build's by boot.js; in an embed, all four by embed.js (whose own pin is the
// host page's <script integrity>).
const pins = { JS_SRI: sri(js), WASM_SRI: sri(wasm), FULL_JS_SRI: sri(full.js), FULL_WASM_SRI: sri(full.wasm) };
writeFileSync(join(dir, "boot.js"), loader("./boot.js", { ...names, ...pins, EN: english }));
writeFileSync(join(dir, "embed.js"), loader("./embed.js", { ...names, ...pins, CSS: css }));

// The service worker's install list: every file the standalone page runs on the default
// build (index.html last written below, so it is listed by name), versioned by the hashes
// in the names. Not embed.js, which the standalone page never runs (embedding pages get no
// service worker). The full build's two files are kept only once a page runs it (boot.js
// asks): a worker on a weak network never downloads them for nothing.
const listed = ["./", "index.html", "boot.js", js, wasm, css, "manifest.webmanifest", "icon.svg", "data/default-feed.json"];
const relative = (list) => JSON.stringify(list.map((f) => (f === "./" ? f : `./${f}`)));
const version = createHash("sha256").update([...listed, full.js, full.wasm, english].join("\n")).digest("hex").slice(0, 16);
const sw = readFileSync(new URL("./sw.js", import.meta.url), "utf8")
  .replace("__VERSION__", version)
  .replace("__SHELL__", relative(listed))
  .replace("__FULL__", relative([full.js, full.wasm]))
  .replace("__EN__", `./${english}`);
writeFileSync(join(dir, "sw.js"), minify(sw, "js"));

const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
// The rust asset's placeholder link is left behind when inject_scripts is off.
html = html.replace(/<link[^>]*data-trunk-id[^>]*>/g, "");
// Trunk linked the stylesheet by its own name, pinned by the hash of the unminified bytes.
// (Quotes optional, like the boot.js tag's below: an HTML minifier may drop them.)
const styles = new RegExp(`<link[^>]*href="?\\./${trunkCss.replace(".", "\\.")}"?[^>]*>`);
if (!styles.test(html)) throw new Error(`index.html has no link to ${trunkCss}`);
html = html.replace(styles, `<link rel="stylesheet" href="./${css}" integrity="${sri(css)}">`);
const tags =
  `<link rel="modulepreload" href="./${js}" integrity="${sri(js)}">` +
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin integrity="${sri(wasm)}">` +
  // The default feed is fetched once the wasm runs; asking for it now overlaps the two.
  `<link rel="preload" href="./data/default-feed.json" as="fetch" type="application/json" crossorigin>` +
  `<script type="module" src="./boot.js" integrity="${sri("boot.js")}"></script>`;
const before = html;
html = html.replace(/<script[^>]*src="?\.\/boot\.js"?[^>]*><\/script>/, tags);
if (html === before) throw new Error("index.html has no boot.js script tag to replace");
// Comments and the whitespace between tags (the source's indentation) are for people
// reading index.html, not for browsers: about 150 bytes of the brotli copy. The page has
// no <pre> or inline text whose spacing matters.
html = html.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s+</g, "><").trim() + "\n";
if ([...lite.trunk, ...full.trunk, trunkCss].some((f) => html.includes(f))) throw new Error("index.html still names a file this hook replaced");
writeFileSync(htmlPath, html);

// Precompressed copies, written once here rather than on every request: brotli at its
// highest quality is far too slow to run per response, and it is what the size budget
// measures. Must run after every other file is final, index.html included.
compressAll(dir);
