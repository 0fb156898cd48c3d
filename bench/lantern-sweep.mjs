// How Lighthouse's simulated page load answers to the wasm's size: one real page load's
// artifacts re-audited with the wasm's transfer size set to other values. Lighthouse's mobile
// figures are simulated (Lantern: 150 ms round trips, ~1.6 Mbit/s), and its LCP here ends with
// the wasm's download, which it counts in whole round trips, so the LCP moves in 150 ms steps
// rather than with every kilobyte: this finds where the steps are.
//
//   node bench/lighthouse.mjs --runs 1 -- -G=/tmp/lhg      (gathers once: a real load)
//   node bench/lantern-sweep.mjs /tmp/lhg 224 213.5 200    (wasm transfer sizes in KB)
//
// Only the wasm's transfer size changes; the CPU work and every other request stay as
// gathered. Audit mode needs the settings of the gathering run, which bench/lighthouse.mjs
// passes (performance and accessibility, its Chromium flags).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const [gathered, ...sizes] = process.argv.slice(2);
if (!gathered || sizes.length === 0) throw new Error("usage: node bench/lantern-sweep.mjs GATHER_DIR KB [KB ...]");
const CLI = fileURLToPath(new URL("node_modules/lighthouse/cli/index.js", import.meta.url));
const log = JSON.parse(readFileSync(`${gathered}/defaultPass.devtoolslog.json`, "utf8"));
const wasm = new Set(
  log.filter((m) => m.method === "Network.requestWillBeSent" && /_bg\.wasm$/.test(m.params.request.url)).map((m) => m.params.requestId),
);
if (wasm.size !== 1) throw new Error(`expected one wasm request in ${gathered}, found ${wasm.size}`);
const sized = (bytes) =>
  log.map((m) =>
    wasm.has(m.params?.requestId) && (m.method === "Network.loadingFinished" || m.method === "Network.dataReceived")
      ? { ...m, params: { ...m.params, encodedDataLength: bytes } }
      : m,
  );

for (const kb of sizes.map(Number)) {
  const dir = `${gathered}-sweep-${kb}`;
  mkdirSync(dir, { recursive: true });
  for (const f of ["artifacts.json", "defaultPass.trace.json"]) copyFileSync(`${gathered}/${f}`, `${dir}/${f}`);
  writeFileSync(`${dir}/defaultPass.devtoolslog.json`, JSON.stringify(sized(Math.round(kb * 1024))));
  const args = [CLI, `-A=${dir}`, "--quiet", "--only-categories=performance,accessibility", "--output=json", `--output-path=${dir}/report.json`];
  execFileSync(process.execPath, args, { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" } });
  const a = JSON.parse(readFileSync(`${dir}/report.json`, "utf8"));
  const ms = (id) => Math.round(a.audits[id].numericValue);
  console.log(
    `wasm ${kb} KB: score ${Math.round(a.categories.performance.score * 100)}, ` +
      `FCP ${ms("first-contentful-paint")} ms, LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms`,
  );
}
