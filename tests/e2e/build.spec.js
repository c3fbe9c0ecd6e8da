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

test('the boot script asks for a prerendered view exactly where the build wrote one (src/bin/prerender/views.rs)', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // The boot script's pattern of the set's queries, run here as the browser runs it.
  const source = html.match(/if\((\/\^\(\(embed=1\|view=.*?\$\/)\.test\(v\)\)r=fetch\('v\/'\+v\+'\.html'\)/);
  expect(source, 'the boot script asks for v/QUERY.html where its pattern matches').not.toBeNull();
  const asks = (query) => new Function('v', `return ${source[1]}.test(v)`)(query);
  const written = fs.readdirSync(path.join(DIST, 'v')).map((f) => f.replace(/\.html$/, ''));
  // English's set, and each other language's (issue 20).
  expect(written.length).toBeGreaterThan(900);
  for (const q of ['lang=uk', 'view=pair&a=ru&b=ua&lang=ru', 'present=1&lang=uk&tour=territory&step=3']) {
    expect(written, q).toContain(q);
  }
  expect(written.filter((q) => !asks(q))).toEqual([]);
  // Never for a view the build does not write: no request, so no 404 in the reader's console.
  for (const q of ['view=matrix', 'view=pair&a=ru', 'view=pair&b=ua&a=ru', 'view=pair&a=ru&b=ua&date=2025-01-01',
    'view=changes&from=2022-03-29&to=2025-12-23', 'view=framework&doc=a&doc2=b', 'view=deal&pick=nato:2',
    'parties=ru,ua', 'dark=1', 'view=issue&issue=nato&dark=1', 'data=x.json', 'tour=territory&handout=1',
    'view=issue&issue=nato&embed=1&controls=0', 'present=1', 'lang=en', 'lang=fr', 'view=deal&lang=de',
    'lang=uk&view=deal']) {
    expect(asks(q), q).toBe(false);
  }
  // Each file is the view's title and its first screen, and nothing that could run.
  const pair = fs.readFileSync(path.join(DIST, 'v', 'view=pair&a=ru&b=ua.html'), 'utf8');
  expect(pair.startsWith('<title>Russia and Ukraine · ')).toBe(true);
  expect(pair).toContain('<div class="page">');
  expect(pair).not.toMatch(/<script|<style|\son[a-z]+=/i);
});
