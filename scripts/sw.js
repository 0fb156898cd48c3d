// SkillMatch's service worker — written into dist/sw.js by scripts/post-build.mjs, which
// fills in the lists of files (Trunk's names are hashed, so the lists are made after the
// build, never by hand). Registered only by the standalone page (boot.js).
//
// App shell: cache first. The install keeps the default build; the full build (a pack's or
// a kiosk's page) joins the shell when a page running it says so (boot.js), so a worker on
// a weak network never downloads it for nothing, and a kiosk works offline after its first
// visit (and after updates: a new worker keeps the full build when the old one had it).
// Feeds (JSON): network first; when the network fails, the last good copy is served with `x-skillmatch-stale: 1`, and the app says it may be out of date.
const VERSION = "__VERSION__";
const SHELL = __SHELL__;
const FULL = __FULL__;
const SHELL_CACHE = `skillmatch-shell-${VERSION}`;
const FEED_CACHE = "skillmatch-feeds";

self.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

/**
 * The default build's files; and the full build's too when the worker this one replaces had
 * kept its own (a kiosk's or a pack's page): activating deletes the old cache, and such a
 * page must still start offline after the site is updated.
 */
async function install() {
  const cache = await caches.open(SHELL_CACHE);
  await cache.addAll(SHELL);
  if (await fullKeptBefore()) await cache.addAll(FULL);
}

async function fullKeptBefore() {
  for (const key of await caches.keys()) {
    if (!key.startsWith("skillmatch-shell-") || key === SHELL_CACHE) continue;
    const requests = await (await caches.open(key)).keys();
    if (requests.some((r) => new URL(r.url).pathname.includes("/skillmatch-full-"))) return true;
  }
  return false;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("skillmatch-shell-") && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "cache-full") event.waitUntil(keepFull());
});

/** The full build's files in the shell cache, fetching only those not there yet. */
async function keepFull() {
  const cache = await caches.open(SHELL_CACHE);
  const missing = [];
  for (const file of FULL) if (!(await cache.match(file))) missing.push(file);
  await cache.addAll(missing);
}

async function stale(response) {
  const headers = new Headers(response.headers);
  headers.set("x-skillmatch-stale", "1");
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function feed(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(FEED_CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = (await caches.match(request, { cacheName: FEED_CACHE })) ?? (await caches.match(request, { ignoreSearch: true }));
    if (cached) return stale(cached);
    throw error;
  }
}

async function shell(request) {
  const cached = await caches.match(request, { ignoreSearch: request.mode === "navigate" });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    // Offline navigation to a URL with parameters: the app shell is index.html.
    if (request.mode === "navigate") {
      const index = await caches.match(new URL("./index.html", self.registration.scope).href);
      if (index) return index;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(url.pathname.endsWith(".json") ? feed(request) : shell(request));
});
