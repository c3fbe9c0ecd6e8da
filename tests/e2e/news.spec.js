// Newsroom (issue 9): the prerendered first paint, the embed's flags and height protocols, the
// share box, datasets of a newsroom's own (and hostile ones), and the page's security policy.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');
const { collectProblems, collectConsole, VIEWS, DRAWN_PAIR } = require('./helpers');

const FIXTURES = path.join(__dirname, '..', '..', 'target', 'e2e-fixtures');
fs.mkdirSync(FIXTURES, { recursive: true });
const EXAMPLE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'example.json'), 'utf8');
const PYM = fs.readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

/** Writes a fixture file served by the test server at /fixtures/NAME. */
function fixture(name, body) {
  fs.writeFileSync(path.join(FIXTURES, name), body);
  return `fixtures/${name}`;
}

const crashes = (logged) => logged.filter((t) => /RuntimeError|unreachable|panicked|pageerror/.test(t));

test('without JavaScript the page sends the reader to the whole default view, sources and all, whose links are plain links', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/full\.html$/);
  await expect(page.locator('#view-h')).toHaveText('Who stands where');
  await expect(page.locator('table').first()).toBeVisible();
  await expect(page).toHaveTitle(/^Who stands where · Russia–Ukraine war: the peace talks/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Russia–Ukraine war: the peace talks/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
  await expect(page.locator('.cg-wait-note')).toHaveCount(0);
  // What the first screen leaves to the app is all here: each position's sources and the charts.
  expect(await page.locator('td.cell details.sources li a').count()).toBeGreaterThan(100);
  expect(await page.locator('.overview figure').count()).toBeGreaterThan(20);
  // Find-in-page finds a source's title inside a closed disclosure.
  expect(await page.evaluate(() => document.body.textContent.includes('EU and Ukrainian leaders support Trump'))).toBe(true);
  const pair = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Two parties' });
  await expect(pair).toHaveAttribute('href', /^\.\/\?view=pair/);
  await pair.click();
  await expect(page).toHaveURL(/\/full\.html$/);
  await context.close();
});

// Records, before the app starts, the prerendered heading, every element removed from the page,
// every layout shift, and every view heading that was visible at some frame.
const WATCH = `
  window.__removed = 0; window.__added = 0; window.__printed = 0; window.__shift = 0; window.__seen = new Set();
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    window.__heading = document.getElementById('view-h');
    window.__waited = document.documentElement.classList.contains('cg-wait');
    // What the first screen leaves out (present::first_screen) goes in where nobody sees it yet:
    // inside closed disclosures, a small multiple's chart below the fold, print's footnotes; and the
    // printed permalink gets the page's own address. Anything else added counts.
    const printOnly = (n, parent) => (n.nodeType === 1 && n.matches('.footnotes')) || parent.closest('.footnotes, .print-head, details:not([open]), .multiple') !== null;
    new MutationObserver((ms) => { for (const m of ms) { window.__removed += m.removedNodes.length; for (const n of m.addedNodes) if (printOnly(n, m.target)) window.__printed += 1; else { window.__added += 1; window.__addedWhat = (window.__addedWhat || '') + n.nodeName + ' in ' + m.target.nodeName + '.' + m.target.className + '|'; } } })
      .observe(document.getElementById('page-root'), { childList: true, subtree: true });
  });
  (function look() {
    const h = document.getElementById('view-h');
    if (h && h.offsetParent !== null) window.__seen.add(h.textContent);
    requestAnimationFrame(look);
  })();`;

/** Waits until the app has drawn: the share box then holds an absolute permalink, and the page shows. */
async function appReady(page) {
  // The page is whole once the placeholder is gone (it is drawn hidden behind it, a part at a time).
  await expect(page.locator('html')).not.toHaveClass(/cg-wait/);
  await expect(page.locator('#share-link')).toHaveValue(/^http:\/\/127\.0\.0\.1/);
}

