// SkillMatch's standalone page loader — written into dist/boot.js by scripts/post-build.mjs,
// which bundles in choose-build.js and fills in the hashed file names. An external module,
// so the page runs under the strict CSP (no inline script). It runs the default build, or
// the full one for a pack, a kiosk or a feed known to hold JobPosting data, relative to its
// own URL (index.html preloads the default build's files, before any script can read the
// URL: such a page fetches them too), and registers the service worker (the standalone
// page only; embeds never do). When the default build finds JobPosting data, which only the
// full build reads, it asks to be replaced (`skillmatch:needs-full-build`) and this does so.
import { needsFull, remember } from "./choose-build.js";
import { loadBuild } from "./load-build.js";
import { failedNotice, loadingNotice } from "./loading-notice.js";

const params = new URLSearchParams(location.search);
const full = needsFull(params.getAll("data"), params.get("kiosk"), location.href);

/** Asks the service worker to keep the full build too, so the page works offline. */
function keepFullOffline() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((r) => r.active?.postMessage("cache-full")).catch(() => {});
  // A worker that takes over later (the site updated) is asked again.
  navigator.serviceWorker.addEventListener("controllerchange", () => navigator.serviceWorker.controller?.postMessage("cache-full"));
}

/** Runs the full build in the default one's place (a failed load offers a retry). */
async function handOver() {
  const root = document.getElementById("skillmatch-root");
  root.replaceChildren(loadingNotice());
  try {
    await loadBuild("full", import.meta.url);
    keepFullOffline();
  } catch {
    root.replaceChildren(failedNotice(handOver));
  }
}

if ("serviceWorker" in navigator) {
  // The worker installs the default build only; a page on the full build asks it to keep
  // that one too, so the page works offline after this first visit.
  navigator.serviceWorker
    .register("./sw.js")
    .then(() => full && keepFullOffline())
    .catch(() => {});
  // English fetched by the default build (when used) joins the worker's cache: the worker
  // keeps it itself once it controls the page, but not a fetch made before (a first visit).
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name.includes("/i18n/")))
      navigator.serviceWorker.ready.then((r) => r.active?.postMessage("cache-english"));
  }).observe({ type: "resource", buffered: true });
}
// A page starting in English (by the wasm's rule: `lang=`, else the browser's language, when
// either says zh or en) fetches English beside the wasm, not once the wasm runs (the default
// build; the full one has it compiled in). The wasm's own fetch is then answered by this.
const tag = [params.get("lang"), navigator.language].map((t) => (t ?? "").trim().toLowerCase()).find((t) => /^(zh|en)/.test(t));
if (!full && tag?.startsWith("en")) {
  const english = document.createElement("link");
  english.rel = "preload";
  english.as = "fetch";
  english.crossOrigin = "anonymous";
  english.href = new URL("./__EN__", import.meta.url).href;
  document.head.append(english);
}
// Listening before the app starts: it asks once its feeds are in.
const started = loadBuild(full ? "full" : "default", import.meta.url);
if (!full) {
  document.addEventListener(
    "skillmatch:needs-full-build",
    (event) => {
      event.preventDefault();
      remember(event.detail, location.href);
      // Unmounted once the app's own dispatch has returned, not inside it.
      started.then((page) => setTimeout(() => {
        page.stopPage();
        handOver();
      }));
    },
    { once: true },
  );
}
await started;
