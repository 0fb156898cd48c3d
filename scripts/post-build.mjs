// Trunk post-build hook (see Trunk.toml). Trunk's own loader is an inline <script>, which
// the strict CSP blocks, so this writes boot.js — an external module that streams the
// hashed wasm relative to its own URL — and pins it in index.html by SRI hash. It also
// writes embed.js, the stable-named module host pages load (template: scripts/embed.js).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by trunk: TRUNK_STAGING_DIR is not set");
const files = readdirSync(dir);
const js = files.find((f) => /^skillmatch-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^skillmatch-[0-9a-f]+_bg\.wasm$/.test(f));
const css = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!js || !wasm || !css) throw new Error(`build outputs not found in ${dir}: ${files.join(", ")}`);

const boot = `// Written by scripts/post-build.mjs: loads SkillMatch relative to this file.
import init from "./${js}";
await init({ module_or_path: new URL("./${wasm}", import.meta.url) });
`;
writeFileSync(join(dir, "boot.js"), boot);

const template = readFileSync(new URL("./embed.js", import.meta.url), "utf8");
const embed = template.replaceAll("__JS__", js).replaceAll("__WASM__", wasm).replaceAll("__CSS__", css);
if (/__[A-Z]+__/.test(embed)) throw new Error("embed.js template has an unknown placeholder");
writeFileSync(join(dir, "embed.js"), embed);

const sri = (name) => "sha384-" + createHash("sha384").update(readFileSync(join(dir, name))).digest("base64");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
// The rust asset's placeholder link is left behind when inject_scripts is off.
html = html.replace(/<link[^>]*data-trunk-id[^>]*>/g, "");
const tags =
  `<link rel="modulepreload" href="./${js}" integrity="${sri(js)}">` +
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>` +
  `<script type="module" src="./boot.js" integrity="${sri("boot.js")}"></script>`;
const before = html;
html = html.replace(/<script[^>]*src="?\.\/boot\.js"?[^>]*><\/script>/, tags);
if (html === before) throw new Error("index.html has no boot.js script tag to replace");
writeFileSync(htmlPath, html);
