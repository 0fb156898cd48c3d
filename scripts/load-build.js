// Loading one of the two builds, pinned: each file's SRI hash is filled in by
// scripts/post-build.mjs, which bundles this into boot.js and embed.js. A glue or wasm
// whose bytes differ from the build's (a tampered server or cache) is refused, not run.

/** Each build's glue and wasm (relative to the loader) and their SRI hashes. */
export const BUILDS = {
  default: ["./__JS__", "./__WASM__", "__JS_SRI__", "__WASM_SRI__"],
  full: ["./__FULL_JS__", "./__FULL_WASM__", "__FULL_JS_SRI__", "__FULL_WASM_SRI__"],
};

/**
 * Fetches, instantiates and starts `build` (its `main` runs: the standalone page mounts
 * itself, an embed's build waits for mountWidget); its module. `base`: the loader's URL.
 */
export async function loadBuild(build, base) {
  const [js, wasm, jsIntegrity, wasmIntegrity] = BUILDS[build];
  const glue = new URL(js, base).href;
  // The glue is pinned by a modulepreload with its integrity, which the import then uses
  // (an import takes none). index.html already preloads the default build's so: the same
  // module, fetched once.
  const pin = document.createElement("link");
  pin.rel = "modulepreload";
  pin.href = glue;
  pin.integrity = jsIntegrity;
  document.head.append(pin);
  // The wasm's download starts beside the glue's, not once the glue is in. On the default
  // page index.html preloaded it with the same integrity, so the preload answers this.
  const response = fetch(new URL(wasm, base), { integrity: wasmIntegrity });
  const module = await import(glue);
  await module.default({ module_or_path: response });
  return module;
}
