// Trunk post-build hook (see Trunk.toml). Trunk's own loader is an inline <script>, which
// the strict CSP blocks, so this writes boot.js — an external module that streams the
// hashed wasm relative to its own URL — and pins it in index.html by SRI hash. It also
// writes embed.js, the stable-named module host pages load (template: scripts/embed.js).
// The wasm's imports and exports, and the glue's names for them, get short names (scripts/wasm-names.mjs).
// Every script and the stylesheet are minified (esbuild, pinned in package-lock.json)
// before any hash of them is taken, and index.html loses its comments and indentation.
// Last, it writes brotli and gzip copies beside every text and wasm file, for servers that
// send precompressed files (tests/e2e/server.mjs, nginx gzip_static, Caddy precompressed).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by trunk: TRUNK_STAGING_DIR is not set");
const files = readdirSync(dir);
const trunkJs = files.find((f) => /^skillmatch-[0-9a-f]+\.js$/.test(f));
const trunkWasm = files.find((f) => /^skillmatch-[0-9a-f]+_bg\.wasm$/.test(f));
const trunkCss = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!trunkJs || !trunkWasm || !trunkCss) throw new Error(`build outputs not found in ${dir}: ${files.join(", ")}`);
// Short import and export names in the wasm and the glue, before the glue is minified. The
// wasm's bytes change, so it is named by their hash, for the reason minifyHashed gives.
const imported = shortenImports(readFileSync(join(dir, trunkWasm)), readFileSync(join(dir, trunkJs), "utf8"));
const short = shortenExports(imported.wasm, imported.js);
writeFileSync(join(dir, trunkJs), short.js);
const wasm = trunkWasm.replace(/-[0-9a-f]+_bg\.wasm$/, `-${createHash("sha256").update(short.wasm).digest("hex").slice(0, 16)}_bg.wasm`);
rmSync(join(dir, trunkWasm));
writeFileSync(join(dir, wasm), short.wasm);
const js = minifyHashed(trunkJs, "js", "esm");
const css = minifyHashed(trunkCss, "css");

const boot = `// Written by scripts/post-build.mjs: loads SkillMatch relative to this file, and
// registers the service worker (the standalone page only; embeds never do).
import init from "./${js}";
if ("serviceWorker" in navigator) navigator.serviceWorker.register("./sw.js").catch(() => {});
await init({ module_or_path: new URL("./${wasm}", import.meta.url) });
`;
writeFileSync(join(dir, "boot.js"), minify(boot, "js", "esm"));

const template = readFileSync(new URL("./embed.js", import.meta.url), "utf8");
const embed = template.replaceAll("__JS__", js).replaceAll("__WASM__", wasm).replaceAll("__CSS__", css);
if (/__[A-Z]+__/.test(embed)) throw new Error("embed.js template has an unknown placeholder");
writeFileSync(join(dir, "embed.js"), minify(embed, "js", "esm"));

// The service worker's cache list: every file of this build (index.html last written below,
// so it is listed by name), versioned by the hashes in the names.
const listed = ["./", "index.html", "boot.js", "embed.js", js, wasm, css, "manifest.webmanifest", "icon.svg", "data/default-feed.json"];
const icon = files.find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f));
if (icon) listed.push(icon);
const version = createHash("sha256").update(listed.join("\n")).digest("hex").slice(0, 16);
const sw = readFileSync(new URL("./sw.js", import.meta.url), "utf8")
  .replace("__VERSION__", version)
  .replace("__SHELL__", JSON.stringify(listed.map((f) => (f === "./" ? f : `./${f}`))));
writeFileSync(join(dir, "sw.js"), minify(sw, "js"));

const sri = (name) => "sha384-" + createHash("sha384").update(readFileSync(join(dir, name))).digest("base64");
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
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>` +
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
if ([trunkJs, trunkCss, trunkWasm].some((f) => html.includes(f))) throw new Error("index.html still names a file this hook replaced");
writeFileSync(htmlPath, html);

// Precompressed copies, written once here rather than on every request: brotli at its
// highest quality is far too slow to run per response, and it is what the size budget
// measures. Must run after every other file is final, index.html included.
compressAll(dir);
