// The release build's wasm and glue, as the prerender step left them in dist/ (src/bin/prerender/wasm.rs):
// read with Node's own WebAssembly parser, not the prerender's, and held to what each rewrite promises.
// The prerender itself fails the build when a rewrite does not find what it expects; this checks the result.
// No browser: ./x test runs it after the release build, like every spec here.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');

const DIST = path.join(__dirname, '..', '..', 'dist');

/** The page's wasm (compiled, not run) and glue, read once from dist/. */
let built;
function build() {
  if (built) return built;
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const named = (prefix, encoding) => {
    const name = html.split(prefix)[1]?.split("'")[0];
    if (!name) throw new Error(`dist/index.html has no ${prefix}`);
    return fs.readFileSync(path.join(DIST, name), encoding);
  };
  const wasm = new WebAssembly.Module(named("module_or_path:'./"));
  built = {
    wasm,
    glue: named("import('./", 'utf8'),
    imports: WebAssembly.Module.imports(wasm),
    exports: WebAssembly.Module.exports(wasm).map((e) => e.name),
  };
  return built;
}

test('every import has a short name in the wasm and in the glue, and no wasm-bindgen hash is left', () => {
  const { glue, imports } = build();
  expect(imports.length).toBeGreaterThan(50);
  const long = imports.filter((i) => i.kind !== 'function' || !/^[a-zA-Z]{1,2}$/.test(i.name));
  expect(long).toEqual([]);
  expect(glue.match(/__wbg_\w*_[0-9a-f]{16}\b/g)).toBeNull();
  // The glue offers a function for each import and for nothing else.
  const offered = [...glue.matchAll(/^([\w$]+): function\(/gm)].map((m) => m[1]).sort();
  expect(offered).toEqual(imports.map((i) => i.name).sort());
});

test('the exports nothing calls are gone, and the glue calls only exports that are there', () => {
  const { glue, exports } = build();
  const removed = [/intounderlying/, /^main$/, /^__abort_handler$/, /^__instance_terminated$/, /^_WASM_SPLIT_MARKER_/,
    /^__wbindgen_free$/];
  expect(exports.filter((name) => removed.some((r) => r.test(name)))).toEqual([]);
  const calls = [...new Set([...glue.matchAll(/(?<![\w$])wasm\.([\w$]+)/g)].map((m) => m[1]))];
  expect(calls.length).toBeGreaterThan(3);
  expect(calls.filter((name) => !exports.includes(name))).toEqual([]);
});

test('the glue has lost the stream classes and the wasm its custom sections', () => {
  const { glue, wasm } = build();
  expect(glue).not.toContain('IntoUnderlying');
  for (const section of ['name', 'producers', 'target_features']) {
    expect(WebAssembly.Module.customSections(wasm, section), section).toHaveLength(0);
  }
});
