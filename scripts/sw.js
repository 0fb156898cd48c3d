// SkillMatch's service worker — written into dist/sw.js by scripts/post-build.mjs, which
// fills in the lists of files (Trunk's names are hashed, so the lists are made after the
// build, never by hand). Registered only by the standalone page (boot.js).
//
// App shell: cache first. The install keeps the default build; the full build (a pack's or
// a kiosk's page) joins the shell when a page running it says so (boot.js), so a worker on
// a weak network never downloads it for nothing, and a kiosk works offline after its first
// visit (and after updates: a new worker keeps the full build when the old one had it).
// English (i18n/en-<hash>.txt, which the default build fetches only when English is used):
// kept in the shell cache once a page fetched it, so English works offline for a worker who
// used it, and a zh-only worker never downloads it; a new worker keeps it when the old one
// had it, as with the full build.
// Feeds (JSON): network first; when the network fails, the last good copy is served with `x-skillmatch-stale: 1`, and the app says it may be out of date.
const VERSION = "__VERSION__";
const SHELL = __SHELL__;
const FULL = __FULL__;
const ENGLISH = "__EN__";
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
  const kept = await keptBefore();
  if (kept.has("full")) await cache.addAll(FULL);
  if (kept.has("english")) await cache.add(ENGLISH);
}

/** Which of the files kept on demand ("full", "english") an older worker's cache holds. */
async function keptBefore() {
  const kept = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith("skillmatch-shell-") || key === SHELL_CACHE) continue;
    for (const r of await (await caches.open(key)).keys()) {
      const path = new URL(r.url).pathname;
      if (path.includes("/skillmatch-full-")) kept.add("full");
      if (path.includes("/i18n/")) kept.add("english");
    }
  }
  return kept;
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
  if (event.data === "cache-full") event.waitUntil(keep(FULL));
  // The page fetched English before this worker controlled it (a first visit).
  if (event.data === "cache-english") event.waitUntil(keep([ENGLISH]));
});

/** `files` in the shell cache, fetching only those not there yet. */
async function keep(files) {
  const cache = await caches.open(SHELL_CACHE);
  const missing = [];
  for (const file of files) if (!(await cache.match(file))) missing.push(file);
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

async function shell(request, keep) {
  const cached = await caches.match(request, { ignoreSearch: request.mode === "navigate" });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    // English joins the shell the first time a page uses it.
    if (keep && response.ok) await (await caches.open(SHELL_CACHE)).put(request, response.clone());
    return response;
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
  event.respondWith(url.pathname.endsWith(".json") ? feed(request) : shell(request, url.pathname.includes("/i18n/")));
});