test('the app adopts the prerendered default view and fills in the rest: no element replaced, no layout shift, one fetch of the data', async ({ page }) => {
  const problems = collectProblems(page);
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('positions.json')) fetched.push(r.url()); });
  await page.addInitScript(WATCH);
  await page.goto('/');
  await appReady(page);
  expect(await page.evaluate(() => window.__heading === document.getElementById('view-h'))).toBe(true);
  // Not a node added or removed, text nodes included: adopting the page only reads it.
  expect(await page.evaluate(() => [window.__removed, window.__added, window.__addedWhat || ''])).toEqual([0, 0, '']);
  // The app fills in what the first screen left out: every closed disclosure's content, the charts
  // below the fold, the footnotes, the printed permalink's text.
  expect(await page.evaluate(() => window.__printed)).toBeGreaterThan(200);
  expect(await page.locator('td.cell details.sources li a').count()).toBeGreaterThan(100);
  expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.01);
  expect(fetched, 'the preload is the fetch the app uses').toHaveLength(1);
  // A date step still patches the adopted page in place.
  await page.getByRole('link', { name: 'Earlier date' }).click();
  await expect(page.locator('#as-of-label')).not.toContainText('(latest)');
  expect(await page.evaluate(() => window.__heading === document.getElementById('view-h'))).toBe(true);
  expect(problems).toEqual([]);
});

test('on the default view and a prerendered permalink the app and the dataset download only after the largest paint; on another permalink at once', async ({ page }) => {
  // Resource timing against the largest-contentful-paint entries, in the page's own clock.
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push(e.renderTime || e.startTime); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const timings = async () => page.evaluate(() => {
    const lcp = window.__lcp;
    const start = (part) => performance.getEntriesByType('resource').filter((r) => r.name.includes(part)).map((r) => r.startTime);
    return { lcp, wasm: start('_bg.wasm'), data: start('positions.json'), first: start('first.json') };
  });
  await page.goto('/');
  await appReady(page);
  // Observers report a little after the paint: wait for the first entry.
  await expect.poll(async () => (await timings()).lcp.length).toBeGreaterThan(0);
  const first = await timings();
  expect(first.wasm).toHaveLength(1);
  expect(first.data).toHaveLength(1);
  expect(first.wasm[0], 'the wasm starts after the first largest paint').toBeGreaterThan(first.lcp[0]);
  expect(first.data[0], 'the dataset starts after the first largest paint').toBeGreaterThan(first.lcp[0]);
  // A prerendered permalink waits for its view's paint in the same way.
  await page.goto('/?view=pair&a=ru&b=ua');
  await appReady(page);
  await expect.poll(async () => (await timings()).lcp.length).toBeGreaterThan(0);
  const prerendered = await timings();
  expect(prerendered.first, 'no first file: the page is there').toHaveLength(0);
  expect(prerendered.wasm[0], 'the wasm starts after the view\'s largest paint').toBeGreaterThan(prerendered.lcp[0]);
  expect(prerendered.data[0], 'the dataset starts after it').toBeGreaterThan(prerendered.lcp[0]);
  // Any other permalink paints only a placeholder first: its downloads do not wait for a paint.
  await page.goto(`/${DRAWN_PAIR}`);
  await appReady(page);
  await expect.poll(async () => (await timings()).lcp.length).toBeGreaterThan(0);
  // Resource entries come when a download ends; the full file's comes after the view is drawn.
  await expect.poll(async () => (await timings()).data.length).toBe(1);
  const pair = await timings();
  expect(pair.first[0], 'a permalink fetches its first file before its first largest paint').toBeLessThan(pair.lcp[0]);
  expect(pair.data[0], 'and the full file only after the view\'s largest paint').toBeGreaterThan(pair.lcp.at(-1));
});

// Holds back the full dataset file until `release()`, counting the requests for each data file.
async function holdFullFile(page) {
  const asked = { first: 0, full: 0 };
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/data/first.json', (route) => { asked.first += 1; return route.continue(); });
  await page.route('**/data/positions.json', async (route) => { asked.full += 1; await gate; return route.continue(); });
  return { asked, release };
}

// As a reader sees them: the print-only footnote numbers the full file adds are not shown.
const summaries = (page) => page.locator('details.sources > summary').allInnerTexts();

