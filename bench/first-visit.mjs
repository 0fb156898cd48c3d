// What a first visit transfers: the standalone page on a phone with an empty cache, served
// by tests/e2e/server.mjs (scripts/serve's server) with and without the precompressed
// copies — every request of the page and of the service worker it installs (which copies
// the app shell into its cache), bytes on the wire as Chromium counts them (body as sent,
// plus headers). Bytes, not time: the figures do not depend on machine load.
//
//   node bench/first-visit.mjs        (needs dist/ built)
import { chromium } from "playwright-core";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { FLAGS, PHONE } from "../tests/e2e/browser.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "test-output", "first-visit.json");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
const results = {};
try {
  for (const precompressed of [false, true]) {
    const server = await serve({ root: join(ROOT, "dist"), precompressed });
    const context = await browser.newContext({ ...PHONE, locale: "zh-CN" });
    const seen = [];
    context.on("requestfinished", (request) => seen.push(request));
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator("[data-job-id]").first().waitFor();
    // The service worker's install (its cache.addAll) must have finished too.
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === "activated");
    await page.waitForTimeout(500);
    const rows = [];
    for (const request of seen) {
      const sizes = await request.sizes();
      const response = await request.response();
      rows.push({
        url: new URL(request.url()).pathname,
        by: request.serviceWorker() ? "service worker" : "page",
        encoding: (await response?.headerValue("content-encoding")) ?? "",
        bodyBytes: sizes.responseBodySize,
        wireBytes: sizes.responseBodySize + sizes.responseHeadersSize,
        fromCache: response?.fromServiceWorker() ?? false,
      });
    }
    const onWire = rows.filter((r) => !r.fromCache);
    const variant = precompressed ? "precompressed" : "plain";
    results[variant] = { rows, totalWireBytes: onWire.reduce((s, r) => s + r.wireBytes, 0), pageWireBytes: onWire.filter((r) => r.by === "page").reduce((s, r) => s + r.wireBytes, 0) };
    console.log(`\n${variant}: first visit ${kb(results[variant].totalWireBytes)} on the wire (page ${kb(results[variant].pageWireBytes)}, service worker ${kb(results[variant].totalWireBytes - results[variant].pageWireBytes)})`);
    for (const r of rows) console.log(`  ${r.by.padEnd(15)} ${r.url.padEnd(42)} ${(r.encoding || "-").padEnd(5)} ${kb(r.wireBytes).padStart(10)}${r.fromCache ? " (answered by the service worker)" : ""}`);
    await context.close();
    await server.close();
  }
} finally {
  await browser.close();
}
await mkdir(join(ROOT, "test-output"), { recursive: true });
await writeFile(OUT, JSON.stringify(results, null, 2));
