// Trunk post-build hook (see Trunk.toml). Trunk's own loader is an inline <script>, which
// the strict CSP blocks, so this writes boot.js — an external module that streams the
// hashed wasm relative to its own URL — and pins it in index.html by SRI hash. It also
// writes embed.js, the stable-named module host pages load (template: scripts/embed.js).
// Last, it writes brotli and gzip copies beside every text and wasm file, for servers that
// send precompressed files (tests/e2e/server.mjs, nginx gzip_static, Caddy precompressed).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compressAll } from "./compress.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by trunk: TRUNK_STAGING_DIR is not set");
const files = readdirSync(dir);
const js = files.find((f) => /^skillmatch-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^skillmatch-[0-9a-f]+_bg\.wasm$/.test(f));
const css = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!js || !wasm || !css) throw new Error(`build outputs not found in ${dir}: ${files.join(", ")}`);

const boot = `// Written by scripts/post-build.mjs: loads SkillMatch relative to this file, and
// registers the service worker (the standalone page only; embeds never do).
import init from "./${js}";
if ("serviceWorker" in navigator) navigator.serviceWorker.register("./sw.js").catch(() => {});
await init({ module_or_path: new URL("./${wasm}", import.meta.url) });
`;
writeFileSync(join(dir, "boot.js"), boot);

const template = readFileSync(new URL("./embed.js", import.meta.url), "utf8");
const embed = template.replaceAll("__JS__", js).replaceAll("__WASM__", wasm).replaceAll("__CSS__", css);
if (/__[A-Z]+__/.test(embed)) throw new Error("embed.js template has an unknown placeholder");
writeFileSync(join(dir, "embed.js"), embed);

// The service worker's cache list: every file of this build (index.html last written below,
// so it is listed by name), versioned by the hashes in the names.
const listed = ["./", "index.html", "boot.js", "embed.js", js, wasm, css, "manifest.webmanifest", "icon.svg", "data/default-feed.json"];
const icon = files.find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f));
if (icon) listed.push(icon);
const version = createHash("sha256").update(listed.join("\n")).digest("hex").slice(0, 16);
const sw = readFileSync(new URL("./sw.js", import.meta.url), "utf8")
  .replace("__VERSION__", version)
  .replace("__SHELL__", JSON.stringify(listed.map((f) => (f === "./" ? f : `./${f}`))));
writeFileSync(join(dir, "sw.js"), sw);

const sri = (name) => "sha384-" + createHash("sha384").update(readFileSync(join(dir, name))).digest("base64");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
// The rust asset's placeholder link is left behind when inject_scripts is off.
html = html.replace(/<link[^>]*data-trunk-id[^>]*>/g, "");
const tags =
  `<link rel="modulepreload" href="./${js}" integrity="${sri(js)}">` +
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>` +
  // The default feed is fetched once the wasm runs; asking for it now overlaps the two.
  `<link rel="preload" href="./data/default-feed.json" as="fetch" type="application/json" crossorigin>` +
  `<script type="module" src="./boot.js" integrity="${sri("boot.js")}"></script>`;
const before = html;
html = html.replace(/<script[^>]*src="?\.\/boot\.js"?[^>]*><\/script>/, tags);
if (html === before) throw new Error("index.html has no boot.js script tag to replace");
writeFileSync(htmlPath, html);

// Precompressed copies, written once here rather than on every request: brotli at its
// highest quality is far too slow to run per response, and it is what the size budget
// measures. Must run after every other file is final, index.html included.
compressAll(dir);
