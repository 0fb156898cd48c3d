// Precompressed serving: the release build carries .br and .gz copies that decode to the
// very bytes of each file, the server picks the one the request accepts (with the right
// headers, the CSP still on), and the browser runs the app from them. Byte checks only:
// how much faster the page loads is measured by scripts/bench-lighthouse, not here.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { request } from "node:http";
import { extname, join, relative } from "node:path";
import { promisify } from "node:util";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { CSP, accepts, serve } from "./server.mjs";
import { start, openPage, resultCount, PHONE } from "./browser.mjs";

const DIST = join(process.cwd(), "dist");
const DECODE = { br: brotliDecompressSync, gzip: gunzipSync };
const SUFFIX = { br: ".br", gzip: ".gz" };
// The files every first visit needs: each must have both copies.
const MUST = [/^index\.html$/, /^skillmatch-[0-9a-f]+_bg\.wasm$/, /^skillmatch-[0-9a-f]+\.js$/, /^main-[0-9a-f]+\.css$/, /^boot\.js$/, /^data\/default-feed\.json$/];

/** Every file of dist/ but the copies, as paths relative to dist/ with forward slashes. */
function plainFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return plainFiles(p);
    return /\.(br|gz)$/.test(name) ? [] : [relative(DIST, p).split("\\").join("/")];
  });
}
const exists = (p) => statSync(p, { throwIfNoEntry: false }) !== undefined;

/** GET without any decoding: status, headers and the body exactly as sent. */
function get(url, acceptEncoding, more = {}) {
  return new Promise((ok, fail) => {
    const headers = { ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }), ...more };
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", fail)
      .end();
  });
}

let server;
before(async () => {
  server = await serve({ root: "dist" });
});
after(async () => {
  await server?.close();
});

test("Accept-Encoding is read with its q-values and *", () => {
  assert.ok(accepts("gzip, deflate, br, zstd", "br"));
  assert.ok(accepts("GZIP", "gzip"));
  assert.ok(!accepts("gzip", "br"));
  assert.ok(!accepts("br;q=0, gzip", "br"));
  assert.ok(accepts("br;q=0.5", "br"));
  assert.ok(accepts("*", "br"));
  assert.ok(!accepts("*, br;q=0", "br"));
  assert.ok(!accepts("*;q=0", "gzip"));
  assert.ok(!accepts(undefined, "gzip"));
  assert.ok(!accepts("identity", "gzip"));
});

test("the build has .br and .gz copies that decode to the same bytes", () => {
  const files = plainFiles();
  for (const pattern of MUST) {
    const name = files.find((f) => pattern.test(f));
    assert.ok(name, `no file matching ${pattern} in dist/`);
    for (const suffix of [".br", ".gz"]) assert.ok(exists(join(DIST, name + suffix)), `${name}${suffix} missing`);
  }
  let copies = 0;
  for (const name of files) {
    const plain = readFileSync(join(DIST, name));
    for (const [encoding, suffix] of Object.entries(SUFFIX)) {
      const path = join(DIST, name + suffix);
      if (!exists(path)) continue;
      const copy = readFileSync(path);
      assert.ok(copy.length < plain.length, `${name}${suffix} is not smaller`);
      assert.ok(DECODE[encoding](copy).equals(plain), `${name}${suffix} does not decode to ${name}`);
      copies++;
    }
  }
  assert.ok(copies >= MUST.length * 2);
  // A copy without its plain file would be served to nobody (or to the wrong request).
  for (const copy of readdirSync(DIST, { recursive: true }).filter((f) => /\.(br|gz)$/.test(f))) {
    assert.ok(exists(join(DIST, copy.replace(/\.(br|gz)$/, ""))), `${copy} has no plain file`);
  }
});

