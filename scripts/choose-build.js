// Which of the two builds a page or a widget runs: the default one, without pack loading,
// the kiosk's QR codes and the JobPosting reader, or the full one. Written once here;
// scripts/post-build.mjs bundles it into boot.js (the standalone page's URL) and embed.js
// (each widget's options).

/**
 * Whether `data` (the feed URLs in order; blanks are ignored, as the widget ignores them)
 * and `kiosk` (the parameter's or attribute's text) need the full build: a kiosk (`1` or
 * `true`, as the widget reads it), a first feed whose path ends in `manifest.json` (a pack,
 * by the contract's name for its manifest; the loader reads only a first feed as a pack),
 * `inline` JobPosting JSON-LD read instead of feeds (an embed's host page), or a feed this
 * browser has seen hold JobPosting data (`remember`). Relative URLs resolve against `base`,
 * the page's address.
 */
export function needsFull(data, kiosk, base, inline = false) {
  if (kiosk === "1" || kiosk === "true") return true;
  const urls = data.filter((url) => url.trim() !== "").map((url) => absolute(url, base));
  if (urls.length === 0) return inline;
  if (urls[0]?.pathname.endsWith("manifest.json")) return true;
  const seen = remembered();
  return urls.some((url) => url && seen.includes(url.href));
}

/** `url` resolved against `base`, or null when it is not a URL the widget could fetch. */
function absolute(url, base) {
  try {
    return new URL(url.trim(), base);
  } catch {
    return null;
  }
}

// The feeds found to hold JobPosting data: the default build recognises such a feed and
// hands it to the full build (the widget's `skillmatch:needs-full-build` event), which is a
// second download; remembered, the next visit takes the full build first. The newest
// REMEMBERED addresses only; nothing but addresses, cleared with the widget's other data.
const KEY = "skillmatch.fullbuild.v1";
const REMEMBERED = 20;

function remembered() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(list) ? list.filter((u) => typeof u === "string") : [];
  } catch {
    return []; // no storage (a sandboxed frame), or a value that is not ours
  }
}

/** Remembers `urls` (the event's detail) as feeds that need the full build. */
export function remember(urls, base) {
  const added = (Array.isArray(urls) ? urls : []).map((url) => absolute(String(url), base)?.href).filter(Boolean);
  if (added.length === 0) return;
  const list = [...remembered().filter((u) => !added.includes(u)), ...added].slice(-REMEMBERED);
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Full or unavailable: the next visit hands over again, which still works.
  }
}