test('a permalink draws from the first file, then its sources come with nothing moving', async ({ page }) => {
  const problems = collectProblems(page);
  const { asked, release } = await holdFullFile(page);
  await page.addInitScript(WATCH);
  await page.goto(DRAWN_PAIR);
  await appReady(page);
  // Drawn without the full file: every source list is there with its count, and says it is loading.
  const counts = await summaries(page);
  expect(counts.length).toBeGreaterThan(20);
  expect(counts.every((t) => /^Sources? \(\d+\)$/.test(t))).toBe(true);
  await expect(page.locator('.src-wait')).toHaveCount(counts.length);
  await expect(page.locator('details.sources a')).toHaveCount(0);
  expect(asked).toEqual({ first: 1, full: 1 });
  // Printed now, the page would say its sources are still to come rather than list none.
  await expect(page.locator('.footnotes')).toContainText('The sources were still loading');
  const footer = await page.locator('footer').boundingBox();
  const shiftBefore = await page.evaluate(() => window.__shift);
  release();
  await expect(page.locator('.src-wait')).toHaveCount(0);
  // The same disclosures with the same counts, now holding their sources, and the page in place.
  expect(await summaries(page)).toEqual(counts);
  expect(await page.locator('details.sources li a[href^="https://"]').count()).toBeGreaterThan(counts.length);
  expect(await page.locator('footer').boundingBox()).toEqual(footer);
  // Layout shifts are reported after the frame that drew them.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  expect(await page.evaluate(() => window.__shift)).toBe(shiftBefore);
  // Print has every source as a footnote again.
  expect(await page.locator('.footnotes li').count()).toBeGreaterThan(20);
  await expect(page.locator('.footnotes')).not.toContainText('still loading');
  expect(asked).toEqual({ first: 1, full: 1 });
  expect(problems).toEqual([]);
});

test('a source list opened while loading says so, then shows its sources, still open and focused', async ({ page }) => {
  const { release } = await holdFullFile(page);
  // A permalink the build does not prerender, so that it draws from the first file.
  await page.goto('/?view=issue&issue=nato&date=2026-06-23');
  await appReady(page);
  const first = page.locator('details.sources').first();
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
  await expect(first.locator('.src-wait')).toHaveText('Loading the sources…');
  await expect(first.locator('.src-wait')).toBeVisible();
  release();
  await expect(first.locator('li a').first()).toBeVisible();
  await expect(first).toHaveAttribute('open', '');
  await expect(first.locator('.src-wait')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement.closest('details.sources') !== null
    && document.activeElement.tagName === 'SUMMARY')).toBe(true);
});

test('a permalink\'s page put in the DOM in parts is the page a view switch draws', async ({ page }) => {
  // The changes view has about 11,000 nodes, put in a part at a time (ui::dom::fill_in_parts).
  const changes = '?view=changes&from=2022-03-29&to=2025-12-23';
  await page.goto(changes);
  await appReady(page);
  await expect(page.locator('.src-wait')).toHaveCount(0);
  const html = () => page.locator('#page-root').evaluate((root) => root.innerHTML);
  const inParts = await html();
  expect(await page.evaluate(() => [...document.querySelectorAll('#page-root svg *')].every((e) => e.namespaceURI === 'http://www.w3.org/2000/svg'))).toBe(true);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.locator('#view-h')).toHaveText('Who stands where');
  await page.goBack();
  await expect.poll(() => page.url()).toContain(changes);
  await expect.poll(html).toBe(inParts);
});

test('when the full file fails after the first one, the page says which file and why', async ({ page }) => {
  const logged = collectConsole(page);
  const firstServed = [];
  page.on('response', (r) => { if (r.url().endsWith('/data/first.json')) firstServed.push(r.status()); });
  await page.route('**/data/positions.json', (route) => route.fulfill({ status: 503, body: 'busy', contentType: 'text/plain' }));
  await page.addInitScript(WATCH);
  await page.goto(DRAWN_PAIR);
  // The view was drawn from the first file, and shown, before the full file was asked for.
  await expect.poll(() => page.evaluate(() => [...window.__seen])).toEqual(['Russia and Ukraine']);
  expect(firstServed).toEqual([200]);
  await expect(page.locator('.failure[role=alert]')).toBeVisible({ timeout: 30000 });
  await expect(page.locator('#failure-message')).toContainText('data/positions.json');
  await expect(page.locator('#failure-message')).toContainText('503');
  expect(crashes(logged)).toEqual([]);
});

