// Short import and export names for the wasm and its wasm-bindgen glue (run by
// post-build.mjs). wasm-bindgen names each import after the JS function plus a 16-digit hex
// hash (`__wbg_set_href_43ef5a88c2c5c339`) and imports them all from the module
// "./skillmatch_bg.js". Those names are written twice, in the wasm's import section and as
// the keys of the glue's import object, and the hashes are random text that brotli cannot
// compress: about 4 KB of the brotli download. The wasm only needs each import's position,
// and the glue only needs the same key on its side, so both are renamed here to `a`, `b`, …;
// the exports (closure shims with hashes too) likewise, to `ea`, `eb`, …
// (docs/PERFORMANCE.md, "Standard-library and generic code").

/** Reads an unsigned LEB128 at `at`: [value, offset after it]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** The unsigned LEB128 bytes of `value`. */
function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The `n`th short name: a … z, A … Z, aa, ab, … (letters only, so never a number). */
export function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = letters[n % 52];
  for (n = Math.floor(n / 52); n > 0; n = Math.floor((n - 1) / 52)) name = letters[(n - 1) % 52] + name;
  return name;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Skips an import's description (function, table, memory or global) at `at`. */
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (k) => {
    const flags = bytes[k++];
    [, k] = readLeb(bytes, k);
    if (flags & 1) [, k] = readLeb(bytes, k);
    return k;
  };
  switch (kind) {
    case 0: // function: its type index
      return readLeb(bytes, at)[1];
    case 1: // table: reference type, then limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    default:
      throw new Error(`wasm import of unknown kind ${kind}`);
  }
}

/** A name (length, then UTF-8 bytes) at `at`: [text, offset after it]. */
function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + length).toString(), start + length];
}

/** The bytes of `text` as a wasm name. */
const name = (text) => {
  const bytes = Buffer.from(text);
  return [...leb(bytes.length), ...bytes];
};

/**
 * `wasm` with its section `id` (imports or exports: a count, then entries) rewritten entry
 * by entry: `entry(bytes, at, i)` reads the `i`th entry at `at` and returns [its new bytes,
 * offset after it].
 */
function rewriteSection(wasm, id, entry) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  const parts = [wasm.subarray(0, 8)];
  for (let at = 8; at < wasm.length; ) {
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (wasm[at] === id) {
      let [count, k] = readLeb(wasm, body);
      const out = [...leb(count)];
      for (let i = 0; i < count; i++) {
        let bytes;
        [bytes, k] = entry(wasm, k, i);
        out.push(...bytes);
      }
      if (k !== end) throw new Error(`wasm section ${id} not read to its end`);
      parts.push(Buffer.from([id, ...leb(out.length)]), Buffer.from(out));
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  return Buffer.concat(parts);
}

/**
 * Renames every import of `wasm` (bytes) and the matching keys of `js` (wasm-bindgen's
 * unminified glue): each module to a letter, each field to a short name. Throws when a
 * name is not found exactly once in the glue, so a glue of another shape fails the build
 * instead of loading a wasm whose imports no longer match.
 */
export function shortenImports(wasm, js) {
  const replaceOnce = (pattern, by, what) => {
    const found = js.match(pattern);
    if (found?.length !== 1) throw new Error(`the wasm-bindgen glue names ${what} ${found?.length ?? 0} times, not once`);
    js = js.replace(pattern, by);
  };
  const modules = new Map();
  const out = rewriteSection(wasm, 2, (bytes, at, i) => {
    const [module, k] = readName(bytes, at);
    const [field, desc] = readName(bytes, k);
    if (!modules.has(module)) {
      modules.set(module, shortName(modules.size));
      // The glue's import object: `"./skillmatch_bg.js": import0`.
      replaceOnce(new RegExp(`(?<![\\w$])"${escape(module)}"(?=\\s*:)`, "g"), modules.get(module), `module "${module}"`);
    }
    const short = shortName(i);
    // The field's key in that module's object: `__wbg_set_href_43ef5a88c2c5c339: function`.
    replaceOnce(new RegExp(`(?<![\\w$.])${escape(field)}(?=\\s*:)`, "g"), short, `import "${field}"`);
    const end = skipImportDesc(bytes, desc);
    return [[...name(modules.get(module)), ...name(short), ...bytes.subarray(desc, end)], end];
  });
  return { wasm: out, js };
}

/**
 * Renames every export of `wasm` (bytes) and the glue's uses of it (`wasm.NAME`, the glue's
 * name for the instance's exports) to `e` plus a short name, in one pass over the glue so a
 * new name can never be taken for an old one. Throws when the glue does not keep the
 * exports under that name or names an export the wasm does not have.
 */
export function shortenExports(wasm, js) {
  if (js.match(/(?<![\w$])wasm = instance\.exports;/g)?.length !== 1) throw new Error("the wasm-bindgen glue does not keep the exports as `wasm`");
  const renamed = new Map();
  const out = rewriteSection(wasm, 7, (bytes, at, i) => {
    const [field, desc] = readName(bytes, at);
    renamed.set(field, "e" + shortName(i));
    const end = readLeb(bytes, desc + 1)[1]; // kind, then index
    return [[...name(renamed.get(field)), ...bytes.subarray(desc, end)], end];
  });
  js = js.replace(/(?<![\w$.])wasm\.([\w$]+)/g, (_, field) => {
    if (!renamed.has(field)) throw new Error(`the wasm-bindgen glue uses an export the wasm does not have: ${field}`);
    return `wasm.${renamed.get(field)}`;
  });
  // Any other way of reaching an export (`instance.exports.X`, `wasm["X"]`) would keep an
  // old name the renamed wasm no longer has: refuse it here rather than fail in a browser.
  if (/instance\.exports\s*[.[]|(?<![\w$.])wasm\s*\[/.test(js)) throw new Error("the wasm-bindgen glue reaches an export other than as `wasm.NAME`");
  return { wasm: out, js };
}