test("the service worker caches plain files only, and the size report counts no copies", async () => {
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  // sw.js is minified (`const VERSION="…",SHELL=[…],…`): spacing and separator may vary.
  const shell = JSON.parse(sw.match(/\bSHELL\s*=\s*(\[.*?\])\s*[;,]/)[1]);
  assert.ok(shell.length > 5 && shell.some((f) => f.endsWith(".wasm")), sw);
  assert.deepEqual(shell.filter((f) => /\.(br|gz)$/.test(f)), []);

  const { stdout } = await promisify(execFile)(process.execPath, ["scripts/size.mjs", "dist", "--budget-kb", "100000"]);
  assert.doesNotMatch(stdout, /^\S+\.(br|gz)\s/m, stdout);
  assert.match(stdout, /served with dist\/'s \.br copies/);
});

test("the server sends brotli, else gzip, else the plain file, each with type, Vary and CSP", async () => {
  const cases = [
    ["gzip, deflate, br, zstd", "br"], // Chromium's header
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.8", "gzip"],
    ["identity", undefined],
    [undefined, undefined],
  ];
  const names = plainFiles().filter((f) => exists(join(DIST, f + ".br")) || exists(join(DIST, f + ".gz")));
  const types = { ".html": /^text\/html/, ".js": /^text\/javascript/, ".css": /^text\/css/, ".wasm": /^application\/wasm$/, ".json": /^application\/json/, ".webmanifest": /^application\/manifest\+json$/, ".svg": /^image\/svg\+xml$/, ".txt": /^text\/plain; charset=utf-8$/ };
  for (const name of names) {
    const plain = readFileSync(join(DIST, name));
    for (const [acceptEncoding, wanted] of cases) {
      const res = await get(server.url + name, acceptEncoding);
      const what = `${name} with Accept-Encoding ${acceptEncoding}`;
      assert.equal(res.status, 200, what);
      // A file may lack one copy (compression saved too little): the next one, or plain.
      const expected = [wanted, "gzip", undefined].find((e) => e === undefined || (accepts(acceptEncoding, e) && exists(join(DIST, name + SUFFIX[e]))));
      assert.equal(res.headers["content-encoding"], expected, what);
      assert.equal(res.headers.vary, "Accept-Encoding", what);
      assert.match(res.headers["content-type"], types[extname(name)], what);
      assert.equal(res.headers["content-security-policy"], CSP, what);
      assert.equal(Number(res.headers["content-length"]), res.body.length, what);
      const decoded = expected ? DECODE[expected](res.body) : res.body;
      assert.ok(decoded.equals(plain), `${what}: decodes to other bytes`);
    }
  }
  // The page itself ("/") is index.html's copy.
  const root = await get(server.url, "br");
  assert.equal(root.headers["content-encoding"], "br");
  assert.ok(brotliDecompressSync(root.body).equals(readFileSync(join(DIST, "index.html"))));
});

test("hashed files are cached for good, the others revalidated by ETag per encoding", async () => {
  const wasm = plainFiles().find((f) => f.endsWith(".wasm"));
  assert.match((await get(server.url + wasm, "br")).headers["cache-control"], /immutable/);
  for (const name of ["index.html", "boot.js", "sw.js", "data/default-feed.json"]) {
    const br = await get(server.url + name, "br");
    const gzip = await get(server.url + name, "gzip");
    assert.equal(br.headers["cache-control"], "no-cache", name);
    assert.ok(br.headers.etag && gzip.headers.etag && br.headers.etag !== gzip.headers.etag, `${name}: one ETag per encoding`);
    const again = await get(server.url + name, "br", { "if-none-match": br.headers.etag });
    assert.equal(again.status, 304, name);
    assert.equal(again.body.length, 0, name);
    assert.equal(again.headers["content-security-policy"], CSP, name);
    const other = await get(server.url + name, "gzip", { "if-none-match": br.headers.etag });
    assert.equal(other.status, 200, `${name}: the br ETag does not validate the gzip body`);
  }
});

test("without copies (or with them switched off) the plain file is sent, with no Vary", async () => {
  const wasm = plainFiles().find((f) => f.endsWith(".wasm"));
  const fixtures = join(process.cwd(), "tests", "e2e", "fixtures");
  const fixture = readdirSync(fixtures).find((f) => f.endsWith(".json"));
  const plain = await serve({ root: "dist", precompressed: false });
  const mounted = await serve({ root: "dist", mounts: { "/fixtures/": fixtures } });
  try {
    for (const [url, file] of [
      [plain.url + wasm, join(DIST, wasm)],
      [mounted.url + "fixtures/" + fixture, join(fixtures, fixture)],
    ]) {
      const res = await get(url, "br, gzip");
      assert.equal(res.headers["content-encoding"], undefined, url);
      assert.equal(res.headers.vary, undefined, url);
      assert.ok(res.body.equals(readFileSync(file)), url);
    }
  } finally {
    await plain.close();
    await mounted.close();
  }
});

test("Chromium runs the app from the brotli copies", async () => {
  const env = await start();
  try {
    const { page, context, errors } = await openPage(env.browser, PHONE);
    const encodings = new Map();
    page.on("response", async (r) => encodings.set(new URL(r.url()).pathname, await r.headerValue("content-encoding")));
    await page.goto(env.url);
    await page.locator("[data-job-id]").first().waitFor();
    assert.ok((await resultCount(page)) > 0);
    const sent = (pattern) => [...encodings].find(([path]) => pattern.test(path))?.[1];
    for (const pattern of [/\/$/, /_bg\.wasm$/, /skillmatch-[0-9a-f]+\.js$/, /\.css$/, /boot\.js$/, /default-feed\.json$/]) {
      assert.equal(sent(pattern), "br", `${pattern}: ${JSON.stringify([...encodings])}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await env.close();
  }
});
