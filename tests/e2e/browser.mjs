// Shared set-up for the journeys: Debian's Chromium driven by playwright-core, a fresh
// profile per test, console and page errors collected so a test can fail on them.
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "./server.mjs";

export const SHOTS = join(process.cwd(), "test-output", "screenshots");
/** Feeds the tests write at run time (served under /generated/). */
export const GENERATED = join(process.cwd(), "test-output", "generated");
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

// Exported for the benchmarks, which launch the same way.
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Endpoints no static file can imitate: a body streamed without Content-Length. */
const HOSTILE = {
  // 20 MB of job records, chunked: the size limit must hold while streaming.
  "/hostile/stream.json": (req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const record = JSON.stringify({ id: "S", title: "流水线普工".repeat(20) }) + ",";
    const chunk = record.repeat(Math.ceil(65536 / record.length));
    let sent = 0;
    res.write('{"jobs":[');
    const more = () => {
      while (sent < 20 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return res.once("drain", more);
      }
      res.end('{"id":"last","title":"末"}]}');
    };
    res.on("error", () => {});
    more();
  },
};

/** Starts the server on dist/ and a browser; returns helpers and a `close`. */
export async function start() {
  await mkdir(SHOTS, { recursive: true });
  await mkdir(GENERATED, { recursive: true });
  const mounts = {
    "/fixtures/": join(process.cwd(), "tests", "e2e", "fixtures"),
    "/generated/": GENERATED,
    "/examples/": join(process.cwd(), "examples"),
    // dist/ again under a sub-path: the build must not assume the server root.
    "/sub/path/": join(process.cwd(), "dist"),
  };
  const server = await serve({ root: "dist", mounts, handlers: HOSTILE });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new page that records every console error, page error and CSP violation; `options` go
 * to the context (`serviceWorkers: "block"` for a test that routes the page's requests,
 * which a service worker's own fetches would bypass).
 */
export async function openPage(browser, device, locale = "zh-CN", options = {}) {
  const context = await browser.newContext({ ...device, locale, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, context, errors };
}

/** The number in the role=status result count. */
export async function resultCount(page) {
  const text = await page.getByRole("status").first().textContent();
  const m = text.replace(/,/g, "").match(/\d+/);
  if (!m) throw new Error(`no number in result count: ${text}`);
  return Number(m[0]);
}
