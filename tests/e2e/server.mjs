// A small static file server for dist/: correct MIME types (application/wasm, so the
// wasm streams), the strict Content-Security-Policy of the contract on every response,
// loopback only. Used by the Playwright journeys and by scripts/serve.
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
};

/**
 * Serves `root` on 127.0.0.1; resolves to { url, close }. `port` 0 picks a free one.
 * `mounts` maps URL prefixes to other folders (test fixtures), e.g. { "/fixtures/": dir };
 * `handlers` maps exact paths to functions `(req, res)` (the tests' hostile endpoints).
 */
export async function serve({ root, port = 0, csp = true, mounts = {}, handlers = {} } = {}) {
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
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" };
      if (csp) headers["content-security-policy"] = CSP;
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
  const { url } = await serve({ root, port: Number(port) });
  console.log(`SkillMatch is being served at ${url} (Ctrl-C to stop)`);
}
