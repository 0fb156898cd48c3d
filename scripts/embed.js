// SkillMatch for any page — written into dist/embed.js by scripts/post-build.mjs, which
// fills in the hashed file names. Defines <skill-match> and exports mount(target, options).
//
//   <script type="module" src="https://…/embed.js"></script>
//   <skill-match data="jobs.json" lang="zh-CN"></skill-match>
//
// Each widget lives in its own open shadow root with its own stylesheet link, so host CSS
// and widget CSS cannot reach each other (theme through --sm-* custom properties, which do
// cross). No service worker is registered from here: that is the standalone page's choice.
import init, { mountWidget } from "./__JS__";

const BASE = import.meta.url;
const STYLES = new URL("./__CSS__", BASE).href;
const DEFAULT_FEED = new URL("./data/default-feed.json", BASE).href;
// Kiosk QR codes open the standalone app, which sits beside this file.
const APP = new URL("./", BASE).href;
let loading;
const ready = () => (loading ??= init({ module_or_path: new URL("./__WASM__", BASE) }));

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
  root.replaceChildren();
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = STYLES;
  // Shown at once, while the wasm streams in on a slow connection.
  const placeholder = document.createElement("p");
  placeholder.className = "sm-boot";
  placeholder.setAttribute("role", "status");
  placeholder.textContent = "正在加载… Loading…";
  placeholder.append(document.createElement("progress"));
  root.append(link, placeholder);
  await ready();
  const container = document.createElement("div");
  placeholder.replaceWith(container);
  let current = { ...options };
  let widget = mountWidget(container, target, widgetOptions(current));
  return {
    update(next = {}) {
      current = { ...current, ...next };
      widget?.update(widgetOptions(current));
    },
    destroy() {
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