test('without a first file a permalink loads the full one and shows its sources', async ({ page }) => {
  const loaded = [];
  await page.route('**/data/first.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  page.on('requestfinished', (r) => { if (r.url().includes('/data/')) loaded.push(r.url().replace(/.*\/data\//, '')); });
  await page.goto(DRAWN_PAIR);
  await appReady(page);
  await expect(page.locator('#view-h')).toHaveText('Russia and Ukraine');
  await expect(page.locator('.src-wait')).toHaveCount(0);
  expect(await page.locator('details.sources li a').count()).toBeGreaterThan(20);
  expect(loaded.filter((f) => f === 'positions.json')).toHaveLength(1);
});

test('a permalink to another view shows a placeholder, never the default view, then its own view', async ({ page }) => {
  await page.addInitScript(WATCH);
  await page.goto(DRAWN_PAIR);
  await expect(page.locator('#view-h')).toHaveText('Russia and Ukraine');
  await appReady(page);
  expect(await page.evaluate(() => window.__waited)).toBe(true);
  expect(await page.evaluate(() => [...window.__seen])).toEqual(['Russia and Ukraine']);
  await expect(page.locator('.cg-wait-note')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.className)).not.toContain('cg-wait');
  // permalink_placeholder_shifts_the_page: the placeholder's margin once moved the page by 16 px (CLS 0.019).
  expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.001);
});

test('the social card image is a 1200 × 630 picture of the default view, named by og:image', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const src = await page.locator('meta[property="og:image"]').getAttribute('content');
  // ./x build sets no PUBLIC_URL here, so the path is relative to the page.
  expect(src).toBe('og.png');
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /^The matrix view of Russia–Ukraine war/);
  const png = await (await request.get(src)).body();
  expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // Not blank: many colours, and a good share of the picture is not the background (the text, the table).
  const look = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width; canvas.height = img.height;
    const cx = canvas.getContext('2d');
    cx.drawImage(img, 0, 0);
    const px = cx.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set();
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) {
      colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      if (px[i] + px[i + 1] + px[i + 2] < 600) ink++;
    }
    return { colours: colours.size, ink: ink / (px.length / 4) };
  }, src);
  expect(look.colours).toBeGreaterThan(100);
  expect(look.ink).toBeGreaterThan(0.03);
});

test('every view runs under the Content-Security-Policy with no violation and no request off loopback', async ({ page }) => {
  const problems = collectProblems(page);
  const hosts = new Set();
  page.on('request', (r) => hosts.add(new URL(r.url()).hostname));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const url of Object.values(VIEWS)) {
    await page.goto(url);
    await appReady(page);
    expect(await page.evaluate(() => window.__violations), url).toEqual([]);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(csp).not.toContain("'unsafe-eval'");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'strict-origin-when-cross-origin');
  expect([...hosts]).toEqual(['127.0.0.1']);
  expect(problems).toEqual([]);
});

test('embed=1 drops the site chrome for a compact header whose link leaves the frame; controls=0 hides the pickers', async ({ page }) => {
  await page.goto('?view=pair&a=ru&b=ua&embed=1&controls=0');
  await expect(page.locator('#view-h')).toHaveText('Russia and Ukraine');
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(page.locator('.embed-title')).toContainText('Russia and Ukraine · data to');
  const open = page.getByRole('link', { name: /Open in Common Ground/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('href', '?view=pair&a=ru&b=ua');
  await expect(page.locator('.time')).toBeHidden();
  await expect(page.locator('.pickers').first()).toBeHidden();
});

/** A host page at about:blank around one frame of the app; returns the frame's height once it grew. */
async function hostHeight(page) {
  return expect.poll(async () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), { timeout: 30_000 });
}

test('a pym.js parent sizes the frame with no script of ours', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.setContent(`<!doctype html><title>Host</title><h1>Article</h1><div id="cg-pym"></div>
    <script>${PYM}</script><script>new pym.Parent('cg-pym', '${baseURL}?view=pair&a=ru&b=ua&embed=1', {});</script>`);
  const src = await page.locator('iframe').getAttribute('src');
  expect(src).toContain('childId=cg-pym');
  await expect(page.frameLocator('iframe').locator('#view-h')).toHaveText('Russia and Ukraine');
  await (await hostHeight(page)).toBeGreaterThan(1500);
  expect(await page.locator('iframe').getAttribute('height')).toMatch(/^\d+px$/);
});

