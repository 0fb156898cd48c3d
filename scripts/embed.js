// SkillMatch for any page — written into dist/embed.js by scripts/post-build.mjs, which
// bundles in choose-build.js and fills in the hashed file names. Defines <skill-match> and
// exports mount(target, options).
//
//   <script type="module" src="https://…/embed.js"></script>
//   <skill-match data="jobs.json" lang="zh-CN"></skill-match>
//
// Each widget lives in its own open shadow root with its own stylesheet link, so host CSS
// and widget CSS cannot reach each other (theme through --sm-* custom properties, which do
// cross). Each widget runs the default build, or the full one when its options name a pack
// or a kiosk, when it reads the host page's JobPosting JSON-LD, or when the default build
// finds JobPosting data in its feeds (it asks, `skillmatch:needs-full-build`, and the widget
// starts again on the full build); each build is loaded once per page, and only when a
// widget needs it. No service worker is registered from here: that is the standalone
// page's choice.
import { needsFull, remember } from "./choose-build.js";
import { loadBuild } from "./load-build.js";
import { failedNotice, loadingNotice } from "./loading-notice.js";

const BASE = import.meta.url;
const STYLES = new URL("./__CSS__", BASE).href;
const DEFAULT_FEED = new URL("./data/default-feed.json", BASE).href;
// Kiosk QR codes open the standalone app, which sits beside this file.
const APP = new URL("./", BASE).href;
const loading = {};
/**
 * The build's module (its `mountWidget`), imported and initialised once per page. A load
 * that failed (the network dropped) is forgotten, so a retry loads it again.
 */
const ready = (build) =>
  (loading[build] ??= loadBuild(build, BASE).catch((error) => {
    delete loading[build];
    throw error;
  }));

/** The build options `o` need: their feed URLs as the widget splits them, kiosk, and the
 * host page's JSON-LD (read when no feed is named). */
function buildFor(o) {
  const { data, kiosk, inline } = widgetOptions(o);
  return needsFull(data.split(/\s+/), kiosk, document.baseURI, inline.length > 0) ? "full" : "default";
}

/** The host page's schema.org JobPosting JSON-LD, as texts. */
function jsonLd() {
  return [...document.querySelectorAll('script[type="application/ld+json"]')]
    .map((s) => s.textContent ?? "")
    .filter((t) => t.includes("JobPosting"));
}

function widgetOptions(o) {
  const profile = typeof o.profile === "object" && o.profile !== null ? JSON.stringify(o.profile) : o.profile ?? "";
  const data = Array.isArray(o.data) ? o.data.join(" ") : o.data ?? "";
  // The page's own address (without its fragment): where its postings without a `url` apply.
  const pageUrl = location.href.split("#")[0];
  return { data, lang: o.lang ?? "", kiosk: String(o.kiosk ?? ""), profile, defaultFeed: DEFAULT_FEED, appUrl: APP, inline: jsonLd(), pageUrl };
}

/**
 * Mounts a widget into `target` (its shadow root is created or reused).
 * Returns { update(options), destroy() }.
 */
export async function mount(target, options = {}) {
  const root = target.shadowRoot ?? target.attachShadow({ mode: "open" });
  let current = { ...options };
  let widget = null;
  let build = null;
  let destroyed = false;
  // Set once the default build has found JobPosting data in this widget's feeds.
  let postings = false;
  // Mounts on the build `current` needs, with a placeholder while that loads (the wasm
  // streams in on a slow connection). Options changed meanwhile are read when it is in.
  const start = async () => {
    widget?.destroy();
    widget?.free();
    widget = null;
    build = postings ? "full" : buildFor(current);
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = STYLES;
    const placeholder = loadingNotice();
    root.replaceChildren(link, placeholder);
    let mountWidget;
    try {
      ({ mountWidget } = await ready(build));
    } catch {
      if (!destroyed) placeholder.replaceWith(failedNotice(() => start()));
      return;
    }
    if (destroyed) return;
    const container = document.createElement("div");
    placeholder.replaceWith(container);
    widget = mountWidget(container, target, widgetOptions(current));
  };
  // The default build found JobPosting data, which only the full build reads: the widget
  // starts again on that one (after the app's own dispatch has returned).
  const onNeedsFull = (event) => {
    if (build !== "default") return;
    event.preventDefault();
    remember(event.detail, document.baseURI);
    postings = true;
    setTimeout(() => destroyed || start());
  };
  target.addEventListener("skillmatch:needs-full-build", onNeedsFull);
  await start();
  return {
    update(next = {}) {
      current = { ...current, ...next };
      // Options that newly name a pack or a kiosk: the widget starts again on the full
      // build (which does everything the default one does, so it is never left).
      if (build === "default" && buildFor(current) === "full") start();
      else widget?.update(widgetOptions(current));
    },
    destroy() {
      destroyed = true;
      target.removeEventListener("skillmatch:needs-full-build", onNeedsFull);
      widget?.destroy();
      widget?.free();
      widget = null;
      root.replaceChildren();
    },
  };
}

const ATTRIBUTES = ["data", "lang", "kiosk", "profile"];

class SkillMatchElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #handle = null;
  #mounting = null;

  connectedCallback() {
    const mounting = mount(this, this.#options()).then((handle) => {
      if (this.#mounting !== mounting) {
        handle.destroy(); // disconnected while loading
      } else {
        this.#handle = handle;
        handle.update(this.#options()); // attributes changed while the wasm was loading
      }
    });
    this.#mounting = mounting;
  }

  disconnectedCallback() {
    this.#mounting = null;
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback() {
    this.#handle?.update(this.#options());
  }

  #options() {
    return Object.fromEntries(ATTRIBUTES.map((a) => [a, this.getAttribute(a) ?? ""]));
  }
}

if (!customElements.get("skill-match")) customElements.define("skill-match", SkillMatchElement);
