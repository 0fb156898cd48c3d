// The post-build hook's short import and export names (scripts/wasm-names.mjs), on a small
// module assembled here in the shape wasm-bindgen writes: after renaming, the glue's import
// object still links the wasm, and its calls still reach the exports. Then the release
// build's two builds in dist/ (default and full): each wasm's imports and exports carry
// only short names, and its own glue names each of them. (The journeys load both.)
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

test("both builds in dist/ have short names, and each glue names its own wasm's", () => {
  const files = readdirSync("dist");
  const pairs = ["skillmatch", "skillmatch-full"].map((stem) => {
    const js = files.filter((f) => new RegExp(`^${stem}-[0-9a-f]{16}\\.js$`).test(f));
    const wasm = files.filter((f) => new RegExp(`^${stem}-[0-9a-f]{16}_bg\\.wasm$`).test(f));
    assert.equal(js.length, 1, `${stem}: one glue in dist/ (${js})`);
    assert.equal(wasm.length, 1, `${stem}: one wasm in dist/ (${wasm})`);
    return { js: readFileSync(join("dist", js[0]), "utf8"), module: new WebAssembly.Module(readFileSync(join("dist", wasm[0]))) };
  });
  const sizes = [];
  for (const { js, module } of pairs) {
    const imports = WebAssembly.Module.imports(module);
    imports.forEach(({ module: from, name }, i) => {
      assert.equal(from, "a");
      assert.equal(name, shortName(i));
      assert.match(js, new RegExp(`(?<![\\w$.])${name}:`), `the glue names import ${name}`);
    });
    const exports = WebAssembly.Module.exports(module).map((e) => e.name);
    assert.deepEqual(exports, exports.map((_, i) => "e" + shortName(i)));
    // Every export the glue reaches (through the minified glue's name for the instance's
    // exports) is one the wasm has.
    for (const [, used] of js.matchAll(/(?<![\w$])[\w$]{1,2}\.(e[a-zA-Z]{1,2})(?![\w$])/g)) {
      if (!exports.includes(used)) assert.fail(`the glue reaches ${used}, which its wasm does not export`);
    }
    sizes.push(imports.length + exports.length);
  }
  assert.ok(sizes.every((n) => n > 50), `real builds, not stubs: ${sizes}`);
});
