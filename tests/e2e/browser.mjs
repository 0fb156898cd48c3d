// Shared set-up for the journeys: Debian's Chromium driven by playwright-core, a fresh
// profile per test, console and page errors collected so a test can fail on them.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { serve, CSP } from "./server.mjs";

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

/**
 * Resolves once `check()` resolves true, polling every 100 ms for up to 15 s. (Playwright's
 * waitForFunction takes an async predicate's promise for a true answer and returns at once.)
 */
export async function until(check) {
  for (let waited = 0; waited < 15000; waited += 100) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out waiting");
}

/** In the page: whether a service worker is ready and controls the page. */
export async function controlled() {
  await navigator.serviceWorker.ready;
  return navigator.serviceWorker.controller !== null;
}

/** The paths of the files in the service worker's shell caches. */
export const shellFiles = (page) =>
  page.evaluate(async () => {
    const files = [];
    for (const key of (await caches.keys()).filter((k) => k.startsWith("skillmatch-shell-"))) {
      for (const request of await (await caches.open(key)).keys()) files.push(new URL(request.url).pathname);
    }
    return files;
  });

/**
 * A server of dist/ of its own whose sw.js can change: `deploy(context)` serves the same
 * build under another version, as a new deploy's worker would be (the version names its
 * shell cache), and returns once that worker has taken over and the old cache is gone,
 * with the files its cache holds. The context's pages should be away from the app first.
 */
export async function deployable() {
  let updated = false;
  const worker = readFileSync(join("dist", "sw.js"), "utf8");
  const version = worker.match(/VERSION="([0-9a-f]{16})"/)?.[1];
  if (!version) throw new Error("sw.js states no version");
  const handlers = {
    "/sw.js": (req, res) => {
      res.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-cache", "content-security-policy": CSP });
      res.end(updated ? worker.replace(`VERSION="${version}"`, 'VERSION="next"') : worker);
    },
  };
  const server = await serve({ root: "dist", handlers });
  return {
    url: server.url,
    close: () => server.close(),
    async deploy(context) {
      updated = true;
      const other = await context.newPage();
      await other.goto(server.url + "sw.js");
      await other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await until(() =>
        other.evaluate(async () => {
          const shells = (await caches.keys()).filter((k) => k.startsWith("skillmatch-shell-"));
          return shells.length === 1 && shells[0] === "skillmatch-shell-next";
        }),
      );
      const files = await shellFiles(other);
      await other.close();
      return files;
    },
  };
}
