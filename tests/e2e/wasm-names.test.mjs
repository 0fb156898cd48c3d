// The post-build hook's short import and export names (scripts/wasm-names.mjs), on a small
// module assembled here in the shape wasm-bindgen writes: after renaming, the glue's import
// object still links the wasm, and its calls still reach the exports. (The journeys load
// the real build the same way.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { shortenExports, shortenImports, shortName } from "../../scripts/wasm-names.mjs";

const str = (s) => [s.length, ...Buffer.from(s)];
const leb = (n) => (n < 128 ? [n] : [(n % 128) | 128, ...leb(Math.floor(n / 128))]);
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];

/** A module importing `fields` (each () -> i32) from `module`, exporting `run` = the sum of their results. */
function assemble(module, fields) {
  const calls = fields.flatMap((_, i) => [0x10, i, ...(i ? [0x6a] : [])]); // call i; i32.add
  const body = [0, ...calls, 0x0b];
  return Buffer.from([
    ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(2, [fields.length, ...fields.flatMap((f) => [...str(module), ...str(f), 0, 0])]),
    ...section(3, [1, 0]),
    ...section(7, [2, ...str("run"), 0, fields.length, ...str("__wbindgen_start"), 0, fields.length]),
    ...section(10, [1, body.length, ...body]),
  ]);
}

const glue = (fields) => `
let wasm;
function imports() {
    const import0 = {
        __proto__: null,
${fields.map((f, i) => `        ${f}: function() { return ${i + 1}; },`).join("\n")}
    };
    return { __proto__: null, "./app_bg.js": import0 };
}
function run() { return wasm.run() + wasm.__wbindgen_start() * 0; }
async function start(bytes) {
    const { instance } = await WebAssembly.instantiate(bytes, imports());
    wasm = instance.exports;
    return run();
}
return start;`;

const FIELDS = ["__wbg_now_0123456789abcdef", "__wbg_get_fedcba9876543210", "__wbindgen_throw_00ff00ff00ff00ff"];

test("renamed imports and exports still link and run, and the names are gone", async () => {
  const wasm = assemble("./app_bg.js", FIELDS);
  const before = await new Function(glue(FIELDS))()(wasm);
  const imported = shortenImports(wasm, glue(FIELDS));
  const short = shortenExports(imported.wasm, imported.js);
  assert.equal(before, 6);
  assert.equal(await new Function(short.js)()(short.wasm), before);
  assert.ok(short.wasm.length < wasm.length);
  for (const name of [...FIELDS, "./app_bg.js", "__wbindgen_start", "wasm.run"]) {
    assert.ok(!short.wasm.includes(name.replace("wasm.", "")), `${name} left in the wasm`);
    assert.ok(!short.js.includes(name), `${name} left in the glue`);
  }
});

test("a glue that does not name an import exactly once fails the build", () => {
  const wasm = assemble("./app_bg.js", FIELDS);
  assert.throws(() => shortenImports(wasm, glue(FIELDS.slice(1))), /names import "__wbg_now_0123456789abcdef" 0 times/);
  assert.throws(() => shortenImports(wasm, glue(FIELDS).replace(`"./app_bg.js"`, "wbg")), /names module/);
  assert.throws(() => shortenExports(wasm, glue(FIELDS).replace("wasm = instance.exports", "w = instance.exports")), /exports/);
});

test("short names are distinct letters only", () => {
  const seen = new Set();
  for (let n = 0; n < 10_000; n++) {
    const name = shortName(n);
    assert.match(name, /^[a-zA-Z]+$/);
    assert.ok(!seen.has(name), name);
    seen.add(name);
  }
  assert.deepEqual([0, 25, 26, 51, 52, 53].map(shortName), ["a", "z", "A", "Z", "aa", "ab"]);
});