// Written from Datawrapper's documentation of its responsive-iframe script: the message's
// `datawrapper-height` object maps chart ids to heights, and the frame is found by its window.
const DATAWRAPPER_LISTENER = `window.addEventListener('message', function (event) {
  var heights = event.data && event.data['datawrapper-height'];
  if (!heights) return;
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (frame.contentWindow !== event.source) return;
    for (var id in heights) frame.style.height = heights[id] + 'px';
  });
});`;

// An <amp-iframe resizable> parent, reduced to its message handling: sentinel "amp", type "embed-size".
const AMP_LISTENER = `window.addEventListener('message', function (event) {
  var m = event.data;
  if (!m || m.sentinel !== 'amp' || m.type !== 'embed-size' || !(m.height > 0)) return;
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = m.height + 'px';
  });
});`;

for (const [name, listener] of [['Datawrapper', DATAWRAPPER_LISTENER], ['AMP', AMP_LISTENER]]) {
  test(`a host page with ${name}'s resize listener sizes the frame`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(`<!doctype html><title>Host</title><h1>Article</h1>
      <iframe title="Common Ground" src="${baseURL}?view=pair&a=ru&b=ua&embed=1" style="width:100%;height:300px;border:0"></iframe>
      <script>${listener}</script>`);
    await expect(page.frameLocator('iframe').locator('#view-h')).toHaveText('Russia and Ukraine');
    await (await hostHeight(page)).toBeGreaterThan(1500);
  });
}

test('the share box gives this view\'s permalink and an embed snippet that works in a host page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.goto(VIEWS.pair);
  await appReady(page);
  await page.getByText('Share or embed this view').click();
  const link = `${baseURL}?view=pair&a=ru&b=ua`;
  await expect(page.locator('#share-link')).toHaveValue(link);
  await page.locator('#share-link + button').click();
  await expect(page.locator('#share-link + button')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const snippet = await page.locator('#share-embed').inputValue();
  expect(snippet).toContain(`<iframe src="${link.replaceAll("&", "&amp;")}&amp;embed=1"`);
  expect(snippet).toContain('title="Russia and Ukraine (Common Ground)"');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain(`<script src="${baseURL}embed/resize.js" async></script>`);

  // The snippet, pasted as it is into an article, shows the view and sizes its frame.
  const host = await context.newPage();
  await host.setViewportSize({ width: 1000, height: 700 });
  await host.setContent(`<!doctype html><title>Host</title><h1>Article</h1>${snippet}`);
  await expect(host.frameLocator('iframe').locator('#view-h')).toHaveText('Russia and Ukraine');
  await (await hostHeight(host)).toBeGreaterThan(1500);
});

test('data= loads a newsroom\'s own file from the same site, and links keep it', async ({ page }) => {
  const file = fixture('example.json', EXAMPLE);
  await page.goto(`?data=${file}`);
  await expect(page.locator('.brand h1')).toHaveText('Example');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Two parties' }).click();
  await expect(page).toHaveURL(/view=pair.*data=fixtures\/example\.json/);
  await expect(page.locator('.brand h1')).toHaveText('Example');
});

test('data= from another site is refused, naming the file, and nothing is fetched from it', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const logged = collectConsole(page);
  const other = 'http://127.0.0.2:9/positions.json';
  await page.goto(`?data=${encodeURIComponent(other)}`);
  await expect(page.locator('#failure-message')).toContainText(`The dataset "${other}" was not loaded: it is not on this page's site`);
  expect(requested.filter((u) => u.startsWith('http://127.0.0.2'))).toEqual([]);
  expect(crashes(logged)).toEqual([]);
});

