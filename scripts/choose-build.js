// Which of the two builds a page or a widget runs: the default one, without pack loading
// and the kiosk's QR codes, or the full one. Written once here; scripts/post-build.mjs
// bundles it into boot.js (the standalone page's URL) and embed.js (each widget's options).

/**
 * Whether `data` (the feed URLs in order; blanks are ignored, as the widget ignores them)
 * and `kiosk` (the parameter's or attribute's text) need the full build: a kiosk (`1` or
 * `true`, as the widget reads it), or a first feed whose path ends in `manifest.json` (a
 * pack, by the contract's name for its manifest; the loader reads only a first feed as a
 * pack). Relative URLs resolve against `base`, the page's address.
 */
export function needsFull(data, kiosk, base) {
  if (kiosk === "1" || kiosk === "true") return true;
  const first = data.find((url) => url.trim() !== "");
  if (first === undefined) return false;
  try {
    return new URL(first.trim(), base).pathname.endsWith("manifest.json");
  } catch {
    return false; // not a URL the widget could fetch either
  }
}
