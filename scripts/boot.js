// SkillMatch's standalone page loader — written into dist/boot.js by scripts/post-build.mjs,
// which bundles in choose-build.js and fills in the hashed file names. An external module,
// so the page runs under the strict CSP (no inline script). It runs the default build, or
// the full one for a pack or a kiosk, relative to its own URL (index.html preloads the
// default build's files, before any script can read the URL: a pack or kiosk page fetches
// them too), and registers the service worker (the standalone page only; embeds never do).
import { needsFull } from "./choose-build.js";

const params = new URLSearchParams(location.search);
const full = needsFull(params.getAll("data"), params.get("kiosk"), location.href);
const [js, wasm] = full ? ["./__FULL_JS__", "./__FULL_WASM__"] : ["./__JS__", "./__WASM__"];
// index.html pins the default build's glue by SRI (its modulepreload); the full build's is
// pinned here the same way, by a modulepreload the import below then uses, and its wasm by
// the fetch's integrity.
if (full) {
  const pin = document.createElement("link");
  pin.rel = "modulepreload";
  pin.href = new URL(js, import.meta.url).href;
  pin.integrity = "__FULL_JS_SRI__";
  document.head.append(pin);
}
if ("serviceWorker" in navigator) {
  navigator.serviceWorker
    .register("./sw.js")
    // The worker installs the default build only; a page on the full build asks it to keep
    // that one too, so the page works offline after this first visit.
    .then(() => full && navigator.serviceWorker.ready.then((r) => r.active?.postMessage("cache-full")))
    .catch(() => {});
  // A worker that takes over later (the site updated) is asked again.
  if (full) navigator.serviceWorker.addEventListener("controllerchange", () => navigator.serviceWorker.controller?.postMessage("cache-full"));
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
// The wasm's download starts beside the glue's, not once the glue is in (on the default
// page both were preloaded: this fetch is answered by the preload).
const response = fetch(new URL(wasm, import.meta.url), full ? { integrity: "__FULL_WASM_SRI__" } : {});
const { default: init } = await import(js);
await init({ module_or_path: response });