const deep = '['.repeat(200_000) + ']'.repeat(200_000);
const big = JSON.stringify({ schema: 1, pad: 'x'.repeat(8_100_000) });
const HOSTILE = {
  'truncated.json': [EXAMPLE.slice(0, 300), /could not be read: .*line \d+, column \d+/],
  'empty.json': ['', /is empty/],
  'notfound.html': ['<!doctype html><title>404</title><h1>Not found</h1>', /is an HTML page, not a dataset/],
  'deep.json': [deep, /nested too deeply/],
  'big.json': [big, /over 8 MB, and this page reads files of up to 8 MB/],
  'types.json': ['{"schema": 1, "meta": 5, "parties": "none"}', /could not be read: parties: expected an array, found a string/],
};

for (const [name, [body, expected]] of Object.entries(HOSTILE)) {
  test(`a hostile dataset file (${name}) gets a clear message naming it`, async ({ page }) => {
    const logged = collectConsole(page);
    const file = fixture(name, body);
    await page.goto(`?data=${file}`);
    const message = page.locator('#failure-message');
    await expect(message).toContainText(`The dataset ${file}`);
    await expect(message).toContainText(expected);
    expect(crashes(logged)).toEqual([]);
  });
}

test('a missing data= file names the file and the server\'s answer', async ({ page }) => {
  await page.goto('?data=fixtures/no-such-file.json');
  await expect(page.locator('#failure-message')).toContainText('The dataset fixtures/no-such-file.json could not be loaded: the server answered 404');
});

test('script and javascript: payloads in a dataset stay text and never become links', async ({ page }) => {
  const data = JSON.parse(EXAMPLE);
  data.meta.title = '<img src=x onerror="window.__pwned=1">Example';
  data.parties[0].name = '<script>window.__pwned=1</script>North';
  data.positions[0].sources[0].url = 'javascript:window.__pwned=1';
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`?data=${fixture('payload.json', JSON.stringify(data))}&view=pair`);
  await expect(page.locator('.brand h1')).toHaveText('<img src=x onerror="window.__pwned=1">Example');
  await expect(page.locator('#main')).toContainText('<script>window.__pwned=1</script>North');
  expect(await page.locator('#page-root img, #page-root script').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('focus_taken_before_the_app_starts_stays_put: a reader who tabbed into the prerendered page keeps focus', async ({ page }) => {
  // The dataset is held back, so the reader is surely in the page before the app adopts it.
  await page.route('**/data/positions.json', async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  await page.goto('/');
  const tab = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Two parties' });
  await tab.focus();
  await appReady(page);
  await expect(tab).toBeFocused();
});

test('a prerendered permalink paints its own view before the app, which adopts it and fills in the rest', async ({ page }) => {
  const problems = collectProblems(page);
  // The app's wasm held back: what shows is the build's page for this permalink.
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/*_bg.wasm', async (route) => { await gate; return route.continue(); });
  await page.addInitScript(WATCH);
  await page.goto(VIEWS.issue);
  await expect(page.locator('#view-h')).toHaveText('NATO membership');
  await expect(page).toHaveTitle(/^NATO membership · /);
  expect(await page.evaluate(() => document.documentElement.className)).not.toContain('cg-wait');
  expect(await page.locator('details.sources li').count(), 'sources come with the app').toBe(0);
  const heading = await page.evaluate(() => { window.__prerendered = document.getElementById('view-h'); return window.__seen.size; });
  expect(heading).toBe(1);
  release();
  await appReady(page);
  await expect(page.locator('details.sources li a').first()).toBeAttached();
  // Adopted, not redrawn: the same heading element, only the left-out nodes added, nothing moved.
  expect(await page.evaluate(() => window.__prerendered === document.getElementById('view-h'))).toBe(true);
  expect(await page.evaluate(() => [...window.__seen])).toEqual(['NATO membership']);
  expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.001);
  // The same page a view switch draws.
  const html = () => page.locator('#page-root').evaluate((root) => root.innerHTML);
  const adopted = await html();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.locator('#view-h')).toHaveText('Who stands where');
  await page.goBack();
  await expect(page.locator('#view-h')).toHaveText('NATO membership');
  await expect.poll(html).toBe(adopted);
  expect(problems).toEqual([]);
});
