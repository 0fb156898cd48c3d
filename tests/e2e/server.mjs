// A small static file server for dist/: correct MIME types (application/wasm, so the
// wasm streams), the strict Content-Security-Policy of the contract on every response,
// the build's precompressed .br/.gz copies when the browser accepts them (as nginx's
// brotli_static/gzip_static and Caddy's `precompressed` do), hashed files cached for good
// and the rest revalidated by ETag, loopback only. Used by the
// Playwright journeys, scripts/serve and the benchmarks.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

// Precompressed copies scripts/post-build.mjs writes, in the order this server prefers
// them: brotli is the smaller, gzip the one every client has.
const ENCODINGS = [
  ["br", ".br"],
  ["gzip", ".gz"],
];

// Trunk's content-hashed names (skillmatch-<hash>_bg.wasm, main-<hash>.css, …): a new build
// gives new names, so these may be cached for good. Without that, the service worker's
// install would download the wasm a second time on a first visit (its fetches go through
// the HTTP cache, which must revalidate `no-cache` files).
// Pack shards (docs/PACKS.md) and the English file (i18n/en-<hash>.txt) carry their
// checksum in their names the same way.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css|svg|smpk|txt)$/;

/**
 * Whether an Accept-Encoding header allows `encoding`: listed with q > 0, or not listed
 * while `*` is (RFC 9110, 12.5.3). Without the header the plain file is sent: RFC 9110
 * would allow any coding, but clients that decode always send it, and nginx and Caddy
 * send plain files then too.
 */
export function accepts(header, encoding) {
  let star = false;
  for (const part of (header ?? "").toLowerCase().split(",")) {
    const [token, ...params] = part.split(";").map((p) => p.trim());
    const q = params.find((p) => p.startsWith("q="));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (token === encoding) return allowed;
    if (token === "*") star = allowed;
  }
  return star;
}

/**
 * Serves `root` on 127.0.0.1; resolves to { url, close }. `port` 0 picks a free one.
 * `mounts` maps URL prefixes to other folders (test fixtures), e.g. { "/fixtures/": dir };
 * `handlers` maps exact paths to functions `(req, res)` (the tests' hostile endpoints).
 * `precompressed: false` ignores the .br/.gz copies (to measure the difference they make);
 * `headers` are added to every file response (the benchmarks' cross-origin isolation).
 */
export async function serve({ root, port = 0, csp = true, precompressed = true, mounts = {}, handlers = {}, headers: extra = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (handlers[path]) return handlers[path](req, res);
      let base = resolve(root);
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) {
          base = resolve(dir);
          path = "/" + path.slice(prefix.length);
        }
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      // The type is the plain file's, whichever copy is sent.
      const cache = HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
      const headers = { ...extra, "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": cache };
      if (csp) headers["content-security-policy"] = CSP;
      let sent = file;
      if (precompressed) {
        for (const [encoding, suffix] of ENCODINGS) {
          if (!(await stat(file + suffix).catch(() => null))?.isFile()) continue;
          // A file with a copy gets a different body per Accept-Encoding: caches must key
          // on it, even for the response that carries the plain file.
          headers.vary = "Accept-Encoding";
          if (sent === file && accepts(req.headers["accept-encoding"], encoding)) {
            sent = file + suffix;
            headers["content-encoding"] = encoding;
          }
        }
      }
      const info = await stat(sent);
      if (!info.isFile()) throw new Error("not a file");
      // A validator, so `no-cache` files are revalidated (304) rather than sent again: the
      // service worker's install fetches the page, the loader and the feed a second time.
      headers.etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${headers["content-encoding"] ? "-" + headers["content-encoding"] : ""}"`;
      if (req.headers["if-none-match"]?.split(",").some((t) => t.trim().replace(/^W\//, "") === headers.etag)) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = await readFile(sent);
      headers["content-length"] = body.length;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

// `node tests/e2e/server.mjs [dir] [port]` serves until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  // PRECOMPRESSED=0 serves every file as it is (to compare what a plain server transfers).
  const { url } = await serve({ root, port: Number(port), precompressed: process.env.PRECOMPRESSED !== "0" });
  console.log(`SkillMatch is being served at ${url} (Ctrl-C to stop)`);
}
