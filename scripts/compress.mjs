// Precompressed copies (brotli `.br`, gzip `.gz`) beside every compressible file of a
// folder, for servers that send them (tests/e2e/server.mjs, nginx brotli_static/gzip_static,
// Caddy precompressed). Used by the build (scripts/post-build.mjs) and by scripts/pack.
//
//   node scripts/compress.mjs DIR [--quality N]     (brotli quality, default 11)
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// Only formats that compress (images like PNG already are compressed); `.smpk` is a pack
// shard (docs/PACKS.md).
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt", ".xml", ".smpk"]);
// A copy that saves under 5% is not kept (tiny files, where the format's own header eats
// the gain): servers then send the plain file, as they do for any file without a copy.
const MIN_SAVING = 0.05;

export function compressAll(dir, quality = 11) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      compressAll(path, quality);
      continue;
    }
    if (!COMPRESSIBLE.has(extname(name))) continue;
    const raw = readFileSync(path);
    const copies = {
      // The same settings as scripts/size.mjs, so the budget measures what is served.
      ".br": brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }),
      ".gz": gzipSync(raw, { level: 9 }),
    };
    for (const [suffix, bytes] of Object.entries(copies)) {
      if (bytes.length <= raw.length * (1 - MIN_SAVING)) writeFileSync(path + suffix, bytes);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, flag, q] = process.argv.slice(2);
  if (!dir) throw new Error("usage: node scripts/compress.mjs DIR [--quality N]");
  compressAll(dir, flag === "--quality" ? Number(q) : 11);
}
